"""Poster pages: the shop (or a collection), a product and a drop, scaled to any paper size.

Sizes are given for A4 and multiplied by the sheet's scale, so an A6 poster is the
same design at half the size. Backgrounds that touch the trim run on into the bleed.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..core.money import format_money
from . import fonts
from .pdf_draw import (
    MUTED,
    Sheet,
    accent,
    color,
    draw_lines,
    draw_logo,
    draw_photo,
    draw_placeholder,
    draw_qr,
    fit_text,
    on_color,
    reader,
    text_block,
)
from .poster_data import CollectionInfo, DropInfo, ItemInfo, ShopInfo
from .poster_parts import (
    channel_text,
    draw_coupon,
    draw_footer,
    draw_price,
    drop_lines,
    scale,
    small,
)
from .poster_words import format_when, format_window, plural, word

QR_FRAME = HexColor("#e3e3e6")


def _qr_card(c: Canvas, url: str, x: float, y: float, side: float, s: float) -> None:
    """The QR code on a white card with a hairline frame (it stays white on any colour)."""
    pad = 3 * mm * s
    c.setFillColor(white)
    c.setStrokeColor(QR_FRAME)
    c.setLineWidth(0.6)
    c.roundRect(x - pad, y - pad, side + 2 * pad, side + 2 * pad, 4 * mm * s, stroke=1, fill=1)
    draw_qr(c, url, x, y, side)


def draw_shop_page(c: Canvas, sheet: Sheet, shop: ShopInfo,
                   collection: CollectionInfo | None = None) -> None:
    """Logo, name and tagline on the theme colour; a big QR; "scan to shop"; channels."""
    W, H, b, s = sheet.width, sheet.height, sheet.bleed, scale(sheet)
    M = 14 * mm * s
    ink_on_theme = on_color(shop.theme_color)
    logo_side = 26 * mm * s if shop.logo else 0.0
    inner = W - 2 * M
    name = fit_text(shop.name, inner, 32 * mm * s, max_size=30 * s, min_size=14 * s,
                    max_lines=2)
    tagline = fit_text(shop.tagline, inner, 16 * mm * s, max_size=14 * s, min_size=8 * s,
                       max_lines=2) if shop.tagline.strip() else None
    band = (M + logo_side + (5 * mm * s if logo_side else 0) + len(name.lines) * name.leading
            + (3 * mm * s + len(tagline.lines) * tagline.leading if tagline else 0) + M * 0.8)
    c.setFillColor(color(shop.theme_color))
    c.rect(-b, H - band, W + 2 * b, band + b, stroke=0, fill=1)
    y = H - M
    if shop.logo:
        c.setFillColor(white)
        c.roundRect(W / 2 - logo_side / 2, y - logo_side, logo_side, logo_side, 5 * mm * s,
                    stroke=0, fill=1)
        inset = 2 * mm * s
        draw_logo(c, reader(shop.logo), W / 2 - logo_side / 2 + inset, y - logo_side + inset,
                  logo_side - 2 * inset)
        y -= logo_side + 5 * mm * s
    y = draw_lines(c, name, M, y, inner, align="center", fill=ink_on_theme, bold=True)
    if tagline:
        draw_lines(c, tagline, M, y - 3 * mm * s, inner, align="center", fill=ink_on_theme)

    # Bottom up: the stripe, the channels, then the QR takes the room that is left.
    stripe = 6 * mm * s
    c.setFillColor(color(shop.theme_color))
    c.rect(-b, -b, W + 2 * b, stripe + b, stroke=0, fill=1)
    bottom = stripe + 8 * mm * s
    channels = channel_text(shop, inner, small(11, s))
    if channels:
        fitted = fit_text(channels, inner, 22 * mm * s, max_size=small(11, s), min_size=6,
                          max_lines=4)
        top = bottom + len(fitted.lines) * fitted.leading
        draw_lines(c, fitted, M, top, inner, align="center", fill=MUTED)
        text_block(c, word(shop.language, "order_via"), M, top + 8 * mm * s, inner,
                   8 * mm * s, max_size=small(12, s, 8), min_size=7, max_lines=1,
                   align="center", bold=True)
        bottom = top + 10 * mm * s
    headline = collection.title if collection else ""
    head_h = 14 * mm * s if headline else 0.0
    below_qr = 6 * mm * s + 13 * mm * s + 7 * mm * s  # gap, "scan to shop", the link
    pad = 3 * mm * s  # the QR card's margin round the code
    room = (H - band) - bottom - head_h - below_qr - 2 * pad
    side = min(W * 0.62, room - 12 * mm * s)
    # The group (headline, QR card, words under it) sits centred in the free room.
    top = H - band - (room - side) / 2 - pad
    if headline:
        top = text_block(c, headline, M, top, inner, head_h, max_size=24 * s,
                         min_size=12 * s, max_lines=1, align="center", bold=True)
        top -= 3 * mm * s
    url = collection.url if collection else shop.url
    _qr_card(c, url, (W - side) / 2, top - pad - side, side, s)
    scan = word(shop.language, "scan_collection" if collection else "scan_shop")
    y = text_block(c, scan, M, top - 2 * pad - side - 6 * mm * s, inner, 13 * mm * s,
                   max_size=26 * s, min_size=12 * s, max_lines=1, align="center",
                   fill=accent(shop.theme_color), bold=True)
    text_block(c, url, M, y - 1 * mm * s, inner, 7 * mm * s, max_size=small(9, s, 6),
               min_size=5, max_lines=1, align="center", fill=MUTED)


def draw_product_page(c: Canvas, sheet: Sheet, shop: ShopInfo, item: ItemInfo) -> None:
    """Cover photo to the edges, then title, price and drop dates beside the QR code."""
    W, H, b, s = sheet.width, sheet.height, sheet.bleed, scale(sheet)
    M = 12 * mm * s
    photo_bottom = H * 0.44
    if item.photo:
        draw_photo(c, reader(item.photo), -b, photo_bottom, W + 2 * b, H - photo_bottom + b)
    else:
        draw_placeholder(c, shop.theme_color, -b, photo_bottom, W + 2 * b,
                         H - photo_bottom + b)
    if item.drop:
        _badge(c, word(shop.language, "drop"), M, H - M, s, shop.theme_color)

    side = W * 0.36
    qr_x, top = W - M - side, photo_bottom - 11 * mm * s
    _qr_card(c, item.url, qr_x, top - side, side, s)
    text_block(c, word(shop.language, "scan_product"), qr_x - 4 * mm * s,
               top - side - 5 * mm * s, side + 8 * mm * s, 10 * mm * s,
               max_size=small(13, s, 8), min_size=7, max_lines=1, align="center",
               fill=accent(shop.theme_color), bold=True)

    col = W - 2 * M - side - 10 * mm * s
    y = text_block(c, item.title, M, top + 3 * mm * s, col, 40 * mm * s, max_size=30 * s,
                   min_size=12 * s, max_lines=3, bold=True)
    y = draw_price(c, shop, item, M, y - 5 * mm * s, col, s)
    lines = (drop_lines(shop, item, col, small(11, s))
             or [word(shop.language, item.availability)])
    for n, line in enumerate(lines):
        first = bool(item.drop) and n == 0  # the drop's name leads, in the theme colour
        y = text_block(c, line, M, y - (4 if n == 0 else 1) * mm * s, col, 14 * mm * s,
                       max_size=small(12 if first else 11, s), min_size=6, max_lines=2,
                       fill=accent(shop.theme_color) if first else MUTED, bold=first)
    draw_footer(c, shop, M, W - 2 * M, s)


def _badge(c: Canvas, text: str, x: float, top: float, s: float, theme: str) -> None:
    fitted = fit_text(text, 80 * mm * s, 10 * mm * s, max_size=small(13, s, 8),
                      min_size=7, max_lines=1)
    width = fonts.pdf_width(fitted.lines[0], fitted.size) + 8 * mm * s
    height = fitted.leading + 4 * mm * s
    c.setFillColor(color(theme))
    c.roundRect(x, top - height, width, height, height / 2, stroke=0, fill=1)
    draw_lines(c, fitted, x, top - 2 * mm * s, width, align="center", fill=on_color(theme),
               bold=True)


def draw_drop_page(c: Canvas, sheet: Sheet, shop: ShopInfo, drop: DropInfo) -> None:
    """The drop's name and window on the theme colour, its products, quantity and QR."""
    W, H, b, s = sheet.width, sheet.height, sheet.bleed, scale(sheet)
    M = 14 * mm * s
    inner = W - 2 * M
    ink = on_color(shop.theme_color)
    lang = shop.language
    name = fit_text(drop.name, inner, 30 * mm * s, max_size=34 * s, min_size=14 * s,
                    max_lines=2)
    window = format_window(drop.starts_at, drop.ends_at, drop.timezone, lang)
    band = M + 9 * mm * s + len(name.lines) * name.leading + 14 * mm * s + M * 0.6
    if drop.preview_at:
        band += 7 * mm * s
    c.setFillColor(color(shop.theme_color))
    c.rect(-b, H - band, W + 2 * b, band + b, stroke=0, fill=1)
    y = text_block(c, word(lang, "drop"), M, H - M, inner, 9 * mm * s, max_size=14 * s,
                   min_size=8 * s, max_lines=1, align="center", fill=ink)
    y = draw_lines(c, name, M, y - 2 * mm * s, inner, align="center", fill=ink, bold=True)
    y = text_block(c, window, M, y - 3 * mm * s, inner, 10 * mm * s, max_size=16 * s,
                   min_size=8 * s, max_lines=1, align="center", fill=ink, bold=True)
    if drop.preview_at:
        text_block(c, word(lang, "preview_from",
                           date=format_when(drop.preview_at, drop.timezone, lang)),
                   M, y - 2 * mm * s, inner, 8 * mm * s, max_size=small(11, s),
                   min_size=6, max_lines=1, align="center", fill=ink)

    # Lower third: quantity and description left, QR right; footer under it.
    side = W * 0.32
    qr_y = 28 * mm * s
    qr_x = W - M - side
    _qr_card(c, drop.url, qr_x, qr_y, side, s)
    text_block(c, word(lang, "scan_drop"), qr_x - 6 * mm * s, qr_y - 4 * mm * s,
               side + 12 * mm * s, 9 * mm * s, max_size=small(12, s, 8), min_size=6,
               max_lines=1, align="center", fill=accent(shop.theme_color), bold=True)
    col = W - 2 * M - side - 10 * mm * s
    y = qr_y + side
    if drop.cap:
        y = text_block(c, plural(lang, "limited", drop.cap), M, y, col, 16 * mm * s,
                       max_size=26 * s, min_size=12 * s, max_lines=1,
                       fill=accent(shop.theme_color), bold=True) - 3 * mm * s
    if drop.coupons:  # the drop's own code: the reason to scan during the preview
        y = draw_coupon(c, shop, drop.coupons[0], M, y, min(col, 80 * mm * s), s) - 4 * mm * s
    text_block(c, drop.description, M, y, col, max(0.0, y - qr_y), max_size=small(12, s),
               min_size=6, max_lines=6, fill=MUTED)
    draw_footer(c, shop, M, inner, s)

    # The products fill the room between the band and the QR row.
    items = list(drop.items[:4])
    if items:
        _drop_grid(c, shop, items, M, qr_y + side + 12 * mm * s, H - band - 10 * mm * s,
                   inner, s)


