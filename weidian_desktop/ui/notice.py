"""The coloured line a page shows above its table: what just happened, or what went wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

COLORS = {"ok": "#e8f5e9", "warn": "#fff3cd", "error": "#fdecea"}


class Notice(QLabel):
    """Plain text (it may quote a buyer's message or a supplier's titles), wrapped, hidden
    until ``tell()``; selectable, so a refused line can be copied."""

    def __init__(self, parent: QWidget | None = None, *, kind: str = "ok") -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(8, 6, 8, 6)  # margins, not CSS padding: wraps correctly
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.set_kind(kind)
        self.hide()

    def set_kind(self, kind: str) -> None:
        """Colour the line as good news (ok), something to check (warn) or a refusal (error)."""
        self.setStyleSheet(f"background:{COLORS[kind]};border-radius:3px;color:#222")

    def tell(self, text: str, kind: str = "ok") -> None:
        """Show ``text`` in the colour of ``kind``, with room for every wrapped line."""
        self.setText(text)
        self.set_kind(kind)
        self.show()
        # A wrapped label does not ask its layout for more lines by itself.
        page = self.parentWidget()
        width = max(200, (page.width() if page is not None else self.width()) - 24)
        self.setMinimumHeight(self.heightForWidth(width))
