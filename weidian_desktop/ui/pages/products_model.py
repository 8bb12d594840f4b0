"""The products table model: keeps only ids, fetches rows a page at a time as they are painted."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.money import format_money
from ...core.product_list import ProductRow, product_ids_matching, product_rows
from ...core.store import ShopStore
from .thumbnails import ThumbnailLoader

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_USER = Qt.ItemDataRole.UserRole.value
_ANSWERED = frozenset((_DISPLAY, _DECORATION, _FOREGROUND, _ALIGN, _TOOLTIP, _USER))
_LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
PAGE = 200  # rows fetched per query: a few screens, one cheap SELECT
ROW_CACHE = 5000
THUMB_PX = 80  # stored for 2x screens; shown at 40 px


class ProductsTableModel(QAbstractTableModel):
    """Products in search/sort order (after anki's browser model: ids now, rows when painted)."""

    COVER, TITLE, PRICE, AVAILABILITY, STATUS, COLLECTION = range(6)
    _SORT_KEYS = ("position", "title", "price", "availability", "status", "collection")

    def __init__(self, store: ShopStore, currency: str, locale: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store, self._currency, self._locale = store, currency, locale
        self._ids: list[int] = []
        self._rows: OrderedDict[int, ProductRow] = OrderedDict()
        self._prices: dict[int, str] = {}
        self._pos: dict[int, int] = {}  # id -> row, for the views' look-ups
        self.thumbnails = ThumbnailLoader(store, THUMB_PX, self)
        self.thumbnails.ready.connect(self._covers_ready)
        self._search, self._sort, self._descending = "", "position", False
        self._headers = ["", self.tr("Title"), self.tr("Price"), self.tr("Availability"),
                         self.tr("Status"), self.tr("Collection")]
        self._status_names = {"draft": self.tr("draft"), "published": self.tr("published")}
        self.fetches = 0  # how many page queries ran (tests check the laziness)

    def set_money(self, currency: str, locale: str) -> None:
        """Format prices for this currency and locale (the Shop page can change both)."""
        if (currency, locale) != (self._currency, self._locale):
            self._currency, self._locale = currency, locale
            self._prices.clear()

    # --- queries ---------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self.reload()

    def search_text(self) -> str:
        return self._search

    def reload(self) -> None:
        """Fetch the ids again (after an edit, an undo, or a new search or sort)."""
        self.beginResetModel()
        self._ids = product_ids_matching(self._store, self._search, self._sort,
                                         self._descending)
        self._pos = {pid: row for row, pid in enumerate(self._ids)}
        self._rows.clear()
        self.endResetModel()

    def refresh_rows(self, ids: list[int]) -> None:
        """Forget the cached rows of these products and repaint them (same ids, new data)."""
        for pid in ids:
            self._rows.pop(pid, None)
        for pid in ids:
            row = self.row_of(pid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def product_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, product_id: int) -> int | None:
        return self._pos.get(product_id)

    def ids(self) -> list[int]:
        return list(self._ids)

    def _row(self, row: int) -> ProductRow | None:
        pid = self._ids[row]
        cached = self._rows.get(pid)
        if cached is not None:
            return cached
        start = row - row % PAGE
        self.fetches += 1
        fetched = product_rows(self._store, self._ids[start:start + PAGE])
        self._rows.update(fetched)
        while len(self._rows) > ROW_CACHE:
            self._rows.popitem(last=False)
        return fetched.get(pid)

    def _covers_ready(self, hashes: list[str]) -> None:
        arrived = set(hashes)
        rows = [self._pos[pid] for pid, r in self._rows.items()
                if r.cover_hash in arrived and pid in self._pos]
        for row in rows:  # only the cover cells: the text did not change
            cell = self.index(row, self.COVER)
            self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DecorationRole])

    # --- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COVER:
            return self.tr("Cover image")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._SORT_KEYS):
            return
        self._sort = self._SORT_KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()  # a reset: the ids are all new, in SQL's order

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Roles compared as plain ints: the view calls this thousands of times a screen,
        # and building enum members for each comparison showed in the profile.
        role = int(role)
        if role not in _ANSWERED or not index.isValid():
            return None  # answered without fetching: the view asks for many roles
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._ids):
            return None
        if role == _USER:
            return self._ids[row]
        if role == _ALIGN:
            return _RIGHT if col == self.PRICE else _LEFT
        r = self._row(row)
        if r is None:
            return None
        if role == _DISPLAY:
            return self._display(r, col)
        if role == _DECORATION:
            # None until the worker has made it; ready() then repaints the cell.
            return self.thumbnails.icon(r.cover_hash) if col == self.COVER and r.cover_hash \
                else None
        if role == _FOREGROUND:
            return self._foreground(r, col)
        if col == self.TITLE:  # the tooltip
            parts = [r.title]
            if r.sku:
                parts.append(self.tr("SKU {0}").format(r.sku))
            if r.variant_count:
                parts.append(self.tr("%n variant(s)", "", r.variant_count))
            return "\n".join(parts)
        return None

    def _display(self, r: ProductRow, col: int) -> str | None:
        if col == self.TITLE:
            return r.title
        if col == self.PRICE:
            return self.price_text(r.price)
        if col == self.AVAILABILITY:
            return self.availability_text(r.availability, r.quantity)
        if col == self.STATUS:
            return self.status_name(r.status)
        if col == self.COLLECTION:
            return r.collections
        return None

    def price_text(self, amount: int) -> str:
        text = self._prices.get(amount)
        if text is None:  # Babel formatting costs ~1 ms: once per amount is enough
            text = self._prices[amount] = format_money(amount, self._currency, self._locale)
        return text

    def status_name(self, status: str) -> str:
        return self._status_names.get(status, status)

    def availability_text(self, availability: str, quantity: int | None) -> str:
        if availability == "on_request":
            return self.tr("on request")
        if availability == "sold_out" or (availability == "in_stock" and not quantity):
            return self.tr("sold out")
        return self.tr("%n in stock", "", quantity or 0)

    def _foreground(self, r: ProductRow, col: int) -> QBrush | None:
        if col == self.STATUS:
            return QBrush(QColor("#2e7d32" if r.status == "published" else "#8a8a8a"))
        if col == self.AVAILABILITY and (r.availability == "sold_out"
                                         or (r.availability == "in_stock" and not r.quantity)):
            return QBrush(QColor("#c62828"))
        return None
