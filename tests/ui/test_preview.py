"""The Export page's phone preview: the exported home at 390 CSS px, offline; or one sentence."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.pages.export_page import ExportPage


def webengine():
    """The preview module (QtWebEngine: the 'preview' extra, which the tests install)."""
    from weidian_desktop.ui import preview

    return preview


def run_js(qtbot, preview, script: str):
    """The JSON value of ``script`` in the preview's page."""
    answers: list[str] = []
    preview.web_page.runJavaScript(f"JSON.stringify({script})", 0, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    return json.loads(answers[0])


def wait_loaded(qtbot, preview, path: Path) -> None:
    """Until the view shows ``path`` and has finished loading it."""
    loaded: list[bool] = []
    preview.view.loadFinished.connect(loaded.append)
    qtbot.waitUntil(lambda: preview.view.url() == QUrl.fromLocalFile(str(path))
                    and bool(loaded) and not preview.view.page().isLoading(), timeout=5000)


def test_preview_shows_the_exported_home_at_a_phones_width_offline(qtbot, shop_path: Path,
                                                                   tmp_path: Path) -> None:
    preview_module = webengine()
    store = ShopStore.open(shop_path)
    pages: list[ExportPage] = []  # deleted here: a web page must go before the app does
    try:
        page = ExportPage(store, QUndoStack())
        pages.append(page)
        page.resize(1100, 760)
        page.show()
        assert isinstance(page.preview, preview_module.PhonePreview)
        assert not page.open_button.isEnabled()  # nothing exported yet: nothing to show
        site = tmp_path / "site"
        page.folder.setText(str(site))
        page.start_export().wait(60)
        wait_loaded(qtbot, page.preview, site / "index.html")
        seen = run_js(qtbot, page.preview, "[document.title, window.innerWidth, "
                      "document.documentElement.clientWidth, document.documentElement.scrollWidth]")
        assert "Test shop" in seen[0]
        assert seen[1:] == [390, 390, 390]  # a phone's viewport, and nothing wider than it
        view = page.preview.view
        assert view.height() / view.width() == pytest.approx(844 / 390, rel=0.02)
        assert 200 <= page.preview.width() <= page.width() // 2
        assert page.preview.title.full_text == seen[0]

        # Nothing leaves the computer: Chromium refuses a disk page's requests out, and
        # behind it the interceptor blocks any URL but the export folder's files. (The shop's
        # Content-Security-Policy forbids outside images too: a page without one, and the
        # first layer switched off to reach the second.)
        (site / "probe.html").write_text('<img src="https://example.com/t.png">'
                                         f'<img src="{(tmp_path / "x.png").as_uri()}">')
        settings = page.preview.web_page.settings()
        settings.setAttribute(settings.WebAttribute.LocalContentCanAccessRemoteUrls, True)
        page.preview.view.load(QUrl.fromLocalFile(str(site / "probe.html")))
        blocked = page.preview.interceptor.blocked
        qtbot.waitUntil(lambda: "https://example.com/t.png" in blocked
                        and (tmp_path / "x.png").as_uri() in blocked, timeout=5000)
        link = page.preview.web_page.NavigationType.NavigationTypeLinkClicked
        assert not page.preview.web_page.acceptNavigationRequest(
            QUrl("https://wa.me/8613800138000"), link, True)
        assert page.preview.note.isVisibleTo(page) and "wa.me" in page.preview.note.text()
        assert not preview_module.inside(QUrl.fromLocalFile(str(tmp_path / "elsewhere.html")),
                                         site.resolve())

        # Opened again later, the page shows the last export at once.
        again = ExportPage(store, QUndoStack())
        pages.append(again)
        again.show()
        assert again.open_button.isEnabled() and again.site == site.resolve()
        wait_loaded(qtbot, again.preview, site.resolve() / "index.html")
    finally:
        for widget in pages:
            widget.close()
            widget.deleteLater()
        qtbot.wait(10)
        store.close()


def test_without_qtwebengine_the_page_says_what_to_install(qtbot, monkeypatch, store: ShopStore,
                                                          tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtWebEngineWidgets", None)  # import fails
    monkeypatch.delitem(sys.modules, "weidian_desktop.ui.preview", raising=False)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<title>old export</title>", encoding="utf-8")
    QSettings().setValue(f"export/folder/{store.path.resolve().as_posix()}", str(site))
    page = ExportPage(store, QUndoStack())
    qtbot.addWidget(page)
    page.show()
    assert isinstance(page.preview, QLabel)
    assert "preview" in page.preview.text() and "weidian-desktop[preview]" in page.preview.text()
    assert page.open_button.isEnabled() and page.site == site  # the browser still works
