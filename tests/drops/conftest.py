"""A small shop for the drops tests: a bag with a quantity, a scarf with two colours, a mug."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from weidian_desktop.core.collections import Collection, create_collection
from weidian_desktop.core.drops import Drop, DropItem
from weidian_desktop.core.products import Product, ProductOption, Variant, create_product
from weidian_desktop.core.store import ShopStore

TABLES = ("drops", "drop_items", "coupons")


@dataclass
class DropShop:
    """The open store and the ids the tests refer to."""

    store: ShopStore
    bag: int
    scarf: int
    red: int
    blue: int
    mug: int
    home: int


@pytest.fixture
def shop(store: ShopStore) -> DropShop:
    home = create_collection(store, Collection("Home", slug="home"))
    bag = create_product(store, Product("Leather bag", slug="leather-bag", price=89900,
                                        sku="XM-003", status="published",
                                        availability="in_stock", quantity=20))
    scarf = create_product(store, Product(
        "Silk scarf", slug="silk-scarf", price=12900, status="published",
        options=[ProductOption("Colour", ["Red", "Blue"])],
        variants=[Variant(["Red"], sku="XM-001-1"), Variant(["Blue"], sku="XM-001-2",
                                                            price=13900)]))
    mug = create_product(store, Product("Ceramic mug", slug="ceramic-mug", price=6800,
                                        sku="XM-002", status="published", collection_ids=[home]))
    red, blue = (r[0] for r in store.conn.execute(
        "SELECT id FROM variants WHERE product_id = ? ORDER BY position", (scarf,)))
    return DropShop(store, bag, scarf, red, blue, mug, home)


def dump(store: ShopStore) -> dict[str, list[tuple]]:
    """Every row of the drop tables, to show a refusal changed nothing."""
    return {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}


def bag_drop(shop: DropShop, **changes: object) -> Drop:
    """A valid one-day drop of 5 bags at ¥699 (2026-11-11 20:00 to 11-12 20:00 Shanghai)."""
    values: dict = {"name": "Singles' day bags", "starts_at": "2026-11-11T12:00:00Z",
                    "ends_at": "2026-11-12T12:00:00Z", "timezone": "Asia/Shanghai",
                    "preview_at": "2026-11-08T12:00:00Z",
                    "items": [DropItem(shop.bag, drop_price=69900, quantity_cap=5)]}
    values.update(changes)
    return Drop(**values)
