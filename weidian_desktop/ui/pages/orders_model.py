"""Qt table models for the Orders page: the orders and the sales summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.formats import LOCAL, format_datetime, local_time
from ...core.money import format_money
from ..table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
STATUS_COLORS = {"requested": "#b26a00", "confirmed": "#1f6fb2", "ordered": "#6a4bb2",
                 "shipped": "#2e7d32", "delivered": "#555555", "cancelled": "#9e9e9e"}


class OrdersTableModel(RowsTableModel):
    """Orders as rows (dicts from core.orders.list_orders); ids kept for selection."""

    REFERENCE, DATE, STATUS, BUYER, ITEMS, TOTAL, CAMPAIGN, WARNINGS = range(8)

    def __init__(self, locale: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self._locale = locale
        # Orders are dated on this computer's clock (drops and posts: the shop's).
        self._headers = [self.tr("Reference"), self.tr("Date (this computer)"),
                         self.tr("Status"),
                         self.tr("Buyer"), self.tr("Items"), self.tr("Total"),
                         self.tr("Campaign"), self.tr("Warnings")]
        self._status_names = {
            "requested": self.tr("requested"), "confirmed": self.tr("confirmed"),
            "ordered": self.tr("ordered"), "shipped": self.tr("shipped"),
            "delivered": self.tr("delivered"), "cancelled": self.tr("cancelled")}

    def status_name(self, status: str) -> str:
        return self._status_names.get(status, status)

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def order_id(self, row: int) -> int:
        return int(self._rows[row]["id"])

    def row_of(self, order_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r["id"] == order_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            return QBrush(QColor(STATUS_COLORS.get(r["status"], "#000000")))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.ITEMS, self.TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DATE:
            local = local_time(r["created_at"], LOCAL)
            return f"{format_datetime(local, self._locale, LOCAL)} ({local.tzname()})"
        if role == Qt.ItemDataRole.ToolTipRole and col == self.WARNINGS:
            return "\n".join(w.message for w in r["warning_list"]) or None
        if role == Qt.ItemDataRole.UserRole:
            return r["id"]
        return None

    def _display(self, r: dict, col: int) -> str:
        if col == self.REFERENCE:
            return r["reference"]
        if col == self.DATE:
            # The year and the zone are in the tooltip.
            return local_time(r["created_at"], LOCAL).strftime("%m-%d %H:%M")
        if col == self.STATUS:
            return self.status_name(r["status"])
        if col == self.BUYER:
            return r["buyer_name"]
        if col == self.ITEMS:
            return str(r["items"])
        if col == self.TOTAL:
            return format_money(r["total"], r["currency"], self._locale)
        if col == self.CAMPAIGN:
            return r["campaign"] or ""
        titles = [w.title for w in r["warning_list"]]
        return f"⚠ {len(titles)}: {titles[0]}" + ("…" if len(titles) > 1 else "") if titles else ""


class SummaryTableModel(RowsTableModel):
    """Rows of core.order_reports.sales_summary."""

    def __init__(self, currency: str, locale: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self._currency, self._locale = currency, locale
        self._headers = [self.tr("Name"), self.tr("Orders"), self.tr("Units"),
                         self.tr("Revenue")]

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r["label"] or self.tr("(none)")
            if col == 3:
                return format_money(r["revenue"] or 0, self._currency, self._locale)
            return str(r["orders"] if col == 1 else r["units"] or 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
