"""Stocklists › Import… on the demo shop as a new seller does it: a new file is a new supplier,
its currency and language are settled, variants are told apart, an emptied supplier asks."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from weidian_desktop.core.products import get_product
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.pages.stocklists_page import StocklistsPage

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stocklists"


def apparel_csv(folder: Path) -> Path:
    """The English Shopify export (dollars, sizes) as a seller saves it: apparel.csv."""
    path = folder / "apparel.csv"
    shutil.copyfile(FIXTURES / "apparel_shopify.csv", path)
    return path


@pytest.fixture
def page(qtbot, demo_copy: Path):
    store = ShopStore.open(demo_copy)
    widget = StocklistsPage(store, QUndoStack())
    widget.resize(1100, 700)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
    store.close()


def read(page, path: Path):
    page.start_import(path)
    page.import_flow.task.wait()
    return page.import_flow.options_dialog


def compare(page):
    page.import_flow.options_dialog.accept()
    page.import_flow.task.wait()
    return page.import_flow.diff_dialog


def test_a_new_catalogue_goes_to_a_new_supplier_in_its_currency(page, tmp_path) -> None:
    page.supplier.setCurrentIndex(next(i for i in range(page.supplier.count())
                                       if page.supplier.itemText(i).startswith("Bottega")))
    assert page.supplier_name() == "Bottega Italia"  # selected in the list...
    dialog = read(page, apparel_csv(tmp_path))
    assert dialog.supplier.currentText() == "apparel"  # ...yet the file names its supplier
    # Shopify files state no currency and this supplier is new: the seller must say.
    assert dialog.currency.currentData() is None and not dialog.read_button.isEnabled()
    assert "does not say" in dialog.currency_note.text()
    assert dialog.language.currentData() == "en"  # recognised from the titles
    dialog.choose(currency="USD")
    assert dialog.read_button.isEnabled()
    diff = compare(page)
    titles = [diff.models["new"].index(r, 1).data()
              for r in range(diff.models["new"].rowCount())]
    assert "Classic Varsity Top — Size: M" in titles and "Ocean Blue Shirt" in titles
    assert diff.models["new"].index(0, 2).data().startswith("US$")
    assert diff.confirm is None and diff.apply_button.isEnabled()  # a new supplier loses none
    diff.apply_button.click()
    page.import_flow.task.wait()
    assert page.supplier_name() == "apparel"
    # Picking: the three tops are three rows that say which size they are.
    page.table.selectAll()
    page.start_pick()
    picker = page.pick_dialog
    labels = [picker.model.index(r, 0).data() for r in range(picker.model.rowCount())]
    assert {"Classic Varsity Top — Size: S", "Classic Varsity Top — Size: L"} <= set(labels)
    picker.rate.setValue(7.2)
    picker.accept()
    page.task.wait()
    shirt = page.store.scalar("SELECT id FROM products WHERE title = 'Ocean Blue Shirt'")
    assert get_product(page.store, shirt).translations["en"]["title"] == "Ocean Blue Shirt"
    assert get_product(page.store, shirt).supplier_currency == "USD"
    assert Decimal(get_product(page.store, shirt).supplier_price) == Decimal(6000)


def test_a_stated_currency_is_chosen_for_the_seller(page) -> None:
    dialog = read(page, FIXTURES / "merchant_feed.tsv")
    assert dialog.currency.currentData() == "USD"
    assert dialog.currency_note.text() == "As the file states."


def test_emptying_a_supplier_needs_a_yes_that_says_how_many(page, tmp_path) -> None:
    dialog = read(page, apparel_csv(tmp_path))
    dialog.supplier.setCurrentText("Bottega Italia")  # the wrong supplier, kept by mistake
    assert dialog.currency.currentData() == "EUR"  # that supplier's last currency
    assert dialog.currency_note.text() == "As in this supplier's last import."
    diff = compare(page)
    before = page.store.scalar("SELECT count(*) FROM stock_items WHERE status = 'active'")
    assert diff.confirm is not None and not diff.apply_button.isEnabled()
    assert diff.confirm.text() == "Yes, mark 5 of the 5 items of Bottega Italia discontinued"
    diff.apply_button.click()  # disabled: nothing happens
    assert page.store.scalar("SELECT count(*) FROM stock_items WHERE status = 'active'") == \
        before
    diff.confirm.setChecked(True)
    assert diff.apply_button.isEnabled()
