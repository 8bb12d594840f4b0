"""A painted timeline of drops: one lane per drop on a time axis, preview and live parts, now."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.clock import from_iso
from .drops_models import STATE_COLOURS, DropRow

LANE, AXIS, PAD = 22, 22, 8


class DropTimeline(QWidget):
    """Drops as bars on a time axis (past grey, live red, upcoming blue); click selects one."""

    dropClicked = Signal(int)

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DropTimeline")
        self.zone = ZoneInfo(zone)
        self.rows: list[DropRow] = []
        self.now = datetime.now(self.zone)
        self.selected: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Drops on the shop's clock; the red line is now."))

    def set_rows(self, rows: list[DropRow], now: str, selected: int | None = None) -> None:
        self.rows = sorted(rows, key=lambda r: r.drop.starts_at)
        self.now = from_iso(now).astimezone(self.zone)
        self.selected = selected
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, AXIS + PAD * 2 + LANE * max(1, len(self.rows)))

    def span(self) -> tuple[datetime, datetime]:
        """The days shown: every drop (and its preview) and now, with a day's margin."""
        times = [self.now]
        for row in self.rows:
            times += [from_iso(row.drop.preview_at or row.drop.starts_at),
                      from_iso(row.drop.ends_at)]
        first = min(times).astimezone(self.zone).replace(hour=0, minute=0, second=0)
        last = max(times).astimezone(self.zone).replace(hour=0, minute=0, second=0)
        return first - timedelta(days=1), last + timedelta(days=2)

    def _x(self, moment: datetime) -> float:
        first, last = self.span()
        return PAD + (self.width() - 2 * PAD) * ((moment - first).total_seconds()
                                                 / (last - first).total_seconds())

    def bars(self) -> list[tuple[QRectF, float, DropRow]]:
        """Each drop's live bar, where its preview starts (x), and its row: paint and clicks."""
        out = []
        for lane, row in enumerate(self.rows):
            top = AXIS + PAD + lane * LANE
            start = self._x(from_iso(row.drop.starts_at))
            end = self._x(from_iso(row.drop.ends_at))
            lead = self._x(from_iso(row.drop.preview_at)) if row.drop.preview_at else start
            out.append((QRectF(start, top + 2, max(3.0, end - start), LANE - 4), lead, row))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        first, last = self.span()
        self._paint_axis(painter, first, last, self._x)
        metrics = QFontMetrics(self.font())
        for bar, lead, row in self.bars():
            drop = row.drop
            colour = QColor(STATE_COLOURS.get(row.state, "#777777"))
            if drop.preview_at:  # the preview: a light, outlined bar leading to the launch
                light = QColor(colour)
                light.setAlpha(70)
                painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
                painter.setBrush(light)
                painter.drawRect(QRectF(lead, bar.top() + 4, bar.left() - lead, LANE - 12))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(bar, 3, 3)
            if drop.id == self.selected:
                painter.setPen(QPen(palette.highlight().color(), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(bar.adjusted(-2, -2, 2, 2), 4, 4)
            label = metrics.elidedText(drop.name, Qt.TextElideMode.ElideRight, 260)
            advance = metrics.horizontalAdvance(label)
            # Right of the bar when it fits, else left of the preview: never over a bar.
            label_x = bar.right() + 6 if bar.right() + 6 + advance < self.width() \
                else lead - 6 - advance
            painter.setPen(palette.text().color())
            painter.drawText(QPointF(max(PAD, label_x),
                                     bar.center().y() + metrics.ascent() / 2 - 1), label)
        now_x = self._x(self.now)
        painter.setPen(QPen(QColor("#d0312d"), 2))
        painter.drawLine(QPointF(now_x, AXIS - 4), QPointF(now_x, self.height() - PAD / 2))
        painter.end()

    def _paint_axis(self, painter: QPainter, first: datetime, last: datetime, x) -> None:
        palette = self.palette()
        days = (last - first).days
        step = 1 if days <= 16 else 2 if days <= 32 else 7
        metrics = QFontMetrics(self.font())
        grid = QColor(palette.mid().color())
        grid.setAlpha(90)
        day = first
        while day <= last:
            # Each tick is the local midnight: a 23- or 25-hour day stays on its date.
            pos = x(day)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(pos, AXIS), QPointF(pos, self.height() - PAD / 2))
            painter.setPen(palette.text().color())
            painter.drawText(QPointF(pos + 3, metrics.ascent() + 3), day.strftime("%m-%d"))
            day = (day + timedelta(days=step, hours=3)).replace(hour=0)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for rect, _, row in self.bars():
            if rect.adjusted(-3, -3, 3, 3).contains(event.position()):
                self.dropClicked.emit(row.drop.id or 0)
                return
        super().mousePressEvent(event)
