"""The Health page: the listings' score, the findings (each opens its product), brand watch list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import WeidianError
from ...core.health import (
    HealthFinding,
    get_brand_watch_list,
    health_report,
    set_brand_watch_list,
)
from ...core.store import ShopStore
from ..table_model import RowsTableModel, row_table
from ..undo import UndoCommand, push

Index = QModelIndex | QPersistentModelIndex
SEVERITY_COLORS = {"error": "#c62828", "warning": "#b26a00", "info": "#607d8b"}


def score_color(score: int) -> str:
    return "#2e7d32" if score >= 85 else "#b26a00" if score >= 60 else "#c62828"


class FindingsModel(RowsTableModel):
    """Findings as rows: severity, what it is about, the field, and what to do."""

    SEVERITY, SUBJECT, FIELD, FINDING = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HealthFinding] = []
        self._headers = [self.tr("Severity"), self.tr("Listing"), self.tr("Where"),
                         self.tr("Finding")]
        self._names = {"error": self.tr("error"), "warning": self.tr("warning"),
                       "info": self.tr("note")}

    def set_rows(self, rows: list[HealthFinding]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def finding(self, row: int) -> HealthFinding:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        f, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.SEVERITY:
                return "● " + self._names.get(f.severity, f.severity)
            if col == self.SUBJECT:
                return f.subject or self.tr("Shop")
            if col == self.FIELD:
                return f.where  # the field in the seller's language (f.field is its code)
            return f.detail
        if role == Qt.ItemDataRole.ForegroundRole and col == self.SEVERITY:
            return QBrush(QColor(SEVERITY_COLORS.get(f.severity, "#000000")))
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.message
        return None


class BrandsCommand(UndoCommand):
    """The brand watch list changed; undo puts the old list back."""

    def __init__(self, store: ShopStore, old: list[str], new: list[str],
                 changed: Callable[[], None]) -> None:
        super().__init__(_tr("Change the brand watch list"))
        self._store, self._old, self._new, self._changed = store, old, new, changed

    def apply(self) -> None:
        set_brand_watch_list(self._store, self._new)
        self._changed()

    def revert(self) -> None:
        set_brand_watch_list(self._store, self._old)
        self._changed()


class HealthPage(QWidget):
    """The listing-health report; double-click a finding to open what it is about."""

    productRequested = Signal(int)
    postRequested = Signal(int)
    faqRequested = Signal(int)

    FILTERS = ("all", "error", "warning", "content", "health", "freshness")

    def __init__(self, store: ShopStore, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HealthPage")
        self.store = store
        self.undo_stack = undo_stack or QUndoStack(self)
        self.model = FindingsModel(self)
        self._findings: list[HealthFinding] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.score_label = QLabel()
        font = QFont(self.font())
        font.setPointSize(font.pointSize() * 2 + 4)
        font.setBold(True)
        self.score_label.setFont(font)
        self.score_bar = QProgressBar()
        self.score_bar.setRange(0, 100)
        self.score_bar.setTextVisible(False)
        self.score_bar.setFixedHeight(10)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filter = QComboBox()
        for key, label in zip(self.FILTERS, (
                self.tr("All findings"), self.tr("Errors"), self.tr("Warnings"),
                self.tr("Content"), self.tr("Counterfeit wording and brands"),
                self.tr("Freshness")), strict=True):
            self.filter.addItem(label, key)
        self.filter.currentIndexChanged.connect(lambda _: self._show())
        refresh = QPushButton(self.tr("Check again"))
        refresh.clicked.connect(self.refresh)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        head = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.score_label)
        top.addWidget(self.summary, 1)
        head.addLayout(top)
        head.addWidget(self.score_bar)
        bar = QHBoxLayout()
        for widget, stretch in ((self.filter, 0), (refresh, 0), (self.open_button, 0)):
            bar.addWidget(widget, stretch)
        bar.addStretch(1)

        self.table = row_table(self.model, single=True)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingsModel.FINDING, QHeaderView.ResizeMode.Stretch)
        # Row heights depend on the stretched column's width, which is known only once the
        # page is laid out: measure again whenever it changes, so no finding is cut off.
        header.sectionResized.connect(self._section_resized)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.activated.connect(lambda index: self.open_row(index.row()))

        side = QGroupBox(self.tr("Brand watch list"))
        side_layout = QVBoxLayout(side)
        hint = QLabel(self.tr("Brands you must not name unless the goods are genuine, one per "
                              "line. Listings that mention them get a warning."))
        hint.setWordWrap(True)
        self.brands = QPlainTextEdit()
        self.brands.setPlaceholderText("Hermès\nLouis Vuitton\n香奈儿")
        save = QPushButton(self.tr("Save list"))
        save.clicked.connect(self.save_brands)
        self.brands_message = QLabel()
        self.brands_message.setWordWrap(True)
        self.brands_message.setStyleSheet("color: #c62828;")
        self.brands_message.hide()
        for part in (hint, self.brands, self.brands_message, save):
            side_layout.addWidget(part)

        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([760, 240])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    # --- reading -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Run the check again and show its result."""
        report = health_report(self.store)
        self._findings = report.findings
        color = score_color(report.score)
        self.score_label.setText(self.tr("{0} / 100").format(report.score))
        self.score_label.setStyleSheet(f"color:{color}")
        self.score_bar.setValue(report.score)
        self.score_bar.setStyleSheet(f"QProgressBar::chunk{{background:{color}}}")
        count = {s: sum(f.severity == s for f in report.findings)
                 for s in ("error", "warning", "info")}
        counts = self.tr("{0} errors · {1} warnings").format(count["error"], count["warning"])
        if count["info"]:
            counts += " · " + self.tr("{0} notes").format(count["info"])
        self.summary.setText(
            self.tr("{0} across {1} products. Errors make the check fail; warnings do "
                    "not.").format(
                counts, len(report.product_scores)))
        brands = "\n".join(get_brand_watch_list(self.store))
        if self.brands.toPlainText() != brands:
            self.brands.setPlainText(brands)
        self._show()

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        if index == FindingsModel.FINDING:
            self._fit_rows()

    def _fit_rows(self) -> None:
        # Qt's own measure sometimes keeps a finding that mixes Chinese and Latin on one
        # line and elides it; measure the wrapped text in the finding column's real width.
        self.table.resizeRowsToContents()
        width = self.table.columnWidth(FindingsModel.FINDING) - 12  # cell margins
        metrics = self.table.fontMetrics()
        for row in range(self.model.rowCount()):
            text = self.model.index(row, FindingsModel.FINDING).data() or ""
            needed = metrics.boundingRect(QRect(0, 0, max(width, 40), 0),
                                          Qt.TextFlag.TextWordWrap, text).height() + 10
            if needed > self.table.rowHeight(row):
                self.table.setRowHeight(row, needed)

    def _show(self) -> None:
        key = self.filter.currentData()
        rows = [f for f in self._findings
                if key == "all" or f.severity == key or f.category == key]
        # Worst first; within a severity, wording before freshness before content.
        order = {"error": 0, "warning": 1, "info": 2, "health": 0, "freshness": 1, "content": 2}
        self.model.set_rows(sorted(rows, key=lambda f: (order.get(f.severity, 3),
                                                        order.get(f.category, 3))))
        self._fit_rows()
        self.open_button.setEnabled(bool(rows))

    # --- actions -----------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        """Ask the window to open what a finding is about (product, post or FAQ entry)."""
        if not 0 <= row < self.model.rowCount():
            return
        f = self.model.finding(row)
        if f.product_id is not None:
            self.productRequested.emit(f.product_id)
        elif f.post_id is not None:
            self.postRequested.emit(f.post_id)
        elif f.faq_id is not None:
            self.faqRequested.emit(f.faq_id)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.open_row(rows[0].row() if rows else 0)

    def save_brands(self) -> None:
        new = [line for line in self.brands.toPlainText().splitlines() if line.strip()]
        old = get_brand_watch_list(self.store)
        self.brands_message.hide()
        if new != old:
            try:
                push(self.undo_stack, BrandsCommand(self.store, old, new, self.refresh))
            except WeidianError as exc:  # a name too long, too many names
                self.brands_message.setText(str(exc))
                self.brands_message.show()


def _tr(text: str) -> str:
    return QCoreApplication.translate("HealthPage", text)
