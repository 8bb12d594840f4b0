"""Edit the hours buyers are online (shop settings), which suggest launch and publish times."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import ValidationError, WeidianError
from ...core.schedule import (
    OnlineHours,
    get_online_hours,
    set_online_hours,
    validate_online_hours,
    windows_on,
)
from ...core.shop import get_shop
from ...core.store import ShopStore
from ..undo import UndoCommand
from .drop_editor import COMMON_ZONES

_SPLIT = re.compile(r"[,;，；\n]+")
_DASH = re.compile(r"\s*[-–—~～]\s*")


def parse_windows(text: str) -> list[tuple[str, str]]:
    """``08:00-10:00, 13:00-14:00`` as windows; refuses a piece without a dash."""
    windows = []
    for piece in (p.strip() for p in _SPLIT.split(text)):
        if not piece:
            continue
        parts = _DASH.split(piece)
        if len(parts) != 2:
            raise ValidationError(QCoreApplication.translate(
                "OnlineHoursDialog", "{piece!r} is not a window like 08:00-10:00.").format(
                    piece=piece), field="online_hours")
        windows.append((parts[0], parts[1]))
    return windows


def format_windows(windows: list[tuple[str, str]]) -> str:
    return ", ".join(f"{a}-{b}" for a, b in windows)


class OnlineHoursCommand(UndoCommand):
    """Replace the shop's online hours (undo puts the previous ones back)."""

    def __init__(self, store: ShopStore, old: OnlineHours, new: OnlineHours,
                 changed: Callable[[], None]) -> None:
        super().__init__(QCoreApplication.translate("OnlineHoursDialog", "Change online hours"))
        self._store, self._old, self._new, self._changed = store, old, new, changed

    def apply(self) -> None:
        set_online_hours(self._store, self._new)
        self._changed()

    def revert(self) -> None:
        set_online_hours(self._store, self._old)
        self._changed()


class OnlineHoursDialog(QDialog):
    """The daily windows, on the clock they were written in, and how the shop's clock reads them."""

    def __init__(self, store: ShopStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hours buyers are online"))
        self.store = store
        hours = get_online_hours(store)
        self.windows = QLineEdit(format_windows(hours.windows))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(list(dict.fromkeys([hours.zone, *COMMON_ZONES])))
        self.zone.setCurrentText(hours.zone)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Windows"), self.windows)
        form.addRow(self.tr("On the clock of"), self.zone)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Launch and publish times are suggested at the start "
                                        "of each window.")))
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.windows.textChanged.connect(lambda *_: self.check())
        self.zone.currentTextChanged.connect(lambda *_: self.check())
        self.check()

    def hours(self) -> OnlineHours:
        return OnlineHours(parse_windows(self.windows.text()), self.zone.currentText().strip())

    def check(self) -> bool:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            validate_online_hours(self.hours())
        except WeidianError as exc:
            self.preview.setStyleSheet("color: #b02a30;")
            self.preview.setText(str(exc))
            ok.setEnabled(False)
            return False
        shop_zone = get_shop(self.store).timezone
        self.preview.setStyleSheet("")
        # Today's conversion of the hours as typed (daylight saving moves it twice a year).
        text = format_windows(converted(self.hours(), shop_zone))
        self.preview.setText(self.tr("On the shop's clock ({zone}) today: {windows}").format(
            zone=shop_zone, windows=text))
        ok.setEnabled(True)
        return True


def converted(hours: OnlineHours, zone: str) -> list[tuple[str, str]]:
    """Today's windows read on another clock."""
    day = datetime.now(ZoneInfo(hours.zone)).date()
    target = ZoneInfo(zone)
    return [(a.astimezone(target).strftime("%H:%M"), b.astimezone(target).strftime("%H:%M"))
            for a, b in windows_on(hours, day)]
