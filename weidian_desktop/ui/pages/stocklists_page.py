"""The Stocklists page: browse a supplier's catalogue, import and re-import it, pick items."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.money import minor_digits
from ...core.shop import get_shop
from ...core.store import ShopStore
from ...stocklists import flagged_products
from ...stocklists.importer import ImportReport, backup_path
from ...stocklists.search import categories, suppliers
from ..notice import Notice
from ..table_model import row_table
from ..tasks import TaskHandle, run_shop_task
from ..undo import push_done
from .pick_dialog import PickDialog
from .stock_import import ImportFlow
from .stock_model import StockTableModel
from .stocklists_undo import PickCommand, pick_work

SEARCH_DELAY_MS = 200  # typing pauses shorter than this do not run a search
class StocklistsPage(QWidget):
    """Suppliers' catalogues: search as you type, filter, sort, import with a diff, pick."""

    statusMessage = Signal(str)

    def __init__(self, store: ShopStore, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StocklistsPage")
        self.store = store
        self.undo_stack = undo_stack or QUndoStack(self)
        shop = get_shop(store)
        self.money_locale, self.currency = shop.default_language, shop.currency
        self.model = StockTableModel(store, self.money_locale, self)
        self.import_flow = ImportFlow(store, self.money_locale, self)
        self.import_flow.finished.connect(self._imported)
        self.import_flow.failed.connect(lambda text: self.show_notice(text, "error"))
        self.pick_dialog: PickDialog | None = None
        self.task: TaskHandle[Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_items)
        self._build()
        self.refresh()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.supplier = QComboBox()
        self.supplier.currentIndexChanged.connect(lambda _: self._supplier_changed())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, SKUs, brands, descriptions "
                                               "(中文 too)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._timer.start())
        import_button = QPushButton(self.tr("Import…"))
        import_button.clicked.connect(lambda: self.start_import())
        self.pick_button = QPushButton(self.tr("Pick…"))
        self.pick_button.setToolTip(self.tr("Make shop products from the selected items"))
        self.pick_button.clicked.connect(self.start_pick)

        self.category = QComboBox()
        self.min_price, self.max_price = QDoubleSpinBox(), QDoubleSpinBox()
        for spin in (self.min_price, self.max_price):
            spin.setRange(0.0, 10_000_000.0)
            spin.setSpecialValueText(self.tr("any"))  # shown at 0: no limit
            spin.valueChanged.connect(lambda _: self.refresh_items())
            # Room for "10,000,000.00" when there is some; narrower when the row is full
            # (a long language's availability filter and "discontinued too").
            spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("0") * 9)
        self.availability = QComboBox()
        for key, label in ((None, self.tr("any availability")), ("in_stock", self.tr("in stock")),
                           ("on_request", self.tr("on request")),
                           ("sold_out", self.tr("sold out"))):
            self.availability.addItem(label, key)
        self.discontinued = QCheckBox(self.tr("discontinued too"))
        self.sort = QComboBox()
        for key, label in (("relevance", self.tr("best match")), ("title", self.tr("title")),
                           ("price", self.tr("price, low to high")),
                           ("-price", self.tr("price, high to low")),
                           ("newest", self.tr("newest first")), ("file", self.tr("file order"))):
            self.sort.addItem(label, key)
        for combo in (self.category, self.availability, self.sort):
            combo.currentIndexChanged.connect(lambda _: self.refresh_items())
        for combo, letters in ((self.supplier, 24), (self.category, 11), (self.sort, 10)):
            # Sized by a fixed number of letters, not by their longest entry: real
            # category paths ("Apparel & Accessories > Clothing > …") would widen the page.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(letters)
        # Our own few words, as wide as the longest in the language ("disponibilità: tutte"
        # was cut to "tutt" at ten letters); the price boxes give way to it.
        self.availability.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.discontinued.toggled.connect(lambda _: self.refresh_items())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Supplier")))
        for widget, stretch in ((self.supplier, 0), (self.search, 1),
                                (QLabel(self.tr("Sort by")), 0), (self.sort, 0),
                                (import_button, 0), (self.pick_button, 0)):
            top.addWidget(widget, stretch)
        filters = QHBoxLayout()
        for label, field in ((self.tr("Category"), self.category),
                              (self.tr("Price from"), self.min_price),
                              (self.tr("to"), self.max_price), ("", self.availability),
                              ("", self.discontinued)):
            if label:
                filters.addWidget(QLabel(label))
            filters.addWidget(field)
        filters.addStretch(1)

        self.notice = Notice()
        self.flags = Notice(kind="warn")
        self.table = row_table(self.model, single=False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StockTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((StockTableModel.SKU, 110), (StockTableModel.CATEGORY, 170),
                              (StockTableModel.BRAND, 100), (StockTableModel.PRICE, 110),
                              (StockTableModel.AVAILABILITY, 110), (StockTableModel.SHOP, 90)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _: self.start_pick())
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.flags)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    # --- reading -----------------------------------------------------------------------
    def supplier_id(self) -> int | None:
        return self.supplier.currentData()

    def supplier_name(self) -> str | None:
        return getattr(self, "_names", {}).get(self.supplier_id())

    def refresh(self, select_supplier: str | None = None) -> None:
        """Reload suppliers (keeping the current one), their categories, items and flags."""
        keep = select_supplier or self.supplier_name()
        self.supplier.blockSignals(True)
        self.supplier.clear()
        self._names: dict[int, str] = {}  # the label is translated; names are kept apart
        for s in suppliers(self.store):
            self._names[s["id"]] = s["name"]
            self.supplier.addItem(self.tr("{0} (%n item(s))", "", s["items"]).format(s["name"]),
                                  s["id"])
            if s["name"] == keep:
                self.supplier.setCurrentIndex(self.supplier.count() - 1)
        self.supplier.blockSignals(False)
        self._supplier_changed()

    def _supplier_changed(self) -> None:
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("all categories"), None)
        for name, n in categories(self.store, self.supplier_id()):
            self.category.addItem(f"{name} ({n})", name)
        self.category.blockSignals(False)
        digits = 2
        if self.supplier_id() is not None:
            currency = self.store.scalar("SELECT currency FROM suppliers WHERE id = ?",
                                         (self.supplier_id(),))
            digits = minor_digits(str(currency or self.currency))
        self._digits = digits
        for spin in (self.min_price, self.max_price):
            spin.setDecimals(digits)
        self.refresh_items()

    def query(self) -> dict[str, Any] | None:
        """The search_stock arguments the page's controls stand for."""
        if self.supplier_id() is None:
            return None
        scale = 10 ** self._digits
        low, high = self.min_price.value(), self.max_price.value()
        return {"text": self.search.text(), "supplier_id": self.supplier_id(),
                "category": self.category.currentData(),
                "min_price": round(low * scale) if low else None,
                "max_price": round(high * scale) if high else None,
                "availability": self.availability.currentData(),
                "include_discontinued": self.discontinued.isChecked(),
                "sort": self.sort.currentData()}

    def refresh_items(self) -> None:
        self._timer.stop()
        query = self.query()
        self.model.set_query(query)
        if query is None:
            self.count.setText(self.tr("No stocklist yet: Import… a supplier's catalogue "
                                       "(CSV, Shopify, WooCommerce, Merchant feed, 淘宝助理)."))
        elif self.model.capped:
            self.count.setText(self.tr("More than {0} items match").format(
                f"{self.model.total:,}"))
        else:
            self.count.setText(self.tr("%n item(s) match", "", self.model.total))
        self._show_flags()

    def _show_flags(self) -> None:
        flags = flagged_products(self.store, self.supplier_id()) if self.supplier_id() else []
        names = ", ".join(f"{f.title} ({f.sku})" for f in flags[:5])
        more = self.tr(" and %n more", "", len(flags) - 5) if len(flags) > 5 else ""
        self.flags.setText(self.tr("%n picked product(s) lost their supplier item: ", "",
                                   len(flags)) + names + more)
        self.flags.setVisible(bool(flags))

    def selected_items(self) -> list[dict]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item(r) for r in rows]

    def show_notice(self, text: str, kind: str = "ok") -> None:
        self.notice.tell(text, kind)
        self.statusMessage.emit(text)

    # --- import ------------------------------------------------------------------------
    def start_import(self, path: str | Path | None = None) -> None:
        """Import a supplier file (asks for it when ``path`` is None)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a supplier's catalogue"), "",
                self.tr("Catalogues (*.csv *.tsv *.txt *.xml);;All files (*)"))
            if not path:
                return
        # Not the supplier selected in the list: a new file is most often a new supplier,
        # and a catalogue filed under the wrong one would discontinue its items.
        self.import_flow.start(path)

    def _imported(self, report: ImportReport) -> None:
        self.refresh(select_supplier=report.supplier)
        counts = [self.tr("%n new", "", report.added),
                  self.tr("%n changed", "", report.updated),
                  self.tr("%n discontinued", "", report.discontinued),
                  self.tr("%n line(s) skipped", "", len(report.skipped)),
                  self.tr("%n picked product(s) updated", "", report.products_updated)]
        self.show_notice(self.tr("Imported {0}: {1}. The shop as it was before is kept in "
                                 "{2}.").format(report.file_name, ", ".join(counts),
                                                backup_path(self.store).name),
            "warn" if report.skipped else "ok")

    # --- pick --------------------------------------------------------------------------
    def start_pick(self) -> None:
        """Ask for the markup of the selected items, then pick them (one undoable action)."""
        items = [i for i in self.selected_items() if i["status"] == "active"]
        if not items:
            self.show_notice(self.tr("Select the items to pick first."), "warn")
            return
        self.pick_dialog = PickDialog(items, self.currency, self.money_locale, self)
        self.pick_dialog.accepted.connect(lambda: self._pick(items))
        self.pick_dialog.open()

    def _pick(self, items: list[dict]) -> None:
        assert self.pick_dialog is not None
        rule, availability = self.pick_dialog.rule(), self.pick_dialog.availability()
        work = pick_work(str(self.supplier_name()), [i["sku"] for i in items], rule,
                         availability)
        self.task = run_shop_task(self, self.tr("Picking %n item(s)…", "", len(items)),
                                  self.store, work, self._picked,
                                  lambda e: self.show_notice(str(e), "error"))

    def _picked(self, result: Any) -> None:
        if result.product_ids:
            push_done(self.undo_stack, PickCommand(self.store, result.product_ids, self.refresh))
            self.refresh()
        text = self.tr("Picked %n product(s) into the shop (on request unless you chose "
                       "stock counts); Undo removes them.", "", len(result.product_ids))
        if result.skipped:
            sku, reason = result.skipped[0]
            text += " " + self.tr("%n item(s) left out, e.g. {0}: {1}.", "",
                                  len(result.skipped)).format(sku, reason)
        self.show_notice(text, "warn" if result.skipped else "ok")
