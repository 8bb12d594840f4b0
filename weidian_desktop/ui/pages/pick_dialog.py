"""The markup dialog of a pick: percent and/or fixed amount, rounding, margin per product."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import WeidianError
from ...core.money import format_money, minor_digits
from ...stocklists import MarkupRule
from ...stocklists.search import item_label
from ..column_fit import fit_columns
from ..table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class MarginPreviewModel(RowsTableModel):
    """Each item to pick with its supplier price, shop price and margin under a rule."""

    TITLE, COST, PRICE, MARGIN = range(4)

    def __init__(self, items: list[dict], shop_currency: str, locale: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items, self._currency = items, shop_currency
        self._locale = locale.replace("-", "_")
        self._rows: list[tuple[str, str, str, str]] = []
        self._headers = [self.tr("Title"), self.tr("Supplier price"), self.tr("Shop price"),
                         self.tr("Margin")]

    def set_rule(self, rule: MarkupRule) -> str | None:
        """Recompute every row; returns the first error (a missing rate), if any."""
        self.beginResetModel()
        self._rows, problem = [], None
        for item in self._items:
            currency = item["currency"] or self._currency
            label = item_label(item["title"], item["options"])  # "… — Size: M": variants
            cost_text = ("–" if item["price"] is None
                         else format_money(item["price"], currency, self._locale))
            try:
                price = rule.price(item["price"], currency, self._currency)
                cost = MarkupRule(rate=rule.rate).price(item["price"], currency,
                                                        self._currency)
            except (WeidianError, TypeError) as exc:
                problem = problem or (str(exc) if isinstance(exc, WeidianError) else None)
                self._rows.append((label, cost_text, "–", "–"))
                continue
            margin = price - cost
            percent = 100 * margin / price if price else 0.0
            self._rows.append((label, cost_text,
                               format_money(price, self._currency, self._locale),
                               self.tr("{0} ({1:.1f}%)").format(
                                   format_money(margin, self._currency, self._locale),
                                   percent)))
        self.endResetModel()
        return problem

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PickDialog(QDialog):
    """Choose the markup for the selected supplier items and see each product's margin."""

    def __init__(self, items: list[dict], shop_currency: str, locale: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pick %n item(s) into the shop", "", len(items)))
        self.shop_currency = shop_currency
        digits = minor_digits(shop_currency)
        self.percent = QDoubleSpinBox()
        self.percent.setRange(-99.0, 1000.0)
        self.percent.setDecimals(1)
        self.percent.setSuffix(" %")
        self.percent.setValue(30.0)  # a common daigou markup; the seller changes it
        self.fixed = QDoubleSpinBox()
        self.fixed.setRange(0.0, 1_000_000.0)
        self.fixed.setDecimals(digits)
        self.fixed.setSuffix(f" {shop_currency}")
        self.rounding = QComboBox()
        for key, label in (("none", self.tr("no rounding")), (".99", self.tr("up to .99")),
                           (".90", self.tr("up to .90")), ("whole", self.tr("up to whole units"))):
            self.rounding.addItem(label, key)
        self.rounding.setCurrentIndex(1)
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0.0001, 100000.0)
        self.rate.setDecimals(4)
        self.rate.setValue(1.0)
        foreign = sorted({i["currency"] for i in items if i["currency"]} - {shop_currency})
        self.in_stock = QCheckBox(self.tr("Carry the supplier's stock counts (default: "
                                          "products are on request)"))
        form = QFormLayout()
        form.addRow(self.tr("Markup"), self.percent)
        form.addRow(self.tr("Plus a fixed amount"), self.fixed)
        form.addRow(self.tr("Rounding"), self.rounding)
        if foreign:
            form.addRow(self.tr("Exchange rate {0} → {1}").format(foreign[0], shop_currency),
                        self.rate)
        else:
            self.rate.hide()
        form.addRow("", self.in_stock)
        self.model = MarginPreviewModel(items, shop_currency, locale, self)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(view, self.model.TITLE)
        self.problem = QLabel()
        self.problem.setStyleSheet("color:#b3261e")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pick"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Margin per product (before shipping and fees)")))
        layout.addWidget(view, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._foreign = bool(foreign)
        for spin in (self.percent, self.fixed, self.rate):
            spin.valueChanged.connect(self._update)
        self.rounding.currentIndexChanged.connect(self._update)
        self.resize(640, 480)
        self._update()

    def rule(self) -> MarkupRule:
        digits = minor_digits(self.shop_currency)
        return MarkupRule(percent=Decimal(str(round(self.percent.value(), 1))),
                          fixed=round(self.fixed.value() * 10**digits),
                          rounding=self.rounding.currentData(),
                          rate=Decimal(str(round(self.rate.value(), 4))) if self._foreign
                          else None)

    def availability(self) -> str:
        return "in_stock" if self.in_stock.isChecked() else "on_request"

    def _update(self) -> None:
        try:
            problem = self.model.set_rule(self.rule())
        except WeidianError as exc:
            problem = str(exc)
        self.problem.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
