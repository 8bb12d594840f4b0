"""The Drops page's shortcuts to a drop's poster (PDF) and QR code (PNG).

The same path as the QR & posters page and the CLI (media/outputs.py): the choice is
checked and read here on the GUI thread, then drawn and written in a worker with
progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ...core.store import ShopStore
from ...media.outputs import OutputSpec, load_output, save_output
from ..tasks import TaskHandle, run_task

CAMPAIGN = "drop-qr"  # the ?src= tag orders from a drop's printed QR code carry


def ask_save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> str | None:
    """A save dialog; None when the seller cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return path or None


def poster_spec(slug: str) -> OutputSpec:
    """The drop's A4 poster."""
    return OutputSpec("drop", slug, "poster", size="A4")


def qr_spec(slug: str) -> OutputSpec:
    """A QR code of the drop's page, tagged so orders say they came from it."""
    return OutputSpec("drop", slug, "qr", campaign=CAMPAIGN)


def save_in_worker(parent: QWidget, store: ShopStore, spec: OutputSpec, path: str,
                   on_done: Callable[[list[Path]], None],
                   on_error: Callable[[BaseException], None]) -> TaskHandle[list[Path]]:
    """Check and read now (a refusal raises here), then draw and write in a worker."""
    loaded = load_output(store, spec)
    target = Path(path)

    def work(progress, cancel) -> list[Path]:
        return save_output(loaded, target, progress=progress, cancel=cancel)

    label = QCoreApplication.translate("DropsPage", "Saving {name}…").format(name=target.name)
    return run_task(parent, label, work, on_done, on_error)
