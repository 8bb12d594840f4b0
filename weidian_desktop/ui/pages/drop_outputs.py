"""The Drops page's shortcuts to a drop's poster (PDF) and QR code (PNG), through media/."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ...core.shop import get_shop
from ...core.store import ShopStore
from ...core.urls import public_url
from ...media.posters import make_poster
from ...media.qr import qr_png

CAMPAIGN = "drop-qr"  # the ?src= tag orders from a drop's printed QR code carry


def ask_save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> str | None:
    """A save dialog; None when the seller cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return path or None


def _write(path: str, data: bytes) -> None:
    # Written beside the target and renamed, so a failure never leaves half a file.
    target = Path(path)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def save_poster(store: ShopStore, slug: str, path: str) -> None:
    """The drop's A4 poster (media/posters.py) as a PDF file."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a second or so of drawing
    try:
        _write(path, make_poster(store, "drop", slug))
    finally:
        QGuiApplication.restoreOverrideCursor()


def save_qr(store: ShopStore, slug: str, path: str) -> None:
    """A QR code of the drop's page (tagged drop-qr) as a PNG; needs the shop's web address."""
    _write(path, qr_png(public_url(get_shop(store), "drop", slug, campaign=CAMPAIGN)))
