"""QApplication start-up: the only place besides ui/ that touches Qt at import time."""

from __future__ import annotations

import sys
from typing import cast

from . import APP_ID


def run_app(shop: str | None = None) -> int:
    """Open the main window (on ``shop``, or the last shop) and run the event loop.

    When the app already runs for this user, the shop is handed to it and this launch ends
    at once (a double-click on a shop file in the file manager while the app is open).
    """
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .resources import resource_path
    from .ui import single_instance
    from .ui.app_windows import AppWindows
    from .ui.fonts import ensure_chinese_font
    from .ui.i18n import install_translators

    # The Export page's preview (QtWebEngine, imported later and only if installed) shares
    # OpenGL contexts with the window; without this, set before the app exists, Chromium's
    # GPU process fails to make its command buffer on X11.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Weidian Desktop")
    app.setOrganizationName("Weidian Desktop")
    # The desktop entry's name: Wayland and X11 match the window to its icon by it.
    app.setDesktopFileName(APP_ID)
    windows = AppWindows(app)
    server = single_instance.start(windows.open_request, app, shop)
    if server is None:
        return 0  # the running app took the shop
    # The window's icon where no desktop entry gives one (started from the unpacked folder).
    app.setWindowIcon(QIcon(str(resource_path("icons", "app", f"{APP_ID}.svg"))))
    ensure_chinese_font()  # on a system without one, Chinese would show as boxes
    # Widgets translate their texts when built, so the translators go in first.
    install_translators(app)
    windows.open_first(shop)
    try:
        return app.exec()
    finally:
        server.close()
        from .media.ingest import shutdown_pool

        shutdown_pool()  # the photo workers would otherwise keep the process alive at quit
