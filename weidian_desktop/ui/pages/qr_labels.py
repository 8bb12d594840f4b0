"""The QR & posters page's label-sheet choices: label stock, copies, cut lines, which products."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.store import ShopStore
from ...media.labels import DEFAULT_STOCK, LABEL_STOCKS, MAX_COPIES
from ...media.poster_data import choices


class LabelChoices(QWidget):
    """Stock, copies, cut lines and a checklist of the published products (all ticked)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stock_box = QComboBox()
        for key, stock in LABEL_STOCKS.items():
            grid = stock.grid
            # "A4 3×7 · 63.5×38.1 mm (Avery L7160)": the grid first, as sheets are sold.
            text = (f"{stock.paper} {grid.cols}×{grid.rows} · "
                    f"{_mm(grid.width):g}×{_mm(grid.height):g} mm")
            if stock.name:
                text += f" ({stock.name})"
            self.stock_box.addItem(text, key)
            self.stock_box.setItemData(self.stock_box.count() - 1, text,
                                       Qt.ItemDataRole.ToolTipRole)
        self.stock_box.setCurrentIndex(self.stock_box.findData(DEFAULT_STOCK["A4"]))
        # The long names elide in a narrow window instead of widening the side column.
        self.stock_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stock_box.setMinimumContentsLength(18)
        self.copies_spin = QSpinBox(minimum=1, maximum=MAX_COPIES)
        self.copies_spin.setToolTip(self.tr("Labels of each product, side by side."))
        self.cut_check = QCheckBox(self.tr("Cut lines (for plain paper)"))
        self.products = QListWidget()
        self.products.setMinimumHeight(90)
        self.all_button = QPushButton(self.tr("All"))
        self.none_button = QPushButton(self.tr("None"))
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Label stock"), self.stock_box)
        form.addRow(self.tr("Copies"), self.copies_spin)
        form.addRow("", self.cut_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        form.addRow(self.tr("Products"), buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.products, 1)
        self.stock_box.currentIndexChanged.connect(self.changed)
        self.copies_spin.valueChanged.connect(self.changed)
        self.cut_check.toggled.connect(self.changed)
        self.products.itemChanged.connect(self.changed)
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))

    def refresh(self, store: ShopStore) -> None:
        """The published products; ticks are kept for products still there, new ones ticked."""
        unticked = {slug for slug, state in self._states() if state != Qt.CheckState.Checked}
        self.products.blockSignals(True)
        self.products.clear()
        for slug, title in choices(store, "labels"):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, slug)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if slug in unticked
                               else Qt.CheckState.Checked)
            self.products.addItem(item)
        self.products.blockSignals(False)

    def _states(self) -> list[tuple[str, Qt.CheckState]]:
        return [(self.products.item(n).data(Qt.ItemDataRole.UserRole),
                 self.products.item(n).checkState()) for n in range(self.products.count())]

    def _tick_all(self, state: Qt.CheckState) -> None:
        self.products.blockSignals(True)
        for n in range(self.products.count()):
            self.products.item(n).setCheckState(state)
        self.products.blockSignals(False)
        self.changed.emit()

    def stock(self) -> str:
        return str(self.stock_box.currentData())

    def paper(self) -> str:
        return LABEL_STOCKS[self.stock()].paper

    def slugs(self) -> tuple[str, ...] | None:
        """The ticked products; None when all are (every published product)."""
        states = self._states()
        ticked = tuple(slug for slug, state in states if state == Qt.CheckState.Checked)
        return None if len(ticked) == len(states) else ticked


def _mm(points: float) -> float:
    """Points as millimetres to one decimal (63.5, 38.1, 70)."""
    return round(points / 72 * 25.4, 1)
