"""A new shop opens on its first steps: import a stocklist, add a product, or the demo shop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from weidian_desktop.core.products import Product, create_product
from weidian_desktop.ui.main_window import MainWindow, create_main_window
from weidian_desktop.ui.pages.stocklists_page import StocklistsPage


@pytest.fixture
def window(qtbot, shop_path: Path):
    made = create_main_window(str(shop_path))  # a shop just registered: no product yet
    qtbot.addWidget(made)
    made.resize(1280, 800)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_a_new_shop_offers_its_first_steps(qtbot, window) -> None:
    page = window.view.pages["products"]
    assert window.view.current_key() == "products"
    assert page.views.currentWidget() is page.empty and page.empty.isVisible()
    assert [card.accessibleName() for card in page.empty.cards()] == [
        "Import a stocklist", "Add a product", "Open the demo shop"]
    assert not page.table.isVisible() and not page.editor.isVisible()  # no blank form
    qtbot.mouseClick(page.empty.add_card, Qt.MouseButton.LeftButton)
    assert page.editor.isVisible() and page.editor.product_id is None
    assert page.editor.title.hasFocus()
    page.editor.title.setText("手工陶瓷杯")
    page.editor.price.setText("68")
    assert page.editor.save()
    assert page.views.currentWidget() is not page.empty


def test_import_a_stocklist_goes_to_the_stocklists_page(qtbot, window, monkeypatch) -> None:
    started: list[bool] = []
    monkeypatch.setattr(StocklistsPage, "start_import",
                        lambda self, path=None: started.append(path is None))
    page = window.view.pages["products"]
    page.empty.import_card.click()
    assert window.view.current_key() == "stocklists" and started == [True]


def test_open_the_demo_shop_from_an_empty_shop(qtbot, window, monkeypatch) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(MainWindow, "open_demo", lambda self, path=None: opened.append(True))
    window.view.pages["products"].empty.demo_card.click()
    assert opened == [True]


def test_a_shop_with_products_opens_on_the_list(qtbot, store) -> None:
    from PySide6.QtGui import QUndoStack

    from weidian_desktop.ui.pages.products_page import ProductsPage

    create_product(store, Product("Mug", price=100))
    page = ProductsPage(store, QUndoStack())
    qtbot.addWidget(page)
    assert page.views.currentWidget() is not page.empty
    page.search.setText("nothing matches this")
    page.apply_search(page.search.text())
    assert page.views.currentWidget() is not page.empty  # a search with no hit is no empty shop
