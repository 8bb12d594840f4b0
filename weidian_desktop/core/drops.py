"""Limited drops: products at a drop price, in a capped quantity, for a fixed window.

A drop is planned on a wall clock (its ``timezone``, the shop's by default) and stored
as UTC text. Its state at a moment is computed, never stored: draft, upcoming, preview,
live, sold out or ended. What is left of an item is its cap minus the units in recorded,
non-cancelled orders (core/order_pricing.py counts them; orders are the only truth).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from . import drop_checks
from .clock import from_iso, utc_now
from .errors import NotFoundError, ValidationError
from .i18n import _
from .order_pricing import drop_item_sold
from .shop import get_shop
from .slugs import is_safe_slug, slugify, unique_slug
from .store import ShopStore, last_id

STATES = ("draft", "upcoming", "preview", "live", "sold_out", "ended")
STATUSES = ("draft", "published")


@dataclass
class DropItem:
    """A product (or one variant) in a drop: optional drop price and quantity cap."""

    product_id: int
    variant_id: int | None = None
    drop_price: int | None = None  # minor units; None: the regular price
    quantity_cap: int | None = None  # None: no limit
    id: int | None = None


@dataclass
class Drop:
    """Everything about a drop; also the snapshot that undo restores."""

    name: str
    starts_at: str  # UTC ISO text
    ends_at: str
    timezone: str | None = None  # IANA zone it was planned in; None: the shop's
    preview_at: str | None = None
    description: str = ""
    status: str = "published"
    slug: str | None = None
    items: list[DropItem] = field(default_factory=list)
    id: int | None = None

    @property
    def duration(self) -> timedelta:
        """Real elapsed time (a 25-hour day when the clocks go back is 25 hours)."""
        return from_iso(self.ends_at) - from_iso(self.starts_at)


def validate_drop(store: ShopStore, drop: Drop) -> Drop:
    """Every rule a drop must pass, in the order a seller fixes them; raises ValidationError."""
    drop.name = " ".join((drop.name or "").split())
    drop.description = (drop.description or "").strip()
    drop.timezone = drop.timezone or get_shop(store).timezone
    if not drop.name:
        raise ValidationError(_("The drop needs a name."), field="name")
    if len(drop.name) > 80:
        raise ValidationError(_("The drop name is longer than 80 characters."), field="name")
    if drop.status not in STATUSES:
        raise ValidationError(_("Status {status!r} is not draft or published.").format(
            status=drop.status), field="status")
    if drop.slug is not None and not is_safe_slug(drop.slug):
        raise ValidationError(_("{slug!r} cannot be used in a web address; use lower-case "
                                "letters, digits and dashes.").format(slug=drop.slug),
                              field="slug")
    drop_checks.check_times(drop)
    drop_checks.check_items(store, drop)
    drop_checks.check_overlaps(store, drop)
    return drop


def _write(store: ShopStore, drop: Drop, *, new: bool) -> int:
    db, now = store.db, utc_now()
    slug = unique_slug(store.conn, "drops", drop.slug or slugify(drop.name, prefix="drop"),
                       exclude_id=drop.id)
    row: dict[str, object] = {
        "slug": slug, "name": drop.name, "description": drop.description,
        "timezone": drop.timezone, "preview_at": drop.preview_at,
        "starts_at": drop.starts_at, "ends_at": drop.ends_at, "status": drop.status,
        "updated_at": now}
    if new:
        row["created_at"] = now
        if drop.id is not None:
            row["id"] = drop.id  # undo of a delete puts the drop back under its id
        drop_id = last_id(db.table("drops").insert(row))
    else:
        drop_id = int(drop.id)  # type: ignore[arg-type]
        db.table("drops").update(drop_id, row)
        db.execute("DELETE FROM drop_items WHERE drop_id = ?", [drop_id])
    drop.id, drop.slug = drop_id, slug
    for position, item in enumerate(drop.items):
        item.id = last_id(db.table("drop_items").insert({
            "drop_id": drop_id, "product_id": item.product_id, "variant_id": item.variant_id,
            "drop_price": item.drop_price, "quantity_cap": item.quantity_cap,
            "position": position}))
    return drop_id


def create_drop(store: ShopStore, drop: Drop) -> int:
    """Add a drop with its products (one transaction); returns its id."""
    with store.atomic():
        validate_drop(store, drop)
        return _write(store, drop, new=True)


def update_drop(store: ShopStore, drop: Drop) -> None:
    """Replace a drop's fields and products (one transaction)."""
    if drop.id is None:
        raise ValueError("update_drop needs a drop with an id")
    with store.atomic():
        if store.scalar("SELECT 1 FROM drops WHERE id = ?", (drop.id,)) is None:
            raise NotFoundError(_("Drop {id} no longer exists.").format(id=drop.id))
        validate_drop(store, drop)
        _write(store, drop, new=False)


