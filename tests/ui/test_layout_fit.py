"""Every page of the demo shop fits 1280×800 and the smallest window, 1024×640, in en, zh_CN
and it: no table column narrower than its heading, no label or button cut off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QStyle,
    QTableView,
    QTabWidget,
    QWidget,
)

from weidian_desktop.ui import i18n
from weidian_desktop.ui.main_window import MINIMUM_SIZE, create_main_window

SIZES = [(1280, 800), (1024, 640)]


def cut_columns(page: QWidget) -> list[str]:
    """Visible table columns narrower than their heading's text."""
    found = []
    for view in page.findChildren(QTableView):
        if not view.isVisible():
            continue
        header, model = view.horizontalHeader(), view.model()
        if header.isHidden() or model is None:
            continue
        margin = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        for column in range(model.columnCount()):
            text = model.headerData(column, Qt.Orientation.Horizontal)
            if header.isSectionHidden(column) or not isinstance(text, str) or not text:
                continue
            need = header.fontMetrics().horizontalAdvance(text) + margin
            if header.sectionSize(column) < need:
                found.append(f"{text!r} {header.sectionSize(column)} px of {need}")
    return found


def cut_labels(page: QWidget) -> list[str]:
    """Visible labels and buttons smaller than their text needs."""
    found = []
    for label in page.findChildren(QLabel):
        if not label.isVisible() or not label.text():  # a picture has no text
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > 0 and label.height() < need:
                found.append(f"{label.text()!r} {label.height()} px high of {need}")
        elif label.width() < label.sizeHint().width():
            found.append(f"{label.text()!r} {label.width()} px of {label.sizeHint().width()}")
    for button in page.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() < button.sizeHint().width():
            found.append(f"button {button.text()!r} {button.width()} px of "
                         f"{button.sizeHint().width()}")
    return found


def fill(window, key: str) -> None:
    """Show a page as a seller works in it: a product, a drop, an order open."""
    page, store = window.view.pages[key], window.store
    if key == "products":
        page.open_product(store.scalar("SELECT id FROM products WHERE slug = 'silk-scarf'"))
    elif key == "drops":
        page.select_drop(store.scalar("SELECT id FROM drops ORDER BY starts_at DESC"))
    elif key == "orders":
        page.table.selectRow(0)


def tabs_of(page: QWidget) -> Iterator[str]:
    """Show each tab of the page's visible tab widgets in turn; yields a name for each."""
    yield ""
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            if index != first:
                tabs.setCurrentIndex(index)
                for _ in range(3):
                    QApplication.processEvents()
                yield f" › {tabs.tabText(index)}"
        tabs.setCurrentIndex(first)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "zh_CN", "it"])
def test_every_page_fits_both_window_sizes(qtbot, qapp, demo_copy: Path,
                                           language: str) -> None:
    i18n.install_translators(qapp, language)
    try:
        window = create_main_window(str(demo_copy))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.minimumSize() == QSize(*MINIMUM_SIZE) == QSize(1024, 640)
        problems = []
        for width, height in SIZES:
            window.resize(width, height)
            for key in window.view.keys():
                window.view.show_page(key)
                fill(window, key)
                for _ in range(3):  # layouts, then the columns fitted to them
                    QApplication.processEvents()
                qtbot.wait(5)
                page = window.view.pages[key]
                where = f"{language} {width}×{height} {key}"
                if (window.width(), window.height()) != (width, height):
                    problems.append(f"{where}: the window grew to "
                                    f"{window.width()}×{window.height()}")
                # A window held at its minimum size squeezes a layout that needs more:
                # the right or bottom edge of the page is then simply cut off.
                central = window.centralWidget()
                need, have = central.minimumSizeHint(), central.size()
                if need.width() > have.width() or need.height() > have.height():
                    problems.append(f"{where}: needs {need.width()}×{need.height()} px, "
                                    f"has {have.width()}×{have.height()}")
                for tab in tabs_of(page):  # each tab of the page in turn (Coupons, Sales…)
                    problems += [f"{where}{tab}: column {c}" for c in cut_columns(page)]
                    problems += [f"{where}{tab}: {c}" for c in cut_labels(page)]
        assert not problems, "\n".join(problems)
    finally:
        i18n.install_translators(qapp, "en")
        QLocale.setDefault(QLocale("en_US"))
