"""The welcome screen shown when no shop is open: new shop, open, the demo, recent files."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .app_settings import recent_files
from .theme import icon


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
        card.setMaximumWidth(620)
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

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.new_button = self._big_button("new", self.tr("New shop…"),
                                           self.tr("Register a shopfront"), self.newRequested)
        self.open_button = self._big_button("open", self.tr("Open…"),
                                            self.tr("A .weidian shop file"), self.openRequested)
        self.demo_button = self._big_button("demo", self.tr("Open the demo shop"),
                                            self.tr("Look around first"), self.demoRequested)
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)

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
        inner.setContentsMargins(36, 32, 36, 32)
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
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setStyleSheet(
            "#WelcomeCard { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 12px; }"
            "#WelcomeIntro { color: palette(placeholder-text); }"
            "#WelcomeSection { font-weight: 600; }"
            "#WelcomeCard QToolButton { border: 1px solid palette(mid); border-radius: 8px;"
            " padding: 12px 8px; background: palette(window); }"
            "#WelcomeCard QToolButton:hover { border-color: palette(highlight); }")
        self.refresh()

    def _big_button(self, icon_name: str, text: str, hint: str, signal: Signal) -> QToolButton:
        button = QToolButton()
        button.setText(f"{text}\n{hint}")
        button.setIcon(icon(icon_name, 32))
        button.setIconSize(QSize(32, 32))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setMinimumSize(QSize(160, 104))
        button.clicked.connect(signal.emit)
        return button

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
