"""The main window: the open shop's pages (or the welcome screen), menus, title, status."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from .. import __version__
from ..core.errors import WeidianError
from ..core.i18n import set_money_language
from ..core.shop import get_shop
from ..core.store import SUFFIX, ShopStore
from . import app_settings
from .file_actions import FileActions
from .preferences import show_preferences
from .shop_view import ShopView
from .tasks import CancelFn, ProgressFn, TaskHandle, cancel_all, run_task
from .theme import apply_theme
from .welcome import WelcomeScreen

DEFAULT_PAGES = ("products", "shop")  # the first one present opens with a shop
# Every page is laid out to fit this in every language (tests/ui/test_layout_fit.py).
MINIMUM_SIZE = (1024, 640)


class MainWindow(QMainWindow):
    """One window on one shop file at a time; every edit is saved as it is made."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.store: ShopStore | None = None
        self.view: ShopView | None = None
        self.last_message = ""  # the last sentence shown in a message box (tests read it)
        self.help_dialog: QDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(lambda _: self.update_title())
        self.undo_stack.cleanChanged.connect(lambda _: self.update_title())
        self.central = QStackedWidget()
        self.welcome = WelcomeScreen()
        self.welcome.newRequested.connect(self.new_shop)
        self.welcome.openRequested.connect(self._open_dialog)
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.recentRequested.connect(lambda p: self.open_shop(Path(p)))
        self.central.addWidget(self.welcome)
        self.setCentralWidget(self.central)
        self.files = FileActions(self)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.setMinimumSize(*MINIMUM_SIZE)
        geometry, state = app_settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        if state is not None:
            self.restoreState(state)
        self._show_shop(None)

    def _build_menus(self) -> None:
        self.files.build_menu(self.menuBar().addMenu(self.tr("&File")))
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        # createUndoAction names the action in the menu ("Undo Change tagline").
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()  # Preferences: the UI language
        preferences = QAction(self.tr("&Preferences…"), self)
        preferences.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(lambda: show_preferences(self))
        edit.addAction(preferences)
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        manual = QAction(self.tr("Weidian Desktop &Help"), self)
        manual.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        manual.triggered.connect(self.show_help)
        report = QAction(self.tr("&Report a problem…"), self)
        report.setStatusTip(self.tr("Copy the version and system details to paste into a "
                                    "report"))
        report.triggered.connect(self.report_problem)
        about = QAction(self.tr("&About Weidian Desktop"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(manual)
        help_menu.addAction(report)
        help_menu.addSeparator()
        help_menu.addAction(about)

    def _fill_go_menu(self) -> None:
        self.go_menu.clear()
        if self.view is None:
            self.go_menu.setEnabled(False)
            return
        self.go_menu.setEnabled(True)
        for n, spec in enumerate(self.view.specs, 1):
            action = self.go_menu.addAction(spec.menu_text())
            if spec.shortcut or n <= 9:
                action.setShortcut(QKeySequence(spec.shortcut or f"Ctrl+{n}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.view.show_page(key))

    # --- the open shop -----------------------------------------------------------------
    def open_shop(self, path: Path | str) -> bool:
        """Open ``path`` in this window (closing the shop shown); False if it was refused."""
        path = Path(path)
        if self.store is not None and self.store.path.resolve() == path.resolve():
            return True
        try:
            store = ShopStore.open(path)
        except WeidianError as exc:  # in use, damaged, too new…: the store's one sentence
            self.show_message(str(exc))
            return False
        self.close_shop(forget=False)
        self.store = store
        app_settings.add_recent_file(path)
        self._show_shop(store)
        self.statusBar().showMessage(self.tr("Opened {0}").format(path.name), 5000)
        return True

    def close_shop(self, forget: bool = True) -> None:
        """Close the open shop (every edit is already saved) and show the welcome screen."""
        if self.store is None:
            return
        self.undo_stack.clear()  # its commands refer to the store being closed
        store, self.store = self.store, None
        self._show_shop(None)
        store.close()
        self.statusBar().showMessage(self.tr("Closed {0}; every change was saved.")
                                     .format(store.path.name), 5000)
        if forget:
            app_settings.forget_last_shop()

    def _show_shop(self, store: ShopStore | None) -> None:
        if self.view is not None:
            self.central.removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
        # amounts in the core's sentences as the tables write them: in the shop's language
        set_money_language(get_shop(store).default_language if store is not None else None)
        if store is not None:
            self.view = ShopView(store, self.undo_stack, self)
            self.view.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
            self.view.demoRequested.connect(lambda: self.open_demo())
            self.central.addWidget(self.view)
            self.central.setCurrentWidget(self.view)
            keys = self.view.keys()
            first = next((k for k in DEFAULT_PAGES if k in keys), keys[0] if keys else None)
            if first is not None:
                self.view.show_page(first)
        else:
            self.welcome.refresh()
            self.central.setCurrentWidget(self.welcome)
        self.files.update_enabled(store is not None)
        self._fill_go_menu()
        self.update_title()

    def update_title(self) -> None:
        """"Shop name — file.weidian", kept current as the name is edited."""
        if self.store is None:
            self.setWindowTitle(self.tr("Weidian Desktop"))
            self.setWindowFilePath("")
            return
        name = get_shop(self.store).name
        self.setWindowFilePath(str(self.store.path))
        self.setWindowTitle(self.tr("{0} — {1}").format(name, self.store.path.name))

    # --- commands ----------------------------------------------------------------------
    def new_shop(self, path: Path | None = None) -> None:
        """Register a shopfront in the wizard and open the new shop file."""
        from .wizard import ShopWizard  # late: only needed when a shop is made

        wizard = ShopWizard(self, target_path=path)
        wizard.created.connect(self.open_shop)
        wizard.open()

    def _open_dialog(self) -> None:
        self.files.open_dialog()

    def open_demo(self, path: Path | None = None) -> TaskHandle[Path] | None:
        """Open the bundled demo shop, writing it first if this user has none yet."""
        if path is None:
            folder = Path(QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.AppDataLocation))
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / "demo.weidian"
        if path.exists():
            self.open_shop(path)
            return None

        def work(progress: ProgressFn, cancel: CancelFn) -> Path:
            from ..demo import build_demo

            return build_demo(path)

        # A shop file is written: on the shop worker, so a second click waits its turn.
        return run_task(self, self.tr("Writing the demo shop…"), work, self.open_shop,
                        shop_file=True)

    def show_message(self, text: str) -> None:
        """One sentence in a window-modal box (it does not block the event loop)."""
        self.last_message = text
        self.statusBar().showMessage(text, 8000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Weidian Desktop"), text,
                          QMessageBox.StandardButton.Ok, self)
        # A box opened before the window is shown would appear on its own; wait a turn.
        QTimer.singleShot(0, box.open)

    def show_help(self) -> None:
        """The README, the app's help, in a window of its own (non-modal)."""
        from .help import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        self.help_dialog.show()
        self.help_dialog.raise_()

    def report_problem(self) -> None:
        """Copy what a report needs first (versions, system) and say where it went."""
        from .help import problem_report

        QGuiApplication.clipboard().setText(problem_report())
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Report a problem"), self.tr(
            "The version of Weidian Desktop and of your system are on the clipboard. Paste "
            "them into your message, then say what you did, what you expected and what "
            "happened instead."), QMessageBox.StandardButton.Ok, self)
        self.last_message = box.text()
        box.open()

    def show_about(self) -> QMessageBox:
        """Version, what the app is, the versions of Qt it runs on, and its licences."""
        import PySide6
        from PySide6.QtCore import qVersion

        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Weidian Desktop"), self.tr(
            "<h3>Weidian Desktop {0}</h3><p>Build a mobile shop offline: one shop file "
            "in, a static HTML5 shop out.</p><p>Your shop stays on this computer; "
            "nothing is sent anywhere.</p>").format(__version__)
            + "<p>" + self.tr("Qt {0} · Qt for Python {1} · free software under the MIT "
                              "licence").format(qVersion(), PySide6.__version__) + "</p>",
            QMessageBox.StandardButton.Close, self)
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        licences = box.addButton(self.tr("&Licences…"), QMessageBox.ButtonRole.HelpRole)
        # HelpRole would close the box; the licences open over it instead.
        licences.clicked.disconnect()
        licences.clicked.connect(self.show_licences)
        self.about_box = box
        box.open()
        return box

    def show_licences(self) -> None:
        """The app's licence and the third-party notices, in a window of their own."""
        from .licences import LicencesDialog

        dialog = LicencesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- a shop file dropped on the window opens it ----------------------------------
    @staticmethod
    def _dropped_shop(event: QDragEnterEvent | QDropEvent) -> Path | None:
        for url in event.mimeData().urls() if event.mimeData().hasUrls() else []:
            if url.isLocalFile() and url.toLocalFile().endswith(SUFFIX):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_shop(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_shop(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_shop(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        app_settings.save_window_state(self.saveGeometry(), self.saveState())
        # Pages go before the store closes, so no timer of theirs reads a closed file;
        # the shop stays the "last shop" that opens next time.
        self.close_shop(forget=False)
        event.accept()


def create_main_window(shop: str | None) -> QMainWindow:
    """The window app.py shows: on ``shop``, else on the last shop, else the welcome screen."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and not app.property("wd_theme_hooked"):
        apply_theme(app)
        # Workers still running at quit are asked to stop (their work rolls back).
        app.aboutToQuit.connect(lambda: cancel_all())
    window = MainWindow()
    target = Path(shop) if shop else app_settings.last_shop()
    if target is not None:
        window.open_shop(target)
    return window
