"""The licences window (Help › About › Licences…): the app's own and the third parties'."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..resources import licence_path


def licences_text() -> str:
    """LICENSE, then THIRD-PARTY-NOTICES (what the download or installation carries)."""
    parts = []
    for name in ("LICENSE", "THIRD-PARTY-NOTICES"):
        path = licence_path(name)
        if path.is_file():
            parts.append(path.read_text(encoding="utf-8", errors="replace").strip())
    return "\n\n\n".join(parts)


class LicencesDialog(QDialog):
    """The licence texts, read-only, in a fixed-width font (they are laid out in columns)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LicencesDialog")
        self.setWindowTitle(self.tr("Licences"))
        intro = QLabel(self.tr(
            "Weidian Desktop is free software under the MIT licence. It uses Qt under the "
            "GNU LGPL version 3: the Qt libraries are separate files in the app's folder, "
            "which you may replace with your own build of the same version. The licences of "
            "everything else it contains follow."))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(font)
        self.text.setPlainText(licences_text() or self.tr(
            "The licence files are missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
