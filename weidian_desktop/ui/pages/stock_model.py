"""A lazy Qt table model over one supplier's stock items: pages are fetched as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.money import format_money
from ...core.store import ShopStore
from ...stocklists.search import item_label, search_stock
from ..table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
PAGE = 200  # rows per fetch: one screen and a bit, so even 100,000 items open at once


class StockTableModel(RowsTableModel):
    """Stock items matching the page's search and filters, fetched PAGE rows at a time.

    Only the rows the view has scrolled to are in memory (``canFetchMore`` and
    ``fetchMore``); the search itself (FTS5 trigram, filters, sort) runs in SQLite.
    """

    TITLE, SKU, CATEGORY, BRAND, PRICE, AVAILABILITY, SHOP = range(7)

    def __init__(self, store: ShopStore, locale: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._locale = locale.replace("-", "_")
        self._rows: list[dict] = []
        self._query: dict[str, Any] | None = None
        self._more = False
        self.total = 0
        self.capped = False
        self._headers = [self.tr("Title"), self.tr("SKU"), self.tr("Category"),
                         self.tr("Brand"), self.tr("Supplier price"), self.tr("Availability"),
                         self.tr("In shop")]
        self._availability = {"in_stock": self.tr("in stock"),
                              "on_request": self.tr("on request"),
                              "sold_out": self.tr("sold out")}

    # --- loading -----------------------------------------------------------------------
    def set_query(self, query: dict[str, Any] | None) -> None:
        """Show the items search_stock finds for ``query`` (None: no supplier, no rows)."""
        self.beginResetModel()
        self._query = query
        self._rows, self._more, self.total, self.capped = [], False, 0, False
        if query is not None:
            result = search_stock(self._store, **query, limit=PAGE, offset=0)
            self._rows = self._with_shop_links(result.items)
            self.total, self.capped = result.total, result.capped
            self._more = len(result.items) == PAGE
        self.endResetModel()

    def reload(self) -> None:
        """Run the same query again (after an import or a pick)."""
        self.set_query(self._query)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or self._query is None:
            return
        page = search_stock(self._store, **self._query, limit=PAGE, offset=len(self._rows),
                            count=False).items
        self._more = len(page) == PAGE
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows += self._with_shop_links(page)
        self.endInsertRows()

    def _with_shop_links(self, items: list[dict]) -> list[dict]:
        """Mark the items already picked into the shop (one query per page)."""
        ids = [i["id"] for i in items]
        if ids:
            marks = ",".join("?" * len(ids))
            picked = {r[0] for r in self._store.conn.execute(
                f"SELECT stock_item_id FROM products WHERE stock_item_id IN ({marks}) UNION "
                f"SELECT stock_item_id FROM variants WHERE stock_item_id IN ({marks})",
                ids + ids)}
        else:
            picked = set()
        for item in items:
            item["picked"] = item["id"] in picked
        return items

    # --- reading -----------------------------------------------------------------------
    def item(self, row: int) -> dict:
        return self._rows[row]

    def loaded(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TITLE:
            return item["title"]  # plain text in a tooltip is shown as text, not HTML
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if item["status"] != "active":
                return QBrush(QColor("#9e9e9e"))
            if col == self.AVAILABILITY and item["availability"] == "sold_out":
                return QBrush(QColor("#b3261e"))
            if col == self.SHOP and item["picked"]:
                return QBrush(QColor("#2e7d32"))
        if role == Qt.ItemDataRole.UserRole:
            return item["id"]
        return None

    def _display(self, item: dict, col: int) -> str:
        if col == self.TITLE:
            # Variants are rows of their own: their option values tell them apart.
            return item_label(item["title"], item["options"])
        if col == self.SKU:
            return item["sku"]
        if col == self.CATEGORY:
            return item["category"]
        if col == self.BRAND:
            return item["brand"]
        if col == self.PRICE:
            if item["price"] is None:
                return "–"
            return format_money(item["price"], item["currency"] or "CNY", self._locale)
        if col == self.AVAILABILITY:
            text = self._availability.get(item["availability"], item["availability"])
            if item["quantity"] is not None and item["availability"] == "in_stock":
                return self.tr("{0} ({1})").format(text, item["quantity"])
            return text
        if col == self.SHOP:
            if item["status"] != "active":
                return self.tr("discontinued")
            return self.tr("picked") if item["picked"] else ""
        return ""