@dataclass
class DeletedDrop:
    """What deleting a drop took away, so undo can put all of it back."""

    drop: Drop
    coupons: list[dict[str, Any]]  # drop-scoped coupons, deleted with it by the schema's cascade
    order_lines: list[int]  # order lines that counted against it (their link is cleared)


def delete_drop(store: ShopStore, drop_id: int) -> DeletedDrop:
    """Delete a drop (one transaction); recorded orders keep their lines, unlinked."""
    with store.atomic() as db:
        snapshot = DeletedDrop(
            get_drop(store, drop_id),
            store.query("SELECT * FROM coupons WHERE drop_id = ?", (drop_id,)),
            [r[0] for r in store.conn.execute(
                "SELECT id FROM order_lines WHERE drop_id = ?", (drop_id,))])
        db.execute("DELETE FROM drops WHERE id = ?", [drop_id])
    return snapshot


def restore_drop(store: ShopStore, deleted: DeletedDrop) -> None:
    """Undo of a delete: the drop under its id and slug, its coupons, its order links."""
    with store.atomic() as db:
        drop = replace(deleted.drop, items=[replace(i) for i in deleted.drop.items])
        drop.items = [i for i in drop.items if store.scalar(
            "SELECT 1 FROM products WHERE id = ?", (i.product_id,))]
        _write(store, drop, new=True)
        for coupon in deleted.coupons:
            db.table("coupons").insert(coupon)
        for line_id in deleted.order_lines:
            db.execute("UPDATE order_lines SET drop_id = ? WHERE id = ?", [drop.id, line_id])


def _drop(store: ShopStore, row: dict[str, Any]) -> Drop:
    items = [DropItem(r["product_id"], r["variant_id"], r["drop_price"], r["quantity_cap"],
                      r["id"])
             for r in store.query("SELECT * FROM drop_items WHERE drop_id = ? "
                                  "ORDER BY position, id", (row["id"],))]
    return Drop(name=row["name"], starts_at=row["starts_at"], ends_at=row["ends_at"],
                timezone=row["timezone"], preview_at=row["preview_at"],
                description=row["description"], status=row["status"], slug=row["slug"],
                items=items, id=row["id"])


def get_drop(store: ShopStore, drop_id: int) -> Drop:
    rows = store.query("SELECT * FROM drops WHERE id = ?", (drop_id,))
    if not rows:
        raise NotFoundError(_("There is no drop with id {id}.").format(id=drop_id))
    return _drop(store, rows[0])


def find_drop(store: ShopStore, slug: str) -> Drop:
    """A drop by its slug (what the CLI takes)."""
    rows = store.query("SELECT * FROM drops WHERE slug = ?", (slug,))
    if not rows:
        raise NotFoundError(_("There is no drop with the slug {slug!r}.").format(slug=slug))
    return _drop(store, rows[0])


def list_drops(store: ShopStore) -> list[Drop]:
    """Every drop, the latest start first."""
    return [_drop(store, r) for r in store.query(
        "SELECT * FROM drops ORDER BY starts_at DESC, id DESC")]


def remaining(store: ShopStore, drop: Drop) -> dict[int, int | None]:
    """Units left per drop item id (None: no cap), counted from recorded orders."""
    left: dict[int, int | None] = {}
    for item in drop.items:
        if item.quantity_cap is None:
            left[item.id or 0] = None
            continue
        sold = drop_item_sold(store, {"drop_id": drop.id, "product_id": item.product_id,
                                      "variant_id": item.variant_id})
        left[item.id or 0] = max(0, item.quantity_cap - sold)
    return left


def drop_state(store: ShopStore, drop: Drop, at: str | None = None) -> str:
    """draft, upcoming, preview, live, sold_out or ended at the UTC time ``at`` (now)."""
    at = at or utc_now()
    if drop.status == "draft":
        return "draft"
    if at >= drop.ends_at:
        return "ended"
    if at < drop.starts_at:
        return "preview" if drop.preview_at and drop.preview_at <= at else "upcoming"
    left = list(remaining(store, drop).values())
    if left and all(n == 0 for n in left):  # every item capped and taken
        return "sold_out"
    return "live"
