"""Options (e.g. size, colour) and the variants made from them, each with price, SKU, stock."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError
from ...core.price_input import format_price_input, parse_price_input_or_none
from ...core.products import AVAILABILITY, MAX_OPTIONS, ProductOption, Variant
from ..column_fit import fit_columns
from ..i18n import current_language as language
from ..table_model import cell

ID_ROLE = Qt.ItemDataRole.UserRole


def _button(text: str) -> QToolButton:
    """A compact button: the editor is the narrow side of the page."""
    button = QToolButton()
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class VariantsEditor(QWidget):
    """Two tables: options with comma-separated values, and the generated variants."""

    NAME, PRICE, SKU, AVAILABILITY, QUANTITY = range(5)

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._availability_names = [self.tr("On request"), self.tr("In stock"),
                                    self.tr("Sold out")]
        self.options = QTableWidget(0, 2)
        self.options.setObjectName("OptionsTable")
        self.options.setHorizontalHeaderLabels([self.tr("Option"), self.tr("Values")])
        # The heading stays short (the editor is the narrow side of the page); how to
        # type the values is said where the seller types them.
        self._values_hint = self.tr("Separate the values with commas: S, M, L")
        values_heading = QTableWidgetItem(self.tr("Values"))
        values_heading.setToolTip(self._values_hint)
        self.options.setHorizontalHeaderItem(1, values_heading)
        self.options.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.options.verticalHeader().hide()
        self.options.setMaximumHeight(100)  # three options at most
        self.variants = QTableWidget(0, 5)
        self.variants.setObjectName("VariantsTable")
        self.variants.setHorizontalHeaderLabels([
            self.tr("Variant"), self.tr("Price"), self.tr("SKU"), self.tr("Availability"),
            self.tr("Quantity")])
        fit_columns(self.variants, self.NAME)  # the option values tell variants apart
        self.variants.verticalHeader().hide()
        self.variants.setMinimumHeight(150)  # a header and four variants without scrolling
        self.variants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_option_button = _button(self.tr("Add option"))
        self.add_option_button.clicked.connect(lambda: self.add_option("", []))
        self.remove_option_button = _button(self.tr("Remove option"))
        self.remove_option_button.clicked.connect(self._remove_option)
        self.generate_button = _button(self.tr("Make variants"))
        self.generate_button.setToolTip(self.tr("One variant for each combination of values"))
        self.generate_button.clicked.connect(self.generate)
        # A column beside the options table, like the photo buttons: narrow when translated.
        buttons = QVBoxLayout()
        buttons.setSpacing(2)
        for button in (self.add_option_button, self.remove_option_button, self.generate_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.options, 1)
        top.addLayout(buttons)
        hint = QLabel(self.tr("An empty variant price means the product's price."))
        hint.setEnabled(False)  # greyed: a hint, not a field
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.variants, 1)  # spare height goes to the variants
        layout.addWidget(hint)

    def set_currency(self, currency: str) -> None:
        self._currency = currency

    # --- options ---------------------------------------------------------------------
    def add_option(self, name: str, values: list[str]) -> None:
        if self.options.rowCount() >= MAX_OPTIONS:
            return
        row = self.options.rowCount()
        self.options.insertRow(row)
        self.options.setItem(row, 0, QTableWidgetItem(name))
        values_item = QTableWidgetItem(", ".join(values))
        values_item.setToolTip(self._values_hint)
        self.options.setItem(row, 1, values_item)
        self.add_option_button.setEnabled(self.options.rowCount() < MAX_OPTIONS)

    def _remove_option(self) -> None:
        row = self.options.currentRow()
        self.options.removeRow(row if row >= 0 else self.options.rowCount() - 1)
        self.add_option_button.setEnabled(True)

    def product_options(self) -> list[ProductOption]:
        out = []
        for row in range(self.options.rowCount()):
            name = (self.options.item(row, 0) or QTableWidgetItem()).text().strip()
            raw = (self.options.item(row, 1) or QTableWidgetItem()).text()
            # Chinese sellers type the full-width comma and the enumeration comma.
            values = [v.strip() for v in raw.replace("，", ",").replace("、", ",").split(",")]
            values = list(dict.fromkeys(v for v in values if v))
            if name or values:
                out.append(ProductOption(name, values))
        return out

    # --- variants --------------------------------------------------------------------
    def generate(self) -> None:
        """One variant per combination of values; existing ones keep their price and stock."""
        options = self.product_options()
        current = {tuple(v.options): v for v in self._read_variants(strict=False)}
        combos = list(itertools.product(*(o.values for o in options))) if options else []
        self._show([current.get(tuple(c)) or Variant(options=list(c)) for c in combos])

    def set_data(self, options: list[ProductOption], variants: list[Variant]) -> None:
        self.options.setRowCount(0)
        for option in options:
            self.add_option(option.name, option.values)
        self._show(variants)

    def _show(self, variants: list[Variant]) -> None:
        self.variants.setRowCount(0)
        for row, v in enumerate(variants):
            self.variants.insertRow(row)
            name = QTableWidgetItem(" / ".join(v.options))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(ID_ROLE, (v.id, list(v.options), v.image_hash, v.stock_item_id,
                                   v.supplier_price, v.compare_at_price))
            self.variants.setItem(row, self.NAME, name)
            price = ("" if v.price is None
                     else format_price_input(v.price, self._currency, language()))
            self.variants.setItem(row, self.PRICE, QTableWidgetItem(price))
            self.variants.setItem(row, self.SKU, QTableWidgetItem(v.sku or ""))
            combo = QComboBox()
            combo.addItems(self._availability_names)
            combo.setCurrentIndex(AVAILABILITY.index(v.availability))
            self.variants.setCellWidget(row, self.AVAILABILITY, combo)
            quantity = "" if v.quantity is None else str(v.quantity)
            self.variants.setItem(row, self.QUANTITY, QTableWidgetItem(quantity))

    def product_variants(self) -> list[Variant]:
        """The variants as typed; raises ValidationError naming the variant and field."""
        return self._read_variants(strict=True)

    def _read_variants(self, *, strict: bool) -> list[Variant]:
        out = []
        for row in range(self.variants.rowCount()):
            vid, options, image_hash, stock_id, supplier, compare = cell(
                self.variants, row, self.NAME).data(ID_ROLE)
            label = " / ".join(options)
            text = {c: (self.variants.item(row, c) or QTableWidgetItem()).text().strip()
                    for c in (self.PRICE, self.SKU, self.QUANTITY)}
            try:
                price = parse_price_input_or_none(text[self.PRICE], self._currency, language(),
                                                  field="price")
                quantity = int(text[self.QUANTITY]) if text[self.QUANTITY] else None
            except ValidationError as exc:
                if not strict:
                    price, quantity = None, None
                else:
                    raise ValidationError(
                        self.tr("Variant {0}: {1}").format(label, exc), field="price") from None
            except ValueError:
                if strict:
                    raise ValidationError(self.tr(
                        "Variant {0}: the quantity {1!r} is not a whole number.").format(
                        label, text[self.QUANTITY]), field="quantity") from None
                price, quantity = None, None
            combo = self.variants.cellWidget(row, self.AVAILABILITY)
            availability = (AVAILABILITY[combo.currentIndex()] if isinstance(combo, QComboBox)
                            else "on_request")
            out.append(Variant(options=list(options), sku=text[self.SKU] or None, price=price,
                               compare_at_price=compare, availability=availability,
                               quantity=quantity, image_hash=image_hash,
                               stock_item_id=stock_id, supplier_price=supplier, id=vid))
        return out
