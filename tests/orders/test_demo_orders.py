"""The demo shop carries recorded orders in every status, priced cleanly."""

from __future__ import annotations

import json

from weidian_desktop.core.clock import utc_now
from weidian_desktop.core.order_pricing import drop_item_sold
from weidian_desktop.core.store import ShopStore


def test_demo_orders(demo_shop) -> None:
    with ShopStore.open(demo_shop, read_only=True) as store:
        rows = store.query("SELECT reference, status, warnings, total, message_total, campaign "
                           "FROM orders ORDER BY reference")
        assert {r["status"] for r in rows} >= {"requested", "confirmed", "shipped", "delivered",
                                              "cancelled"}
        for r in rows:
            assert json.loads(r["warnings"]) == [], r["reference"]
            assert r["total"] == r["message_total"] > 0
        assert store.scalar("SELECT tracking_number FROM orders WHERE status = 'shipped'")
        live_drop_lines = store.query("SELECT * FROM order_lines WHERE drop_id IS NOT NULL")
        now = utc_now()
        live = store.scalar("SELECT COUNT(*) FROM drop_items di JOIN drops d ON d.id = "
                            "di.drop_id WHERE d.status = 'published' AND d.starts_at <= ? "
                            "AND ? < d.ends_at", (now, now))
        if live:
            assert live_drop_lines, "the demo's live drop should have sold something"
            item = store.query("SELECT * FROM drop_items WHERE drop_id = ? AND product_id = ?",
                               (live_drop_lines[0]["drop_id"],
                                live_drop_lines[0]["product_id"]))[0]
            assert drop_item_sold(store, item) >= 2
