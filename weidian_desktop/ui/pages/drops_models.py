"""Table models of the Drops page: drops (state, times, what is left) and coupons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...core.coupons import Coupon, coupon_state, list_coupons
from ...core.drops import Drop, drop_state, list_drops, remaining
from ...core.money import format_money
from ...core.order_pricing import coupon_uses
from ...core.schedule import utc_to_local
from ...core.store import ShopStore
from ..i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")  # what one row of a table is (a DropRow, a Coupon)

STATE_COLOURS = {"live": "#b02a30", "sold_out": "#8a4b08", "preview": "#1f6fb2",
                 "upcoming": "#1f6fb2", "ended": "#777777", "draft": "#777777"}


# Marked for lupdate here, translated when shown (state_text, _Table.headerData).
STATE_NAMES = {
    "draft": QT_TRANSLATE_NOOP("DropsModel", "Draft"),
    "upcoming": QT_TRANSLATE_NOOP("DropsModel", "Upcoming"),
    "preview": QT_TRANSLATE_NOOP("DropsModel", "Preview"),
    "live": QT_TRANSLATE_NOOP("DropsModel", "Live"),
    "sold_out": QT_TRANSLATE_NOOP("DropsModel", "Sold out"),
    "ended": QT_TRANSLATE_NOOP("DropsModel", "Ended"),
    "scheduled": QT_TRANSLATE_NOOP("DropsModel", "Scheduled"),
    "active": QT_TRANSLATE_NOOP("DropsModel", "Active"),
    "expired": QT_TRANSLATE_NOOP("DropsModel", "Expired"),
    "used_up": QT_TRANSLATE_NOOP("DropsModel", "Used up"),
}


def state_text(state: str) -> str:
    """A drop or coupon state as the seller reads it (translated)."""
    return QCoreApplication.translate("DropsModel", STATE_NAMES.get(state, state))


@dataclass
class DropRow:
    """One drop as listed: the drop, its state now, units left (None: no cap anywhere)."""

    drop: Drop
    state: str
    left: int | None
    made: int | None


class _Table(QAbstractTableModel, Generic[RowT]):
    """A read-only table over a list of rows, replaced wholesale by set_rows()."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RowT] = []

    def set_rows(self, rows: list[RowT]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return QCoreApplication.translate("DropsModel", self.headers[section])
        return None

    def cell(self, row: RowT, column: int) -> str:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(QColor(STATE_COLOURS.get(getattr(row, "state", ""), "#2e7d32")))
        if role == Qt.ItemDataRole.UserRole:
            return self.row_id(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None

    def row_id(self, row: RowT) -> int | None:
        raise NotImplementedError

    def tooltip(self, row: RowT, column: int) -> str | None:
        return None  # the view shows a cut-off cell's text (column_fit)

    def row_of(self, row_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if self.row_id(r) == row_id), None)


class DropsModel(_Table[DropRow]):
    """Drops, the latest start first; times on the shop's clock."""

    headers = (QT_TRANSLATE_NOOP("DropsModel", "Drop"), QT_TRANSLATE_NOOP("DropsModel", "State"),
               QT_TRANSLATE_NOOP("DropsModel", "Starts"), QT_TRANSLATE_NOOP("DropsModel", "Ends"),
               QT_TRANSLATE_NOOP("DropsModel", "Left"))  # times: the shop's clock

    def __init__(self, zone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = zone

    def row_id(self, row: DropRow) -> int | None:
        return row.drop.id

    @staticmethod
    def _time(drop: Drop, column: int) -> str:
        return drop.starts_at if column == 2 else drop.ends_at

    def tooltip(self, row: DropRow, column: int) -> str | None:
        if column in (2, 3):
            return utc_to_local(self._time(row.drop, column), self.zone).strftime(
                "%Y-%m-%d %H:%M")
        return None

    def cell(self, row: DropRow, column: int) -> str:
        drop = row.drop
        if column == 0:
            return drop.name
        if column == 1:
            return state_text(row.state)
        if column in (2, 3):
            # Month and day, as on the timeline above; the year is in the tooltip.
            return utc_to_local(self._time(drop, column), self.zone).strftime("%m-%d %H:%M")
        if row.made is None:
            return "—"
        return QCoreApplication.translate("DropsModel", "{left} of {made}").format(
            left=row.left, made=row.made)


@dataclass
class CouponRow:
    """One coupon as listed, with its state now and what it is for."""

    coupon: Coupon
    state: str
    target: str
    uses: int


class CouponsModel(_Table[CouponRow]):
    """Coupons by code."""

    headers = (QT_TRANSLATE_NOOP("DropsModel", "Code"), QT_TRANSLATE_NOOP("DropsModel", "State"),
               QT_TRANSLATE_NOOP("DropsModel", "Discount"), QT_TRANSLATE_NOOP("DropsModel", "For"),
               QT_TRANSLATE_NOOP("DropsModel", "Uses"))

    def __init__(self, currency: str, locale: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency, self.money_locale = currency, locale

    def row_id(self, row: CouponRow) -> int | None:
        return row.coupon.id

    def cell(self, row: CouponRow, column: int) -> str:
        coupon = row.coupon
        tr = QCoreApplication.translate
        if column == 0:
            return coupon.code
        if column == 1:
            return state_text(row.state)
        if column == 2:
            off = (f"{coupon.value}%" if coupon.kind == "percent"
                   else format_money(coupon.value, self.currency, self.money_locale))
            if coupon.min_order:
                return tr("DropsModel", "{off} off from {minimum}").format(
                    off=off,
                    minimum=format_money(coupon.min_order, self.currency, self.money_locale))
            return tr("DropsModel", "{off} off").format(off=off)
        if column == 3:
            return row.target
        if coupon.max_uses is None:
            return str(row.uses)
        return tr("DropsModel", "{uses} of {limit}").format(uses=row.uses, limit=coupon.max_uses)


def drop_rows(store: ShopStore, now: str) -> list[DropRow]:
    """Every drop with its state at ``now`` and the units left of its capped items."""
    rows = []
    for drop in list_drops(store):
        left = remaining(store, drop)
        capped = [(n, i.quantity_cap or 0) for i in drop.items
                  if (n := left.get(i.id or 0)) is not None]
        rows.append(DropRow(drop, drop_state(store, drop, now),
                            sum(n for n, _ in capped) if capped else None,
                            sum(c for _, c in capped) if capped else None))
    return rows


def coupon_rows(store: ShopStore, now: str, whole_shop: str) -> list[CouponRow]:
    """Every coupon with its state at ``now``, what it is for, and its recorded uses."""
    names = {("drop", r[0]): r[1] for r in store.conn.execute("SELECT id, name FROM drops")}
    names |= {("product", r[0]): r[1] for r in store.conn.execute(
        "SELECT id, title FROM products")}
    names |= {("collection", r[0]): r[1] for r in store.conn.execute(
        "SELECT id, title FROM collections")}
    rows = []
    for coupon in list_coupons(store):
        target_id = coupon.drop_id or coupon.product_id or coupon.collection_id
        target = whole_shop if coupon.scope == "shop" else names.get((coupon.scope, target_id),
                                                                      "?")
        rows.append(CouponRow(coupon, coupon_state(store, coupon, now), target,
                              coupon_uses(store, coupon.code)))
    return rows
