"""The column-mapping dialog: which column of a supplier's own CSV holds which product field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ColumnMappingDialog", text)


# Field name -> label, in the order the form shows them; title and price are required.
def field_labels() -> dict[str, str]:
    return {"title": _tr("Title *"), "price": _tr("Price *"), "sku": _tr("SKU"),
            "group_key": _tr("Product group (variants)"), "description": _tr("Description"),
            "category": _tr("Category"), "brand": _tr("Brand"), "barcode": _tr("Barcode"),
            "compare_at_price": _tr("Retail price"), "currency": _tr("Currency"),
            "availability": _tr("Availability"), "quantity": _tr("Stock quantity")}


REQUIRED = ("title", "price")


class ColumnMappingDialog(QDialog):
    """Map a supplier's columns to product fields, starting from a guess or the last mapping.

    ``mapping()`` returns the dict the generic importer takes: field -> column,
    ``image_urls`` -> [columns], ``option:NAME`` -> column.
    """

    def __init__(self, file_name: str, header: list[str], sample: list[list[str]],
                 mapping: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of {0}").format(file_name))
        self.header = header
        self.combos: dict[str, QComboBox] = {}
        intro = QLabel(self.tr("Tell Weidian Desktop which column holds what. Fields marked "
                               "* are needed; the choice is remembered for this supplier."))
        intro.setWordWrap(True)
        form = QFormLayout()
        for name, label in field_labels().items():
            combo = QComboBox()
            combo.addItem(self.tr("(not in this file)"), None)
            for column in header:
                combo.addItem(column, column)
            chosen = mapping.get(name)
            if isinstance(chosen, str) and chosen in header:
                combo.setCurrentIndex(header.index(chosen) + 1)
            combo.currentIndexChanged.connect(self._check)
            self.combos[name] = combo
            form.addRow(label, combo)
        images = mapping.get("image_urls") or []
        images = [images] if isinstance(images, str) else list(images)
        options = {v: k for k, v in mapping.items() if k.startswith("option:")}
        self.images = self._checklist(header, images)
        self.options = self._checklist(header, list(options))
        lists = QHBoxLayout()
        for title, widget in ((self.tr("Image address columns"), self.images),
                              (self.tr("Variant option columns (size, colour…)"),
                               self.options)):
            box = QVBoxLayout()
            box.addWidget(QLabel(title))
            box.addWidget(widget)
            box.addStretch(1)  # labels and lists stay at the top beside the form
            lists.addLayout(box)
        self.sample = QTableWidget(len(sample), len(header))
        self.sample.setHorizontalHeaderLabels(header)
        for r, row in enumerate(sample):
            for c, value in enumerate(row[:len(header)]):
                # QTableWidgetItem shows text as text: supplier cells are never read as HTML.
                self.sample.setItem(r, c, QTableWidgetItem(value[:80]))
        self.sample.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.sample.setMaximumHeight(150)
        self.problem = QLabel()
        self.problem.setStyleSheet("color:#b3261e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addLayout(lists, 1)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("First lines of the file")))
        layout.addWidget(self.sample)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self._check()

    @staticmethod
    def _checklist(header: list[str], checked: list[str]) -> QListWidget:
        widget = QListWidget()
        for column in header:
            item = QListWidgetItem(column)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if column in checked
                               else Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.setMaximumHeight(220)
        return widget

    def set_field(self, name: str, column: str | None) -> None:
        """Choose ``column`` for ``name`` (None: not in this file)."""
        combo = self.combos[name]
        combo.setCurrentIndex(0 if column is None else combo.findData(column))

    def mapping(self) -> dict:
        chosen: dict[str, object] = {name: combo.currentData()
                                     for name, combo in self.combos.items()
                                     if combo.currentData() is not None}
        images = [self.images.item(i).text() for i in range(self.images.count())
                  if self.images.item(i).checkState() == Qt.CheckState.Checked]
        if images:
            chosen["image_urls"] = images
        for i in range(self.options.count()):
            item = self.options.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                chosen[f"option:{item.text()}"] = item.text()
        return chosen

    def _check(self) -> None:
        labels = field_labels()
        missing = [labels[n].rstrip(" *") for n in REQUIRED
                   if self.combos[n].currentData() is None]
        self.problem.setText(self.tr("Choose the column for: {0}").format(", ".join(missing))
                             if missing else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
