"""The Drops page's poster and QR code: the QR page's path (slug check, size), in a worker."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PIL import Image
from PySide6.QtGui import QUndoStack

from tests.media.helpers import decode, decode_pdf
from weidian_desktop.core.drops import create_drop
from weidian_desktop.core.shop import update_shop
from weidian_desktop.media import qr
from weidian_desktop.media.outputs import QR_BOX
from weidian_desktop.ui.pages.drops_page import DropsPage

from .conftest import DropShop, bag_drop

BASE = "https://shop.example.com/"


@pytest.fixture
def page(qtbot, shop: DropShop) -> DropsPage:
    update_shop(shop.store, base_url=BASE)
    widget = DropsPage(shop.store, QUndoStack())
    qtbot.addWidget(widget)
    return widget


def _select(page: DropsPage, drop_id: int) -> None:
    page.refresh()
    page.select_drop(drop_id)


def test_qr_code_is_the_qr_pages_code_made_in_a_worker(page: DropsPage, shop: DropShop,
                                                       tmp_path: Path) -> None:
    _select(page, create_drop(shop.store, bag_drop(shop)))
    page.ask_path = lambda *args: str(tmp_path / "qr.png")
    page.qr_button.click()
    task = page.last_task
    assert task is not None and not task.done  # the GUI thread did not draw it
    task.wait()
    assert task.error is None
    image = Image.open(tmp_path / "qr.png")
    url = BASE + "d/singles-day-bags/?src=drop-qr"
    assert decode(image) == [url]
    # The same size as a QR code saved from the QR & posters page or the CLI.
    assert image.width == (len(qr.qr_matrix(url)) + 2 * qr.MIN_BORDER) * QR_BOX


def test_poster_is_written_in_a_worker(page: DropsPage, shop: DropShop,
                                       tmp_path: Path) -> None:
    _select(page, create_drop(shop.store, bag_drop(shop)))
    page.ask_path = lambda *args: str(tmp_path / "poster.pdf")
    page.poster_button.click()
    task = page.last_task
    assert task is not None and not task.done
    task.wait()
    assert decode_pdf((tmp_path / "poster.pdf").read_bytes()) == [
        BASE + "d/singles-day-bags/"]


def test_draft_drop_gets_no_code_its_page_is_not_exported(qtbot, page: DropsPage,
                                                          shop: DropShop,
                                                          tmp_path: Path) -> None:
    _select(page, create_drop(shop.store, bag_drop(shop, status="draft")))
    out = tmp_path / "out"
    out.mkdir()
    for button, name in ((page.qr_button, "qr.png"), (page.poster_button, "poster.pdf")):
        page.ask_path = lambda *args, name=name: str(out / name)
        with qtbot.waitSignal(page.statusMessage) as status:
            button.click()
        assert "is a draft" in status.args[0]
    assert list(out.iterdir()) == []


def test_the_shop_file_is_never_written_over(qtbot, page: DropsPage, shop: DropShop) -> None:
    _select(page, create_drop(shop.store, bag_drop(shop)))
    before = shop.store.path.read_bytes()
    page.ask_path = lambda *args: str(shop.store.path)
    with qtbot.waitSignal(page.statusMessage, timeout=20_000) as status:
        page.qr_button.click()
    assert "shop file" in status.args[0]
    assert shop.store.path.read_bytes() == before
