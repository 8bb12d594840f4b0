"""The Stocklists page: import through the dialogs, search Chinese, filter, pick, undo, flags."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from weidian_desktop.core.errors import Cancelled
from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import import_file
from weidian_desktop.ui.pages import stock_import
from weidian_desktop.ui.pages.stock_model import PAGE
from weidian_desktop.ui.pages.stocklists_page import StocklistsPage

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stocklists"


@pytest.fixture
def page(qtbot, store):
    stack = QUndoStack()
    widget = StocklistsPage(store, stack)
    widget.resize(1100, 640)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.stack = stack
    return widget


def wait(page) -> None:
    page.import_flow.task.wait()


def import_through_dialogs(page, path: Path, supplier: str, mapping: dict | None = None):
    """Drive Import… to the end: options, column mapping (generic), diff, Apply."""
    flow = page.import_flow
    page.start_import(path)
    wait(page)
    assert flow.options_dialog.isVisible()
    flow.options_dialog.supplier.setCurrentText(supplier)
    flow.options_dialog.choose(currency="CNY", language="zh-CN")
    flow.options_dialog.accept()
    if flow.format == "generic":
        dialog = flow.mapping_dialog
        assert dialog.isVisible()
        for name, column in (mapping or {}).items():
            dialog.set_field(name, column)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait(page)
    diff = flow.diff_dialog
    assert diff.isVisible()
    diff.apply_button.click()
    wait(page)
    return diff


def rows(page) -> list[str]:
    return [page.model.item(r)["sku"] for r in range(page.model.rowCount())]


def test_import_with_the_mapping_dialog_remembers_the_columns(page) -> None:
    path = FIXTURES / "generic_mapped.csv"  # Art;Bez;EK;Farbe: nothing a guess can place
    flow = page.import_flow
    page.start_import(path)
    wait(page)
    assert flow.options_dialog.format.currentData() == "generic"
    flow.options_dialog.supplier.setCurrentText("Wollhaus")
    flow.options_dialog.choose(currency="CNY", language="en")
    flow.options_dialog.accept()
    dialog = flow.mapping_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "Title" in dialog.problem.text()
    assert dialog.sample.item(0, 1).text() == "Wollschal"
    dialog.set_field("sku", "Art")
    dialog.set_field("title", "Bez")
    dialog.set_field("price", "EK")
    dialog.options.item(3).setCheckState(Qt.CheckState.Checked)  # Farbe is a variant option
    assert ok.isEnabled()
    ok.click()
    wait(page)
    diff = flow.diff_dialog
    assert diff.models["new"].rowCount() == 3
    assert diff.models["new"].index(0, 2).data() == "¥12.50"
    diff.apply_button.click()
    wait(page)
    assert sorted(rows(page)) == ["X-1", "X-2", "X-3"]
    titles = {page.model.item(r)["sku"]: page.model.index(r, 0).data() for r in range(3)}
    assert titles == {"X-1": "Wollschal — Farbe: Rot", "X-2": "Wollschal — Farbe: Blau",
                      "X-3": "Ledertasche"}  # variants tell themselves apart
    assert "Imported generic_mapped.csv: 3 new" in page.notice.text()
    # Imports cannot be undone: the shop as it was is kept beside it, and opens.
    backup = page.store.path.with_name(page.store.path.name + ".before-import.bak")
    assert backup.name in page.notice.text()
    with ShopStore.open(backup) as before:
        assert before.scalar("SELECT count(*) FROM stock_items") == 0
    # Plural forms come from the English catalogue; without it Qt shows "item(s)".
    assert page.supplier.currentText().startswith("Wollhaus (3 item")
    # The next import of this supplier starts from the remembered mapping.
    page.start_import(path)
    wait(page)
    flow.options_dialog.accept()
    assert flow.mapping_dialog.combos["title"].currentData() == "Bez"
    assert flow.mapping_dialog.mapping()["option:Farbe"] == "Farbe"
    flow.mapping_dialog.accept()
    wait(page)
    assert flow.diff_dialog.models["new"].rowCount() == 0
    assert "3 unchanged" in flow.diff_dialog.findChild(QLabel).text()


def test_search_chinese_filter_and_sort(qtbot, page, qtmodeltester) -> None:
    diff = import_through_dialogs(page, FIXTURES / "generic_gbk.csv", "棉记")
    problems = diff.models["problems"]
    assert [problems.index(r, 0).data() for r in range(problems.rowCount())] == ["3", "5"]
    assert "no price" in problems.index(1, 1).data()
    assert sorted(rows(page)) == ["G-1", "G-2", "G-3", "G-5"]
    for char in "纯棉T恤":  # typed one character at a time (QTest cannot type Chinese)
        page.search.insert(char)
    assert len(rows(page)) == 4  # debounced: no search until typing pauses
    qtbot.waitUntil(lambda: rows(page) == ["G-1"], timeout=2000)
    page.search.setText("偏光")  # two characters: no trigram, matched with LIKE
    qtbot.waitUntil(lambda: rows(page) == ["G-5"], timeout=2000)
    page.search.clear()
    qtbot.waitUntil(lambda: len(rows(page)) == 4, timeout=2000)
    page.category.setCurrentIndex(page.category.findData("服装 > 裤子"))
    assert rows(page) == ["G-2"]
    page.category.setCurrentIndex(0)
    page.min_price.setValue(50)
    assert sorted(rows(page)) == ["G-2", "G-5"]
    page.max_price.setValue(100)
    assert rows(page) == ["G-5"]
    page.min_price.setValue(0)
    page.max_price.setValue(0)
    page.sort.setCurrentIndex(page.sort.findData("-price"))
    assert rows(page) == ["G-2", "G-5", "G-1", "G-3"]
    page.availability.setCurrentIndex(page.availability.findData("sold_out"))
    assert rows(page) == [] and page.count.text().startswith("0 item")
    qtmodeltester.check(page.model)
    for model in diff.models.values():
        qtmodeltester.check(model)


def test_pick_with_markup_then_undo_and_redo(qtbot, page, store, qtmodeltester) -> None:
    import_file(store, FIXTURES / "generic_gbk.csv", supplier="棉记")
    page.refresh()
    page.table.selectRow(0)  # file order: G-1 39.90, then G-2 129.00
    page.table.selectionModel().select(page.model.index(1, 0),
                                       page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    page.start_pick()
    dialog = page.pick_dialog
    dialog.percent.setValue(30)
    dialog.fixed.setValue(2)
    dialog.rounding.setCurrentIndex(dialog.rounding.findData(".90"))
    preview = dialog.model
    qtmodeltester.check(preview)
    # 39.90 x 1.3 + 2 = 53.87 -> 53.90; margin 14.00 = 26.0 % of 53.90
    assert [preview.index(0, c).data() for c in range(4)] == [
        "纯棉T恤 白色", "¥39.90", "¥53.90", "¥14.00 (26.0%)"]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    page.task.wait()
    prices = store.query("SELECT sku, price, availability FROM products ORDER BY sku")
    assert prices == [{"sku": "G-1", "price": 5390, "availability": "on_request"},
                      {"sku": "G-2", "price": 16990, "availability": "on_request"}]
    assert page.model.item(0)["picked"] and page.model.index(0, 6).data() == "picked"
    assert page.stack.count() == 1 and page.notice.text().startswith("Picked 2 product")
    ids = [r["id"] for r in store.query("SELECT id FROM products ORDER BY id")]
    page.stack.undo()
    assert store.scalar("SELECT count(*) FROM products") == 0
    assert not page.model.item(0)["picked"]
    page.stack.redo()
    assert [r["id"] for r in store.query("SELECT id FROM products ORDER BY id")] == ids
    assert store.scalar("SELECT price FROM products WHERE sku = 'G-1'") == 5390


def test_cancel_during_apply_leaves_the_shop_as_it_was(page, store, monkeypatch,
                                                       tmp_path: Path) -> None:
    real = stock_import.apply_import

    def cancelled_midway(store, preview, *, progress, cancel):
        pressed = iter([False, True])  # Cancel pressed after the first batch was written
        return real(store, preview, progress=progress, cancel=lambda: next(pressed, True))

    monkeypatch.setattr(stock_import, "apply_import", cancelled_midway)
    before = list(store.conn.iterdump())
    path = tmp_path / "list.csv"
    path.write_text("sku,title,price\n" + "".join(f"S{i},Scarf {i},{i}.50\n"
                                                  for i in range(5000)), encoding="utf-8")
    page.start_import(path)
    wait(page)
    page.import_flow.options_dialog.choose(currency="CNY")  # "Scarf 1" says no language
    page.import_flow.options_dialog.choose(language="en")
    page.import_flow.options_dialog.accept()
    page.import_flow.mapping_dialog.accept()
    wait(page)
    page.import_flow.diff_dialog.apply_button.click()
    wait(page)
    assert isinstance(page.import_flow.task.error, Cancelled)
    assert "shop is as it was" in page.notice.text()
    assert list(store.conn.iterdump()) == before


def test_a_refused_file_is_one_sentence_on_the_page(page) -> None:
    page.start_import(FIXTURES / "malformed" / "page.html")
    wait(page)
    assert page.import_flow.options_dialog is None
    assert page.notice.text() == ("page.html is a web page (HTML), not a catalogue; save the "
                                  "supplier's CSV or feed file instead.")


def test_discontinued_picked_products_are_flagged(page, store, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("sku,title,price\nA-1,Silk scarf,10\nA-2,Wool hat,20\n", encoding="utf-8")
    import_file(store, path, supplier="S")
    from weidian_desktop.stocklists import pick

    pick(store, "S", ["A-2"])
    path.write_text("sku,title,price\nA-1,Silk scarf,10\n", encoding="utf-8")
    diff = import_through_dialogs(page, path, "S")
    assert diff.models["gone"].index(0, 2).data().startswith("1 picked product")
    assert page.flags.isVisible()
    assert page.flags.text().startswith("1 picked product")
    assert page.flags.text() == "1 picked product lost its supplier item: Wool hat (A-2)"
    page.discontinued.setChecked(True)
    assert "discontinued" in [page.model.index(r, 6).data() for r in range(2)]


def test_the_model_fetches_pages_as_the_view_scrolls(qtbot, page, store, tmp_path: Path,
                                                     qtmodeltester) -> None:
    path = tmp_path / "big.csv"
    path.write_text("sku,title,price\n" + "".join(f"B{i:04d},围巾 {i},{i + 1}\n"
                                                  for i in range(PAGE * 2 + 10)),
                    encoding="utf-8")
    import_file(store, path, supplier="Big")
    page.refresh()
    assert page.model.loaded() == PAGE and page.model.total == PAGE * 2 + 10
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.loaded() > PAGE, timeout=2000)
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.loaded() == PAGE * 2 + 10
    qtmodeltester.check(page.model)


def test_the_supplier_stays_chosen_in_chinese(qtbot, qapp, store, tmp_path: Path) -> None:
    from weidian_desktop.ui import i18n

    for name in ("义乌小商品", "杭州丝绸"):
        path = tmp_path / f"{name}.csv"
        path.write_text("sku,title,price\nA-1,围巾,10\n", encoding="utf-8")
        import_file(store, path, supplier=name)
    i18n.install_translators(qapp, "zh_CN")
    try:
        page = StocklistsPage(store, QUndoStack())
        qtbot.addWidget(page)
        page.supplier.setCurrentIndex(1)
        assert "（" in page.supplier.currentText()  # full-width brackets in Chinese
        page.refresh()
        assert page.supplier_name() == "杭州丝绸"
    finally:
        i18n.install_translators(qapp, "en")
