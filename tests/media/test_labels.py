"""Label sheets: real label stock, each code inside its label, copies, a choice, cut lines."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.units import mm

from weidian_desktop.cli import main
from weidian_desktop.core.errors import WeidianError
from weidian_desktop.core.store import ShopStore
from weidian_desktop.media.labels import LABEL_STOCKS
from weidian_desktop.media.outputs import OutputSpec, load_output, render_output
from weidian_desktop.media.pdf_preview import render_page

from .helpers import decode_pdf

DPI = 200  # the 4x10 stock's codes are 20 mm wide: 0.5 mm modules


def _labels(store: ShopStore, **spec: object) -> bytes:
    [pdf] = render_output(load_output(store, OutputSpec("labels", **spec)), "pdf")
    return pdf


def _codes(pdf: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    """Each code on the page with its centre in millimetres from the top left."""
    image = render_page(pdf, page, dpi=DPI)
    found = []
    for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        p = result.position
        x = (p.top_left.x + p.bottom_right.x) / 2 * 25.4 / DPI
        y = (p.top_left.y + p.bottom_right.y) / 2 * 25.4 / DPI
        found.append((result.text, x, y))
    return found


@pytest.mark.parametrize("key", ["a4-3x7", "a4-3x8", "a4-4x10", "a4-2x7"])
def test_a4_stock_full_sheet_each_code_in_its_label(media_store: ShopStore, key: str) -> None:
    stock = LABEL_STOCKS[key]
    grid = stock.grid
    published = load_output(media_store, OutputSpec("labels")).job.items
    copies = -(-grid.per_page // len(published))  # enough copies for a full sheet
    pdf = _labels(media_store, stock=key, copies=copies)
    doc = pdfium.PdfDocument(pdf)
    assert tuple(round(v / mm) for v in doc[0].get_size()) == (210, 297)
    codes = _codes(pdf)
    assert len(codes) == grid.per_page
    cells = set()
    for _text, x, y in codes:
        col = int((x - grid.left / mm) // ((grid.width + grid.gap_x) / mm))
        row = int((y - grid.top / mm) // ((grid.height + grid.gap_y) / mm))
        left = grid.left / mm + col * (grid.width + grid.gap_x) / mm
        top = grid.top / mm + row * (grid.height + grid.gap_y) / mm
        # The code sits inside its label (the left part), not across a cut.
        assert left < x < left + grid.width / mm and top < y < top + grid.height / mm
        cells.add((row, col))
    assert len(cells) == grid.per_page  # one code per label, none doubled up


def test_copies_side_by_side_and_a_choice_of_products(media_store: ShopStore) -> None:
    pdf = _labels(media_store, slugs=("moka-pot", "silk-scarf"), copies=3)
    texts = [t for t, _x, _y in sorted(_codes(pdf), key=lambda c: (round(c[2]), c[1]))]
    base = "https://xiaoman.example.com/p/"
    assert texts == [base + "moka-pot/"] * 3 + [base + "silk-scarf/"] * 3


def _grey_on_line(pdf: bytes, y_mm: float, x0_mm: float, x1_mm: float) -> int:
    image = render_page(pdf, 0, dpi=DPI).convert("L")
    y = round(y_mm * DPI / 25.4)
    row = [min(image.getpixel((x, yy)) for yy in (y - 1, y, y + 1))
           for x in range(round(x0_mm * DPI / 25.4), round(x1_mm * DPI / 25.4))]
    return sum(1 for v in row if v < 245)


def test_cut_lines_drawn_only_when_asked(media_store: ShopStore) -> None:
    grid = LABEL_STOCKS["a4-3x7"].grid
    # Along the bottom edge of the first label, over its right half (no text there).
    y = (grid.top + grid.height) / mm
    x0, x1 = (grid.left + grid.width * 0.55) / mm, (grid.left + grid.width * 0.95) / mm
    plain = _labels(media_store, stock="a4-3x7", slugs=("silk-scarf",))
    cut = _labels(media_store, stock="a4-3x7", slugs=("silk-scarf",), cut_lines=True)
    assert _grey_on_line(plain, y, x0, x1) == 0
    assert _grey_on_line(cut, y, x0, x1) > (x1 - x0) * DPI / 25.4 * 0.3  # a dashed line


@pytest.mark.parametrize(("spec", "words"), [
    ({"stock": "a4-5x13"}, "not one of"),
    ({"stock": "letter-3x10", "size": "A4"}, "printed on Letter, not A4"),
    ({"copies": 0}, "from 1 to 100"),
    ({"slugs": ()}, "at least one product"),
    ({"slugs": ("no-such",)}, "no product with the slug"),
])
def test_label_refusals_are_one_sentence(media_store: ShopStore, spec: dict,
                                         words: str) -> None:
    with pytest.raises(WeidianError) as info:
        load_output(media_store, OutputSpec("labels", **spec))
    assert words in str(info.value) and str(info.value).count(". ") == 0


def test_cli_labels_stock_copies_only_cut_lines(media_shop: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "labels.pdf"
    assert main(["poster", str(media_shop), "--labels", "--stock", "a4-2x7", "--only",
                 "leather-bag", "moka-pot", "--copies", "2", "--cut-lines", "-o",
                 str(out)]) == 0
    assert "Wrote 4 labels (a4-2x7)" in capsys.readouterr().out
    base = "https://xiaoman.example.com/p/"
    assert sorted(decode_pdf(out.read_bytes(), dpi=DPI)) == sorted(
        [base + "leather-bag/"] * 2 + [base + "moka-pot/"] * 2)
    letter = tmp_path / "letter.pdf"
    assert main(["poster", str(media_shop), "--labels", "--stock", "letter-3x10", "--only",
                 "silk-scarf", "-o", str(letter)]) == 0
    width, height = pdfium.PdfDocument(letter.read_bytes())[0].get_size()
    assert (round(width), round(height)) == (612, 792)  # the stock chose the paper


@pytest.mark.parametrize(("args", "words"), [
    (["--labels", "--stock", "letter-3x10", "--size", "A4"], "printed on Letter, not A4"),
    (["--labels", "--copies", "500"], "from 1 to 100"),
    (["--shop", "--copies", "2"], "are for label sheets"),
])
def test_cli_label_refusals(media_shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture,
                            args: list[str], words: str) -> None:
    assert main(["poster", str(media_shop), *args, "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err.strip()
    assert words in err and err.count("\n") == 0
    assert not (tmp_path / "x.pdf").exists()
