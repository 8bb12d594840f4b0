"""The main window in Chinese, Italian and the pseudo-locale: menus, sidebar, Preferences, fit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea

from weidian_desktop.ui import i18n
from weidian_desktop.ui.main_window import create_main_window

WIDTH, HEIGHT = 1280, 800


@pytest.fixture
def window_in(qtbot, qapp):
    """window_in(language, shop) builds the main window under that language's translators."""
    def make(language: str, shop: Path | None = None):
        i18n.install_translators(qapp, language)
        window = create_main_window(str(shop) if shop else None)
        qtbot.addWidget(window)
        window.resize(WIDTH, HEIGHT)
        window.show()
        qtbot.waitExposed(window)
        return window
    yield make
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_edit_menu_opens_preferences(window_in) -> None:
    window = window_in("en")
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    action = next(a for a in edit.actions() if a.text() == "&Preferences…")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Preferences)


@pytest.mark.parametrize(("language", "menus", "sidebar"), [
    ("zh_CN", ["文件(&F)", "编辑(&E)", "转到(&G)", "帮助(&H)"],
     ["商品", "店铺", "货源清单", "订单"]),
    ("it", ["&File", "&Modifica", "&Vai", "A&iuto"], ["Prodotti", "Negozio", "Listini fornitori",
                                                      "Ordini"]),
])
def test_main_window_speaks_the_language(window_in, demo_copy, language, menus, sidebar) -> None:
    window = window_in(language, demo_copy)
    assert menu_titles(window) == menus
    items = [window.view.sidebar.item(n).text() for n in range(window.view.sidebar.count())]
    assert set(sidebar) <= set(items)


def cut_off(page) -> list[str]:
    """Visible one-line labels and buttons narrower than their text needs."""
    labels = [w for w in page.findChildren(QLabel) if not w.wordWrap()]
    return [w.text() for w in [*labels, *page.findChildren(QAbstractButton)]
            if w.isVisible() and w.text() and w.width() < w.sizeHint().width()]


@pytest.mark.parametrize("language", ["zh_CN", "it", i18n.PSEUDO])
def test_every_page_fits_the_default_window(qapp, window_in, demo_copy, language) -> None:
    window = window_in(language, demo_copy)
    for key in window.view.keys():
        window.view.show_page(key)
        qapp.processEvents()  # let the layouts settle before measuring
        page = window.view.pages[key]
        assert window.width() <= WIDTH, f"{key} widens the window to {window.width()} px"
        assert not cut_off(page), f"{key}: cut off {cut_off(page)}"


@pytest.mark.parametrize("language", ["zh_CN", "it"])
def test_product_editor_never_scrolls_sideways(qapp, window_in, demo_copy, language) -> None:
    window = window_in(language, demo_copy)
    window.view.show_page("products")
    products = window.view.pages["products"]
    products.open_product(int(window.store.scalar(
        "SELECT id FROM products WHERE slug = 'silk-scarf'")))
    qapp.processEvents()
    for area in products.findChildren(QScrollArea):
        if area.widget() is not None and area.isVisible():
            need, have = area.widget().minimumSizeHint().width(), area.viewport().width()
            assert need <= have, f"{language}: the editor needs {need} px of {have}"


@pytest.mark.parametrize("language", ["zh_CN", "it", i18n.PSEUDO])
def test_filter_choices_are_not_cut_off(qapp, window_in, demo_copy, language) -> None:
    window = window_in(language, demo_copy)
    window.view.show_page("stocklists")
    qapp.processEvents()
    page = window.view.pages["stocklists"]
    for combo in (page.availability,):
        longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                      for i in range(combo.count()))
        # Italian's "disponibilità: tutte" was cut to "disponibilità: tutt".
        assert combo.width() > longest, (combo.currentText(), combo.width(), longest)
