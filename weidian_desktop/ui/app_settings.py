"""What the app keeps in QSettings: window state, recent files and the last shop.

Everything about the shop itself lives in the shop file, so copying the file copies
the shop; only what belongs to this computer and this user is kept here. The UI
language is kept by ui/i18n.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    # Organisation and application names come from the QApplication (app.py sets them).
    return QSettings()


def recent_files() -> list[Path]:
    """Recently opened shop files that still exist, newest first."""
    raw = settings().value("recent_files", [])
    if isinstance(raw, str):  # QSettings gives a lone string for a one-item list
        raw = [raw]
    names = raw if isinstance(raw, list) else []
    return [Path(p) for p in names if Path(p).is_file()]


def add_recent_file(path: Path) -> None:
    """Put ``path`` first in the recent list and remember it as the last shop."""
    path = Path(path).resolve()
    paths = [str(path)] + [str(p) for p in recent_files() if p.resolve() != path]
    store = settings()
    store.setValue("recent_files", paths[:MAX_RECENT])
    store.setValue("last_shop", str(path))


def clear_recent_files() -> None:
    settings().setValue("recent_files", [])


def last_shop() -> Path | None:
    """The shop open when the app last closed, if it still exists."""
    value = settings().value("last_shop", "")
    path = Path(str(value)) if value else None
    return path if path is not None and path.is_file() else None


def forget_last_shop() -> None:
    # Closing a shop on purpose means "start on the welcome screen next time".
    settings().remove("last_shop")


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    """(geometry, state) saved by save_window_state, or None for a first start."""
    store = settings()
    return store.value("window/geometry"), store.value("window/state")


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    store = settings()
    store.setValue("window/geometry", geometry)
    store.setValue("window/state", state)

