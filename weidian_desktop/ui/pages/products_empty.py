"""An empty shop's first steps: import a supplier's stocklist, add a product, or the demo."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..welcome import CARD_MARGIN, CARD_STYLE, CARD_WIDTH, ActionCard


class EmptyShop(QWidget):
    """Shown on the Products page while the shop has no product: what to do first."""

    importRequested = Signal()
    addRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmptyShop")
        card = QFrame()
        card.setObjectName("WelcomeCard")
        card.setFixedWidth(CARD_WIDTH)  # the wrapped texts then ask for the height they need
        title = QLabel(self.tr("Your shop has no products yet"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setWordWrap(True)
        intro = QLabel(self.tr("Start from a supplier's catalogue, or type a product in "
                               "yourself. Not sure yet? The demo shop shows a finished one."))
        intro.setObjectName("WelcomeIntro")
        intro.setWordWrap(True)
        intro.setMinimumHeight(intro.heightForWidth(CARD_WIDTH - 2 * CARD_MARGIN) + 4)
        self.import_card = ActionCard("stocklists", self.tr("Import a stocklist"), self.tr(
            "A supplier's CSV, Shopify, WooCommerce or Merchant file"))
        self.add_card = ActionCard("products", self.tr("Add a product"),
                                   self.tr("Type it in and paste its photos"))
        self.demo_card = ActionCard("demo", self.tr("Open the demo shop"),
                                    self.tr("Look around a finished shop first"))
        self.import_card.clicked.connect(self.importRequested)
        self.add_card.clicked.connect(self.addRequested)
        self.demo_card.clicked.connect(self.demoRequested)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for action in (self.import_card, self.add_card, self.demo_card):
            cards.addWidget(action, 1)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(CARD_MARGIN, 28, CARD_MARGIN, 28)
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(6)
        inner.addLayout(cards)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setStyleSheet(CARD_STYLE)

    def cards(self) -> list[ActionCard]:
        return [self.import_card, self.add_card, self.demo_card]
