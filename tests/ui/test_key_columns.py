"""Columns that name a row get the room they need at 1280×800; long ones elide in the middle."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableView, QToolTip

from weidian_desktop.core.coupons import Coupon, create_coupon
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.main_window import create_main_window


@pytest.fixture
def window(qtbot, demo_copy: Path):
    with ShopStore.open(demo_copy) as store:  # a code as long as sellers make them
        create_coupon(store, Coupon("WINTER-BLUE-AND-WHITE-25", "percent", 25))
    made = create_main_window(str(demo_copy))
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    return made


def shown(qtbot, window, key: str):
    window.view.show_page(key)
    qtbot.wait(30)  # the columns are fitted once the layout has settled
    return window.view.pages[key]


def needs(view: QTableView, column: int) -> int:
    return view.sizeHintForColumn(column)


def test_the_buyer_column_shows_the_buyers(qtbot, window) -> None:
    page = shown(qtbot, window, "orders")
    table, model = page.table, page.model
    assert table.horizontalHeader().sectionSize(model.BUYER) >= needs(table, model.BUYER)
    assert table.horizontalHeader().sectionSize(model.REFERENCE) >= needs(table, 0)


def test_the_coupon_code_column_shows_whole_codes(qtbot, window) -> None:
    page = shown(qtbot, window, "drops")
    page.tabs.setCurrentIndex(1)
    qtbot.wait(30)
    view = page.coupons_view
    assert view.horizontalHeader().sectionSize(0) >= needs(view, 0)


def test_a_long_drop_name_elides_in_the_middle_with_a_tooltip(qtbot, window) -> None:
    page = shown(qtbot, window, "drops")
    view = page.drops_view
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert view.horizontalHeader().sectionSize(0) >= min(needs(view, 0), 240)
    page.editor.parentWidget().setSizes([250, 810])  # the seller narrows the list
    qtbot.wait(30)
    row = next(r for r in range(page.drops_model.rowCount())
               if "winter" in page.drops_model.index(r, 0).data())
    name = page.drops_model.index(row, 0).data()
    rect = view.visualRect(page.drops_model.index(row, 0))
    assert rect.width() < view.fontMetrics().horizontalAdvance(name)  # cut: it must say so
    QApplication.sendEvent(view.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center())))
    assert QToolTip.isVisible() and QToolTip.text() == name
    QToolTip.hideText()
    # A time column keeps its text whole: the key column shrinks, not the others.
    header = view.horizontalHeader()
    assert header.sectionSize(2) >= needs(view, 2)
    assert header.sectionSize(0) >= header.sectionSizeHint(0)


def test_columns_fit_again_when_the_window_narrows(qtbot, window) -> None:
    page = shown(qtbot, window, "orders")
    window.resize(1024, 640)
    qtbot.wait(50)
    header = page.table.horizontalHeader()
    for column in range(page.model.columnCount()):
        text = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text), text
