""""Register a shopfront": the wizard that makes a new shop file (first start, File > New)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.errors import ValidationError, WeidianError
from ..core.shopfront import Shopfront, create_shopfront, validate_shopfront
from ..core.store import SUFFIX
from .channel_fields import ChannelFields
from .image_field import ImageField
from .shop_fields import (
    FIELD_STYLE,
    ColorField,
    CurrencyCombo,
    LanguagePicker,
    TimezoneCombo,
    default_currency,
)
from .theme import icon


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setVerticalSpacing(12)
    form.setHorizontalSpacing(16)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _set_form(page: QWizardPage, form: QFormLayout) -> None:
    # The form keeps its natural height; the rest of the page stays empty below it.
    layout = QVBoxLayout(page)
    layout.addLayout(form)
    layout.addStretch(1)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("FieldError")
    label.setWordWrap(True)
    label.hide()
    return label


class ShopfrontPage(QWizardPage):
    """Name, tagline and logo: what a buyer sees first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your shopfront"))
        self.setSubTitle(self.tr("What buyers see first. You can change all of it later "
                                 "on the Shop page."))
        self.name = QLineEdit()
        self.name.setObjectName("shop_name")
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(self.tr("e.g. 小满杂货铺 Xiaoman Goods"))
        self.tagline = QLineEdit()
        self.tagline.setObjectName("shop_tagline")
        self.tagline.setPlaceholderText(self.tr("e.g. Small-batch goods, new every week"))
        self.logo = ImageField(self.tr("Square works best. Paste it (Ctrl+V), drop it here "
                                       "or choose a file."), 112)
        self.registerField("name*", self.name)  # "*": Next stays off until it has a name
        form = _form()
        form.addRow(self.tr("Shop name"), self.name)
        form.addRow(self.tr("Tagline"), self.tagline)
        form.addRow(self.tr("Logo"), self.logo)
        _set_form(self, form)


class LookPage(QWizardPage):
    """Currency, languages, theme colour and the shop's clock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Prices, languages and look"))
        self.setSubTitle(self.tr("The currency of your prices, the languages of your shop "
                                 "and its colour."))
        self.currency = CurrencyCombo()
        self.languages = LanguagePicker()
        self.languages.set_languages(["zh-CN", "en"], "zh-CN")
        self.languages.changed.connect(self.completeChanged)
        self.color = ColorField()
        self.timezone = TimezoneCombo()
        self.timezone.setToolTip(self.tr("Drops open and close, and posts are published, "
                                         "on this clock."))
        self.currency.set_code(default_currency(self.timezone.zone()))
        # Until the seller picks a currency, it follows the clock (Europe/Rome: EUR).
        self._currency_chosen = False
        self.currency.activated.connect(lambda _: setattr(self, "_currency_chosen", True))
        self.timezone.currentTextChanged.connect(self._zone_changed)
        form = _form()
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("Shop languages"), self.languages)
        form.addRow(self.tr("Time zone"), self.timezone)
        # Last: its contrast warning may take two lines, and nothing below it moves.
        form.addRow(self.tr("Theme colour"), self.color)
        _set_form(self, form)

    def isComplete(self) -> bool:
        return bool(self.languages.languages())

    def _zone_changed(self, zone: str) -> None:
        if not self._currency_chosen:
            self.currency.set_code(default_currency(zone.strip()))


class ChannelsPage(QWizardPage):
    """The channels buyers send their orders through; at least one."""

    fieldsEdited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("How buyers reach you"))
        self.setSubTitle(self.tr("Buyers send their orders through these channels. "
                                 "Fill in at least one."))
        self.channels = ChannelFields()
        for edit in self.channels.edits.values():
            edit.textChanged.connect(self.completeChanged)
            edit.textChanged.connect(lambda _text: self.fieldsEdited.emit())
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.channels)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        return self.channels.filled()

    def validatePage(self) -> bool:
        return self.channels.check_all()


class ShopWizard(QWizard):
    """Asks for the shopfront, then a file name, and writes the new shop (all or nothing)."""

    created = Signal(object)  # the Path of the new shop file

    def __init__(self, parent: QWidget | None = None, target_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a shopfront"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setStyleSheet(FIELD_STYLE)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("shop", 40).pixmap(40, 40))
        self.target_path = target_path  # tests (and callers that know) skip the dialog
        self.created_path: Path | None = None
        self.front_page = ShopfrontPage()
        self.look_page = LookPage()
        self.channels_page = ChannelsPage()
        for page in (self.front_page, self.look_page, self.channels_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create shop…"))
        # The sentence under the channels is judged again as fields change: it never
        # stays once everything is right.
        self.channels_page.fieldsEdited.connect(self._recheck)
        self.currentIdChanged.connect(lambda _id: self._recheck())
        self.resize(760, 640)

    def shopfront(self, wait: bool = True) -> Shopfront:
        """What the pages hold, as the core's Shopfront (images once prepared, if ``wait``)."""
        front, look = self.front_page, self.look_page
        for field in (front.logo, self.channels_page.channels.wechat_qr):
            if wait and field.last_task is not None and not field.last_task.done:
                field.last_task.wait()  # an image still being prepared
        return Shopfront(
            name=front.name.text(), tagline=front.tagline.text(),
            currency=look.currency.code(),
            default_language=look.languages.default_language(),
            languages=look.languages.languages(), theme_color=look.color.color(),
            timezone=look.timezone.zone(), channels=self.channels_page.channels.channels(),
            logo=front.logo.prepared, wechat_qr=self.channels_page.channels.wechat_qr.prepared)

    def _ask_path(self, name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        # The shop's own name (Chinese included) makes the best file name; only the
        # characters file systems refuse are dropped.
        stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "", name).strip(" .") or "shop"
        suggested = Path(folder) / f"{stem}{SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the new shop as"), str(suggested),
            self.tr("Weidian shops (*.weidian)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)

    def _recheck(self) -> None:
        if self.channels_page.error.isHidden():
            return
        try:
            validate_shopfront(self.shopfront(wait=False))
        except ValidationError as exc:
            self.channels_page.error.setText(str(exc))
            return
        self.channels_page.error.hide()

    def accept(self) -> None:
        try:  # every field, before a file name is asked for
            validate_shopfront(self.shopfront(wait=False))
        except ValidationError as exc:
            self._show_error(str(exc), exc.field)
            return
        front = self.shopfront()
        path = self.target_path or self._ask_path(front.name)
        if path is None:
            return  # the save dialog was cancelled: stay in the wizard
        try:
            create_shopfront(path, front)
        except ValidationError as exc:
            self._show_error(str(exc), exc.field)
            return
        except (WeidianError, OSError) as exc:  # file exists, folder gone, disk full…
            self._show_error(str(exc), None)
            return
        self.created_path = path
        super().accept()
        self.created.emit(path)

    def _show_error(self, text: str, field: str | None) -> None:
        page = self.channels_page
        if field in page.channels.errors:
            page.channels.check_all()
        page.error.setText(text)
        page.error.show()
