"""The welcome screen shown when no shop is open: new shop, open, the demo, recent files."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .app_settings import recent_files
from .theme import icon

CARD_WIDTH = 640
CARD_MARGIN = 36
# The welcome card and the empty shop's first steps (ui/pages/products_empty.py) alike.
CARD_STYLE = (
    "#WelcomeCard { background: palette(alternate-base); border: 1px solid palette(mid);"
    " border-radius: 12px; }"
    "#WelcomeIntro { color: palette(placeholder-text); }"
    "#WelcomeSection { font-weight: 600; }"
    "#ActionCard { border: 1px solid palette(mid); border-radius: 8px;"
    " background: palette(window); }"
    "#ActionCard:hover, #ActionCard:focus { border-color: palette(highlight); }"
    "#ActionTitle { font-weight: 600; }"
    "#ActionHint { color: palette(placeholder-text); }")


class ActionCard(QFrame):
    """A large clickable choice: icon, title and a grey hint that wraps (any language fits)."""

    clicked = Signal()

    def __init__(self, icon_name: str, title: str, hint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ActionCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(title)
        picture = QLabel()
        picture.setPixmap(icon(icon_name, 32).pixmap(32, 32))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(title)
        heading.setObjectName("ActionTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setWordWrap(True)
        note = QLabel(hint)
        note.setObjectName("ActionHint")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 14, 10, 14)
        layout.setSpacing(6)
        layout.addWidget(picture)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addStretch(1)

    def click(self) -> None:
        self.clicked.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)


class WelcomeScreen(QWidget):
    """Start here: register a shopfront, open a shop file, or look around the demo shop."""

    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomeScreen")
        card = QFrame()
        card.setObjectName("WelcomeCard")
        # A fixed width lets the wrapped texts ask for the height they need.
        card.setFixedWidth(CARD_WIDTH)
        title = QLabel(self.tr("Weidian Desktop"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        intro = QLabel(self.tr(
            "Build your mobile shop offline. Register a shopfront, pick products from "
            "your suppliers' stocklists, paste the photos, and export a shop your buyers "
            "open from a QR code or a chat link."))
        intro.setWordWrap(True)
        intro.setObjectName("WelcomeIntro")
        # Nested box layouts do not pass height-for-width on; reserve the wrapped height.
        intro.setMinimumHeight(intro.heightForWidth(CARD_WIDTH - 2 * CARD_MARGIN) + 4)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.new_button = ActionCard("new", self.tr("New shop…"),
                                     self.tr("Register a shopfront"))
        self.open_button = ActionCard("open", self.tr("Open…"), self.tr("A .weidian shop file"))
        self.demo_button = ActionCard("demo", self.tr("Open the demo shop"),
                                      self.tr("Look around first"))
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button, 1)

        self.recent_label = QLabel(self.tr("Recent shops"))
        self.recent_label.setObjectName("WelcomeSection")
        self.recent = QListWidget()
        self.recent.setObjectName("WelcomeRecent")
        self.recent.setFrameShape(QFrame.Shape.NoFrame)
        # One click opens (it is a list of links); Enter from the keyboard too.
        for signal in (self.recent.itemClicked, self.recent.itemActivated):
            signal.connect(
                lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole)))

        inner = QVBoxLayout(card)
        inner.setContentsMargins(CARD_MARGIN, 32, CARD_MARGIN, 32)
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        inner.addSpacing(8)
        inner.addWidget(self.recent_label)
        inner.addWidget(self.recent)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setStyleSheet(CARD_STYLE + "#WelcomeRecent { background: transparent; }")
        self.refresh()

    def refresh(self) -> None:
        """Re-read the recent files (they may have been moved or deleted meanwhile)."""
        self.recent.clear()
        paths = recent_files()
        for path in paths:
            item = QListWidgetItem(icon("shop"), f"{path.name}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
        self.recent.setMaximumHeight(max(1, len(paths)) * 30 + 8)
