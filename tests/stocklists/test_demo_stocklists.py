"""The demo shop carries two supplier stocklists to browse; nothing in it is picked yet."""

from __future__ import annotations

from pathlib import Path

from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import search_stock
from weidian_desktop.stocklists.importer import remembered_mapping
from weidian_desktop.stocklists.search import suppliers


def test_demo_stocklists(demo_shop: Path) -> None:
    with ShopStore.open(demo_shop, read_only=True) as store:
        assert [(s["name"], s["items"]) for s in suppliers(store)] == [
            ("Bottega Italia", 5), ("义乌小商品 Yiwu Goods", 48)]
        yiwu = suppliers(store)[1]["id"]
        found = search_stock(store, "真丝围巾", supplier_id=yiwu)
        assert found.total == 2 and found.items[0]["options"]["颜色"]
        assert remembered_mapping(store, "义乌小商品 Yiwu Goods")["title"] == "品名"
        assert store.scalar("SELECT count(*) FROM products WHERE stock_item_id IS NOT NULL") == 0
