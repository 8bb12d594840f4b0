"""The exported shop at a phone's width inside the app: QtWebEngine, offline, optional.

Imported only by the Export page, inside a ``try``: QtWebEngine comes with PySide6-Addons
(the ``preview`` extra), and without it this module raises ImportError and the page says so.
"""

from __future__ import annotations

import os
from pathlib import Path

# Chromium will not start as root with its sandbox on (the render process exits at once),
# and a container or CI runs the app as root. It reads this when QtWebEngine is first
# initialised, so it must be set before the import below; an ordinary user keeps the sandbox.
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .theme import icon

PHONE = QSize(390, 844)  # CSS px of a common phone (iPhone 12-15), the size the shop is made for
LOCAL_SCHEMES = {"data", "blob"}  # made by the page itself, never fetched
MAX_URL = 80  # characters of a refused link shown under the phone


def inside(url: QUrl, root: Path | None) -> bool:
    """True for a file:// URL under ``root`` (the export folder) or a data:/blob: URL."""
    if url.scheme() in LOCAL_SCHEMES:
        return True
    if root is None or not url.isLocalFile():
        return False
    return Path(os.path.normpath(url.toLocalFile())).is_relative_to(root)


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request but files of the export folder: the preview never goes online."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.root: Path | None = None
        self.blocked: list[str] = []  # what the shop tried to fetch; tests read it

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if not inside(url, self.root):
            self.blocked.append(url.toString())
            info.block(True)


class OfflinePage(QWebEnginePage):
    """A page that stays in the export folder; a link out is reported instead of followed."""

    linkRefused = Signal(QUrl)

    def __init__(self, profile: QWebEngineProfile, interceptor: OfflineInterceptor,
                 parent=None) -> None:
        super().__init__(profile, parent)
        self.interceptor = interceptor

    def acceptNavigationRequest(self, url: QUrl | str, kind, is_main_frame: bool) -> bool:
        url = QUrl(url)
        if inside(url, self.interceptor.root):
            return True
        if kind == QWebEnginePage.NavigationType.NavigationTypeLinkClicked:
            self.linkRefused.emit(url)
        return False


class ElidedLabel(QLabel):
    """One line that ends in "…" when the page title is longer than the phone is wide."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a page title is the seller's text
        self.setMinimumWidth(40)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                                   max(self.width(), 40)))

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())


class PhoneFrame(QFrame):
    """Holds the web view at a phone's proportions, zoomed so 390 CSS px fill its width."""

    def __init__(self, view: QWebEngineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        view.setParent(self)
        self.setMinimumSize(160, 320)

    def sizeHint(self) -> QSize:
        return QSize(320, 692)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # The biggest phone-shaped rectangle that fits, centred; the zoom factor makes the
        # page's viewport exactly PHONE wide whatever the pixels (QtWebEngine allows 0.25-5).
        height = self.height()
        width = min(self.width(), round(height * PHONE.width() / PHONE.height()))
        height = min(height, round(width * PHONE.height() / PHONE.width()))
        self.view.setGeometry((self.width() - width) // 2, 0, width, height)
        self.view.setZoomFactor(max(0.25, width / PHONE.width()))


class PhonePreview(QWidget):
    """Back / Home / Reload over the exported shop in a phone-sized, offline web view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home: QUrl | None = None
        self.view = QWebEngineView()
        # An off-the-record profile: nothing of the preview (cart, cookies, cache) is written
        # to disk. It is the page's child so it goes after the page (Qt warns otherwise).
        profile = QWebEngineProfile()
        self.interceptor = OfflineInterceptor(profile)
        profile.setUrlRequestInterceptor(self.interceptor)
        self.web_page = OfflinePage(profile, self.interceptor, self.view)
        profile.setParent(self.web_page)
        settings = self.web_page.settings()
        # A phone shows no scroll bar beside the page; Chromium's would eat 15 of the 390 px.
        settings.setAttribute(QWebEngineSettings.WebAttribute.ShowScrollBars, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
                              False)
        self.view.setPage(self.web_page)
        self.view.setAccessibleName(self.tr("Shop preview"))
        self.web_page.linkRefused.connect(self._link_refused)
        self.web_page.renderProcessTerminated.connect(self._crashed)
        self.view.loadFinished.connect(self._loaded)

        self.back = self._button("back", self.tr("Back"))
        self.back.clicked.connect(self.view.back)
        self.home_button = self._button("shop", self.tr("Shop home"))
        self.home_button.clicked.connect(self.go_home)
        self.reload = self._button("reload", self.tr("Reload"))
        self.reload.clicked.connect(self.view.reload)
        self.title = ElidedLabel(self.tr("Phone preview"))
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for button in (self.back, self.home_button, self.reload):
            tools.addWidget(button)
        tools.addWidget(self.title, 1)

        self.placeholder = QLabel(self.tr("Export the shop to see it here at a phone's width."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.frame = PhoneFrame(self.view)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.frame)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.note)
        self._enable(False)

    def _button(self, name: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        return button

    def _enable(self, on: bool) -> None:
        for button in (self.back, self.home_button, self.reload):
            button.setEnabled(on)

    def width_for_height(self, height: int) -> int:
        """How wide this is when ``height`` tall: the phone's width, the tools above it."""
        layout = self.layout()
        tools_item = layout.itemAt(0) if layout is not None else None
        assert layout is not None and tools_item is not None  # built in __init__
        tools = tools_item.sizeHint().height() + layout.spacing()
        return round((height - tools) * PHONE.width() / PHONE.height())

    def show_site(self, folder: Path) -> None:
        """Show ``folder``'s index.html; a page of the same folder still there is reloaded."""
        root = Path(os.path.normpath(folder.resolve()))
        current = self.view.url()
        same = self.interceptor.root == root and inside(current, root)
        self.interceptor.root = root
        self.home = QUrl.fromLocalFile(str(root / "index.html"))
        self.stack.setCurrentWidget(self.frame)
        self.note.hide()
        self._enable(True)
        if same and Path(current.toLocalFile()).is_file():
            self.view.reload()  # the seller re-exported: stay on the page they were looking at
        else:
            self.view.load(self.home)

    def go_home(self) -> None:
        if self.home is not None:
            self.view.load(self.home)

    def _loaded(self, ok: bool) -> None:
        self.back.setEnabled(self.view.history().canGoBack())
        if ok:
            self.title.set_full_text(self.view.title())
            self.note.hide()

    def _link_refused(self, url: QUrl) -> None:
        shown = url.toDisplayString()
        if len(shown) > MAX_URL:  # a chat link carries the whole order message
            shown = shown[:MAX_URL - 1] + "…"
        self.note.setText(self.tr("The preview stays offline; open the shop in the browser "
                                  "to follow {0}").format(shown))
        self.note.show()

    def _crashed(self, *_args) -> None:
        self.note.setText(self.tr("The preview stopped; press Reload to show the shop again."))
        self.note.show()
