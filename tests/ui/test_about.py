"""Help › About: the version, Qt's version, and the licences the app ships."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication

from weidian_desktop import __version__
from weidian_desktop.resources import licence_path
from weidian_desktop.ui.licences import LicencesDialog
from weidian_desktop.ui.main_window import create_main_window


def test_about_names_the_versions_and_opens_the_licences(qtbot) -> None:
    window = create_main_window(None)
    qtbot.addWidget(window)
    window.show()
    box = window.show_about()
    qtbot.waitExposed(box)
    assert __version__ in box.text() and qVersion() in box.text()
    assert PySide6.__version__ in box.text()
    licences = next(b for b in box.buttons() if "Licences" in b.text())
    licences.click()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, LicencesDialog) and w.isVisible())
    assert box.isVisible(), "the About box stays under the licences"
    text = dialog.text.toPlainText()
    assert text.startswith("MIT License") or "MIT" in text.splitlines()[0]
    for name in ("GNU LESSER GENERAL PUBLIC LICENSE", "Qt for Python", "Pillow", "reportlab",
                 "Babel", "Jinja2", "sqlite-utils", "DejaVu", "PYTHON SOFTWARE FOUNDATION"):
        assert name.lower() in text.lower(), name
    dialog.close()
    box.close()


def test_the_licence_files_are_found() -> None:
    assert licence_path("LICENSE").is_file()
    assert licence_path("THIRD-PARTY-NOTICES").is_file()
