"""Products table: lazy rows, search as you type, sort, bulk edits and delete with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from weidian_desktop.core.collections import list_collections
from weidian_desktop.core.products import get_product, product_ids

from .products_helpers import add_products, make_page, visible_titles


def select_rows(page, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_model_passes_qtmodeltester_and_fetches_only_what_is_painted(qtbot, store,
                                                                     qtmodeltester) -> None:
    add_products(store, 1200, collection=True)
    page = make_page(qtbot, store)
    assert page.model.rowCount() == 1200
    assert page.count_label.text() == "1200 products"
    # The first screen needs one page of rows, not 1,200 rows.
    assert page.model.fetches <= 2 and len(page.model._rows) <= 400
    qtmodeltester.check(page.model)


def test_table_shows_price_availability_status_collection(qtbot, store) -> None:
    add_products(store, 4, collection=True)
    page = make_page(qtbot, store)
    model = page.model
    page.model.sort(model.PRICE, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, model.PRICE)) == "¥10.00"
    assert model.data(model.index(0, model.AVAILABILITY)) == "on request"
    assert model.data(model.index(0, model.STATUS)) == "draft"
    assert model.data(model.index(0, model.COLLECTION)) == "茶与食品"
    assert model.data(model.index(1, model.COLLECTION)) == ""


def test_search_as_you_type_is_debounced_and_matches_title_sku_and_chinese(qtbot,
                                                                           store) -> None:
    add_products(store, 30)
    page = make_page(qtbot, store)
    qtbot.keyClicks(page.search, "s")  # QTest cannot type Chinese; a paste is the same
    page.search.clear()
    page.search.insert("乌")
    page.search.insert("龙")
    assert page.model.rowCount() == 30  # not yet: typing is still going on
    qtbot.waitUntil(lambda: page.model.rowCount() == 15, timeout=2000)
    page.search.setText("SKU-7")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert visible_titles(page) == ["乌龙茶 00007"]
    page.search.setText("100%_")  # wildcards are literal characters to the seller
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert page.count_label.text() == "0 products"


def test_sort_by_column_header(qtbot, store) -> None:
    add_products(store, 12)
    page = make_page(qtbot, store)
    page.table.sortByColumn(page.model.PRICE, Qt.SortOrder.DescendingOrder)
    assert visible_titles(page)[:2] == ["乌龙茶 00011", "Scarf 00010"]
    page.table.sortByColumn(page.model.TITLE, Qt.SortOrder.AscendingOrder)
    assert visible_titles(page)[0] == "Scarf 00000"


def test_bulk_price_status_collection_with_undo_and_redo(qtbot, store) -> None:
    ids = add_products(store, 6, collection=True)
    cid = list_collections(store)[0].id
    page = make_page(qtbot, store)
    page.model.sort(page.model.PRICE, Qt.SortOrder.AscendingOrder)
    select_rows(page, [0, 1, 2])
    stack = page.undo_stack
    assert page.bulk_price(10)
    assert stack.undoText() == "Change the price of 3 products by +10%"
    assert [get_product(store, i).price for i in ids[:4]] == [1100, 2200, 3300, 4000]
    assert page.model.data(page.model.index(0, page.model.PRICE)) == "¥11.00"
    select_rows(page, [0, 1, 2])
    assert page.bulk_status("published")
    assert page.bulk_collection(cid, "茶与食品")
    assert {get_product(store, i).status for i in ids[:3]} == {"published"}
    assert all(cid in get_product(store, i).collection_ids for i in ids[:3])
    stack.undo()
    stack.undo()
    assert get_product(store, ids[1]).collection_ids == []
    assert {get_product(store, i).status for i in ids[:3]} == {"draft"}
    stack.undo()
    assert [get_product(store, i).price for i in ids[:3]] == [1000, 2000, 3000]
    stack.redo()
    assert get_product(store, ids[2]).price == 3300


def test_refused_bulk_edit_stays_off_the_stack(qtbot, store) -> None:
    add_products(store, 2)
    page = make_page(qtbot, store)
    select_rows(page, [0])
    assert not page.bulk_price(-100)
    assert page.undo_stack.count() == 0
    assert "price" in page.editor.message.text()


def test_delete_with_undo_brings_back_ids_and_images(qtbot, store) -> None:
    ids = add_products(store, 5)
    page = make_page(qtbot, store)
    page.model.sort(page.model.PRICE, Qt.SortOrder.AscendingOrder)
    select_rows(page, [1, 2, 3])
    page.delete_selected()
    assert page.undo_stack.undoText() == "Delete 3 products"
    assert product_ids(store) == [ids[0], ids[4]]
    assert page.model.rowCount() == 2 and page.count_label.text() == "2 products"
    page.undo_stack.undo()
    assert sorted(product_ids(store)) == ids
    assert get_product(store, ids[2]).sku == "SKU-2"
    page.undo_stack.redo()
    assert page.model.rowCount() == 2


@pytest.mark.parametrize("search", ["", "Scarf"])
def test_open_product_selects_it_and_loads_the_editor(qtbot, store, search: str) -> None:
    ids = add_products(store, 8)
    page = make_page(qtbot, store)
    page.apply_search(search)
    page.open_product(ids[3])  # 乌龙茶: hidden by the search, which is then cleared
    assert page.editor.title.text() == "乌龙茶 00003"
    assert page.selected_ids() == [ids[3]]


def test_refresh_follows_a_currency_change_and_reports_what_was_done(qtbot, store) -> None:
    from weidian_desktop.core.shop import update_shop

    ids = add_products(store, 1)
    page = make_page(qtbot, store)
    page.open_product(ids[0])
    update_shop(store, currency="USD", default_language="en")
    page.refresh()
    assert page.editor.price_label.text() == "Price (USD)"
    assert page.model.data(page.model.index(0, page.model.PRICE)) == "$10.00"
    assert page.editor.price.text() == "10.00"
    with qtbot.waitSignal(page.statusMessage) as said:
        page.editor.price.setText("12.50")
        page.editor.save()
    assert said.args == ["Edit product “Scarf 00000”"]
    assert get_product(store, ids[0]).price == 1250
