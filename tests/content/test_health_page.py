"""The Health page: score, findings that open their product, watch list and setting undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from weidian_desktop.core.health import get_brand_watch_list
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.pages.health_page import FindingsModel, HealthPage


@pytest.fixture
def page(qtbot, store: ShopStore, make_product: Callable) -> HealthPage:
    make_product("高仿 leather belt")
    make_product("Linen tote bag", photos=1)
    make_product("Handmade ceramic mug")
    widget = HealthPage(store, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1100, 560)
    return widget


def test_score_and_findings_are_shown(page: HealthPage, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    assert page.score_label.text() == "77 / 100"  # (40 + 90 + 100) / 3 products
    assert page.model.rowCount() == 2
    first = page.model.index(0, FindingsModel.SEVERITY).data()
    assert first.endswith("error")  # errors come first
    assert page.model.index(0, FindingsModel.SUBJECT).data() == "高仿 leather belt [leather-belt]"
    assert page.model.index(0, FindingsModel.FIELD).data() == "title"
    assert page.model.index(0, FindingsModel.FINDING).data().startswith("“高仿”")
    page.filter.setCurrentIndex(page.FILTERS.index("content"))
    assert page.model.rowCount() == 1


def test_double_click_opens_the_product(page: HealthPage, qtbot) -> None:
    with qtbot.waitSignal(page.productRequested) as signal:
        page.open_row(0)
    assert signal.args == [page.model.finding(0).product_id]


def test_brand_list_undo(page: HealthPage, store: ShopStore) -> None:
    page.brands.setPlainText("Gucci\n\nLinen")
    page.save_brands()
    assert get_brand_watch_list(store) == ["Gucci", "Linen"]
    assert page.model.rowCount() == 3  # "Linen tote bag" now mentions a watched brand
    page.undo_stack.undo()
    assert get_brand_watch_list(store) == [] and page.model.rowCount() == 2


def test_a_refused_brand_list_is_said_and_not_undoable(page: HealthPage,
                                                        store: ShopStore) -> None:
    page.brands.setPlainText("G" * 61)
    page.save_brands()
    assert "longer than 60 characters" in page.brands_message.text()
    assert not page.brands_message.isHidden()
    assert page.undo_stack.count() == 0 and get_brand_watch_list(store) == []


def test_the_page_grabs_to_a_picture(page: HealthPage, tmp_path: Path) -> None:
    page.show()
    target = tmp_path / "health.png"
    assert page.grab().save(str(target))
    image = page.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # not a blank rectangle
