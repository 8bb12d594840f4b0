"""core.products: translations as stored, bulk price edits as the seller's, restoring deletes."""

from __future__ import annotations

import pytest

from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.products import Product, create_product, get_product, update_product
from weidian_desktop.core.store import ShopStore


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
