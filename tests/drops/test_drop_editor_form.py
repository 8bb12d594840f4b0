"""The drop editor as a seller meets it: a calm new form, "saved" after saving, a preview
that follows the launch, prices written as everywhere else."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from weidian_desktop.core.coupons import Coupon, create_coupon
from weidian_desktop.core.drops import create_drop, get_drop, list_drops
from weidian_desktop.core.money import format_money
from weidian_desktop.ui.pages.drops_page import DropsPage

from .conftest import DropShop, bag_drop

ERROR_RED = "#b02a30"


@pytest.fixture
def page(qtbot, shop: DropShop) -> DropsPage:
    create_drop(shop.store, bag_drop(shop))
    widget = DropsPage(shop.store, QUndoStack())
    widget.resize(1200, 800)
    qtbot.addWidget(widget)
    return widget


def test_a_new_form_says_what_to_do_not_what_is_wrong(page: DropsPage, shop: DropShop) -> None:
    editor = page.editor
    page.new_drop()
    assert ERROR_RED not in editor.message.styleSheet()
    assert editor.message.text() == "Name the drop and tick its products, then save it."
    assert not editor.save_button.isEnabled()
    editor.name.setText("Mug morning")  # once the seller starts, the form answers
    assert editor.message.text() == "Add at least one product to the drop."
    assert ERROR_RED in editor.message.styleSheet()


def test_after_saving_the_form_says_saved(page: DropsPage, shop: DropShop) -> None:
    editor = page.editor
    page.select_drop(list_drops(shop.store)[0].id)
    assert editor.message.text() == "Every change is saved."
    assert not editor.save_button.isEnabled()
    editor.name.setText("Singles' Day bags, second run")
    assert editor.message.text() == "Ready to save."
    assert editor.save_button.isEnabled()
    page.save_drop()
    assert editor.message.text() == "Every change is saved."
    assert not editor.save_button.isEnabled()
    page.undo_stack.undo()  # the form follows the undo, and it is saved too
    assert editor.name.text() == "Singles' day bags"
    assert editor.message.text() == "Every change is saved."


def test_the_preview_follows_a_later_launch(page: DropsPage, shop: DropShop) -> None:
    editor = page.editor
    page.new_drop()
    editor.name.setText("Mug morning")
    start = editor.starts.naive()
    editor.has_preview.setChecked(True)
    assert editor.preview.naive() == start - timedelta(days=3)
    later = start + timedelta(days=20)
    editor.starts.set_naive(later)  # a later launch typed (or picked from the suggestions)
    assert editor.preview.naive() == later - timedelta(days=3)  # not left in the past
    assert editor.ends.naive() == later + timedelta(days=1)  # the drop keeps its length
    editor.has_preview.setChecked(False)
    editor.starts.set_naive(later + timedelta(days=5))
    editor.has_preview.setChecked(True)
    assert editor.preview.naive() == later + timedelta(days=2)
    row = editor._row_of(shop.mug, None)
    editor.items.item(row, 0).setCheckState(Qt.CheckState.Checked)
    page.save_drop()
    saved = next(d for d in list_drops(shop.store) if d.name == "Mug morning")
    assert saved.preview_at is not None and saved.preview_at < saved.starts_at
    assert get_drop(shop.store, saved.id).preview_at == saved.preview_at


def test_a_suggested_launch_moves_the_preview_too(page: DropsPage) -> None:
    editor = page.editor
    page.new_drop()
    editor.has_preview.setChecked(False)
    editor._fill_suggestions()
    last = editor.suggested.count() - 1
    editor.suggested.setCurrentIndex(last)
    editor._use_suggestion(last)
    editor.has_preview.setChecked(True)
    assert editor.preview.naive() == editor.starts.naive() - timedelta(days=3)


def test_prices_are_written_as_on_the_other_pages(page: DropsPage, shop: DropShop) -> None:
    editor = page.editor
    row = editor._row_of(shop.scarf, None)
    shown = editor.items.item(row, 1).text()
    assert shown == format_money(12900, "CNY", "zh-CN") == "¥129.00"  # not "CN¥129.00"
    create_coupon(shop.store, Coupon("TENOFF", "fixed", 1000, min_order=20000))
    page.refresh()
    assert page.coupons_model.index(0, 2).data() == "¥10.00 off from ¥200.00"


def test_the_product_table_keeps_room_in_a_small_window(qtbot, page: DropsPage) -> None:
    page.resize(830, 600)  # the page in a 1024×640 window, beside the sidebar
    page.show()
    qtbot.waitExposed(page)
    items = page.editor.items
    rows = items.viewport().height() // items.verticalHeader().defaultSectionSize()
    assert rows >= 5, f"only {rows} product rows show"


def test_the_coupon_form_is_calm_when_new_and_says_saved(page: DropsPage) -> None:
    editor = page.coupon_editor
    page.new_coupon()
    assert ERROR_RED not in editor.message.styleSheet()
    assert editor.message.text() == "Type a code for the coupon, then save it."
    editor.code.setText("ab")
    assert ERROR_RED in editor.message.styleSheet()
    editor.code.setText("spring-10")
    assert editor.message.text() == "Ready to save."
    page.save_coupon()
    assert editor.message.text() == "Every change is saved."
    assert not editor.save_button.isEnabled()
