"""Product change tokens (schema v2): every write to a product or what belongs to it gives
it a new token, nothing else does, and a file from version 1 gets tokens on upgrade."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.export.conftest import picture
from weidian_desktop.core import migrations
from weidian_desktop.core.collections import Collection, create_collection
from weidian_desktop.core.images import add_image
from weidian_desktop.core.products import (
    Product,
    ProductImage,
    ProductOption,
    Variant,
    create_product,
    delete_products,
    find_product,
    update_product,
)
from weidian_desktop.core.schema_v2 import PRODUCT_CHILD_TABLES
from weidian_desktop.core.store import APPLICATION_ID, ShopStore


def token(store: ShopStore, product_id: int) -> int | None:
    return store.scalar("SELECT revision FROM product_revisions WHERE product_id = ?",
                        (product_id,))  # type: ignore[return-value]


@pytest.fixture
def two(store: ShopStore) -> tuple[int, int]:
    image = add_image(store, picture((200, 10, 10)))
    mug = create_product(store, Product(
        "Mug", slug="mug", price=500, options=[ProductOption("Colour", ["White", "Blue"])],
        variants=[Variant(["White"], sku="M-W"), Variant(["Blue"], sku="M-B")],
        images=[ProductImage(image, "a mug")], tags=["cup"],
        translations={"en": {"title": "Mug", "description": ""}}))
    tea = create_product(store, Product("Tea", slug="tea", price=300))
    return mug, tea


def _sql(statement: str) -> Callable[[ShopStore, int], None]:
    def change(store: ShopStore, product_id: int) -> None:
        with store.atomic() as db:
            db.execute(statement.format(id=product_id))
    return change


def _title(store: ShopStore, product_id: int) -> None:
    product = find_product(store, "mug")
    product.title = "Big mug"
    update_product(store, product)


def _collect(store: ShopStore, product_id: int) -> None:
    cups = create_collection(store, Collection("Cups"))
    with store.atomic() as db:  # the membership row alone, not through update_product
        db.execute("INSERT INTO collection_products VALUES (?, ?, 0)", [cups, product_id])


CHANGES: dict[str, Callable[[ShopStore, int], None]] = {
    "title through the core": _title,
    "join a collection": _collect,
    "product row": _sql("UPDATE products SET price = 600 WHERE id = {id}"),
    "translation": _sql("UPDATE product_translations SET title = 'Cup' WHERE product_id = {id}"),
    "tag added": _sql("INSERT INTO product_tags VALUES ({id}, 'gift')"),
    "tag removed": _sql("DELETE FROM product_tags WHERE product_id = {id}"),
    "option": _sql("UPDATE product_options SET name = 'Color' WHERE product_id = {id}"),
    "variant": _sql("UPDATE variants SET quantity = 3 WHERE product_id = {id} AND sku = 'M-W'"),
    "variant removed": _sql("DELETE FROM variants WHERE product_id = {id} AND sku = 'M-B'"),
    "image alt": _sql("UPDATE product_images SET alt = 'cup' WHERE product_id = {id}"),
}


def test_every_child_table_is_covered() -> None:
    covered = " ".join(CHANGES)
    for table in PRODUCT_CHILD_TABLES:
        word = {"product_translations": "translation", "product_tags": "tag",
                "product_options": "option", "variants": "variant",
                "product_images": "image", "collection_products": "collection"}[table]
        assert word in covered, table


@pytest.mark.parametrize("case", sorted(CHANGES))
def test_a_change_gives_the_product_a_new_token_and_only_it(store: ShopStore, two, case) -> None:
    mug, tea = two
    before_mug, before_tea = token(store, mug), token(store, tea)
    assert before_mug is not None and before_tea is not None and before_mug != before_tea
    CHANGES[case](store, mug)
    assert token(store, mug) not in (None, before_mug)
    assert token(store, tea) == before_tea


def test_a_row_moved_to_another_product_changes_both(store: ShopStore, two) -> None:
    mug, tea = two
    before = token(store, mug), token(store, tea)
    with store.atomic() as db:
        db.execute("UPDATE product_tags SET product_id = ? WHERE product_id = ?", [tea, mug])
    assert token(store, mug) != before[0] and token(store, tea) != before[1]


def test_a_deleted_product_leaves_no_token(store: ShopStore, two) -> None:
    mug, tea = two
    delete_products(store, [mug])
    assert token(store, mug) is None and token(store, tea) is not None


def test_a_version_1_file_gets_a_token_per_product_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.weidian"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    migrations.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO shop (id, name, currency, default_language, languages, "
                 "created_at, updated_at) VALUES (1, 'Old', 'CNY', 'zh-CN', '[\"zh-CN\"]', "
                 "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
    for slug in ("a", "b"):
        conn.execute("INSERT INTO products (slug, title, created_at, updated_at) VALUES "
                     "(?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')", (slug, slug))
    conn.execute("COMMIT")
    conn.close()
    with ShopStore.open(path) as store:
        assert store.scalar("PRAGMA user_version") == migrations.SCHEMA_VERSION
        tokens = [r["revision"] for r in store.query(
            "SELECT revision FROM product_revisions ORDER BY product_id")]
        assert len(tokens) == 2 and len(set(tokens)) == 2
    assert migrations.backup_path(path, 1).is_file()
