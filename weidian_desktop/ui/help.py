"""The Help menu's two answers: the README as the app's help, and a problem report to paste."""

from __future__ import annotations

import importlib.metadata
import platform
import re
from pathlib import Path

import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .. import __version__
from . import i18n

_CHECKOUT_README = Path(__file__).resolve().parents[2] / "README.md"


def readme_text() -> str:
    """The README: from the source tree, else from the installed wheel's metadata."""
    if _CHECKOUT_README.is_file():
        return _CHECKOUT_README.read_text(encoding="utf-8")
    try:
        # The wheel carries the README as its long description (pyproject: readme).
        meta = importlib.metadata.metadata("weidian-desktop")
    except importlib.metadata.PackageNotFoundError:
        return ""
    return str(meta.get_payload() or "")  # type: ignore[attr-defined]


def help_markdown() -> str:
    """The README for reading in the app, without its screenshots.

    They are window-sized (wider than the help) and docs/ is not installed with the wheel.
    """
    text = _IMAGE.sub("", readme_text())
    # A table that only held screenshots would be left as empty cells under its headings.
    return _TABLE.sub(lambda m: m.group(0) if _has_cells(m.group(0)) else "", text)


_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_TABLE = re.compile(r"(?m)(?:^\|.*\|[ \t]*\n?)+")


def _has_cells(table: str) -> bool:
    rows = table.strip().splitlines()[2:]  # after the headings and the --- line
    return any(cell.strip() for row in rows for cell in row.strip().strip("|").split("|"))


def problem_report() -> str:
    """What a developer needs to know first: versions and system, no shop data, no paths."""
    app = QGuiApplication.instance()
    screen = QGuiApplication.primaryScreen() if app is not None else None
    size = (f"{screen.size().width()}×{screen.size().height()} @{screen.devicePixelRatio():g}x"
            if screen is not None else "none")
    return "\n".join([
        f"Weidian Desktop {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"PySide6 {PySide6.__version__}, Qt {qVersion()}",
        f"System: {platform.system()} {platform.release()} ({platform.platform()})",
        f"Display: {QGuiApplication.platformName() if app is not None else 'none'}, {size}",
        f"Language of the app: {i18n.current_language()}",
    ])


class HelpDialog(QDialog):
    """The README shown in a browser pane; links to the web open outside, nothing is fetched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weidian Desktop Help"))
        self.browser = QTextBrowser()
        # The README's links are to other files of the source tree or to the web: the web
        # ones open in the browser, the rest stay put (not a blank page).
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        text = help_markdown()
        if text:
            self.browser.setMarkdown(text)
        else:
            self.browser.setPlainText(self.tr("The help text is not installed with this copy "
                                              "of Weidian Desktop."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(860, 640)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
