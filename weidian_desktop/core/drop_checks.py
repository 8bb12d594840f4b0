"""The rules a drop must pass before it is written; each refusal names the conflict."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from .clock import from_iso
from .errors import NotFoundError, ValidationError
from .fields import field_label
from .i18n import _, ngettext
from .money import money_in_message
from .schedule import format_local
from .shop import check_timezone, get_shop
from .store import ShopStore

if TYPE_CHECKING:
    from .drops import Drop, DropItem

PREVIEW_MIN = timedelta(days=1)
PREVIEW_MAX = timedelta(days=7)


def _days(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours % 24 == 0:
        days = int(hours // 24)
        return ngettext("{n} day", "{n} days", days).format(n=days)
    # ngettext counts whole numbers: 1.5 hours take the plural, as 2 would.
    return ngettext("{n} hour", "{n} hours", 1 if hours == 1 else 2).format(n=f"{hours:g}")


def check_times(drop: Drop) -> None:
    """End after start; a preview 1 to 7 days before the start."""
    check_timezone(drop.timezone or "")
    for name in ("starts_at", "ends_at", "preview_at"):
        value = getattr(drop, name)
        if value is None and name == "preview_at":
            continue
        try:
            from_iso(value or "")
        except ValueError:
            raise ValidationError(_("The drop's {field} time {value!r} is not a time like "
                                    "2026-11-11T12:00:00Z.").format(
                field=field_label(name), value=value), field=name) from None
    zone = drop.timezone or ""
    if from_iso(drop.ends_at) <= from_iso(drop.starts_at):
        raise ValidationError(
            _("The drop ends at {end}, which is not after its start at {start}.").format(
                end=format_local(drop.ends_at, zone), start=format_local(drop.starts_at, zone)),
            field="ends_at")
    if drop.preview_at is not None:
        lead = from_iso(drop.starts_at) - from_iso(drop.preview_at)
        if not PREVIEW_MIN <= lead <= PREVIEW_MAX:
            if lead < timedelta(0):
                message = _("The preview starts {duration} after the launch; it must start 1 "
                            "to 7 days before it.")
            else:
                message = _("The preview starts {duration} before the launch; it must start 1 "
                            "to 7 days before it.")
            raise ValidationError(message.format(duration=_days(abs(lead))), field="preview_at")


def parse_cap(text: str, product: str) -> int | None:
    """A cap typed by the seller ("" for no limit); refuses what is not a whole number.

    The range (at least 1) is check_items' rule, so a typed "0" is named there.
    """
    text = (text or "").strip()
    if not text:
        return None
    if not text.lstrip("-").isdigit():
        raise ValidationError(_("The cap of {product} must be a whole number.")
                              .format(product=product), field="quantity_cap")
    return int(text)


def _label(store: ShopStore, item: DropItem) -> str:
    row = store.query("SELECT p.title, v.option1, v.option2, v.option3 FROM products p "
                      "LEFT JOIN variants v ON v.id = ? WHERE p.id = ?",
                      (item.variant_id, item.product_id))[0]
    options = [o for o in (row["option1"], row["option2"], row["option3"]) if o]
    if not options:
        return str(row["title"])
    return _("{product} ({options})").format(product=row["title"], options=" / ".join(options))


def regular_prices(store: ShopStore, product_id: int, variant_id: int | None) -> list[int]:
    """The regular price(s) a drop item undercuts: its variant's, or every variant's."""
    product_price = store.scalar("SELECT price FROM products WHERE id = ?", (product_id,))
    sql = "SELECT COALESCE(price, ?) FROM variants WHERE product_id = ?"
    params: tuple[Any, ...] = (product_price, product_id)
    if variant_id is not None:
        sql, params = sql + " AND id = ?", (*params, variant_id)
    prices = [int(r[0]) for r in store.conn.execute(sql, params)]
    return prices or [int(product_price)]


def check_items(store: ShopStore, drop: Drop) -> None:
    """Products exist, appear once, a cap of at least 1, a drop price below the regular one."""
    if not drop.items:
        raise ValidationError(_("Add at least one product to the drop."), field="items")
    currency = get_shop(store).currency
    seen: set[tuple[int, int | None]] = set()
    for item in drop.items:
        if store.scalar("SELECT 1 FROM products WHERE id = ?", (item.product_id,)) is None:
            raise NotFoundError(_("Product {id} in the drop no longer exists.").format(
                id=item.product_id))
        if item.variant_id is not None and store.scalar(
                "SELECT 1 FROM variants WHERE id = ? AND product_id = ?",
                (item.variant_id, item.product_id)) is None:
            raise NotFoundError(_("Variant {variant} is not a variant of product "
                                  "{product}.").format(variant=item.variant_id,
                                                       product=item.product_id))
        label = _label(store, item)
        key = (item.product_id, item.variant_id)
        if key in seen:
            raise ValidationError(_("{product} is in the drop twice.").format(product=label),
                                  field="items")
        seen.add(key)
        if item.quantity_cap is not None and item.quantity_cap < 1:
            raise ValidationError(_("The cap for {product} is {cap}; a drop offers at least 1 "
                                    "of each product.").format(product=label,
                                                               cap=item.quantity_cap),
                                  field="quantity_cap")
        if item.drop_price is not None:
            regular = min(regular_prices(store, item.product_id, item.variant_id))
            if item.drop_price < 0 or item.drop_price >= regular:
                raise ValidationError(
                    _("The drop price of {product}, {price}, is not below its regular price "
                      "of {regular}.").format(
                        product=label, price=money_in_message(item.drop_price, currency),
                        regular=money_in_message(regular, currency)), field="drop_price")


def check_overlaps(store: ShopStore, drop: Drop) -> None:
    """A product (or variant) may be in one drop at a time: name the product and the other drop."""
    for item in drop.items:
        # A whole-product item collides with any item of that product; variants only
        # with the same variant or a whole-product item.
        rows = store.query(
            "SELECT d.name, d.starts_at, d.ends_at, d.timezone FROM drop_items di "
            "JOIN drops d ON d.id = di.drop_id WHERE di.product_id = ? AND d.id IS NOT ? "
            "AND (? IS NULL OR di.variant_id IS NULL OR di.variant_id = ?) "
            "AND d.starts_at < ? AND ? < d.ends_at ORDER BY d.starts_at LIMIT 1",
            (item.product_id, drop.id, item.variant_id, item.variant_id, drop.ends_at,
             drop.starts_at))
        if rows:
            other = rows[0]
            zone = drop.timezone or other["timezone"]
            raise ValidationError(
                _("{product} is already in the drop “{other}” from {start} to {end}, which "
                  "overlaps “{drop}”.").format(
                    product=_label(store, item), other=other["name"],
                    start=format_local(other["starts_at"], zone),
                    end=format_local(other["ends_at"], zone), drop=drop.name), field="items")
