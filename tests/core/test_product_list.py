"""The products table's queries and the image functions undo relies on (Qt-free)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from weidian_desktop.core.collections import Collection, create_collection
from weidian_desktop.core.errors import NotFoundError, ValidationError
from weidian_desktop.core.images import (
    add_product_images,
    product_images,
    remove_product_image,
    reorder_product_images,
    set_alt,
    set_cover,
    set_product_images,
)
from weidian_desktop.core.product_list import (
    product_ids_matching,
    product_rows,
    update_products,
)
from weidian_desktop.core.products import (
    Product,
    ProductOption,
    Variant,
    bulk_update,
    create_product,
    get_product,
)
from weidian_desktop.media.images import prepare_image


def prepared(shade: int):
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (shade, 10, 10)).save(out, "PNG")
    return prepare_image(out.getvalue())


@pytest.fixture
def shop(store):
    tea = create_collection(store, Collection("茶与食品"))
    home = create_collection(store, Collection("Home"))
    ids = {
        "tea": create_product(store, Product("桂花乌龙茶", price=5800, sku="T-1",
                                             tags=["tea"], collection_ids=[tea, home])),
        "scarf": create_product(store, Product(
            "Silk scarf 100%", price=12900, status="published",
            options=[ProductOption("Colour", ["Red", "Blue"])],
            variants=[Variant(["Red"], sku="S-R", availability="in_stock", quantity=3),
                      Variant(["Blue"], sku="S-B", availability="in_stock", quantity=4)])),
        "fan": create_product(store, Product("檀香扇 fan", price=3900, availability="sold_out")),
    }
    return store, ids


def test_search_matches_title_sku_variant_sku_and_tag_literally(shop) -> None:
    store, ids = shop
    assert product_ids_matching(store, "乌龙") == [ids["tea"]]
    assert product_ids_matching(store, "s-b") == [ids["scarf"]]  # a variant's SKU
    assert product_ids_matching(store, "TEA") == [ids["tea"]]  # a tag
    assert product_ids_matching(store, "100%") == [ids["scarf"]]
    assert product_ids_matching(store, "1_0") == []  # _ is not a wildcard
    assert product_ids_matching(store, "silk blue") == []  # every word must match
    assert product_ids_matching(store, "silk s-r") == [ids["scarf"]]


def test_sort_keys_both_ways(shop) -> None:
    store, ids = shop
    assert product_ids_matching(store, sort="price") == [ids["fan"], ids["tea"], ids["scarf"]]
    assert product_ids_matching(store, sort="price", descending=True)[0] == ids["scarf"]
    assert product_ids_matching(store, sort="availability")[0] == ids["scarf"]
    assert product_ids_matching(store, sort="collection")[-1] == ids["tea"]
    with pytest.raises(ValueError):
        product_ids_matching(store, sort="price; DROP TABLE products")


def test_rows_sum_variant_stock_and_list_collections(shop) -> None:
    store, ids = shop
    rows = product_rows(store, [ids["tea"], ids["scarf"], ids["fan"], 999])
    assert set(rows) == {ids["tea"], ids["scarf"], ids["fan"]}
    assert rows[ids["scarf"]].availability == "in_stock" and rows[ids["scarf"]].quantity == 7
    assert rows[ids["scarf"]].variant_count == 2
    assert rows[ids["tea"]].collections == "Home, 茶与食品"  # by position, then title
    assert rows[ids["fan"]].availability == "sold_out" and rows[ids["fan"]].cover_hash is None
    assert product_rows(store, []) == {}


def test_update_products_restores_a_bulk_edit_in_one_action(shop) -> None:
    store, ids = shop
    before = [get_product(store, i) for i in ids.values()]
    bulk_update(store, list(ids.values()), price_percent=-15, status="published")
    assert get_product(store, ids["tea"]).price == 4930
    update_products(store, before)
    assert [get_product(store, i) for i in ids.values()] == before
    broken = [get_product(store, i) for i in ids.values()]
    broken[0].price, broken[1].title = 1, ""
    with pytest.raises(ValidationError):
        update_products(store, broken)
    assert get_product(store, ids["tea"]).price == 5800  # nothing half-written


def test_image_order_cover_alt_remove_and_set_for_undo(shop) -> None:
    store, ids = shop
    pid = ids["tea"]
    a, b, c = (p.hash for p in map(prepared, (10, 20, 30)))
    add_product_images(store, pid, [prepared(10), prepared(20), prepared(30)])
    reorder_product_images(store, pid, [c, a, b])
    set_cover(store, pid, b)
    assert [i.hash for i in product_images(store, pid)] == [b, c, a]
    set_alt(store, pid, c, "  Tin of\n tea  ")
    assert product_images(store, pid)[1].alt == "Tin of tea"
    remove_product_image(store, pid, c)
    assert [i.hash for i in product_images(store, pid)] == [b, a]
    set_product_images(store, pid, [(c, "back"), (a, ""), (b, "")])
    assert [(i.hash, i.alt, i.position) for i in product_images(store, pid)] == [
        (c, "back", 0), (a, "", 1), (b, "", 2)]
    with pytest.raises(ValidationError):
        reorder_product_images(store, pid, [a, b])
    with pytest.raises(NotFoundError):
        set_product_images(store, pid, [("0" * 64, "")])
    assert len(product_images(store, pid)) == 3  # the refused call changed nothing
    assert product_rows(store, [pid])[pid].cover_hash == c


def test_bulk_snapshot_undoes_price_status_and_collection_exactly(shop) -> None:
    from weidian_desktop.core.product_list import bulk_snapshot, restore_bulk

    store, ids = shop
    extra = create_collection(store, Collection("Gifts"))
    every = list(ids.values())
    before = [get_product(store, i) for i in every]
    snapshot = bulk_snapshot(store, every)
    bulk_update(store, every, price_percent=12.5, status="draft", add_collection=extra)
    assert get_product(store, ids["scarf"]).variants[0].price is None  # stays "the product's"
    assert get_product(store, ids["fan"]).price == 4388
    restore_bulk(store, snapshot)
    assert [get_product(store, i) for i in every] == before


def test_edited_fields_names_what_the_seller_changed(shop) -> None:
    import copy

    from weidian_desktop.core.product_list import edited_fields

    store, ids = shop
    before = get_product(store, ids["scarf"])
    after = copy.deepcopy(before)
    assert edited_fields(before, after) == set()
    after.variants[1].price = 9900
    assert edited_fields(before, after) == {"price"}
    after.variants[0].availability = "sold_out"
    after.description = "New words"
    assert edited_fields(before, after) == {"price", "availability", "description"}
    assert edited_fields(Product("new"), Product("new", price=5)) == set()  # not saved yet
