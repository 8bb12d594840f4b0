"""Menus and settings: Go menu texts, the Export shortcut, Help, restart, no pseudo-language."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton, QTextBrowser

from weidian_desktop import __version__
from weidian_desktop.ui import i18n
from weidian_desktop.ui.main_window import create_main_window
from weidian_desktop.ui.preferences import PreferencesDialog


@pytest.fixture
def window(qtbot, demo_copy: Path):
    made = create_main_window(str(demo_copy))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def menu(window, title: str):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def test_go_menu_shows_ampersands_and_export_has_a_shortcut(window) -> None:
    go = menu(window, "&Go")
    actions = {a.text().replace("&&", "&"): a for a in go.actions()}
    # An "&" in a page title is doubled, so Qt shows it instead of taking a mnemonic.
    texts = [a.text() for a in go.actions()]
    assert "Drops && coupons" in texts and "QR && posters" in texts
    assert "Drops & coupons" not in texts
    assert actions["Export"].shortcut() == QKeySequence("Ctrl+E")
    shortcuts = [a.shortcut() for a in go.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(s.toString() for s in shortcuts))  # no clash
    actions["Export"].trigger()
    assert window.view.current_key() == "export"


def test_help_menu_shows_the_readme_and_copies_a_problem_report(qtbot, window,
                                                                monkeypatch) -> None:
    help_menu = menu(window, "&Help")
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts[0] == "Weidian Desktop &Help"
    assert "&Report a problem…" in texts
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    next(a for a in help_menu.actions() if a.text() == "Weidian Desktop &Help").trigger()
    browser = window.help_dialog.findChild(QTextBrowser)
    assert window.help_dialog.isVisible()
    assert "Get started" in browser.toPlainText()  # a section of the README
    assert "The command line" in browser.toPlainText()
    next(a for a in help_menu.actions() if a.text() == "&Report a problem…").trigger()
    report = QGuiApplication.clipboard().text()
    assert f"Weidian Desktop {__version__}" in report
    assert f"Python {platform.python_version()}" in report
    assert platform.system() in report and "Qt " in report
    assert shown and "clipboard" in shown[-1]


def test_the_pseudo_language_is_for_developers_only(qtbot, monkeypatch) -> None:
    monkeypatch.delenv(i18n.DEVELOPER_ENV, raising=False)
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    codes = [dialog.language.itemData(n) for n in range(dialog.language.count())]
    assert i18n.PSEUDO not in codes and "zh_CN" in codes
    monkeypatch.setenv(i18n.DEVELOPER_ENV, "1")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    codes = [dialog.language.itemData(n) for n in range(dialog.language.count())]
    assert i18n.PSEUDO in codes


def test_a_language_change_offers_restart_now(qtbot, window, monkeypatch) -> None:
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr("weidian_desktop.ui.preferences.start_detached",
                        lambda program, args: started.append((program, args)) or True)
    quits: list[bool] = []
    monkeypatch.setattr("weidian_desktop.ui.preferences.quit_app", lambda: quits.append(True))
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    dialog.accept()
    restart = dialog.restart_box.findChild(QPushButton, "RestartNow")
    assert restart is not None and restart.text() == "Restart now"
    restart.click()
    assert started and started[0][0] == sys.executable
    assert started[0][1][:2] == ["-m", "weidian_desktop"]
    assert quits == [True]


def test_keeping_the_language_asks_nothing(qtbot, window) -> None:
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.accept()  # the same choice as before: nothing to restart for
    assert dialog.restart_box is None
