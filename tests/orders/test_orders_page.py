"""The Orders page: Ctrl+V records, refusals are shown, status changes undo, models are sound."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack

from weidian_desktop.ui.pages.orders_page import OrdersPage

from .conftest import cart_message

SCREENSHOT_DIR = os.environ.get("WD_SCREENSHOTS")


@pytest.fixture
def page(qtbot, order_shop):
    stack = QUndoStack()
    widget = OrdersPage(order_shop, stack)
    widget.resize(1200, 720)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.stack = stack
    return widget


def paste(qtbot, page, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def count(page) -> int:
    return page.store.scalar("SELECT COUNT(*) FROM orders")


def test_models_pass_the_model_tester(qtmodeltester, page) -> None:
    page.paste_order(cart_message({"XM-001-1": 2, "XM-002": 1}))
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.summary_model)


def test_ctrl_v_records_and_undo_removes(qtbot, page) -> None:
    paste(qtbot, page, "老板好～\n" + cart_message({"XM-001-1": 2, "XM-003": 1}))
    assert count(page) == 1 and page.model.rowCount() == 1
    assert page.selected_id() is not None  # the new order is shown
    assert "Recorded order WD-7K3M9Q" in page.notice.text()
    assert "张三" in page.detail.view.toPlainText()
    page.stack.undo()
    assert count(page) == 0 and page.model.rowCount() == 0
    page.stack.redo()
    assert count(page) == 1
    paste(qtbot, page, cart_message({"XM-001-1": 2, "XM-003": 1}))
    assert count(page) == 1 and "already recorded" in page.notice.text()


def test_search_box_keeps_its_own_paste(qtbot, page) -> None:
    QGuiApplication.clipboard().setText(cart_message({"XM-002": 1}))
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert count(page) == 0 and page.search.text() != ""


def test_refusal_is_shown_and_nothing_recorded(qtbot, page) -> None:
    paste(qtbot, page, cart_message({"XM-002": 1})[:-30])
    assert count(page) == 0 and page.undo_stack.count() == 0
    assert "cut off" in page.notice.text()


def test_status_changes_undo_and_filters(qtbot, page, monkeypatch) -> None:
    page.paste_order(cart_message({"XM-002": 1}))
    page.detail.buttons["confirmed"].click()
    assert page.store.scalar("SELECT status FROM orders") == "confirmed"
    monkeypatch.setattr(page, "ask_tracking", lambda: "SF1234567890")
    page.detail.buttons["shipped"].click()
    assert page.store.scalar("SELECT tracking_number FROM orders") == "SF1234567890"
    assert not page.detail.buttons["confirmed"].isEnabled()
    page.undo_stack.undo()
    assert page.store.scalar("SELECT status || tracking_number FROM orders") == "confirmed"
    page.status_filter.setCurrentIndex(page.status_filter.findData("requested"))
    assert page.model.rowCount() == 0
    page.status_filter.setCurrentIndex(0)
    page.select_order(page.model.order_id(0))
    page.detail.templates.setCurrentIndex(page.detail.templates.findData("confirmed"))
    page.copy_template("confirmed")
    assert QGuiApplication.clipboard().text().startswith("张三您好")


def test_warnings_and_summary_on_screen(qtbot, page, tmp_path: Path) -> None:
    page.paste_order(cart_message({"XM-001-1": 1, "XM-003": 2}, coupon="SPRING10",
                                  discount=2250, reference="WD-AAAAAA"))
    page.paste_order(cart_message({"XM-002": 1, "GONE-1": 1}, reference="WD-BBBBBB",
                                  campaign="moments"))
    assert "Unknown SKU" in page.model.index(0, page.model.WARNINGS).data()  # unknown_sku
    assert "SKU GONE-1 is not in the shop" in page.notice.text()
    page.summary_by.setCurrentIndex(page.summary_by.findData("campaign"))
    assert page.summary_model.rowCount() == 2
    page.select_order(page.model.order_id(0))
    out = Path(SCREENSHOT_DIR) if SCREENSHOT_DIR else tmp_path
    page.grab().save(str(out / "orders-page.png"))
    page.tabs.setCurrentIndex(1)
    page.grab().save(str(out / "orders-sales.png"))
    assert (out / "orders-page.png").stat().st_size > 10_000


@pytest.fixture
def shanghai_computer():
    """This computer's clock set to China time for the test (TZ), then back."""
    import time

    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_order_times_say_they_are_on_this_computers_clock(page, shanghai_computer) -> None:
    page.paste_order(cart_message({"XM-002": 1}, reference="WD-CLOCK1"))
    with page.store.atomic() as db:
        db.execute("UPDATE orders SET created_at = '2026-11-25T12:32:00Z'")
        db.execute("UPDATE order_events SET at = '2026-11-25T12:32:00Z'")
    page.refresh()
    model = page.model
    assert "this computer" in model.headerData(model.DATE, Qt.Orientation.Horizontal)
    assert model.index(0, model.DATE).data() == "11-25 20:32"  # not UTC's 12:32
    assert "CST" in model.index(0, model.DATE).data(Qt.ItemDataRole.ToolTipRole)
    page.select_order(model.order_id(0))
    text = page.detail.view.toPlainText()
    assert "History (this computer’s clock)" in text and "2026-11-25 20:32 CST" in text
