"""QApplication start-up: the only place besides ui/ that touches Qt at import time."""

from __future__ import annotations

import sys


def run_app(shop: str | None = None) -> int:
    """Open the main window (on ``shop``, or the last shop) and run the event loop."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from .ui.i18n import install_translators
    from .ui.main_window import create_main_window

    # The Export page's preview (QtWebEngine, imported later and only if installed) shares
    # OpenGL contexts with the window; without this, set before the app exists, Chromium's
    # GPU process fails to make its command buffer on X11.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Weidian Desktop")
    app.setOrganizationName("Weidian Desktop")
    # Widgets translate their texts when built, so the translators go in first.
    install_translators(app)
    window = create_main_window(shop)
    window.show()
    try:
        return app.exec()
    finally:
        from .media.ingest import shutdown_pool

        shutdown_pool()  # the photo workers would otherwise keep the process alive at quit
