"""Dialogs of an import: supplier and format, then the sync diff shown before applying."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.money import format_money
from ...stocklists import LABELS, format_label
from ...stocklists.importer import ImportPreview
from ..table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


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


class ImportOptionsDialog(QDialog):
    """Which supplier the file belongs to, and its format (detected, and overridable)."""

    def __init__(self, file_name: str, detected: str, suppliers: list[str], supplier: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {0}").format(file_name))
        self.supplier = QComboBox()
        self.supplier.setEditable(True)  # a new name makes a new supplier
        self.supplier.addItems(suppliers)
        self.supplier.setCurrentText(supplier)
        self.format = QComboBox()
        for key, label in LABELS.items():
            label = format_label(key)
            text = self.tr("{0} (detected)").format(label) if key == detected else label
            self.format.addItem(text, key)
        self.format.setCurrentIndex(self.format.findData(detected))
        form = QFormLayout(self)
        form.addRow(self.tr("Supplier"), self.supplier)
        form.addRow(self.tr("Format"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Read file"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(440)

    def chosen(self) -> tuple[str, str]:
        """(supplier name, format key)."""
        return self.supplier.currentText().strip(), self.format.currentData()


class ImportDiffDialog(QDialog):
    """What applying the import will change: new, price changes, discontinued, problems."""

    def __init__(self, preview: ImportPreview, locale: str = "en",
                 parent: QWidget | None = None) -> None:
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
            "new": RowsModel([self.tr("SKU"), self.tr("Title"), self.tr("Price")],
                             [(row.sku, row.title, money(row.price, row.currency))
                              for row, _ in plan.new], self),
            "prices": RowsModel([self.tr("SKU"), self.tr("Title"), self.tr("Old price"),
                                 self.tr("New price")],
                                [(c.sku, c.title, money(c.old_price, None),
                                  money(c.new_price, None)) for c in plan.price_changes], self),
            "gone": RowsModel([self.tr("SKU"), self.tr("Title"), self.tr("In shop")],
                              [(g.sku, g.title, self.tr("%n picked product(s): flagged", "",
                                                        len(g.product_ids))
                                if g.product_ids else "") for g in plan.discontinued], self),
            "problems": RowsModel([self.tr("Line"), self.tr("Problem"), self.tr("Result")],
                                  [(str(p.line), p.reason,
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
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            view.setWordWrap(False)
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
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(760, 520)
