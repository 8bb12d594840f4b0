"""The Products page: a lazy table with search, sort and bulk edits, beside the editor."""

from __future__ import annotations

import functools

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.collections import list_collections
from ...core.errors import WeidianError
from ...core.shop import get_shop
from ...core.store import ShopStore
from ..table_model import row_table
from ..undo import UndoCommand, push
from .product_editor import ProductEditor
from .products_empty import EmptyShop
from .products_model import ProductsTableModel
from .products_undo import BulkEditCommand, DeleteProductsCommand

SEARCH_DELAY_MS = 180  # typing pauses this long before the table filters


class ProductsPage(QWidget):
    """Every product of the shop; select one to edit it, several to edit them together."""

    statusMessage = Signal(str)
    importRequested = Signal()  # an empty shop's first step: the Stocklists page imports
    demoRequested = Signal()  # ...or the window opens the demo shop

    def __init__(self, store: ShopStore, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductsPage")
        self.store = store
        self.undo_stack = undo_stack or QUndoStack(self)
        shop = get_shop(store)
        self.currency = shop.currency
        self.model = ProductsTableModel(store, shop.currency, shop.default_language, self)
        self.editor = ProductEditor(store, self.undo_stack, shop.currency,
                                    self._products_changed, self._images_changed)
        self.editor.saved.connect(self.select_product)
        self.editor.statusMessage.connect(self.statusMessage)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.apply_search(self.search.text()))
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, SKU or tag"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        new = QPushButton(self.tr("New product"))
        new.clicked.connect(self.new_product)
        self.bulk_button = QPushButton(self.tr("Edit selected"))
        self.bulk_menu = QMenu(self)
        self.bulk_menu.aboutToShow.connect(self._fill_bulk_menu)
        self.bulk_button.setMenu(self.bulk_menu)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel()
        # The search has a line of its own: beside three buttons it would be squeezed to
        # a few letters in a 1024 px window (and in Italian to nothing).
        bar = QHBoxLayout()
        bar.addWidget(new)
        bar.addWidget(self.bulk_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        self.table = row_table(self.model, single=False)
        self.table.setObjectName("ProductsTable")
        # No indicator before sorting is enabled: enabling it would sort (a second query).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setIconSize(QSize(40, 40))
        self.table.setWordWrap(False)
        # Fixed row height: the view never measures rows, so it never fetches them all.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(48)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProductsTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_moved())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addLayout(bar)
        column.addWidget(self.table)
        # Under the list it counts, not in the button row: that row must fit half the
        # page in every language (Italian and the pseudo-locale are a third longer).
        column.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 480])  # the editor's form needs ~460 px to show unscrolled
        splitter.setChildrenCollapsible(False)
        # A shop without products opens on its first steps, not an empty list and a
        # blank form; the list and editor come once there is something to show.
        self.empty = EmptyShop()
        self.empty.importRequested.connect(self.importRequested)
        self.empty.demoRequested.connect(self.demoRequested)
        self.empty.addRequested.connect(self.new_product)
        self.views = QStackedWidget()
        self.views.addWidget(self.empty)
        self.views.addWidget(splitter)
        self._splitter = splitter
        self._adding = False  # "Add a product" chosen: the form stays, empty shop or not
        layout = QVBoxLayout(self)
        layout.addWidget(self.views)

    def _fit_columns(self) -> None:
        """Widths from the texts a column can show, in the current language.

        ResizeToContents would measure every row, that is fetch all 10,000 of them.
        """
        m, header = self.model, self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        samples = {
            m.PRICE: [m.price_text(9_999_900)],
            m.AVAILABILITY: [m.availability_text("on_request", None),
                             m.availability_text("in_stock", 888),
                             m.availability_text("sold_out", None)],
            m.STATUS: [m.status_name(s) for s in ("draft", "published")],
            m.COLLECTION: ["服饰配件家居"],  # a typical collection name
        }
        header.resizeSection(m.COVER, 50)
        for column, texts in samples.items():
            widest = max((metrics.horizontalAdvance(t or "") for t in texts), default=0)
            header.resizeSection(column, max(header.sectionSizeHint(column), widest + 16, 80))

    # --- the table -------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the shop file (data changed elsewhere, e.g. stocklist picks)."""
        shop = get_shop(self.store)
        if shop.currency != self.currency:
            # Judged in the old currency, before the form starts parsing in the new one.
            reload_form = self.editor.product_id is not None and not self.editor.is_dirty()
            self.currency = shop.currency
            self.editor.set_currency(shop.currency)
            if reload_form:
                self.editor.load(self.editor.product_id)
        self.model.set_money(shop.currency, shop.default_language)
        self.editor.set_languages(shop.default_language, shop.languages)
        self.model.reload()
        self._after_reload()

    def apply_search(self, text: str) -> None:
        self._search_timer.stop()
        self.model.set_search(text)
        self._after_reload()

    def _after_reload(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n product(s)", "", n))
        empty = (not n and not self.model.search_text() and self.editor.product_id is None
                 and not self._adding)
        self.views.setCurrentWidget(self.empty if empty else self._splitter)
        if self.editor.product_id is not None:
            self._select_rows([self.editor.product_id], scroll=False)
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.product_id(r) for r in rows]

    def _select_rows(self, ids: list[int], *, scroll: bool = True) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)  # selecting is not a request to load the editor
        selection.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for pid in ids:
            row = self.model.row_of(pid)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
                if scroll:
                    self.table.scrollTo(self.model.index(row, 0))
        selection.blockSignals(False)
        self.table.viewport().update()

    def select_product(self, product_id: int) -> None:
        self._select_rows([product_id])
        self._update_buttons()

    def _selection_moved(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and ids[0] != self.editor.product_id:
            if self.editor.leave():
                self.editor.load(ids[0])
                self._select_rows(ids, scroll=False)  # a save reloads the table
            else:  # the form is refused: stay on it, so the seller can fix it
                self._select_rows([self.editor.product_id] if self.editor.product_id else [],
                                  scroll=False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        n = len(self.selected_ids())
        self.bulk_button.setEnabled(n > 0)
        self.delete_button.setEnabled(n > 0)

    # --- public API (the main window calls open_product) ----------------------------------
    def open_product(self, product_id: int) -> None:
        """Show this product in the editor and select it in the table."""
        if product_id != self.editor.product_id and not self.editor.leave():
            return
        if self.model.row_of(product_id) is None:  # hidden by the search: show everything
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.apply_search("")
        self.editor.load(product_id)
        self.select_product(product_id)

    def new_product(self) -> None:
        if not self.editor.leave():
            return
        self._adding = True
        self.views.setCurrentWidget(self._splitter)
        self.table.clearSelection()
        self.editor.load(None)
        self.editor.title.setFocus()

    # --- undo callbacks --------------------------------------------------------------
    def _products_changed(self, product_id: int | None) -> None:
        selected = self.selected_ids()  # a bulk edit keeps its selection for the next one
        self.model.reload()
        shown = self.editor.product_id
        if product_id is not None:
            self.editor.load(product_id)
        elif shown is not None and self.model.row_of(shown) is None and not self.search.text():
            self.editor.load(None)  # its product was deleted (or its creation undone)
        elif shown is not None:
            self.editor.load(shown)
        self._after_reload()
        if len(selected) > 1:
            self._select_rows(selected, scroll=False)
            self._update_buttons()

    def _images_changed(self, product_id: int | None) -> None:
        if product_id is not None:
            self.model.refresh_rows([product_id])  # the cover may have changed
            if product_id == self.editor.product_id:
                self.editor.reload_images()
            # Another product's images (an undo): its row is enough. Switching the editor
            # here could save its form, and nothing may be pushed while undo runs.

    # --- bulk edits ------------------------------------------------------------------
    def _do(self, command: UndoCommand) -> bool:
        try:
            push(self.undo_stack, command)
        except WeidianError as exc:
            self.statusMessage.emit(str(exc))
            self.editor.show_error(str(exc))
            return False
        self.statusMessage.emit(command.text())
        return True

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._do(DeleteProductsCommand(self.store, ids, self._products_changed))

    def bulk_price(self, percent: float) -> bool:
        ids = self.selected_ids()
        label = self.tr("Change the price of %n product(s) by {0}%", "", len(ids)).format(
            f"{percent:+g}")
        return bool(ids) and self._do(BulkEditCommand(
            self.store, ids, label, self._products_changed, price_percent=percent))

    def bulk_status(self, status: str) -> bool:
        ids = self.selected_ids()
        text = (self.tr("Publish %n product(s)", "", len(ids)) if status == "published"
                else self.tr("Make %n product(s) drafts", "", len(ids)))
        return bool(ids) and self._do(BulkEditCommand(
            self.store, ids, text, self._products_changed, status=status))

    def bulk_collection(self, collection_id: int, title: str) -> bool:
        ids = self.selected_ids()
        text = self.tr("Add %n product(s) to {0}", "", len(ids)).format(title)
        return bool(ids) and self._do(BulkEditCommand(
            self.store, ids, text, self._products_changed, add_collection=collection_id))

    def _fill_bulk_menu(self) -> None:
        menu = self.bulk_menu
        menu.clear()
        menu.addAction(self.tr("Change price by percent…"), self._ask_price)
        menu.addSeparator()
        menu.addAction(self.tr("Publish"), lambda: self.bulk_status("published"))
        menu.addAction(self.tr("Make drafts"), lambda: self.bulk_status("draft"))
        collections = list_collections(self.store)
        if collections:
            sub = menu.addMenu(self.tr("Add to collection"))
            for c in collections:
                assert c.id is not None
                sub.addAction(c.title, functools.partial(self.bulk_collection, c.id, c.title))

    def _ask_price(self) -> None:
        percent, ok = QInputDialog.getDouble(
            self, self.tr("Change prices"),
            self.tr("Percent to add (negative to lower), e.g. 10 or -15:"), 10.0, -99.0,
            1000.0, 1)
        if ok and percent:
            self.bulk_price(percent)
