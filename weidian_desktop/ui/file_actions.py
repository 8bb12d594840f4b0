"""The File menu: New, Open, Open Recent, Save a Copy, Close, Quit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from ..core.store import SUFFIX, ShopStore
from .app_settings import clear_recent_files, recent_files
from .tasks import CancelFn, ProgressFn, TaskHandle, run_shop_task

if TYPE_CHECKING:
    from .main_window import MainWindow


class FileActions(QObject):
    """Builds the File menu of a main window and carries out its commands."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        keys = QKeySequence.StandardKey
        # Lambdas: triggered(bool) would otherwise land in the slots' first parameter.
        self.new = self._action(self.tr("&New Shop…"), keys.New, lambda: window.new_shop())
        self.open = self._action(self.tr("&Open…"), keys.Open, lambda: self.open_dialog())
        self.save_copy_action = self._action(self.tr("Save a &Copy…"), keys.SaveAs,
                                             lambda: self.save_copy())
        self.close = self._action(self.tr("&Close Shop"), keys.Close,
                                  lambda: window.close_shop())
        self.quit = self._action(self.tr("&Quit"), keys.Quit, QApplication.closeAllWindows)
        self.recent_menu = QMenu(self.tr("Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def _action(self, text: str, key: QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        return action

    def build_menu(self, menu: QMenu) -> None:
        menu.addAction(self.new)
        menu.addAction(self.open)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self.save_copy_action)
        menu.addSeparator()
        menu.addAction(self.close)
        menu.addAction(self.quit)
        self._fill_recent()

    def update_enabled(self, has_shop: bool) -> None:
        self.save_copy_action.setEnabled(has_shop)
        self.close.setEnabled(has_shop)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = recent_files()
        for n, path in enumerate(paths, 1):
            # "&1" makes the digit an accelerator, as desktop apps number recent files.
            action = self.recent_menu.addAction(f"&{n} {path.name.replace('&', '&&')}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.window.open_shop(p))
        if paths:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear Menu"), clear_recent_files)
        else:
            self.recent_menu.addAction(self.tr("No recent shops")).setEnabled(False)

    def open_dialog(self) -> None:
        start = str(recent_files()[0].parent) if recent_files() else ""
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a shop"), start,
            self.tr("Weidian shops (*.weidian);;All files (*)"))
        if name:
            self.window.open_shop(Path(name))

    def save_copy(self, target: Path | None = None) -> TaskHandle[Path] | None:
        """Write a consistent copy of the open shop (``target`` skips the dialog, for tests)."""
        store = self.window.store
        if store is None:
            return None
        if target is None:
            suggested = store.path.with_name(f"{store.path.stem} copy{SUFFIX}")
            name, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Save a copy of the shop"), str(suggested),
                self.tr("Weidian shops (*.weidian)"))
            if not name:
                return None
            target = Path(name)
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)

        def work(twin: ShopStore, progress: ProgressFn, cancel: CancelFn) -> Path:
            # On the shop worker: VACUUM INTO reads a consistent snapshot while the
            # window stays responsive on a large shop.
            return twin.save_copy(target)

        def done(path: Path) -> None:
            self.window.statusBar().showMessage(
                self.tr("Saved a copy as {0}").format(path.name), 8000)

        return run_shop_task(self.window, self.tr("Saving a copy…"), store, work, done)
