"""Coupon codes: percent or amount off, minimum order, validity window, scope, maximum uses.

The exported cart checks a code on the buyer's side and writes it into the order message;
when the order is recorded, core/order_pricing.py (apply_coupon) has the final word and
counts uses from recorded orders (coupon_uses), so nothing here keeps a counter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from .clock import from_iso, utc_now
from .errors import NotFoundError, ValidationError
from .fields import field_label
from .i18n import _, pgettext
from .money import format_money, money_in_message, parse_money
from .order_pricing import coupon_uses
from .price_input import parse_price_input
from .shop import get_shop
from .store import ShopStore, last_id

KINDS = ("percent", "fixed")
SCOPES = ("shop", "collection", "product", "drop")
_CODE = re.compile(r"^[A-Z0-9]+(-[A-Z0-9]+)*$")
_TARGET = {"collection": ("collection_id", "collections"),
           "product": ("product_id", "products"),
           "drop": ("drop_id", "drops")}
# Whole sentences per scope: the noun changes the words around it in Italian and Chinese.
_CHOOSE = {"collection": lambda: _("Choose the collection the coupon {code} is for."),
           "product": lambda: _("Choose the product the coupon {code} is for."),
           "drop": lambda: _("Choose the drop the coupon {code} is for.")}
_GONE = {"collection": lambda: _("The collection {id} the coupon is for no longer exists."),
         "product": lambda: _("The product {id} the coupon is for no longer exists."),
         "drop": lambda: _("The drop {id} the coupon is for no longer exists.")}


@dataclass
class Coupon:
    """A code a buyer types in the cart; also the snapshot that undo restores."""

    code: str
    kind: str = "percent"
    value: int = 10  # percent (1-100) or minor units off
    min_order: int = 0  # minor units; 0: no minimum
    starts_at: str | None = None  # UTC ISO text; None: from now on
    ends_at: str | None = None  # None: no end
    scope: str = "shop"
    collection_id: int | None = None
    product_id: int | None = None
    drop_id: int | None = None
    max_uses: int | None = None
    id: int | None = None


def normalise_code(code: str) -> str:
    """Codes are case-insensitive: kept and compared in capitals."""
    return (code or "").strip().upper()


def parse_value(text: str, kind: str, currency: str, language: str | None = None) -> int:
    """The discount as typed: a whole percentage, or an amount of ``currency`` (minor units).

    With ``language`` (the app's) an amount is read by that language's separators
    (core.price_input); without, as a supplier file's price is (money.parse_money).
    """
    text = (text or "").strip()
    if kind == "percent":
        if not text.isdigit():
            raise ValidationError(_("Type the percentage off as a whole number, like 10."),
                                  field="value")
        return int(text)
    if language is not None:
        return parse_price_input(text, currency, language, field="value")
    return parse_money(text, currency, field="value")


def validate_coupon(store: ShopStore, coupon: Coupon) -> Coupon:
    """Every rule a coupon must pass; raises ValidationError naming the field."""
    coupon.code = normalise_code(coupon.code)
    if not 3 <= len(coupon.code) <= 32 or not _CODE.match(coupon.code):
        raise ValidationError(_("The code {code!r} must be 3 to 32 letters or digits, "
                                "optionally joined by single dashes (like SPRING-10).").format(
                                    code=coupon.code), field="code")
    if store.scalar("SELECT 1 FROM coupons WHERE code = ? COLLATE NOCASE AND id IS NOT ?",
                    (coupon.code, coupon.id)):
        raise ValidationError(_("The code {code} is already used by another coupon.").format(
            code=coupon.code), field="code")
    if coupon.kind not in KINDS:
        raise ValidationError(_("Kind {kind!r} is not percent or fixed.").format(
            kind=coupon.kind), field="kind")
    if coupon.kind == "percent" and not 1 <= coupon.value <= 100:
        raise ValidationError(_("A percentage off must be from 1 to 100, not {value}.").format(
            value=coupon.value), field="value")
    currency = get_shop(store).currency
    if coupon.kind == "fixed" and coupon.value < 1:
        raise ValidationError(_("An amount off must be more than {zero}.").format(
            zero=money_in_message(0, currency)), field="value")
    if coupon.min_order < 0:
        raise ValidationError(_("The minimum order cannot be negative."), field="min_order")
    for name in ("starts_at", "ends_at"):
        value = getattr(coupon, name)
        if value is not None:
            try:
                from_iso(value)
            except ValueError:
                raise ValidationError(_("The {field} {value!r} is not a time like "
                                        "2026-11-11T12:00:00Z.").format(
                    field=field_label(name), value=value), field=name) from None
    if coupon.starts_at and coupon.ends_at and coupon.ends_at <= coupon.starts_at:
        raise ValidationError(_("The coupon {code} ends before it starts.").format(
            code=coupon.code), field="ends_at")
    if coupon.max_uses is not None and coupon.max_uses < 1:
        raise ValidationError(_("The maximum number of uses must be at least 1 (leave it "
                                "empty for no limit)."), field="max_uses")
    _check_scope(store, coupon)
    return coupon


def _check_scope(store: ShopStore, coupon: Coupon) -> None:
    if coupon.scope not in SCOPES:
        raise ValidationError(_("Scope {scope!r} is not shop, collection, product or "
                                "drop.").format(scope=coupon.scope), field="scope")
    for scope, (column, table) in _TARGET.items():
        target = getattr(coupon, column)
        if scope != coupon.scope:
            setattr(coupon, column, None)  # one target only, the one the scope names
        elif target is None:
            raise ValidationError(_CHOOSE[scope]().format(code=coupon.code), field=column)
        elif store.scalar(f"SELECT 1 FROM {table} WHERE id = ?", (target,)) is None:
            raise NotFoundError(_GONE[scope]().format(id=target))


def _row(coupon: Coupon) -> dict[str, Any]:
    row = {f.name: getattr(coupon, f.name) for f in fields(coupon) if f.name != "id"}
    if coupon.id is not None:
        row["id"] = coupon.id
    return row


def create_coupon(store: ShopStore, coupon: Coupon) -> int:
    """Add a coupon (one transaction); returns its id."""
    with store.atomic() as db:
        validate_coupon(store, coupon)
        coupon.id = last_id(db.table("coupons").insert({**_row(coupon), "created_at": utc_now()}))
    return coupon.id


def update_coupon(store: ShopStore, coupon: Coupon) -> None:
    """Replace a coupon's fields (one transaction)."""
    if coupon.id is None:
        raise ValueError("update_coupon needs a coupon with an id")
    with store.atomic() as db:
        if store.scalar("SELECT 1 FROM coupons WHERE id = ?", (coupon.id,)) is None:
            raise NotFoundError(_("Coupon {id} no longer exists.").format(id=coupon.id))
        validate_coupon(store, coupon)
        db.table("coupons").update(coupon.id, _row(coupon))


def delete_coupon(store: ShopStore, coupon_id: int) -> Coupon:
    """Delete a coupon (one transaction); returns its snapshot for undo."""
    snapshot = get_coupon(store, coupon_id)
    with store.atomic() as db:
        db.execute("DELETE FROM coupons WHERE id = ?", [coupon_id])
    return snapshot


def restore_coupon(store: ShopStore, coupon: Coupon) -> None:
    """Undo of a delete: the coupon back under its id."""
    create_coupon(store, Coupon(**vars(coupon)))


def _coupon(row: dict[str, Any]) -> Coupon:
    return Coupon(**{f.name: row[f.name] for f in fields(Coupon)})


def get_coupon(store: ShopStore, coupon_id: int) -> Coupon:
    rows = store.query("SELECT * FROM coupons WHERE id = ?", (coupon_id,))
    if not rows:
        raise NotFoundError(_("There is no coupon with id {id}.").format(id=coupon_id))
    return _coupon(rows[0])


def find_coupon(store: ShopStore, code: str) -> Coupon:
    """A coupon by its code, whatever its case."""
    rows = store.query("SELECT * FROM coupons WHERE code = ? COLLATE NOCASE",
                       (normalise_code(code),))
    if not rows:
        raise NotFoundError(_("There is no coupon with the code {code}.").format(
            code=normalise_code(code)))
    return _coupon(rows[0])


def list_coupons(store: ShopStore) -> list[Coupon]:
    return [_coupon(r) for r in store.query("SELECT * FROM coupons ORDER BY code")]


def coupon_state(store: ShopStore, coupon: Coupon, at: str | None = None) -> str:
    """scheduled, active, expired or used_up at the UTC time ``at`` (now)."""
    at = at or utc_now()
    if coupon.starts_at and at < coupon.starts_at:
        return "scheduled"
    if coupon.ends_at and at > coupon.ends_at:
        return "expired"
    if coupon.max_uses is not None and coupon_uses(store, coupon.code) >= coupon.max_uses:
        return "used_up"
    return "active"


def describe(coupon: Coupon, currency: str, locale: str = "en") -> str:
    """``10% off`` / ``¥20.00 off``: the discount in a few words (for lists and logs)."""
    if coupon.kind == "percent":
        return pgettext("discount", "{percent}% off").format(percent=coupon.value)
    return pgettext("discount", "{amount} off").format(
        amount=format_money(coupon.value, currency, locale))
