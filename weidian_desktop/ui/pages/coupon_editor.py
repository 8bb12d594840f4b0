"""The coupon editor: code, amount off, minimum, window on the shop clock, scope, uses."""

from __future__ import annotations

from copy import deepcopy
from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import from_iso, utc_now
from ...core.coupons import Coupon, parse_value, validate_coupon
from ...core.errors import WeidianError
from ...core.price_input import format_price_input, parse_price_input
from ...core.schedule import local_to_utc, utc_to_local
from ...core.shop import get_shop
from ...core.store import ShopStore
from ..i18n import current_language as language
from .drop_editor import WallClockEdit


class CouponEditor(QWidget):
    """Edits one coupon; checked on every change, refusal shown in one sentence."""

    saveRequested = Signal()

    def __init__(self, store: ShopStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CouponEditor")
        self.store = store
        shop = get_shop(store)
        self.zone, self.currency = shop.timezone, shop.currency
        self.coupon_id: int | None = None
        self._loading = False
        self._touched = False  # a new form not edited yet shows a hint, not an error
        self._saved: Coupon | None = None  # the form as loaded: "saved" while it still is
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Letters, digits and dashes, like SPRING-10"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Percent off"), "percent")
        self.kind.addItem(self.tr("Amount off ({currency})").format(currency=self.currency),
                          "fixed")
        self.value = QLineEdit()
        self.min_order = QLineEdit()
        self.min_order.setPlaceholderText(self.tr("No minimum"))
        self.has_start, self.has_end = QCheckBox(self.tr("From")), QCheckBox(self.tr("Until"))
        self.starts, self.ends = WallClockEdit(), WallClockEdit()
        self.scope = QComboBox()
        for label, key in ((self.tr("The whole shop"), "shop"),
                           (self.tr("A collection"), "collection"),
                           (self.tr("A product"), "product"), (self.tr("A drop"), "drop")):
            self.scope.addItem(label, key)
        self.target = QComboBox()
        self.max_uses = QSpinBox()
        self.max_uses.setRange(0, 100_000)
        self.max_uses.setSpecialValueText(self.tr("No limit"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save coupon"))
        self.save_button.clicked.connect(self.saveRequested)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Discount"), self.kind)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Minimum order"), self.min_order)
        form.addRow(self.has_start, self.starts)
        form.addRow(self.has_end, self.ends)
        form.addRow(self.tr("For"), self.scope)
        form.addRow("", self.target)
        form.addRow(self.tr("Maximum uses"), self.max_uses)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        note = QLabel(self.tr("Times are on the shop's clock ({zone}). Uses are "
                              "counted from recorded orders.").format(zone=self.zone))
        note.setWordWrap(True)  # a long note must not widen the window
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.scope.currentIndexChanged.connect(lambda *_: self._fill_targets())
        for signal in (self.code.textChanged, self.kind.currentIndexChanged,
                       self.value.textChanged, self.min_order.textChanged,
                       self.has_start.toggled, self.has_end.toggled, self.starts.dateTimeChanged,
                       self.ends.dateTimeChanged, self.scope.currentIndexChanged,
                       self.target.currentIndexChanged, self.max_uses.valueChanged):
            signal.connect(lambda *_: self._edited())

    def _edited(self) -> None:
        if not self._loading:
            self._touched = True
            self.check()

    def _fill_targets(self, select: int | None = None) -> None:
        scope = self.scope.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        queries = {"collection": "SELECT id, title FROM collections ORDER BY position, title",
                   "product": "SELECT id, title FROM products ORDER BY position, title",
                   "drop": "SELECT id, name FROM drops ORDER BY starts_at DESC"}
        if scope in queries:
            for row_id, title in self.store.conn.execute(queries[scope]):
                self.target.addItem(title, row_id)
            if select is not None and self.target.findData(select) >= 0:
                self.target.setCurrentIndex(self.target.findData(select))
        self.target.setVisible(scope in queries)
        self.target.blockSignals(False)
        self.check()

    def load(self, coupon: Coupon | None) -> None:
        """Show a coupon, or a new 10% shop-wide one valid from now for a week."""
        self._loading = True
        coupon = coupon or Coupon("", ends_at=None)
        self.coupon_id = coupon.id
        self.code.setText(coupon.code)
        self.kind.setCurrentIndex(self.kind.findData(coupon.kind))
        self.value.setText(str(coupon.value) if coupon.kind == "percent"
                           else format_price_input(coupon.value, self.currency, language()))
        self.min_order.setText(format_price_input(coupon.min_order, self.currency, language())
                               if coupon.min_order else "")
        start = coupon.starts_at or utc_now()
        end = coupon.ends_at or (from_iso(start) + timedelta(days=7)).strftime(
            "%Y-%m-%dT%H:%M:%SZ")
        self.starts.set_naive(utc_to_local(start, self.zone).replace(tzinfo=None))
        self.ends.set_naive(utc_to_local(end, self.zone).replace(tzinfo=None))
        self.has_start.setChecked(coupon.starts_at is not None)
        self.has_end.setChecked(coupon.ends_at is not None)
        self.scope.setCurrentIndex(self.scope.findData(coupon.scope))
        self.max_uses.setValue(coupon.max_uses or 0)
        self._fill_targets(coupon.collection_id or coupon.product_id or coupon.drop_id)
        self._loading, self._touched = False, False
        try:
            self._saved = self.coupon() if coupon.id is not None else None
        except WeidianError:
            self._saved = None
        self.check()

    def coupon(self) -> Coupon:
        """The form as a core Coupon; raises ValidationError for an amount typed wrong."""
        kind = self.kind.currentData()
        # An amount off is read as this app writes numbers (the decimal comma in Italian).
        value = parse_value(self.value.text(), kind, self.currency, language())
        minimum = self.min_order.text().strip()
        scope = self.scope.currentData()
        target = self.target.currentData() if scope != "shop" else None
        return Coupon(
            code=self.code.text(), kind=kind, value=value,
            min_order=parse_price_input(minimum, self.currency, language(), field="min_order",
                                        label=self.tr("Minimum order"))
            if minimum else 0,
            starts_at=local_to_utc(self.starts.naive(), self.zone, field="starts_at")
            if self.has_start.isChecked() else None,
            ends_at=local_to_utc(self.ends.naive(), self.zone, field="ends_at")
            if self.has_end.isChecked() else None,
            scope=scope, collection_id=target if scope == "collection" else None,
            product_id=target if scope == "product" else None,
            drop_id=target if scope == "drop" else None,
            max_uses=self.max_uses.value() or None, id=self.coupon_id)

    def check(self) -> bool:
        if self._loading:
            return False
        self.starts.setEnabled(self.has_start.isChecked())
        self.ends.setEnabled(self.has_end.isChecked())
        try:
            form = self.coupon()
            validate_coupon(self.store, deepcopy(form))
        except WeidianError as exc:
            untouched = self.coupon_id is None and not self._touched
            self.message.setStyleSheet("" if untouched else "color: #b02a30;")
            self.message.setText(self.tr("Type a code for the coupon, then save it.")
                                 if untouched else str(exc))
            self.save_button.setEnabled(False)
            return False
        saved = self._saved is not None and form == self._saved
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Every change is saved.") if saved
                             else self.tr("Ready to save."))
        self.save_button.setEnabled(not saved)
        return True
