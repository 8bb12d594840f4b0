"""Preferences dialog: the UI language (kept in QSettings, applied at the next start)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from . import i18n


class PreferencesDialog(QDialog):
    """Choose the UI language: System, 简体中文, Italiano, English or the pseudo-language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(380)  # the note reads in one or two lines, not a narrow column
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES:
            # Language names are written in their own language; the others are translated.
            self.language.addItem(QCoreApplication.translate("Preferences", name), code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.saved_choice())))
        form = QFormLayout()
        form.addRow(self.tr("Language of the app"), self.language)
        note = QLabel(self.tr("The new language is used the next time you open Weidian Desktop."))
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
        """Save the choice, then close."""
        i18n.save_choice(self.chosen_language())
        super().accept()


def show_preferences(parent: QWidget | None = None) -> bool:
    """Open the dialog modally; True when the seller pressed OK."""
    return PreferencesDialog(parent).exec() == QDialog.DialogCode.Accepted
