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
