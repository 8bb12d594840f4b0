"""An open shop in the window: the sidebar of pages and the pages, built when first shown."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.images import image_bytes
from ..core.shop import get_shop
from ..core.store import ShopStore
from .page_registry import PageSpec, available_pages
from .theme import icon, icon_size

log = logging.getLogger(__name__)

SIDEBAR_STYLE = """
#SidebarPanel { background: palette(window); border-right: 1px solid palette(mid); }
#ShopHeaderName { font-weight: 600; }
#Sidebar { background: transparent; border: none; padding: 4px 6px; outline: 0; }
#Sidebar::item { padding: 7px 10px; margin: 1px 2px; border-radius: 6px; }
#Sidebar::item:hover:!selected { background: palette(alternate-base); }
#Sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


class ShopView(QWidget):
    """Sidebar plus stacked pages for one open shop; a page's class is imported on demand."""

    statusMessage = Signal(str)
    demoRequested = Signal()  # a page offers the demo shop (an empty shop's first steps)

    def __init__(self, store: ShopStore, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        self.specs: list[PageSpec] = available_pages()
        self.pages: dict[str, QWidget] = {}
        self.failures: dict[str, str] = {}  # page key -> why it could not be built
        self._stale: set[str] = set()

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setIconSize(icon_size())
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget()
        for spec in self.specs:
            item = QListWidgetItem(icon(spec.key), spec.title_text())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # placeholder until the page is first shown
        self.sidebar.currentRowChanged.connect(self._show_row)

        # The shop's logo and name head the sidebar: which shop this window edits.
        self.logo = QLabel()
        self.logo.setFixedSize(QSize(36, 36))
        self.shop_name = QLabel()
        self.shop_name.setObjectName("ShopHeaderName")
        self.shop_name.setWordWrap(True)
        header = QHBoxLayout()
        header.setContentsMargins(14, 14, 10, 10)
        header.setSpacing(10)
        header.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.shop_name, 1)
        panel = QFrame()
        panel.setObjectName("SidebarPanel")
        panel.setStyleSheet(SIDEBAR_STYLE)
        panel.setFixedWidth(max(190, self.sidebar.sizeHintForColumn(0) + 44))
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(header)
        column.addWidget(self.sidebar, 1)
        self._logo_hash: str | None = ""
        self.update_header()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(panel)
        layout.addWidget(self.stack, 1)
        # Another page's edit (or its undo) may change what a built page shows; it
        # reloads when shown next rather than all pages reloading on every edit.
        undo_stack.indexChanged.connect(self._mark_stale)

    def changeEvent(self, event: QEvent) -> None:
        # The system switched light/dark: tint the icons for the new palette.
        if event.type() == QEvent.Type.PaletteChange:
            for row, spec in enumerate(self.specs):
                self.sidebar.item(row).setIcon(icon(spec.key))
            self._logo_hash = ""  # the placeholder logo is an icon too
            self.update_header()
        super().changeEvent(event)

    # --- pages -------------------------------------------------------------------------
    def keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def current_key(self) -> str | None:
        row = self.sidebar.currentRow()
        return self.specs[row].key if 0 <= row < len(self.specs) else None

    def show_page(self, key: str) -> QWidget | None:
        """Switch to the page ``key`` (building it if needed); None if it is not available."""
        if key not in self.keys():
            return None
        self.sidebar.setCurrentRow(self.keys().index(key))
        return self.pages.get(key)

    def page(self, key: str) -> QWidget | None:
        """The page ``key``, built now if it was not yet."""
        if key not in self.keys():
            return None
        return self.pages.get(key) or self._build(self.keys().index(key))

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        key = self.specs[row].key
        page = self.pages.get(key) or self._build(row)
        self.stack.setCurrentIndex(row)
        if key in self._stale:
            self._stale.discard(key)
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def _build(self, row: int) -> QWidget:
        spec = self.specs[row]
        try:
            page = spec.load()(self.store, self.undo_stack, self)
        except Exception as exc:  # another feature's page must not take the window down
            log.exception("building page %s failed", spec.key)
            self.failures[spec.key] = f"{type(exc).__name__}: {exc}"
            page = QLabel(QCoreApplication.translate(
                "ShopView", "This page could not be opened: {0}").format(exc))
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.setWordWrap(True)
        page.setObjectName(page.objectName() or f"{spec.key}_page")
        old = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages[spec.key] = page
        message = getattr(page, "statusMessage", None)
        if message is not None:
            message.connect(self.statusMessage)
        requested = getattr(page, "productRequested", None)
        if requested is not None:
            requested.connect(self.open_product)
        imports = getattr(page, "importRequested", None)
        if imports is not None:
            imports.connect(self.start_import)
        demo = getattr(page, "demoRequested", None)
        if demo is not None:
            demo.connect(self.demoRequested)
        return page

    def _mark_stale(self, _index: int) -> None:
        current = self.current_key()
        self._stale.update(key for key in self.pages if key != current)
        self.update_header()

    def update_header(self) -> None:
        """Show the shop's current name and logo (an edit or an undo may change them)."""
        if self.store.conn is None:
            return  # the shop was closed; this view is on its way out (deleteLater)
        shop = get_shop(self.store)
        self.shop_name.setText(shop.name)
        if shop.logo_hash == self._logo_hash:
            return  # decoding the logo again on every edit would be wasted work
        self._logo_hash = shop.logo_hash
        pixmap = QPixmap()
        if shop.logo_hash and pixmap.loadFromData(image_bytes(self.store, shop.logo_hash)):
            ratio = self.devicePixelRatioF()
            pixmap = pixmap.scaled(QSize(36, 36) * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            pixmap.setDevicePixelRatio(ratio)
            self.logo.setPixmap(pixmap)
        else:
            self.logo.setPixmap(icon("shop", 36).pixmap(36, 36))

    def start_import(self) -> None:
        """Show the Stocklists page and start an import there (a page asked for it)."""
        page = self.show_page("stocklists")
        starter = getattr(page, "start_import", None)
        if callable(starter):
            starter()

    def open_product(self, product_id: int) -> None:
        """Show the Products page on ``product_id`` (a page asked for it)."""
        page = self.show_page("products")
        opener = getattr(page, "open_product", None)
        if callable(opener):
            opener(product_id)
