"""QApplication start-up: the only place besides ui/ that touches Qt at import time."""

from __future__ import annotations

import sys


def run_app(shop: str | None = None) -> int:
    """Open the main window (on ``shop``, or the last shop) and run the event loop."""
    from PySide6.QtWidgets import QApplication

    from .ui.main_window import create_main_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Weidian Desktop")
    app.setOrganizationName("Weidian Desktop")
    window = create_main_window(shop)
    window.show()
    return app.exec()
