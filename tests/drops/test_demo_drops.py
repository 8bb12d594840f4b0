"""The demo shop has a past, a live and an upcoming (in preview) drop, and coupons."""

from __future__ import annotations

from weidian_desktop.core.coupons import coupon_state, list_coupons
from weidian_desktop.core.drops import drop_state, list_drops, remaining
from weidian_desktop.core.store import ShopStore


def test_demo_drops(demo_shop) -> None:
    with ShopStore.open(demo_shop, read_only=True) as store:
        drops = list_drops(store)
        states = sorted(drop_state(store, d) for d in drops)
        assert states == ["ended", "live", "preview"]
        live = next(d for d in drops if drop_state(store, d) == "live")
        assert remaining(store, live)[live.items[0].id] == 3  # 5 made, 2 in the demo's order
        assert {c.code: coupon_state(store, c) for c in list_coupons(store)} == {
            "BAG-DAY": "active", "WINTER-15": "active", "XIAOMAN10": "active"}
