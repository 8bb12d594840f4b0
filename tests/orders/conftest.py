"""A small shop with variants, a supplier, a live drop and a coupon; a cart-like builder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from weidian_desktop.core.clock import to_iso, utc_now
from weidian_desktop.core.order_message import Buyer, MessageItem, OrderMessage, build_message
from weidian_desktop.core.products import Product, ProductOption, Variant, create_product
from weidian_desktop.core.store import ShopStore

NOW = datetime.now(UTC)


def _at(hours: float) -> str:
    return to_iso(NOW + timedelta(hours=hours))


def insert_supplier(store: ShopStore, name: str, items: list[tuple[str, str, int]]) -> list[int]:
    """A supplier with stock items (sku, title, price); returns the stock item ids."""
    now = utc_now()
    with store.atomic() as db:
        sid = db["suppliers"].insert({"name": name, "currency": "CNY", "contact": "",
                                      "created_at": now}).last_pk
        return [db["stock_items"].insert({
            "supplier_id": sid, "sku": sku, "title": title, "price": price, "currency": "CNY",
            "imported_at": now, "updated_at": now}).last_pk for sku, title, price in items]


@pytest.fixture
def order_shop(store: ShopStore) -> ShopStore:
    silk = insert_supplier(store, "Hangzhou Silk Co", [
        ("HS-RED", "Silk scarf red", 6000), ("HS-BLUE", "Silk scarf blue", 6500),
        ("HS-TEA", "Osmanthus oolong 50 g", 2500)])
    create_product(store, Product(
        "真丝围巾", slug="silk-scarf", price=12900, status="published",
        options=[ProductOption("颜色", ["朱红", "靛蓝"])],
        variants=[Variant(["朱红"], sku="XM-001-1", stock_item_id=silk[0], supplier_price=6000),
                  Variant(["靛蓝"], sku="XM-001-2", price=13900, stock_item_id=silk[1],
                          supplier_price=6500)]))
    create_product(store, Product("手工陶瓷杯", slug="ceramic-mug", price=6800, sku="XM-002",
                                  status="published"))
    tea = create_product(store, Product("桂花乌龙茶", slug="oolong", price=5800, sku="XM-003",
                                        status="published", stock_item_id=silk[2],
                                        supplier_price=2500))
    create_product(store, Product("檀香扇", slug="fan", price=3900, sku="XM-004",
                                  status="published", availability="sold_out", quantity=0))
    now = utc_now()
    with store.atomic() as db:
        drop = db["drops"].insert({
            "slug": "tea-day", "name": "Tea day", "timezone": "Asia/Shanghai",
            "starts_at": _at(-2), "ends_at": _at(22), "status": "published",
            "created_at": now, "updated_at": now}).last_pk
        db["drop_items"].insert({"drop_id": drop, "product_id": tea, "drop_price": 4800,
                                 "quantity_cap": 10})
        db["coupons"].insert({"code": "SPRING10", "kind": "percent", "value": 10,
                              "created_at": now})
        db["coupons"].insert({"code": "ONCE", "kind": "fixed", "value": 1000, "max_uses": 1,
                              "created_at": now})
    return store


PRICES = {"XM-001-1": ("真丝围巾", "朱红", 12900), "XM-001-2": ("真丝围巾", "靛蓝", 13900),
          "XM-002": ("手工陶瓷杯", "", 6800), "XM-003": ("桂花乌龙茶", "", 4800),
          "XM-004": ("檀香扇", "", 3900)}


def cart_message(items: dict[str, int], *, coupon: str | None = None, discount: int = 0,
                 campaign: str | None = "poster-a4", language: str = "zh-CN",
                 reference: str = "WD-7K3M9Q", buyer: Buyer | None = None) -> str:
    """The message the exported cart would send for these SKUs (prices as the cart shows)."""
    lines = []
    for sku, qty in items.items():
        title, variant, price = PRICES.get(sku, ("Mystery", "", 1000))
        lines.append(MessageItem(sku, title, qty, price, variant))
    return build_message(OrderMessage(
        "Test shop", "CNY", language, lines, reference=reference, coupon=coupon,
        discount=discount, campaign=campaign,
        buyer=buyer or Buyer("张三", "+86 138 0013 8000", "浙江省杭州市西湖区文三路 100 号",
                             "周末送货")))
