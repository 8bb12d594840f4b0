"""Shop setting inputs shared by the wizard and the Shop page: currency, languages, colour, zone."""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import available_timezones

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from PySide6.QtCore import QLocale, Qt, QTimeZone, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.colors import contrast_ratio, white_text_readable
from ..core.regions import suggest_currency
from ..resources import translations_dir
from .i18n import current_language

# Shown first: the currencies of the sellers this app is made for.
COMMON_CURRENCIES = ("CNY", "HKD", "TWD", "MOP", "USD", "EUR", "GBP", "JPY", "KRW", "SGD",
                     "AUD", "CAD")
FIELD_STYLE = ("#FieldError { color: #d1242f; } "
               "#FieldHint { color: palette(placeholder-text); }")


def compact(combo: QComboBox, chars: int = 18) -> QComboBox:
    """Size a combo by a typical entry, not by its longest one (a currency name can be long)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def ui_locale() -> Locale:
    """The Babel locale matching the UI (names of currencies and languages in it)."""
    try:
        return Locale.parse(QLocale().name())
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


@lru_cache(maxsize=1)
def current_currencies() -> tuple[str, ...]:
    """ISO 4217 codes legal tender somewhere today (Babel's territory data, no history)."""
    codes = {code for entries in get_global("territory_currencies").values()
             for code, _start, end, tender in entries if end is None and tender}
    return tuple(sorted(codes))


def shop_languages() -> list[str]:
    """Languages the exported shop has words for (one catalogue each in translations/shop)."""
    tags = [p.stem for p in (translations_dir() / "shop").glob("*.json")]
    # Chinese first: the buyers this app is made for read it; then alphabetical.
    return sorted(tags, key=lambda t: (not t.startswith("zh"), t)) or ["zh-CN", "en", "it"]


# Babel's own name for zh-CN is "中文 (简体, 中国)"; sellers call it this.
NATIVE_NAMES = {"zh-CN": "简体中文", "zh-TW": "繁體中文", "zh-HK": "繁體中文（香港）"}


def language_name(tag: str) -> str:
    """'简体中文 — Chinese': the language's own name, then the UI's name for it if different."""
    try:
        locale = Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return tag
    own = NATIVE_NAMES.get(tag) or (locale.get_language_name(locale) or tag).capitalize()
    ui = ui_locale()
    if ui.language == locale.language:  # "简体中文 — 中文" would say it twice
        return own
    seen = (locale.get_language_name(ui) or tag).capitalize()
    return own if own.casefold() == seen.casefold() else f"{own} — {seen}"


def default_currency(zone: str | None = None) -> str:
    """A new shop's currency: the app's language and the shop's clock decide (Chinese and
    Asia/Shanghai: CNY; Italian: EUR), else the system's, else CNY."""
    suggested = suggest_currency(current_language(), zone or default_timezone())
    if suggested in current_currencies():
        return suggested
    code = QLocale.system().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if code in current_currencies() else "CNY"


def default_timezone() -> str:
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode(errors="ignore")
    # Etc/UTC and the like usually mean an unconfigured machine, not the seller's clock.
    usable = name in available_timezones() and "/" in name and not name.startswith("Etc/")
    return name if usable else "Asia/Shanghai"


class CurrencyCombo(QComboBox):
    """ISO 4217 codes with their names in the UI language; common ones first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = ui_locale().currencies
        codes = current_currencies()
        for code in [c for c in COMMON_CURRENCIES if c in codes]:
            self.addItem(f"{code} — {names.get(code, code)}", code)
        self.insertSeparator(self.count())
        for code in codes:
            self.addItem(f"{code} — {names.get(code, code)}", code)
        self.setMaxVisibleItems(16)
        compact(self)
        self.set_code(default_currency())

    def code(self) -> str:
        return str(self.currentData())

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index < 0:  # an old shop's currency no longer in use: still show it
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)


class TimezoneCombo(QComboBox):
    """Every IANA time zone, searchable by any part of its name ("Shang", "Rome")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(z for z in available_timezones()
                       if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/")))
        self.addItems([*zones, "UTC"])
        completer = QCompleter(zones, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setMaxVisibleItems(16)
        compact(self)
        self.set_zone(default_timezone())

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, name: str) -> None:
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)


class LanguagePicker(QWidget):
    """The shop's languages (checkable) and which one is the default."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        for tag in shop_languages():
            item = QListWidgetItem(language_name(tag))
            item.setData(Qt.ItemDataRole.UserRole, tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setSpacing(2)  # checkboxes a little apart are easier to hit
        rows = self.list.count()
        self.list.setFixedHeight((self.list.sizeHintForRow(0) + 4) * rows
                                 + 2 * self.list.frameWidth() + 4)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.default = compact(QComboBox())
        self.list.itemChanged.connect(self._checks_changed)
        self.default.activated.connect(lambda _: self.changed.emit())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Default:")))
        row.addWidget(self.default, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.set_languages(["zh-CN"], "zh-CN")

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(n) for n in range(self.list.count())]

    def languages(self) -> list[str]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self._items()
                if i.checkState() == Qt.CheckState.Checked]

    def default_language(self) -> str:
        return str(self.default.currentData() or "")

    def set_languages(self, tags: list[str], default: str) -> None:
        self.list.blockSignals(True)
        for item in self._items():
            tag = item.data(Qt.ItemDataRole.UserRole)
            checked = tag in tags or tag == default
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._fill_default(default)

    def _fill_default(self, default: str) -> None:
        self.default.blockSignals(True)
        self.default.clear()
        for tag in self.languages():
            self.default.addItem(language_name(tag), tag)
        index = self.default.findData(default)
        self.default.setCurrentIndex(max(index, 0))
        self.default.blockSignals(False)

    def _checks_changed(self, _item: QListWidgetItem) -> None:
        self._fill_default(self.default_language())
        self.changed.emit()


class ColorField(QWidget):
    """The theme colour: a swatch to pick it, a sample of the shop's button, a contrast warning."""

    colorChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = "#c0392b"
        self.button = QPushButton(self.tr("Choose…"))
        self.button.clicked.connect(lambda: self.choose())
        self.code = QLabel()
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sample = QLabel(self.tr("Order on WeChat"))
        self.sample.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sample.setMinimumWidth(150)
        # The sample shows the whole button label; the colour code and button may move.
        self.sample.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.warning = QLabel()
        self.warning.setObjectName("FieldError")
        self.warning.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.sample)
        row.addWidget(self.code)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        self.set_color(self._colour)

    def color(self) -> str:
        return self._colour

    def set_color(self, colour: str) -> None:
        self._colour = colour.lower()
        self.code.setText(self._colour)
        # The sample is the exported shop's order button: white text on the colour.
        self.sample.setStyleSheet(f"background: {self._colour}; color: white; font-weight: 600;"
                                  " border-radius: 6px; padding: 7px 14px;")
        readable = white_text_readable(self._colour)
        self.warning.setText("" if readable else self.tr(
            "White text on this colour is hard to read (contrast {0:.1f}:1, 4.5:1 is needed); "
            "choose a darker colour.").format(contrast_ratio("#ffffff", self._colour)))
        self.warning.setVisible(not readable)

    def choose(self, colour: str | None = None) -> None:
        """Pick a colour in QColorDialog (``colour`` skips the dialog, for tests)."""
        if colour is None:
            picked = QColorDialog.getColor(QColor(self._colour), self,
                                           self.tr("Theme colour"))
            if not picked.isValid():
                return
            colour = picked.name()
        if colour.lower() != self._colour:
            self.set_color(colour)
            self.colorChanged.emit(self._colour)