def _drop_grid(c: Canvas, shop: ShopInfo, items: list[ItemInfo], x: float, bottom: float,
               top: float, width: float, s: float) -> None:
    gap = 6 * mm * s
    caption = 15 * mm * s

    def photo_side(cols: int) -> float:
        rows = -(-len(items) // cols)
        cell_w = (width - gap * (cols - 1)) / cols
        cell_h = (top - bottom - gap * (rows - 1)) / rows
        return max(0.0, min(cell_w, cell_h - caption))

    # One row or two: two rows fill a tall page better, so they win unless one row
    # gives clearly larger photos (a short page such as Letter). Centred in its room.
    one_row, two_rows = len(items), -(-len(items) // 2)
    cols = two_rows if photo_side(two_rows) >= 0.85 * photo_side(one_row) else one_row
    photo = photo_side(cols)
    rows = -(-len(items) // cols)
    cell_w = (width - gap * (cols - 1)) / cols
    step = photo + caption + gap
    top -= (top - bottom - (rows * step - gap)) / 2
    for n, item in enumerate(items):
        cx = x + (n % cols) * (cell_w + gap) + (cell_w - photo) / 2
        cy = top - (n // cols) * step - photo
        if item.photo:
            draw_photo(c, reader(item.photo), cx, cy, photo, photo, radius=3 * mm * s)
        else:
            draw_placeholder(c, shop.theme_color, cx, cy, photo, photo, radius=3 * mm * s)
        y = text_block(c, item.title, cx, cy - 1.5 * mm * s, photo, 7 * mm * s,
                       max_size=small(11, s), min_size=6, max_lines=1, align="center")
        price = item.drop.price if item.drop and item.drop.price is not None else item.price
        text_block(c, format_money(price, shop.currency, shop.language), cx, y, photo,
                   7 * mm * s, max_size=12 * s, min_size=7 * s, max_lines=1, align="center",
                   fill=accent(shop.theme_color), bold=True)
