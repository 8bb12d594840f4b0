"""The Export page runs export_shop in a worker and lists what it wrote."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack

from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.pages.export_page import ExportPage


def test_export_page_writes_the_shop_and_lists_files(qtbot, shop_path: Path,
                                                     tmp_path: Path) -> None:
    store = ShopStore.open(shop_path)
    try:
        page = ExportPage(store, QUndoStack())
        qtbot.addWidget(page)
        page.folder.setText(str(tmp_path / "site"))
        page.zip.setChecked(True)
        page.base_url.setText("https://shop.example.com/")
        page.start_export().wait(60)
        assert page.result is not None and (tmp_path / "site" / "index.html").is_file()
        assert (tmp_path / "site.zip").is_file()
        assert page.open_button.isEnabled() and page.files.count() == len(page.result.written)
        assert "sitemap.xml" in [page.files.item(i).text() for i in range(page.files.count())]
        page.start_export().wait(60)
        assert page.result.written == [] and page.files.count() == 0
        again = ExportPage(store, QUndoStack())  # the folder is remembered for this shop
        qtbot.addWidget(again)
        assert again.folder.text() == str((tmp_path / "site").resolve())
    finally:
        store.close()
