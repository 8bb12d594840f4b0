"""Table columns sized by what they show: the columns that name a row get the room they need.

Qt's own choice (every column to its contents, one left to stretch) squeezes the stretched
column to "…" as soon as the others take the width: a coupon's code, a buyer's name. Here
the other columns keep their contents' width and the key columns share what is left, never
less than their heading; when even that does not fit, the table scrolls sideways instead
of cutting a column. Text that does not fit is elided in the middle and shown whole in a
tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip

MIN_KEY = 110  # a key column is never narrower than this (or its heading) while scrolling
SOFT = 140  # other columns give up width above this before a key column gives up any
PADDING = 12  # a cell's margins around its text


class ColumnFitter(QObject):
    """Keeps ``view``'s column widths fitted as its rows and its width change."""

    def __init__(self, view: QTableView, key_columns: Sequence[int]) -> None:
        super().__init__(view)
        self.view, self.keys = view, list(key_columns)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._timer = QTimer(self)  # one fit after a burst of changes, not one per change
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged, model.headerDataChanged):
            signal.connect(lambda *_: self._timer.start())
        view.viewport().installEventFilter(self)
        self.fit()

    def _wanted(self, column: int) -> int:
        header = self.view.horizontalHeader()
        return max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))

    def fit(self) -> None:
        """Size every column now (also called when the view's width changes)."""
        header, model = self.view.horizontalHeader(), self.view.model()
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        if not columns:
            return
        widths = {c: self._wanted(c) for c in columns}
        room = self.view.viewport().width()
        # Too wide: long texts of other columns give way first, then the key columns,
        # none below its heading; what still does not fit scrolls sideways.
        others = [c for c in columns if c not in self.keys]
        keys = [c for c in columns if c in self.keys]
        for group, floor_of in ((others, lambda c: max(SOFT, header.sectionSizeHint(c))),
                                (keys, lambda c: max(header.sectionSizeHint(c),
                                                     min(MIN_KEY, widths[c])))):
            excess = sum(widths.values()) - room
            if excess > 0:
                _shrink(widths, {c: floor_of(c) for c in group}, excess)
        # Spare width goes to the (last) key column: the text that names the row, not a
        # price pushed away from its row across an empty stretch.
        spare = room - sum(widths.values())
        if spare > 0:
            widths[keys[-1] if keys else columns[-1]] += spare
        header.setStretchLastSection(False)
        for c, width in widths.items():
            header.resizeSection(c, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        elif event.type() == QEvent.Type.ToolTip:
            return self._tooltip(event)
        return False

    def _tooltip(self, event: QEvent) -> bool:
        # A cell cut short shows its whole text on hover; one that fits says nothing.
        index = self.view.indexAt(event.pos())  # type: ignore[attr-defined]
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip
        text = index.data(Qt.ItemDataRole.DisplayRole)
        width = self.view.horizontalHeader().sectionSize(index.column())
        if isinstance(text, str) and (
                self.view.fontMetrics().horizontalAdvance(text) + PADDING > width):
            QToolTip.showText(event.globalPos(), text, self.view)  # type: ignore[attr-defined]
            return True
        return False


def _shrink(widths: dict[int, int], floors: dict[int, int], excess: int) -> None:
    """Take up to ``excess`` pixels from the columns in ``floors``, each in proportion to
    what it has above its floor."""
    slack = {c: max(0, widths[c] - floor) for c, floor in floors.items()}
    total = sum(slack.values())
    if total <= 0:
        return
    take = min(excess, total)
    for c, spare in slack.items():
        widths[c] -= -(-spare * take // total)  # rounded up: the sum covers ``take``


def fit_columns(view: QTableView, *key_columns: int) -> ColumnFitter:
    """Fit ``view``'s columns from now on; ``key_columns`` name a row (they get the room)."""
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return ColumnFitter(view, key_columns)
