"""The QR & posters page: live preview, save as PDF/PNG/SVG, print, refusals shown in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QUndoStack
from PySide6.QtPrintSupport import QPrinter

from tests.media.helpers import decode, decode_pdf, rasterise_svg
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.pages.qr_page import QrPage

BASE = "https://xiaoman.example.com/"


@pytest.fixture
def page(qtbot, demo_copy: Path):
    store = ShopStore.open(demo_copy)
    widget = QrPage(store, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    yield widget
    widget.hide()  # stops the preview timer before the shop closes
    store.close()


def _choose(page: QrPage, kind: str, slug: str | None = None, template: str = "poster") -> None:
    page.kind_box.setCurrentIndex(page.kind_box.findData(kind))
    if slug:
        page.item_box.setCurrentIndex(page.item_box.findData(slug))
    page.template_box.setCurrentIndex(page.template_box.findData(template))


def _preview(qtbot, page: QrPage) -> None:
    page.update_preview()
    qtbot.waitUntil(lambda: page.shown_generation == page.generation, timeout=20_000)


def test_live_preview_of_the_shop_poster(qtbot, page: QrPage) -> None:
    _preview(qtbot, page)
    assert not page.preview.pixmap().isNull()
    assert page.message.text() == BASE
    image = page.preview.pixmap().toImage()
    assert image.width() > 300 and image.height() > 300


def test_product_poster_saved_as_pdf_decodes(qtbot, page: QrPage, tmp_path: Path) -> None:
    _choose(page, "product", "silk-scarf")
    page.size_box.setCurrentText("A5")
    page.campaign_edit.setText("poster-a5-window")
    _preview(qtbot, page)
    assert "?src=poster-a5-window" in page.message.text()
    task = page.save_to(tmp_path / "scarf.pdf")
    assert task is not None
    task.wait()
    assert task.error is None
    assert decode_pdf((tmp_path / "scarf.pdf").read_bytes()) == [
        BASE + "p/silk-scarf/?src=poster-a5-window"]


def test_qr_only_as_svg_and_a_drop_story(qtbot, page: QrPage, tmp_path: Path) -> None:
    _choose(page, "collection", "tea", "qr")
    page.save_to(tmp_path / "tea.svg").wait()
    assert decode(rasterise_svg((tmp_path / "tea.svg").read_text())) == [BASE + "c/tea/"]
    _choose(page, "drop", None, "story")
    slug = page.item_box.currentData()
    _preview(qtbot, page)
    page.save_to(tmp_path / "drop.png").wait()
    story = Image.open(tmp_path / "drop.png")
    assert story.size == (1080, 1920) and decode(story) == [BASE + f"d/{slug}/"]


def test_bad_campaign_tag_is_said_in_place(qtbot, page: QrPage, tmp_path: Path) -> None:
    page.campaign_edit.setText("not allowed")
    page.update_preview()
    assert "campaign tag" in page.message.text()
    assert not page.save_button.isEnabled()
    assert page.save_to(tmp_path / "x.pdf") is None and not (tmp_path / "x.pdf").exists()


def test_labels_have_no_share_templates(page: QrPage) -> None:
    _choose(page, "labels")
    assert [page.template_box.itemData(i) for i in range(page.template_box.count())] == [
        "poster"]
    assert not page.item_box.isEnabled()


def test_print_to_a_pdf_printer(qtbot, page: QrPage, tmp_path: Path) -> None:
    _choose(page, "product", "leather-bag")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(200)
    task = page.print_to(printer)
    assert task is not None
    task.wait()
    assert task.error is None
    assert decode_pdf((tmp_path / "printed.pdf").read_bytes()) == [BASE + "p/leather-bag/"]


def test_shop_without_base_url_says_what_to_set(qtbot, shop_path: Path) -> None:
    store = ShopStore.open(shop_path)
    widget = QrPage(store, QUndoStack())
    qtbot.addWidget(widget)
    try:
        widget.update_preview()
        assert "base URL" in widget.message.text()
        assert not widget.save_button.isEnabled() and not widget.print_button.isEnabled()
        _choose(widget, "product")
        assert widget.item_box.count() == 0
    finally:
        widget.hide()
        store.close()


def test_label_sheet_with_stock_copies_cut_lines_and_a_choice(qtbot, page: QrPage,
                                                             tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    _choose(page, "labels")
    labels = page.labels
    assert not page.size_box.isVisible() and labels.isVisible()  # the stock sets the paper
    listed = [labels.products.item(n).data(Qt.ItemDataRole.UserRole)
              for n in range(labels.products.count())]
    assert "silk-scarf" in listed and "moka-pot" in listed
    labels.stock_box.setCurrentIndex(labels.stock_box.findData("letter-3x10"))
    labels.copies_spin.setValue(2)
    labels.cut_check.setChecked(True)
    labels.none_button.click()
    _preview(qtbot, page)
    assert "at least one product" in page.message.text()
    for n, slug in enumerate(listed):
        if slug in ("silk-scarf", "moka-pot"):
            labels.products.item(n).setCheckState(Qt.CheckState.Checked)
    _preview(qtbot, page)
    assert page.message.text() == "4 labels"  # English plurals from the English .qm
    task = page.save_to(tmp_path / "labels.pdf")
    assert task is not None
    task.wait()
    pdf = (tmp_path / "labels.pdf").read_bytes()
    assert sorted(decode_pdf(pdf, dpi=200)) == [BASE + "p/moka-pot/"] * 2 + [
        BASE + "p/silk-scarf/"] * 2
    import pypdfium2 as pdfium

    assert tuple(round(v) for v in pdfium.PdfDocument(pdf)[0].get_size()) == (612, 792)
