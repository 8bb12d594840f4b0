"""Label sheets: a QR code, the title and the price per product, on common label stock."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from ..core.money import format_money
from ..core.progress import CancelFn, ProgressFn, check_cancel, report
from .pdf_draw import Sheet, draw_qr, end_page, start_page, text_block
from .poster_data import ItemInfo, ShopInfo

GUIDE = HexColor("#c8c8cc")


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


# A4 3x8 at 70x37 mm is the common 24-up stock (Avery 3474 and its copies); Letter
# 3x10 is Avery 5160 (2 5/8 x 1 inch); A5 and A6 are cut from plain sticker paper.
LABEL_GRIDS = {
    "A4": LabelGrid(3, 8, 70 * mm, 37 * mm, 0.0, 0.5 * mm),
    "Letter": LabelGrid(3, 10, 2.625 * inch, 1 * inch, 0.1875 * inch, 0.5 * inch,
                        gap_x=0.125 * inch),
    "A5": LabelGrid(2, 5, 70 * mm, 37 * mm, 4 * mm, 12.5 * mm),
    "A6": LabelGrid(1, 3, 70 * mm, 37 * mm, 17.5 * mm, 18.5 * mm, gap_y=0.0),
}


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
    text_block(c, item.title, text_x, top, width, top - (y + pad + price_h) - 1 * mm,
               max_size=min(11.0, grid.height / 7.0), min_size=5.5, max_lines=3)
    text_block(c, format_money(price, shop.currency, shop.language), text_x,
               y + pad + price_h, width, price_h, max_size=min(12.0, grid.height / 6.5),
               min_size=6, max_lines=1, bold=True)


def _guides(c: Canvas, grid: LabelGrid, sheet_height: float, count: int) -> None:
    """Light cut lines around the first ``count`` labels, for plain paper."""
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
                     items: list[ItemInfo], *, progress: ProgressFn | None = None,
                     cancel: CancelFn | None = None) -> None:
    """As many sheets as the items need, one label per item in reading order.

    Crop marks on a label sheet become dashed cut guides: label stock is pre-cut,
    plain paper is cut by hand along them.
    """
    plain = Sheet(sheet.width, sheet.height)  # labels are never trimmed or bled
    for first in range(0, len(items), grid.per_page):
        check_cancel(cancel)
        start_page(c, plain)
        page = items[first:first + grid.per_page]
        if sheet.crop_marks:
            _guides(c, grid, sheet.height, len(page))
        for n, item in enumerate(page):
            row, col = divmod(n, grid.cols)
            x = grid.left + col * (grid.width + grid.gap_x)
            _label(c, shop, item, x, _label_bottom(grid, row, sheet.height), grid)
        end_page(c, plain)
        report(progress, min(first + grid.per_page, len(items)), len(items))

