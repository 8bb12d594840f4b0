"""core.products: translations as stored, bulk price edits as the seller's, restoring deletes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.product_list import bulk_snapshot, restore_bulk
from weidian_desktop.core.products import (
    Product,
    bulk_update,
    create_product,
    get_product,
    update_product,
)
from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import MarkupRule, import_file, pick

MAPPING = {"sku": "sku", "title": "title", "price": "price", "group_key": "parent",
           "option:Size": "size", "quantity": "stock"}


def test_translations_are_trimmed_and_empty_ones_are_not_stored(store: ShopStore) -> None:
    pid = create_product(store, Product("真丝围巾", price=100, translations={
        "it": {"title": " Sciarpa ", "description": ""},
        "en": {"title": "  ", "description": "\n"}}))
    assert get_product(store, pid).translations == {
        "it": {"title": "Sciarpa", "description": ""}}
    product = get_product(store, pid)
    product.translations["it"] = {"title": "", "description": ""}
    update_product(store, product)
    assert store.scalar("SELECT count(*) FROM product_translations") == 0
    product.translations["it"] = {"title": "x" * 201, "description": ""}
    with pytest.raises(ValidationError, match="The it title is longer than 200"):
        update_product(store, product)


def test_a_reimport_after_a_bulk_price_edit_keeps_the_sellers_price(store: ShopStore,
                                                                    tmp_path: Path) -> None:
    catalogue = tmp_path / "s.csv"
    header = "sku,title,price,parent,size,stock\n"
    catalogue.write_text(header + "A-1,Silk scarf,100.00,,,3\nT-S,Tee,20.00,TEE,S,0\n"
                         "T-M,Tee,22.00,TEE,M,4\nH-1,Hat,10.00,,,1\n", encoding="utf-8")
    import_file(store, catalogue, supplier="S", mapping=MAPPING)
    scarf, tee, hat = pick(store, "S", all=True, markup=MarkupRule(Decimal(100)))
    before = bulk_snapshot(store, [scarf, tee])
    bulk_update(store, [scarf, tee], price_percent=10)
    assert get_product(store, scarf).overrides == ["price"]
    assert [v.price for v in get_product(store, tee).variants] == [4400, 4840]
    # The supplier raises every price: the markup rule would reprice what the seller
    # did not set, and must leave the bulk-edited prices alone.
    catalogue.write_text(header + "A-1,Silk scarf,150.00,,,3\nT-S,Tee,30.00,TEE,S,0\n"
                         "T-M,Tee,33.00,TEE,M,4\nH-1,Hat,15.00,,,1\n", encoding="utf-8")
    import_file(store, catalogue, supplier="S")
    assert (get_product(store, scarf).price, get_product(store, scarf).supplier_price) == (
        22000, 15000)
    assert [v.price for v in get_product(store, tee).variants] == [4400, 4840]
    assert get_product(store, hat).price == 3000  # not in the bulk edit: follows the rule
    # Undoing the bulk edit gives the price back to the supplier's rule as well.
    restore_bulk(store, before)
    assert get_product(store, scarf).overrides == []


def test_a_bulk_status_edit_marks_nothing(store: ShopStore) -> None:
    pid = create_product(store, Product("Tea", price=100, overrides=["title"]))
    bulk_update(store, [pid], status="published")
    assert get_product(store, pid).overrides == ["title"]
    bulk_update(store, [pid], price_percent=-10)
    assert get_product(store, pid).overrides == ["price", "title"]


def test_delete_and_restore_give_back_the_same_products(store: ShopStore) -> None:
    from weidian_desktop.core.collections import Collection, create_collection
    from weidian_desktop.core.products import (
        ProductImage,
        ProductOption,
        Variant,
        delete_products,
        get_products,
        restore_products,
    )

    cid = create_collection(store, Collection("茶与食品"))
    with store.atomic():
        store.conn.execute(
            "INSERT INTO images (hash, mime, width, height, byte_size, data, created_at) "
            "VALUES (?, 'image/jpeg', 1, 1, 1, x'00', '2026-01-01T00:00:00Z')", ("a" * 64,))
    ids = [create_product(store, Product(
        f"乌龙茶 {i}", price=100 + i, tags=["tea", "oolong"], collection_ids=[cid],
        options=[ProductOption("Size", ["S", "M"])],
        variants=[Variant(["S"], sku=f"T-{i}-S"), Variant(["M"], price=300, quantity=2,
                                                          availability="in_stock")],
        images=[ProductImage("a" * 64, "tin")], overrides=["price"],
        translations={"it": {"title": f"Tè {i}", "description": "Oolong"}}))
        for i in range(3)]
    before = [get_product(store, i) for i in ids]
    assert get_products(store, [ids[2], 999, ids[0]]) == [before[2], before[0]]
    snapshots = delete_products(store, ids)
    assert snapshots == before and get_products(store, ids) == []
    # A new product took the first one's slug meanwhile: the restored one gets -2.
    create_product(store, Product("Other", slug=before[0].slug, id=1000))
    restore_products(store, snapshots)
    assert snapshots == before  # left as they were: an undo command keeps them uncopied
    after = get_products(store, ids)
    assert after[1:] == before[1:]
    assert after[0].slug == f"{before[0].slug}-2"
    assert [v.id for v in after[0].variants] == [v.id for v in before[0].variants]
