"""Demo step: a past, a live and an upcoming drop (in preview), and coupons for them.

Times are relative to the moment the demo is built, so the demo always has a drop live
"now"; demo_orders.py (imported after this module) then records an order from it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ..core.clock import to_iso
from ..core.coupons import Coupon, create_coupon
from ..core.drops import Drop, DropItem, create_drop
from ..core.schedule import suggest_times
from ..core.store import ShopStore
from . import EXTRA_STEPS


def _ids(store: ShopStore, slug: str, option: str | None = None) -> tuple[int, int | None]:
    row = store.query("SELECT p.id, v.id AS vid FROM products p LEFT JOIN variants v "
                      "ON v.product_id = p.id AND v.option1 IS ? WHERE p.slug = ? "
                      "ORDER BY v.position LIMIT 1", (option, slug))[0]
    return row["id"], row["vid"] if option else None


def _item(store: ShopStore, slug: str, price: int | None, cap: int | None,
          option: str | None = None) -> DropItem:
    product_id, variant_id = _ids(store, slug, option)
    return DropItem(product_id, variant_id, price, cap)


def add_demo_drops(store: ShopStore) -> None:
    """Three drops and three coupons, each its own transaction (as the app writes them)."""
    hour = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    past_start = hour - timedelta(days=12)
    create_drop(store, Drop(
        "中秋桂花茶日 Osmanthus tea day", to_iso(past_start), to_iso(past_start + timedelta(1)),
        description="限量 30 份中秋礼盒装桂花乌龙。\n30 mid-autumn gift tins of osmanthus oolong.",
        items=[_item(store, "osmanthus-oolong", 4800, 30)]))
    live_start = hour - timedelta(hours=5)
    live_id = create_drop(store, Drop(
        "皮包日 Leather bag day", to_iso(live_start), to_iso(live_start + timedelta(days=1)),
        description="只做了 5 只的手工皮包，今天特价。\nOnly 5 handmade bags, one day only.",
        items=[_item(store, "leather-bag", 69900, 5),
               _item(store, "silk-scarf", 9900, 10, option="朱红")]))
    # Launch at the first time buyers are online two days from now; preview from today.
    launch = suggest_times(store, 1, after=to_iso(hour + timedelta(days=2)))[0]
    launch_at = datetime.strptime(launch, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    upcoming_id = create_drop(store, Drop(
        "青花冬季上新 Blue-and-white winter release", launch,
        to_iso(launch_at + timedelta(days=2)), preview_at=to_iso(launch_at - timedelta(days=3)),
        description="新一批青花瓷盘与手工杯，预告期间领券更优惠。\n"
                    "New blue-and-white plates and mugs; take the coupon during the preview.",
        items=[_item(store, "blue-white-plate", 12800, 8),
               _item(store, "ceramic-mug", 5800, 20)]))
    create_coupon(store, Coupon("XIAOMAN10", "percent", 10, min_order=10000))
    create_coupon(store, Coupon("BAG-DAY", "fixed", 5000, min_order=50000,
                                starts_at=to_iso(live_start),
                                ends_at=to_iso(live_start + timedelta(days=1)), scope="drop",
                                drop_id=live_id, max_uses=20))
    create_coupon(store, Coupon("WINTER-15", "percent", 15,
                                starts_at=to_iso(launch_at - timedelta(days=3)),
                                ends_at=to_iso(launch_at + timedelta(days=2)), scope="drop",
                                drop_id=upcoming_id))


EXTRA_STEPS.append(add_demo_drops)
