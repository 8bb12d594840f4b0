"""Label sheets: a QR code, the title and the price per product, on common label stock."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from ..core.errors import ValidationError
from ..core.i18n import _
from ..core.money import format_money
from ..core.progress import CancelFn, ProgressFn, check_cancel, report
from .pdf_draw import Sheet, draw_qr, end_page, start_page, text_block
from .poster_data import ItemInfo, ShopInfo

GUIDE = HexColor("#c8c8cc")
MAX_COPIES = 100  # labels per product; a thousand of one product is a typo


@dataclass(frozen=True)
class LabelGrid:
    """Where the labels sit on the sheet: counts, label size, page margins and gaps."""

    cols: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_page(self) -> int:
        return self.cols * self.rows


@dataclass(frozen=True)
class LabelStock:
    """A sheet of labels as sold: its paper, its grid and the product it matches."""

    key: str
    paper: str
    grid: LabelGrid
    name: str  # e.g. "Avery L7160": what to look for in a stationery shop


# Real label stock, measured from the makers' templates (label size, the sheet's top
# and side margins, the gaps between labels); other makers sell the same layouts under
# their own numbers. A5 and A6 have no common stock: their grids are cut by hand.
LABEL_STOCKS = {stock.key: stock for stock in (
    LabelStock("a4-3x7", "A4", LabelGrid(3, 7, 63.5 * mm, 38.1 * mm, 7.21 * mm, 15.15 * mm,
                                         gap_x=2.54 * mm), "Avery L7160"),
    LabelStock("a4-3x8", "A4", LabelGrid(3, 8, 70 * mm, 37 * mm, 0.0, 0.5 * mm),
               "Avery 3474"),
    LabelStock("a4-4x10", "A4", LabelGrid(4, 10, 45.7 * mm, 25.4 * mm, 9.75 * mm, 21.5 * mm,
                                          gap_x=2.56 * mm), "Avery L7654"),
    LabelStock("a4-2x7", "A4", LabelGrid(2, 7, 99.1 * mm, 38.1 * mm, 4.65 * mm, 15.15 * mm,
                                         gap_x=2.5 * mm), "Avery L7163"),
    LabelStock("letter-3x10", "Letter", LabelGrid(3, 10, 2.625 * inch, 1 * inch,
                                                  0.1875 * inch, 0.5 * inch,
                                                  gap_x=0.125 * inch), "Avery 5160"),
    LabelStock("a5-2x5", "A5", LabelGrid(2, 5, 70 * mm, 37 * mm, 4 * mm, 12.5 * mm), ""),
    LabelStock("a6-1x3", "A6", LabelGrid(1, 3, 70 * mm, 37 * mm, 17.5 * mm, 18.5 * mm), ""),
)}
# The stock a paper size gets when none is chosen (the layout labels always had).
DEFAULT_STOCK = {"A4": "a4-3x8", "Letter": "letter-3x10", "A5": "a5-2x5", "A6": "a6-1x3"}


def label_stock(key: str | None, paper: str | None = None) -> LabelStock:
    """The stock called ``key``, or the paper's usual one; refusals are one sentence."""
    if key is None:
        paper = paper or "A4"
        if paper not in DEFAULT_STOCK:
            raise ValidationError(_("There is no label layout for {paper}.").format(
                paper=paper), field="size")
        return LABEL_STOCKS[DEFAULT_STOCK[paper]]
    stock = LABEL_STOCKS.get(key)
    if stock is None:
        raise ValidationError(_("Label stock {stock!r} is not one of {choices}.").format(
            stock=key, choices=", ".join(LABEL_STOCKS)), field="stock")
    if paper is not None and paper != stock.paper:
        raise ValidationError(_("The label stock {stock} is printed on {stock_paper}, not "
                                "{paper}; choose a stock for {paper} or leave the paper "
                                "size out.").format(stock=key, stock_paper=stock.paper,
                                                    paper=paper), field="size")
    return stock


def check_copies(copies: int) -> int:
    """How many labels each product gets (1 to MAX_COPIES)."""
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError(_("Copies must be from 1 to {most}, not {copies}.").format(
            most=MAX_COPIES, copies=copies), field="copies")
    return copies


def _label(c: Canvas, shop: ShopInfo, item: ItemInfo, x: float, y: float,
           grid: LabelGrid) -> None:
    """One label with (x, y) its bottom left: QR on the left, words on the right."""
    pad = min(3 * mm, grid.height * 0.1)
    side = grid.height - 2 * pad
    # The QR's own quiet zone is the white margin on its left, so it starts at the edge.
    draw_qr(c, item.url, x + pad * 0.3, y + pad, side)
    text_x = x + pad * 0.3 + side + 1 * mm
    width = x + grid.width - pad - text_x
    top = y + grid.height - pad - 0.5 * mm
    # The regular price: a shelf label outlives any drop.
    price = item.price
    price_h = min(6 * mm, grid.height * 0.24)
    title_size = 11.0 if width < 50 * mm else 14.0  # wide labels (2 across) read from afar
    text_block(c, item.title, text_x, top, width, top - (y + pad + price_h) - 1 * mm,
               max_size=min(title_size, grid.height / 7.0), min_size=5.5, max_lines=3)
    text_block(c, format_money(price, shop.currency, shop.language), text_x,
               y + pad + price_h, width, price_h, max_size=min(12.0, grid.height / 6.5),
               min_size=6, max_lines=1, bold=True)


def _cut_lines(c: Canvas, grid: LabelGrid, sheet_height: float, count: int) -> None:
    """Light dashed lines around the first ``count`` labels, to cut plain paper by."""
    c.saveState()
    c.setStrokeColor(GUIDE)
    c.setLineWidth(0.3)
    c.setDash(2, 2)
    for n in range(count):
        row, col = divmod(n, grid.cols)
        x = grid.left + col * (grid.width + grid.gap_x)
        c.rect(x, _label_bottom(grid, row, sheet_height), grid.width, grid.height,
               stroke=1, fill=0)
    c.restoreState()


def _label_bottom(grid: LabelGrid, row: int, sheet_height: float) -> float:
    return sheet_height - grid.top - (row + 1) * grid.height - row * grid.gap_y


def draw_label_pages(c: Canvas, sheet: Sheet, grid: LabelGrid, shop: ShopInfo,
                     items: list[ItemInfo], *, cut_lines: bool = False,
                     progress: ProgressFn | None = None,
                     cancel: CancelFn | None = None) -> None:
    """As many sheets as the items need, one label per item in reading order.

    Label stock is pre-cut; ``cut_lines`` draws dashed guides for plain paper.
    """
    plain = Sheet(sheet.width, sheet.height)  # labels are never trimmed or bled
    for first in range(0, len(items), grid.per_page):
        check_cancel(cancel)
        start_page(c, plain)
        page = items[first:first + grid.per_page]
        if cut_lines:
            _cut_lines(c, grid, sheet.height, len(page))
        for n, item in enumerate(page):
            row, col = divmod(n, grid.cols)
            x = grid.left + col * (grid.width + grid.gap_x)
            _label(c, shop, item, x, _label_bottom(grid, row, sheet.height), grid)
        end_page(c, plain)
        report(progress, min(first + grid.per_page, len(items)), len(items))
