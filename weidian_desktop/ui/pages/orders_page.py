"""The Orders page: paste a buyer's message (Ctrl+V anywhere), follow orders, sales summary."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import WeidianError
from ...core.order_parse import OrderWarning
from ...core.order_reports import sales_summary, status_counts
from ...core.orders import STATUSES, get_order, list_orders, record_order
from ...core.purchase_orders import mark_ordered
from ...core.shop import get_shop
from ...core.store import ShopStore
from ...core.templates_service import fill_template, get_template, set_template
from ...media.purchase_pdf import export_purchase_orders
from ..column_fit import fit_columns
from ..notice import Notice
from ..table_model import row_table
from ..undo import push, push_done
from .order_detail import OrderDetail
from .orders_model import OrdersTableModel, SummaryTableModel
from .orders_undo import RecordOrderCommand, StatusCommand


class OrdersPage(QWidget):
    """Orders recorded from buyers' messages, with status changes that undo."""

    def __init__(self, store: ShopStore, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OrdersPage")
        self.store = store
        self.undo_stack = undo_stack or QUndoStack(self)
        shop = get_shop(store)
        self.language, self.currency = shop.default_language, shop.currency
        self.model = OrdersTableModel(self.language, self)
        self.summary_model = SummaryTableModel(self.currency, self.language, self)
        self._build()
        # Ctrl+V anywhere on the page reads the clipboard as an order message; a focused
        # text field (the search box) still takes its own paste first.
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste_order)
        self.refresh()

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        paste = QPushButton(self.tr("Paste order"))
        paste.setToolTip(self.tr("Record the order in the message on the clipboard (Ctrl+V)"))
        paste.clicked.connect(self.paste_order)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_filter.addItem(self.model.status_name(status), status)
        self.status_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search reference, buyer, phone, SKU, title"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.refresh())
        po = QPushButton(self.tr("Purchase orders…"))
        po.clicked.connect(self.write_purchase_orders)
        bar = QHBoxLayout()
        for widget, stretch in ((paste, 0), (self.status_filter, 0), (self.search, 1), (po, 0)):
            bar.addWidget(widget, stretch)
        self.notice = Notice()

        self.table = row_table(self.model, single=False)
        # The reference and the buyer say whose order a row is: they get the room.
        fit_columns(self.table, OrdersTableModel.REFERENCE, OrdersTableModel.BUYER)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.detail = OrderDetail(self.language)
        self.detail.statusRequested.connect(self.change_status)
        self.detail.copyRequested.connect(self.copy_template)
        self.detail.editTemplateRequested.connect(self.edit_template)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 480])

        self.summary_by = QComboBox()
        for key, label in (("product", self.tr("per product")), ("drop", self.tr("per drop")),
                           ("campaign", self.tr("per campaign tag"))):
            self.summary_by.addItem(label, key)
        self.summary_by.currentIndexChanged.connect(lambda _: self._refresh_summary())
        summary_view = QTableView()
        summary_view.setModel(self.summary_model)
        summary_view.verticalHeader().hide()
        fit_columns(summary_view, 0)
        sales = QWidget()
        sales_layout = QVBoxLayout(sales)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sales of orders not cancelled")))
        row.addWidget(self.summary_by)
        row.addStretch(1)
        sales_layout.addLayout(row)
        sales_layout.addWidget(summary_view)

        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("Orders"))
        self.tabs.addTab(sales, self.tr("Sales"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

    # --- reading -----------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Reload the table (keeping or moving the selection) and the summary."""
        keep = select if select is not None else self.selected_id()
        rows = list_orders(self.store, status=self.status_filter.currentData(),
                           search=self.search.text())
        for r in rows:
            r["warning_list"] = [OrderWarning.from_dict(w) for w in json.loads(r["warnings"])]
        self.model.set_rows(rows)
        counts = status_counts(self.store)
        for n in range(1, self.status_filter.count()):
            status = self.status_filter.itemData(n)
            self.status_filter.setItemText(
                n, f"{self.model.status_name(status)} ({counts.get(status, 0)})")
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))
        self._show_selected()
        self._refresh_summary()

    def select_order(self, order_id: int) -> None:
        """Show one order (the table keeps its filters; a filtered-out order is not shown)."""
        self.refresh(select=order_id)

    def _refresh_summary(self) -> None:
        self.summary_model.set_rows(sales_summary(self.store, self.summary_by.currentData()))

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.order_id(r) for r in rows]

    def selected_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def _show_selected(self) -> None:
        oid = self.selected_id()
        self.detail.show_order(get_order(self.store, oid) if oid else None,
                               self.model.status_name)

    def show_notice(self, text: str, kind: str = "ok") -> None:
        self.notice.tell(text, kind)

    # --- actions -----------------------------------------------------------------------
    def paste_order(self, text: str | None = None) -> None:
        """Record the order in ``text`` (default: the clipboard), as one undoable action."""
        if not isinstance(text, str):
            text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_notice(self.tr("The clipboard holds no text: copy the buyer's whole "
                                     "message first."), "error")
            return
        try:
            result = record_order(self.store, text)
        except WeidianError as exc:
            self.show_notice(self.tr("Not recorded: {0}").format(str(exc)), "error")
            return
        if result.duplicate:
            self.show_notice(self.tr("Order {0} was already recorded; nothing changed.")
                             .format(result.reference))
            self.refresh(select=result.order_id)
            return
        push_done(self.undo_stack, RecordOrderCommand(self.store, text, result, self._changed))
        self._changed(result.order_id)
        if result.warnings:
            lines = "\n".join(f"• {w.message}" for w in result.warnings)
            self.show_notice(self.tr("Recorded order {0}; check:").format(result.reference)
                             + "\n" + lines, "warn")
        else:
            self.show_notice(self.tr("Recorded order {0}.").format(result.reference))

    def _changed(self, order_id: int | None) -> None:
        self.refresh(select=order_id)

    def change_status(self, status: str) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        tracking = None
        if status == "shipped":
            tracking = self.ask_tracking()
            if tracking is None:
                return
        label = self.tr("Orders → {0}").format(self.model.status_name(status))
        try:
            push(self.undo_stack, StatusCommand(self.store, ids, status, label, self._changed,
                                                tracking))
        except WeidianError as exc:
            self.show_notice(str(exc), "error")
            return
        self.notice.hide()

    def ask_tracking(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Shipped"),
                                        self.tr("Tracking number (optional):"))
        return text if ok else None

    def copy_template(self, kind: str) -> None:
        oid = self.selected_id()
        if oid is None:
            return
        text = fill_template(self.store, oid, kind, self.language)
        QGuiApplication.clipboard().setText(text)
        self.show_notice(self.tr("Copied to the clipboard: {0}").format(text))

    def edit_template(self, kind: str) -> None:
        current = get_template(self.store, kind, self.language)
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Message wording"),
            self.tr("Placeholders: {name} {reference} {items} {total} {tracking} {shop}. "
                    "Leave empty for the standard wording."), current)
        if ok:
            try:
                set_template(self.store, kind, self.language, text)
            except WeidianError as exc:
                self.show_notice(str(exc), "error")

    def write_purchase_orders(self) -> None:
        path = self.ask_po_path()
        if not path:
            return
        try:
            orders = export_purchase_orders(self.store, path)
        except WeidianError as exc:
            self.show_notice(str(exc), "error")
            return
        ids = sorted({i for po in orders for i in po.order_ids})
        self.show_notice(self.tr("Wrote {0}.").format(Path(path).name))
        if self.confirm_mark_ordered(len(ids)):
            changes = mark_ordered(self.store, orders)
            push_done(self.undo_stack, StatusCommand(
                self.store, ids, "ordered", self.tr("Orders → ordered"), self._changed,
                changes=changes))
            self._changed(ids[0] if len(ids) == 1 else None)

    def ask_po_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Purchase orders"),
                                              "purchase-orders.pdf",
                                              self.tr("PDF (*.pdf);;CSV (*.csv)"))
        return path

    def confirm_mark_ordered(self, count: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Purchase orders"),
            self.tr("Mark these {0} orders as ordered from the supplier?").format(count))
        return answer == QMessageBox.StandardButton.Yes
