"""Product editor: a product with two variants, validation, undo/redo, reopening the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableWidgetItem

from weidian_desktop.core.collections import Collection, create_collection
from weidian_desktop.core.products import get_product, product_ids
from weidian_desktop.core.store import ShopStore

from .products_helpers import make_page


def fill_scarf(editor) -> None:
    editor.title.setText("真丝围巾 Silk scarf")
    editor.description.setPlainText("小批量手工制作。\n\nMade in small batches.")
    editor.price.setText("129")
    editor.compare_at.setText("¥159.00")
    editor.sku.setText("XM-001")
    editor.tags.setText("scarf，silk")
    editor.variants.add_option("颜色", [])
    editor.variants.options.setItem(0, 1, QTableWidgetItem("朱红，靛蓝"))
    editor.variants.generate()
    table = editor.variants.variants
    assert table.rowCount() == 2
    table.setItem(1, editor.variants.PRICE, QTableWidgetItem("139.00"))
    table.setItem(0, editor.variants.SKU, QTableWidgetItem("XM-001-R"))
    table.setItem(1, editor.variants.SKU, QTableWidgetItem("XM-001-B"))
    table.cellWidget(1, editor.variants.AVAILABILITY).setCurrentIndex(1)  # in stock
    table.setItem(1, editor.variants.QUANTITY, QTableWidgetItem("7"))


def test_add_a_product_with_two_variants_undo_redo_and_reopen(qtbot, store,
                                                              shop_path: Path) -> None:
    cid = create_collection(store, Collection("服饰配件"))
    page = make_page(qtbot, store)
    page.new_product()
    editor = page.editor
    fill_scarf(editor)
    editor.collections.item(0).setCheckState(editor.collections.item(0).checkState().Checked)
    assert editor.save()
    stack = page.undo_stack
    assert stack.undoText() == "Add product “真丝围巾 Silk scarf”"
    [pid] = product_ids(store)
    p = get_product(store, pid)
    assert (p.price, p.compare_at_price, p.sku, p.tags) == (12900, 15900, "XM-001",
                                                            ["scarf", "silk"])
    assert p.description == "小批量手工制作。\n\nMade in small batches."
    assert [(v.options, v.price, v.sku, v.availability, v.quantity) for v in p.variants] == [
        (["朱红"], None, "XM-001-R", "on_request", None),
        (["靛蓝"], 13900, "XM-001-B", "in_stock", 7)]
    assert p.collection_ids == [cid]
    assert page.model.rowCount() == 1 and page.selected_ids() == [pid]
    assert page.model.data(page.model.index(0, page.model.AVAILABILITY)) == "7 in stock"
    stack.undo()
    assert product_ids(store) == [] and page.model.rowCount() == 0
    assert editor.product_id is None
    stack.redo()
    assert product_ids(store) == [pid]  # the same id (and slug) comes back
    again = get_product(store, pid)
    assert again.slug == p.slug and [v.id for v in again.variants] == [v.id for v in p.variants]
    # An edit is one more action; undo returns the earlier price.
    page.open_product(pid)
    editor.price.setText("99.50")
    assert editor.save()
    assert stack.undoText() == "Edit product “真丝围巾 Silk scarf”"
    assert get_product(store, pid).price == 9950
    stack.undo()
    assert get_product(store, pid).price == 12900 and editor.price.text() == "129.00"
    stack.redo()
    page.close()  # as the main window does before it closes the shop file
    store.close()
    with ShopStore.open(shop_path) as reopened:
        kept = get_product(reopened, pid)
        assert kept.price == 9950 and len(kept.variants) == 2
        assert kept.variants[1].quantity == 7


def test_invalid_input_shows_one_sentence_and_saves_nothing(qtbot, store) -> None:
    page = make_page(qtbot, store)
    page.new_product()
    editor = page.editor
    editor.title.setText("Mug")
    editor.price.setText("12,5x")
    assert not editor.save()
    assert editor.message.text() == "Price: “12,5x” is not a price: type digits, like 1,299.50."
    editor.price.setText("12.3456")
    assert not editor.save()
    assert "more decimals than CNY has (2)" in editor.message.text()
    editor.price.setText("12")
    editor.title.setText("  ")
    assert not editor.save()
    assert editor.message.text() == "A product needs a title."
    editor.title.setText("Mug")
    editor.variants.add_option("Size", ["S", "M"])
    editor.variants.generate()
    editor.variants.variants.setItem(0, editor.variants.QUANTITY, QTableWidgetItem("lots"))
    assert not editor.save()
    assert editor.message.text() == "Variant S: the quantity 'lots' is not a whole number."
    assert product_ids(store) == [] and page.undo_stack.count() == 0
    editor.variants.variants.setItem(0, editor.variants.QUANTITY, QTableWidgetItem(""))
    assert editor.save() and editor.message.text() == ""


def test_saving_unchanged_product_adds_no_undo_step(qtbot, store) -> None:
    page = make_page(qtbot, store)
    page.new_product()
    page.editor.title.setText("Tea")
    page.editor.price.setText("58")
    assert page.editor.save()
    assert page.editor.save()
    assert page.undo_stack.count() == 1


def test_moving_to_another_product_saves_the_form_or_stays_on_a_refusal(qtbot, store) -> None:
    from .products_helpers import add_products

    first, second = add_products(store, 2)
    page = make_page(qtbot, store)
    page.open_product(first)
    page.editor.title.setText("Renamed scarf")
    page.open_product(second)  # what a click on another row does
    assert get_product(store, first).title == "Renamed scarf"
    assert page.undo_stack.undoText() == "Edit product “Renamed scarf”"
    assert page.editor.product_id == second
    page.editor.price.setText("free")
    page.open_product(first)
    assert page.editor.product_id == second  # stayed, with the reason shown
    assert page.editor.message.text() == "Price: “free” is not a price: type digits, like 1,299.50."
    page.editor.revert_button.click()
    page.open_product(first)
    assert page.editor.product_id == first and page.undo_stack.count() == 1


def test_clicking_a_row_saves_the_form_first(qtbot, store) -> None:
    from .products_helpers import add_products

    first, second = add_products(store, 2)
    page = make_page(qtbot, store)

    def click(pid: int) -> None:
        # What a click does, without QTest: selectRow() would read the keyboard modifiers
        # another test may have left pressed.
        page.table.selectionModel().select(
            page.model.index(page.model.row_of(pid), 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    click(first)
    assert page.editor.product_id == first
    page.editor.tags.setText("silk")
    click(second)
    assert page.editor.product_id == second and page.selected_ids() == [second]
    assert get_product(store, first).tags == ["silk"]
    page.editor.price.setText("-3")
    click(first)
    assert page.editor.product_id == second and page.selected_ids() == [second]


def test_edited_fields_are_kept_from_supplier_updates(qtbot, store) -> None:
    from .products_helpers import add_products

    [pid] = add_products(store, 1)
    page = make_page(qtbot, store)
    page.open_product(pid)
    page.editor.title.setText("My own title")
    page.editor.price.setText("15")
    assert page.editor.save()
    assert get_product(store, pid).overrides == ["price", "title"]
    page.editor.availability.setCurrentIndex(2)  # sold out
    assert page.editor.save()
    assert get_product(store, pid).overrides == ["availability", "price", "title"]
