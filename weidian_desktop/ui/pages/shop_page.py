"""The Shop page: the shopfront's settings and channels, each change saved and undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError, WeidianError
from ...core.images import add_image, image_bytes
from ...core.shop import Channel, Shop, check_channel, get_shop, validate_shop_fields
from ...core.store import ShopStore
from ..channel_fields import ChannelFields, channel_label
from ..image_field import ImageField
from ..shop_fields import FIELD_STYLE, ColorField, CurrencyCombo, LanguagePicker, TimezoneCombo
from ..undo import push
from .shop_undo import ChannelsCommand, ShopFieldsCommand

CARD_STYLE = ("#ShopCard { background: palette(alternate-base); border: 1px solid palette(mid);"
              " border-radius: 10px; } #CardTitle { font-weight: 600; }")


class _TextBox(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when editing is finished (focus left)."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


def _card(title: str, form: QFormLayout) -> QFrame:
    card = QFrame()
    card.setObjectName("ShopCard")
    heading = QLabel(title)
    heading.setObjectName("CardTitle")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(20, 16, 20, 18)
    layout.setSpacing(12)
    layout.addWidget(heading)
    layout.addLayout(form)
    return card


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setVerticalSpacing(10)
    form.setHorizontalSpacing(16)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class ShopPage(QWidget):
    """Edit the shopfront later: name, look, languages, clock, address and contact channels."""

    statusMessage = Signal(str)

    def __init__(self, store: ShopStore, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShopPage")
        self.store = store
        self.undo_stack = undo_stack or QUndoStack(self)
        self.shop: Shop = get_shop(store)
        self.errors: dict[str, QLabel] = {}
        self._shown_images: tuple[str | None, str | None] | None = None
        self._build()
        self.setStyleSheet(FIELD_STYLE + CARD_STYLE)
        # Undo and redo change the file under the fields; show what the file now holds.
        self.undo_stack.indexChanged.connect(lambda _: self.refresh())
        self.refresh()

    # --- layout ------------------------------------------------------------------------
    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        error = QLabel()
        error.setObjectName("FieldError")
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(widget)
        layout.addWidget(error)
        return box

    def _build(self) -> None:
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.tagline = QLineEdit()
        self.about = _TextBox()
        self.about.setPlaceholderText(self.tr("Who you are and what you sell, for the shop's "
                                              "About section."))
        self.about.setFixedHeight(96)
        self.logo = ImageField(self.tr("Paste (Ctrl+V), drop or choose a square image."), 96)
        self.currency = CurrencyCombo()
        self.languages = LanguagePicker()
        self.color = ColorField()
        self.timezone = TimezoneCombo()
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText(self.tr("https://shop.example.com/ (optional)"))
        self.channels = ChannelFields()

        front = _form()
        front.addRow(self.tr("Shop name"), self._with_error("name", self.name))
        front.addRow(self.tr("Tagline"), self._with_error("tagline", self.tagline))
        front.addRow(self.tr("About"), self._with_error("about", self.about))
        front.addRow(self.tr("Logo"), self.logo)
        look = _form()
        look.addRow(self.tr("Currency"), self._with_error("currency", self.currency))
        look.addRow(self.tr("Shop languages"), self._with_error("languages", self.languages))
        look.addRow(self.tr("Theme colour"), self.color)
        look.addRow(self.tr("Time zone"), self._with_error("timezone", self.timezone))
        look.addRow(self.tr("Shop address"), self._with_error("base_url", self.base_url))
        reach = _form()
        reach.addRow(self.channels)
        self.channels_error = QLabel()
        self.channels_error.setObjectName("FieldError")
        self.channels_error.setWordWrap(True)
        self.channels_error.hide()
        reach.addRow(self.channels_error)

        title = QLabel(self.tr("Shop"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        hint = QLabel(self.tr("Every change is saved as you make it; Edit > Undo takes it "
                              "back."))
        hint.setObjectName("FieldHint")
        self.cards = [_card(self.tr("Shopfront"), front),
                      _card(self.tr("Prices, languages and look"), look),
                      _card(self.tr("How buyers reach you"), reach)]
        self.grid = grid = QGridLayout()
        grid.setSpacing(16)
        self.columns = 0
        self._arrange(2)
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(24, 20, 24, 24)
        outer.setSpacing(6)
        outer.addWidget(title)
        outer.addWidget(hint)
        outer.addSpacing(10)
        outer.addLayout(grid)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._connect()

    def _arrange(self, columns: int) -> None:
        """Two columns of cards when they fit side by side, else one (narrow window, long words)."""
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        front, look, reach = self.cards
        top = Qt.AlignmentFlag.AlignTop
        if columns == 2:
            self.grid.addWidget(front, 0, 0)
            self.grid.addWidget(look, 1, 0)
            self.grid.addWidget(reach, 0, 1, 2, 1, top)
        else:
            for row, card in enumerate((front, reach, look)):
                self.grid.addWidget(card, row, 0)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1 if columns == 2 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        need = sum(card.minimumSizeHint().width() for card in self.cards[1:]) + 16 + 48 + 20
        self._arrange(2 if event.size().width() >= need else 1)
        super().resizeEvent(event)

    def _connect(self) -> None:
        self.name.editingFinished.connect(
            lambda: self.change("name", self.name.text(), self.tr("Change shop name")))
        self.tagline.editingFinished.connect(
            lambda: self.change("tagline", self.tagline.text(), self.tr("Change tagline")))
        self.about.editingFinished.connect(
            lambda: self.change("about", self.about.toPlainText(), self.tr("Change About")))
        self.base_url.editingFinished.connect(
            lambda: self.change("base_url", self.base_url.text(),
                                self.tr("Change shop address")))
        self.currency.activated.connect(
            lambda _: self.change("currency", self.currency.code(),
                                  self.tr("Change currency")))
        self.timezone.activated.connect(
            lambda _: self.change("timezone", self.timezone.zone(), self.tr("Change time zone")))
        zone_edit = self.timezone.lineEdit()
        assert zone_edit is not None  # the combo is editable
        zone_edit.editingFinished.connect(
            lambda: self.change("timezone", self.timezone.zone(), self.tr("Change time zone")))
        self.color.colorChanged.connect(
            lambda colour: self.change("theme_color", colour, self.tr("Change theme colour")))
        self.languages.changed.connect(self._languages_changed)
        self.logo.imageChanged.connect(self._logo_changed)
        self.channels.edited.connect(self._channel_edited)
        for kind, edit in self.channels.edits.items():
            # A channel emptied on purpose is valid too (editingFinished fires for it).
            edit.editingFinished.connect(lambda k=kind: self._channel_emptied(k))
        self.channels.wechat_qr.imageChanged.connect(self._qr_changed)

    # --- edits -------------------------------------------------------------------------
    def _show_error(self, key: str, text: str) -> None:
        label = self.errors.get(key)
        if label is not None:
            label.setText(text)
            label.setVisible(bool(text))

    def change(self, key: str, value: Any, text: str) -> bool:
        """Push one undoable change of a shop setting, if it is valid and differs."""
        self._show_error(key, "")
        try:
            new = validate_shop_fields({key: value})[key]
        except ValidationError as exc:
            self._show_error(key, str(exc))
            return False
        old = getattr(self.shop, key)
        if new == old:
            return False
        try:
            push(self.undo_stack, ShopFieldsCommand(self.store, text, {key: old}, {key: new}))
        except WeidianError as exc:
            self._show_error(key, str(exc))
            return False
        if key == "currency":
            self.statusMessage.emit(self.tr("Prices keep their amounts; they are not "
                                            "converted to the new currency."))
        return True

    def _languages_changed(self) -> None:
        langs, default = self.languages.languages(), self.languages.default_language()
        if not langs:
            self._show_error("languages", self.tr("The shop needs at least one language."))
            return
        self._show_error("languages", "")
        old = {"languages": self.shop.languages, "default_language": self.shop.default_language}
        new = {"languages": langs, "default_language": default}
        if [default, *[t for t in langs if t != default]] != \
                [old["default_language"], *[t for t in old["languages"]
                                            if t != old["default_language"]]]:
            try:
                push(self.undo_stack, ShopFieldsCommand(
                    self.store, self.tr("Change shop languages"), old, new))
            except WeidianError as exc:
                self._show_error("languages", str(exc))

    def _logo_changed(self) -> None:
        prepared = self.logo.prepared
        new = add_image(self.store, prepared) if prepared is not None else None
        if new != self.shop.logo_hash:
            try:
                push(self.undo_stack, ShopFieldsCommand(
                    self.store, self.tr("Change logo"), {"logo_hash": self.shop.logo_hash},
                    {"logo_hash": new}))
            except WeidianError as exc:
                self.logo.show_error(str(exc))

    def _push_channels(self, new: list[Channel], text: str) -> None:
        self.channels_error.hide()
        if not new:
            self.channels_error.setText(self.tr("Add at least one contact channel: buyers "
                                                "send their orders there."))
            self.channels_error.show()
            return
        old = self.shop.channels
        if [(c.kind, c.value, c.qr_image_hash) for c in new] != \
                [(c.kind, c.value, c.qr_image_hash) for c in old]:
            try:
                push(self.undo_stack, ChannelsCommand(self.store, text, old, new))
            except WeidianError as exc:
                self.channels_error.setText(str(exc))
                self.channels_error.show()

    def _current_qr(self) -> str | None:
        return next((c.qr_image_hash for c in self.shop.channels if c.kind == "wechat"), None)

    def _channel_emptied(self, kind: str) -> None:
        if not self.channels.edits[kind].text().strip():
            self._channel_edited(kind)

    def _channel_edited(self, kind: str) -> None:
        if not self.channels.check_all():
            return  # another channel still shows its error: fix that first
        new = [Channel(c.kind, check_channel(c.kind, c.value), c.qr_image_hash)
               for c in self.channels.channels(self._current_qr())]
        self._push_channels(new, self.tr("Change {0}").format(channel_label(kind)))

    def _qr_changed(self) -> None:
        prepared = self.channels.wechat_qr.prepared
        qr = add_image(self.store, prepared) if prepared is not None else None
        if not any(c.kind == "wechat" for c in self.shop.channels):
            self.channels.wechat_qr.show_error(self.tr("Enter and save the WeChat ID first; "
                                                       "the QR code belongs to it."))
            return
        new = [Channel(c.kind, c.value, qr if c.kind == "wechat" else c.qr_image_hash)
               for c in self.shop.channels]
        self._push_channels(new, self.tr("Change WeChat QR"))

    # --- showing what the file holds ---------------------------------------------------
    def refresh(self) -> None:
        """Reload every field from the shop file (after undo/redo or a change elsewhere)."""
        self.shop = shop = get_shop(self.store)
        for edit, value in ((self.name, shop.name), (self.tagline, shop.tagline),
                            (self.base_url, shop.base_url)):
            if edit.text() != value:
                edit.setText(value)
        if self.about.toPlainText() != shop.about:
            self.about.setPlainText(shop.about)
        self.currency.set_code(shop.currency)
        self.languages.set_languages(shop.languages, shop.default_language)
        self.color.set_color(shop.theme_color)
        self.timezone.set_zone(shop.timezone)
        self.channels.set_channels(shop.channels)
        # Every edit anywhere refreshes this page; decode the images only when they change.
        shown = (shop.logo_hash, self._current_qr())
        if shown != self._shown_images:
            self._shown_images = shown
            for field, digest in ((self.logo, shown[0]), (self.channels.wechat_qr, shown[1])):
                field.show_data(image_bytes(self.store, digest) if digest else None)
        for label in (*self.errors.values(), self.channels_error):
            label.hide()
