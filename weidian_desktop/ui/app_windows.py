"""The app's windows: one per open shop, and where shops handed over by later launches go."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from .dev_switches import schedule_ready_report, schedule_walk
from .main_window import MainWindow, create_main_window


class AppWindows(QObject):
    """Keeps the open windows; opens a requested shop where it is, or in a window of its own.

    A shop is open in one window at most (its file is locked by the one store that has it),
    so a request for a shop already open brings that window to the front.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.windows: list[MainWindow] = []
        # macOS hands a file opened in Finder to the running app as an event, not argv.
        app.installEventFilter(self)

    def open_first(self, shop: str | None) -> MainWindow:
        """The window of the app's start: on ``shop``, else the last shop, else welcome."""
        window = cast(MainWindow, create_main_window(shop))
        self._keep(window)
        window.show()
        schedule_walk(window)  # each only when its developer switch asks for it
        schedule_ready_report(window)
        return window

    def open_request(self, path: str | None) -> MainWindow | None:
        """Open ``path`` (None: just show the app) as a later launch asked."""
        if path is None:
            window = self._front()
            if window is None:
                return self.open_first(None)
            self._raise(window)
            return window
        target = Path(path)
        for window in self.windows:
            if window.store is not None and _same_file(window.store.path, target):
                window.statusBar().showMessage(QCoreApplication.translate(
                    "AppWindows", "{0} is open in this window.").format(target.name), 5000)
                self._raise(window)
                return window
        window = self._front()
        if window is None or window.store is not None:
            window = MainWindow()  # the shop open there stays open in its own window
            self._keep(window)
            window.show()
        window.open_shop(target)  # a refusal (damaged, in use…) is said in that window
        self._raise(window)
        return window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.open_request(event.file())
                return True
        return super().eventFilter(watched, event)

    # --- windows --------------------------------------------------------------------------
    def _keep(self, window: MainWindow) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows.append(window)
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))

    def _forget(self, window: MainWindow) -> None:
        self.windows = [w for w in self.windows if w is not window]

    def _front(self) -> MainWindow | None:
        """The window the seller used last (the active one, else the newest shown)."""
        active = QApplication.activeWindow()
        for window in self.windows:
            if window is active:
                return window
        shown = [w for w in self.windows if w.isVisible()]
        return shown[-1] if shown else None

    @staticmethod
    def _raise(window: MainWindow) -> None:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (b.exists() and a.samefile(b))
    except OSError:
        return False
