"""Dialogs of an import: supplier and format, then the sync diff shown before applying."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.money import format_money
from ...stocklists import LABELS, format_label
from ...stocklists.import_choices import Vanishing
from ...stocklists.importer import ImportPreview
from ...stocklists.search import item_label
from ...stocklists.sync import COMPARED
from ..column_fit import fit_columns
from ..shop_fields import CurrencyCombo, compact, language_name, shop_languages
from ..table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
OPTIONS = COMPARED.index("options")  # where a change's stored values keep the options


class RowsModel(RowsTableModel):
    """A read-only table of plain text rows (the diff's lists can hold 100,000 items)."""

    def __init__(self, headers: list[str], rows: list[tuple[str, ...]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers, self._rows = headers, rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and index.isValid()
                and 0 <= index.row() < len(self._rows)):
            return self._rows[index.row()][index.column()]
        return None


@dataclass
class ImportDefaults:
    """What the file and the shop suggest for the options dialog (import_choices)."""

    supplier: str  # suggest_supplier: whose file this looks like, else a new name
    suppliers: list[str] = field(default_factory=list)
    stated_currency: str | None = None  # the file's own, if it names one
    currencies: dict[str, str] = field(default_factory=dict)  # supplier -> last currency
    language: str | None = None  # of the titles, detected
    languages: dict[str, str] = field(default_factory=dict)  # supplier -> last language


class ImportOptionsDialog(QDialog):
    """Whose catalogue the file is, its format, the currency of its prices, its language."""

    def __init__(self, file_name: str, detected: str, defaults: ImportDefaults,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {0}").format(file_name))
        self.defaults = defaults
        self.supplier = QComboBox()
        self.supplier.setEditable(True)  # a new name makes a new supplier
        self.supplier.addItems(defaults.suppliers)
        self.supplier.setCurrentText(defaults.supplier)
        self.format = QComboBox()
        for key, label in LABELS.items():
            label = format_label(key)
            text = self.tr("{0} (detected)").format(label) if key == detected else label
            self.format.addItem(text, key)
        self.format.setCurrentIndex(self.format.findData(detected))
        self.currency = CurrencyCombo()
        self.currency.insertItem(0, self.tr("Choose…"), None)
        self.language = QComboBox()
        self.language.addItem(self.tr("Choose…"), None)
        for tag in shop_languages():
            self.language.addItem(language_name(tag), tag)
        compact(self.language)
        self.currency_note, self.language_note = _note(), _note()
        self._chosen: set[str] = set()  # what the seller picked: a new supplier keeps it
        self.currency.activated.connect(lambda _: self._choose("currency"))
        self.language.activated.connect(lambda _: self._choose("language"))
        self.supplier.currentTextChanged.connect(lambda _: self._suggest())
        form = QFormLayout(self)
        form.addRow(self.tr("Supplier"), self.supplier)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Currency of the prices"), _stacked(self.currency,
                                                               self.currency_note))
        form.addRow(self.tr("Language of the titles"), _stacked(self.language,
                                                                self.language_note))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.read_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.read_button.setText(self.tr("Read file"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.setMinimumWidth(520)
        self._suggest()

    def _choose(self, what: str) -> None:
        self._chosen.add(what)
        self._suggest()

    def _suggest(self) -> None:
        """Defaults for the supplier named now: the file's own, else the supplier's last."""
        name = self.supplier.currentText().strip()
        d = self.defaults
        if "currency" not in self._chosen:
            code = d.stated_currency or d.currencies.get(name)
            if code is not None and self.currency.findData(code) < 0:
                self.currency.addItem(code, code)
            self.currency.setCurrentIndex(self.currency.findData(code) if code else 0)
            self.currency_note.setText(
                self.tr("As the file states.") if d.stated_currency else
                self.tr("As in this supplier's last import.") if code else
                self.tr("The file does not say: choose the currency its prices are in."))
        else:
            self.currency_note.setText("")
        if "language" not in self._chosen:
            tag = d.language or d.languages.get(name)
            index = self.language.findData(tag) if tag else 0
            self.language.setCurrentIndex(max(index, 0))
            self.language_note.setText(
                self.tr("Recognised from the titles.") if d.language and index > 0 else
                self.tr("As in this supplier's last import.") if index > 0 else
                self.tr("Not recognised: choose the language the titles are written in."))
        else:
            self.language_note.setText("")
        self.read_button.setEnabled(bool(name) and self.currency.currentData() is not None
                                    and self.language.currentData() is not None)

    def accept(self) -> None:
        """Read the file, once a supplier, a currency and a language are settled."""
        if self.read_button.isEnabled():
            super().accept()

    def chosen(self) -> tuple[str, str]:
        """(supplier name, format key)."""
        return self.supplier.currentText().strip(), self.format.currentData()

    def choose(self, *, currency: str | None = None, language: str | None = None) -> None:
        """Settle the currency and/or the language as the seller would in the lists."""
        for what, combo, value in (("currency", self.currency, currency),
                                   ("language", self.language, language)):
            if value is not None:
                combo.setCurrentIndex(combo.findData(value))
                self._chosen.add(what)
        self._suggest()

    def chosen_currency(self) -> str:
        return str(self.currency.currentData())

    def chosen_language(self) -> str:
        return str(self.language.currentData())


def _note() -> QLabel:
    note = QLabel()
    note.setObjectName("FieldHint")
    note.setWordWrap(True)
    note.setStyleSheet("color: palette(placeholder-text);")
    return note


def _stacked(field_widget: QWidget, note: QLabel) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(field_widget)
    box.addWidget(note)
    return box


class ImportDiffDialog(QDialog):
    """What applying the import will change: new, price changes, discontinued, problems."""

    def __init__(self, preview: ImportPreview, locale: str = "en",
                 vanishing: Vanishing | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import into {0}").format(preview.supplier))
        plan, parsed = preview.plan, preview.parsed
        loc = locale.replace("-", "_")

        def money(amount: int | None, currency: str | None) -> str:
            return "–" if amount is None else format_money(amount, currency or
                                                           preview.currency, loc)

        skipped = sum(1 for p in parsed.problems if p.skipped)
        counts = [self.tr("%n new", "", len(plan.new)),
                  self.tr("%n price change(s)", "", len(plan.price_changes)),
                  self.tr("%n other change(s)", "", len(plan.changed) - len(plan.price_changes)),
                  self.tr("%n discontinued", "", len(plan.discontinued)),
                  self.tr("%n unchanged", "", plan.unchanged),
                  self.tr("%n line(s) skipped", "", skipped)]
        summary = QLabel(self.tr("{0}: {1}, {2}.").format(
            preview.path.name, format_label(parsed.format), preview.encoding) + "\n"
            + self.tr("This import brings: {0}.").format(", ".join(counts)))
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)  # the file name is the supplier's
        self.models = {
            # Variants share a title: their option values ("Size: M") tell them apart.
            "new": RowsModel([self.tr("SKU"), self.tr("Title"), self.tr("Price")],
                             [(row.sku, item_label(row.title, row.options),
                               money(row.price, row.currency)) for row, _ in plan.new], self),
            "prices": RowsModel([self.tr("SKU"), self.tr("Title"), self.tr("Old price"),
                                 self.tr("New price")],
                                [(c.sku, item_label(c.title, c.values[OPTIONS]),
                                  money(c.old_price, None), money(c.new_price, None))
                                 for c in plan.price_changes], self),
            "gone": RowsModel([self.tr("SKU"), self.tr("Title"), self.tr("In shop")],
                              [(g.sku, g.title, self.tr("%n picked product(s): flagged", "",
                                                        len(g.product_ids))
                                if g.product_ids else "") for g in plan.discontinued], self),
            "problems": RowsModel([self.tr("Line"), self.tr("Problem"), self.tr("Result")],
                                  [(str(p.line) if p.line else "", p.reason,
                                    self.tr("skipped") if p.skipped else self.tr("warning"))
                                   for p in parsed.problems], self),
        }
        self.tabs = QTabWidget()
        titles = {"new": self.tr("New (%n)", "", len(plan.new)),
                  "prices": self.tr("Price changes (%n)", "", len(plan.price_changes)),
                  "gone": self.tr("Discontinued (%n)", "", len(plan.discontinued)),
                  "problems": self.tr("Problems (%n)", "", len(parsed.problems))}
        for key, model in self.models.items():
            view = QTableView()
            view.setModel(model)
            view.verticalHeader().hide()
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            fit_columns(view, 0, 1)  # whole SKUs and titles; 100,000 rows measure 1,000
            self.tabs.addTab(view, titles[key])
        note = QLabel(self.tr("Products you picked follow the supplier's changes, except the "
                              "fields you edited yourself. An import cannot be undone; "
                              "Cancel during the import leaves the shop as it was."))
        note.setWordWrap(True)
        note.setStyleSheet("color:#555")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        self.confirm: QCheckBox | None = None
        if vanishing is not None:
            # Most of the supplier's items would go: another supplier's file, most likely.
            # Applying waits for an explicit yes that names the number.
            warning = QLabel(self.tr(
                "This file does not list %n of the items {0} has now. Importing it marks "
                "them discontinued and flags the products picked from them.", "",
                vanishing.gone).format(vanishing.supplier))
            warning.setWordWrap(True)
            warning.setTextFormat(Qt.TextFormat.PlainText)  # the supplier's name is typed
            warning.setStyleSheet("color: #b02a30; font-weight: 600;")
            self.confirm = QCheckBox(self.tr("Yes, mark {0} of the {1} items of {2} "
                                             "discontinued").format(
                vanishing.gone, vanishing.had, vanishing.supplier))
            self.apply_button.setEnabled(False)
            self.apply_button.setDefault(False)
            self.confirm.toggled.connect(self.apply_button.setEnabled)
            layout.addWidget(warning)
            layout.addWidget(self.confirm)
            self.tabs.setCurrentIndex(2)  # what would go
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(760, 520)
