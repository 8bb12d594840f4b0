"""The Drops page's shortcuts to a drop's poster (PDF) and QR code (PNG), through media/."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ...core.paths import write_file
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
    # One guard and one writer for every output (core/paths.py): never the shop file or
    # its log, written whole or not at all.
    write_file(path, data)


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
