"""Preferences dialog: the UI language (kept in QSettings, applied at a restart)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from . import i18n


def restart_command() -> tuple[str, list[str]]:
    """How this app was started, to start it again (the same shop opens: the last one)."""
    if getattr(sys, "frozen", False):  # a bundled app is its own executable
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "weidian_desktop", *sys.argv[1:]]


def start_detached(program: str, args: list[str]) -> bool:
    return bool(QProcess.startDetached(program, args)[0])


def quit_app() -> None:
    QCoreApplication.quit()


def restart_app() -> None:
    """Close the windows (the shop file is released and the window's place saved), start
    the app again, then quit this one."""
    QApplication.closeAllWindows()
    program, args = restart_command()
    if start_detached(program, args):
        quit_app()


class PreferencesDialog(QDialog):
    """Choose the UI language: System, 简体中文, Italiano, English or the pseudo-language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(380)  # the note reads in one or two lines, not a narrow column
        self.restart_box: QMessageBox | None = None
        self._was = i18n.saved_choice()
        self.language = QComboBox()
        for code, name in i18n.offered_languages():
            # Language names are written in their own language; the others are translated.
            self.language.addItem(QCoreApplication.translate("Preferences", name), code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.saved_choice())))
        form = QFormLayout()
        form.addRow(self.tr("Language of the app"), self.language)
        note = QLabel(self.tr("The new language is used once Weidian Desktop starts again."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """The code selected in the list ("" follows the system)."""
        return self.language.currentData() or ""

    def accept(self) -> None:
        """Save the choice and close; a new language offers to restart now."""
        i18n.save_choice(self.chosen_language())
        super().accept()
        if self.chosen_language() != self._was:
            self._offer_restart()

    def _offer_restart(self) -> None:
        # Widgets translate their texts when they are built: the whole app starts again.
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"), self.tr(
            "Weidian Desktop speaks the new language after a restart. Every change is already "
            "saved, and the shop opens again."), QMessageBox.StandardButton.NoButton,
            self.parentWidget())
        now = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        now.setObjectName("RestartNow")
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        now.clicked.connect(restart_app)
        self.restart_box = box
        box.open()


def show_preferences(parent: QWidget | None = None) -> bool:
    """Open the dialog modally; True when the seller pressed OK."""
    return PreferencesDialog(parent).exec() == QDialog.DialogCode.Accepted
