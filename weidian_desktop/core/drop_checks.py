"""The rules a drop must pass before it is written; each refusal names the conflict."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from .clock import from_iso
from .errors import NotFoundError, ValidationError
from .i18n import _
from .money import format_money
from .schedule import format_local
from .shop import check_timezone, get_shop
from .store import ShopStore

if TYPE_CHECKING:
    from .drops import Drop, DropItem

PREVIEW_MIN = timedelta(days=1)
PREVIEW_MAX = timedelta(days=7)


def _days(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    return f"{hours / 24:g} days" if hours % 24 == 0 else f"{hours:g} hours"


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
            raise ValidationError(f"The drop's {name.split('_')[0]} time {value!r} is not a "
                                  "time like 2026-11-11T12:00:00Z.", field=name) from None
    zone = drop.timezone or ""
    if from_iso(drop.ends_at) <= from_iso(drop.starts_at):
        raise ValidationError(
            f"The drop ends at {format_local(drop.ends_at, zone)}, which is not after its start "
            f"at {format_local(drop.starts_at, zone)}.", field="ends_at")
    if drop.preview_at is not None:
        lead = from_iso(drop.starts_at) - from_iso(drop.preview_at)
        if not PREVIEW_MIN <= lead <= PREVIEW_MAX:
            when = "after" if lead < timedelta(0) else "before"
            raise ValidationError(
                f"The preview starts {_days(abs(lead))} {when} the launch; it must start 1 to 7 "
                "days before it.", field="preview_at")


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
    return f"{row['title']} ({' / '.join(options)})" if options else row["title"]


def regular_prices(store: ShopStore, product_id: int, variant_id: int | None) -> list[int]:
    """The regular price(s) a drop item undercuts: its variant's, or every variant's."""
    product_price = store.scalar("SELECT price FROM products WHERE id = ?", (product_id,))
    sql = "SELECT COALESCE(price, ?) FROM variants WHERE product_id = ?"
    params: tuple = (product_price, product_id)
    if variant_id is not None:
        sql, params = sql + " AND id = ?", (*params, variant_id)
    prices = [int(r[0]) for r in store.conn.execute(sql, params)]
    return prices or [int(product_price)]  # type: ignore[arg-type]


def check_items(store: ShopStore, drop: Drop) -> None:
    """Products exist, appear once, a cap of at least 1, a drop price below the regular one."""
    if not drop.items:
        raise ValidationError("Add at least one product to the drop.", field="items")
    currency = get_shop(store).currency
    seen: set[tuple[int, int | None]] = set()
    for item in drop.items:
        if store.scalar("SELECT 1 FROM products WHERE id = ?", (item.product_id,)) is None:
            raise NotFoundError(f"Product {item.product_id} in the drop no longer exists.")
        if item.variant_id is not None and store.scalar(
                "SELECT 1 FROM variants WHERE id = ? AND product_id = ?",
                (item.variant_id, item.product_id)) is None:
            raise NotFoundError(f"Variant {item.variant_id} is not a variant of product "
                                f"{item.product_id}.")
        label = _label(store, item)
        key = (item.product_id, item.variant_id)
        if key in seen:
            raise ValidationError(f"{label} is in the drop twice.", field="items")
        seen.add(key)
        if item.quantity_cap is not None and item.quantity_cap < 1:
            raise ValidationError(f"The cap for {label} is {item.quantity_cap}; a drop offers "
                                  "at least 1 of each product.", field="quantity_cap")
        if item.drop_price is not None:
            regular = min(regular_prices(store, item.product_id, item.variant_id))
            if item.drop_price < 0 or item.drop_price >= regular:
                raise ValidationError(
                    f"The drop price of {label}, {format_money(item.drop_price, currency)}, is "
                    f"not below its regular price of {format_money(regular, currency)}.",
                    field="drop_price")


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
            raise ValidationError(
                f"{_label(store, item)} is already in the drop “{other['name']}” from "
                f"{format_local(other['starts_at'], drop.timezone or other['timezone'])} to "
                f"{format_local(other['ends_at'], drop.timezone or other['timezone'])}, which "
                f"overlaps “{drop.name}”.", field="items")
