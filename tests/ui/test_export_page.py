"""The Export page runs export_shop in a worker and shows the result in figures (pages,
files written and kept, size, time) with Open in browser, Preview and Publish; the file
names stay folded away. Its Publish section publishes to a target and remembers it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from weidian_desktop.core.products import Product, create_products, delete_products
from weidian_desktop.core.shop import update_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.publish import remembered
from weidian_desktop.ui.pages import export_page
from weidian_desktop.ui.pages.export_page import ExportPage


@pytest.fixture
def make_page(qtbot) -> Iterator[Callable[[ShopStore], ExportPage]]:
    """Export pages, deleted at the end: a web page (the preview) must go before the app."""
    pages: list[ExportPage] = []

    def make(store: ShopStore) -> ExportPage:
        pages.append(ExportPage(store, QUndoStack()))
        return pages[-1]

    yield make
    for page in pages:
        page.close()
        page.deleteLater()
    qtbot.wait(10)


def test_export_result_in_figures(make_page, shop_path: Path, tmp_path: Path) -> None:
    store = ShopStore.open(shop_path)
    try:
        page = make_page(store)
        page.show()
        page.folder.setText(str(tmp_path / "site"))
        page.zip.setChecked(True)
        page.base_url.setText("https://shop.example.com/")
        page.start_export().wait(60)
        assert page.result is not None and (tmp_path / "site" / "index.html").is_file()
        assert (tmp_path / "site.zip").is_file()
        figures = {k: v.text() for k, v in page.figure_labels.items()}
        assert figures["pages"] == str(len(page.result.pages))
        assert figures["files"].startswith(f"{len(page.result.written)} written, 0 unchanged")
        assert figures["size"].split()[1] in ("KB", "MB", "kB") and "site.zip" in figures["size"]
        assert figures["time"].endswith(" s")
        assert "pages," in page.summary.text() and " in " in page.summary.text()
        for button in (page.open_button, page.preview_button, page.publish_button):
            assert button.text() and (button.isEnabled() or button is page.preview_button)
        # The names of the files are there on demand, not as the result itself.
        assert page.files.isHidden() and page.files_toggle.isVisible()
        page.files_toggle.click()
        assert page.files.isVisible()
        assert "sitemap.xml" in [page.files.item(i).text() for i in range(page.files.count())]
        page.start_export().wait(60)
        assert page.result.written == [] and page.files_toggle.isHidden()
        assert page.figure_labels["files"].text().startswith(f"0 written, {page.files.count()}"
                                                             ) is False
        again = make_page(store)  # the folder is remembered for this shop
        assert again.folder.text() == str((tmp_path / "site").resolve())
        assert again.open_button.isEnabled()
    finally:
        store.close()


def test_progress_counts_pages_at_once_and_the_result_counts_what_went(
        make_page, shop_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the seller sees while the export process works: the stage, then "0 of N pages"
    as soon as the pages are planned (not a bare bar); after it, deleted pages counted."""
    store = ShopStore.open(shop_path)
    try:
        create_products(store, (Product(f"Product {i}", slug=f"product-{i}", price=100 + i,
                                        status="published") for i in range(30)))
        heard: list[tuple[int, int, str]] = []
        real = export_page.export_in_child

        def listening(*args, progress, **kwargs):
            def hear(done: int, total: int, text: str) -> None:
                heard.append((done, total, text))
                progress(done, total, text)

            return real(*args, progress=hear, **kwargs)

        monkeypatch.setattr(export_page, "export_in_child", listening)
        page = make_page(store)
        page.folder.setText(str(tmp_path / "site"))
        page.start_export().wait(60)
        assert heard[0] == (0, 0, "Reading the shop…")
        assert heard[1] == (0, 0, "Planning the pages of 30 products…")
        counts = [re.fullmatch(r"(\d+) of (\d+) pages", text) for _d, _t, text in heard]
        assert counts[2] and counts[2].group(1) == "0" and heard[2][1] > 0  # then a count
        rendered = int(counts[2].group(2))
        assert 30 < rendered <= len(page.result.pages)  # the products' and the shop's
        assert [c.group(1) for c in counts if c][-1] == str(rendered)
        delete_products(store, [store.conn.execute(
            "SELECT id FROM products WHERE slug = 'product-3'").fetchone()[0]])
        page.start_export().wait(60)
        files = page.figure_labels["files"].text()
        assert ", 1 deleted;" in files or ", 2 deleted;" in files, files  # its page(s)
        assert page.result.deleted and all("product-3" in p for p in page.result.deleted)
    finally:
        store.close()


def test_publish_section_publishes_and_remembers(make_page, shop_path: Path,
                                                 tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    store = ShopStore.open(shop_path)
    try:
        update_shop(store, base_url="")
        page = make_page(store)
        section = page.publish
        section.target.setText("git+https://github.com/xiaoman/shop.git#gh-pages")
        assert page.base_url.text() == "https://xiaoman.github.io/shop/"  # from the target
        assert section.form.isRowVisible(3) is False  # no key file for git
        section.target.setText("sftp://me@example.com/www")
        assert section.form.isRowVisible(3) and page.base_url.text() == ""
        www = tmp_path / "www"
        section.target.setText(f"file://{www}")
        section.start_publish().wait(60)
        assert (www / "index.html").is_file()
        assert section.status.text().startswith(f"Published to file://{www}: ")
        assert section.open_shop_button.isEnabled()
        assert remembered(store).url == f"file://{www}"
        section.test_connection().wait(30)
        assert "answers and takes files" in section.status.text()
        section.target.setText("ftp://nowhere")
        section.start_publish()
        assert "is not one Weidian Desktop publishes to" in section.status.text()
    finally:
        store.close()
