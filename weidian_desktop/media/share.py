"""Share images for chat timelines (Pillow): story and square per product or drop, post grids.

Drawing takes the plain data of media.poster_data, so it can run in a worker;
media/outputs.py reads the shop and calls these (the CLI's and the app's one path).
"""

from __future__ import annotations

import io

from PIL import Image

from ..core.errors import ValidationError
from ..core.i18n import _
from ..core.money import format_money
from .fonts import pil_width
from .poster_data import (
    DropInfo,
    ItemInfo,
    ShopInfo,
)
from .poster_words import plural, window_text, word
from .qr import parse_color, qr_png
from .share_draw import (
    INK,
    MUTED,
    Canvas,
    accent,
    cover,
    on_theme,
    paste_logo,
    placeholder,
    rounded,
    text_box,
)

FORMATS = {"story": (1080, 1920), "square": (1080, 1080)}
GRID_SIZE = 1080
MAX_GRID = 9


def _qr_tile(url: str, side: int) -> Image.Image:
    """The QR code scaled by whole pixels per module (sharp edges), centred in ``side``."""
    code = Image.open(io.BytesIO(qr_png(url, box=1))).convert("RGB")
    box = max(1, side // code.width)
    code = code.resize((code.width * box, code.height * box), Image.Resampling.NEAREST)
    tile = Image.new("RGB", (side, side), "white")
    tile.paste(code, ((side - code.width) // 2, (side - code.height) // 2))
    return tile


def _price_text(shop: ShopInfo, item: ItemInfo) -> tuple[str, str | None]:
    price, old = item.price, item.compare_at
    if item.drop and item.drop.price is not None and item.drop.price != item.price:
        price, old = item.drop.price, item.price
    was = format_money(old, shop.currency, shop.language) if old and old > price else None
    return format_money(price, shop.currency, shop.language), was


def _details(cv: Canvas, shop: ShopInfo, title: str, price: tuple[str, str | None] | None,
             lines: list[str], box: tuple[int, int, int, int], scan: str, url: str,
             qr_side: int) -> None:
    """Title, price and extra lines on the left of the box, the QR and "scan" on the right."""
    x0, y0, x1, _ = box
    theme = accent(shop.theme_color)
    qr_x = x1 - qr_side
    cv.image.paste(_qr_tile(url, qr_side), (qr_x, y0))
    text_box(cv.draw, scan, (qr_x - 30, y0 + qr_side + 14, x1 + 30, y0 + qr_side + 74),
             max_size=40, min_size=22, max_lines=1, fill=theme, align="center", bold=True)
    col = qr_x - 50
    y = text_box(cv.draw, title, (x0, y0 - 8, col, y0 + 230), max_size=72, min_size=36,
                 max_lines=3, fill=INK, bold=True)
    if price:
        now, was = price
        y = text_box(cv.draw, now, (x0, y + 18, col, y + 118), max_size=88, min_size=40,
                     max_lines=1, fill=theme, bold=True)
        if was:
            end = text_box(cv.draw, was, (x0, y + 4, col, y + 54), max_size=40, min_size=24,
                           max_lines=1, fill=MUTED)
            width = cv.draw.textlength(was, font=cv.font(40))
            cv.draw.line((x0, (y + 4 + end) // 2 + 2, x0 + min(width, col - x0),
                          (y + 4 + end) // 2 + 2), fill=MUTED, width=3)
            y = end
    for n, line in enumerate(lines):
        y = text_box(cv.draw, line, (x0, y + (22 if n == 0 else 6), col, y + 120),
                     max_size=38, min_size=24, max_lines=2, fill=theme if n == 0 else MUTED,
                     bold=n == 0)


def _footer(cv: Canvas, shop: ShopInfo, y: int) -> None:
    """The shop's logo and name on a line at ``y`` (centre), small and quiet."""
    x = 80
    if shop.logo:
        paste_logo(cv.image, shop.logo, (x, y - 32), 64)
        x += 84
    text_box(cv.draw, shop.name, (x, y - 28, cv.image.width - 80, y + 32), max_size=36,
             min_size=22, max_lines=1, fill=MUTED)


def _window(shop: ShopInfo, starts: str, ends: str, timezone: str) -> str:
    # The details column is about 560 px wide; the window is drawn at 38 px.
    return window_text(starts, ends, timezone, shop.language,
                       lambda text: pil_width(text, 38) <= 560)


def _drop_lines(shop: ShopInfo, item: ItemInfo) -> list[str]:
    if item.drop is None:
        return [word(shop.language, item.availability)]
    d = item.drop
    lines = [d.name, _window(shop, d.starts_at, d.ends_at, d.timezone)]
    return lines + ([plural(shop.language, "limited", d.cap)] if d.cap else [])


def product_image(shop: ShopInfo, item: ItemInfo, fmt: str = "story") -> bytes:
    """A story (1080x1920) or square (1080x1080) image of one product."""
    cv = Canvas.new(_size(fmt))
    W, H = cv.image.size
    photo_h = W if fmt == "story" else H - 420
    if item.photo:
        cv.image.paste(cover(item.photo, (W, photo_h)), (0, 0))
    else:
        placeholder(cv, (0, 0, W, photo_h), shop.theme_color)
    if item.drop:
        rounded(cv, word(shop.language, "drop"), (60, 60), shop.theme_color)
    top = photo_h + (70 if fmt == "story" else 44)
    qr_side = 380 if fmt == "story" else 270
    lines = _drop_lines(shop, item) if fmt == "story" else []
    _details(cv, shop, item.title, _price_text(shop, item), lines,
             (80, top, W - 80, H), word(shop.language, "scan_product"), item.url, qr_side)
    if fmt == "story":
        _footer(cv, shop, H - 90)
    return cv.png()


def drop_image(shop: ShopInfo, drop: DropInfo, fmt: str = "story") -> bytes:
    """A story or square image of a drop: its products, window, quantity and QR."""
    cv = Canvas.new(_size(fmt))
    W, H = cv.image.size
    photos = [i.photo for i in drop.items if i.photo][:4]
    grid_h = W if fmt == "story" else H - 420
    _photo_grid(cv, photos, (0, 0, W, grid_h), shop.theme_color)
    rounded(cv, word(shop.language, "drop"), (60, 60), shop.theme_color)
    lines = [_window(shop, drop.starts_at, drop.ends_at, drop.timezone)]
    if drop.cap:
        lines.append(plural(shop.language, "limited", drop.cap))
    top = grid_h + (70 if fmt == "story" else 44)
    _details(cv, shop, drop.name, None, lines if fmt == "story" else lines[:1],
             (80, top, W - 80, H), word(shop.language, "scan_drop"), drop.url,
             380 if fmt == "story" else 270)
    if fmt == "story":
        _footer(cv, shop, H - 90)
    return cv.png()


def _photo_grid(cv: Canvas, photos: list[bytes], box: tuple[int, int, int, int],
                theme: str) -> None:
    x0, y0, x1, y1 = box
    if not photos:
        placeholder(cv, box, theme)
        return
    cols = 1 if len(photos) == 1 else 2
    rows = 1 if len(photos) <= 2 else 2
    w, h = (x1 - x0) // cols, (y1 - y0) // rows
    for n, photo in enumerate(photos):
        wide = len(photos) == 3 and n == 2  # three photos: the third spans the width
        cell = cover(photo, (x1 - x0 if wide else w, h))
        cv.image.paste(cell, (x0 + (n % cols) * w, y0 + (n // cols) * h))


def post_grid(shop: ShopInfo, title: str, photos: list[bytes], url: str) -> list[bytes]:
    """The post's photos as 1080x1080 squares numbered in posting order ("3/9").

    A post with fewer than nine photos gets a last tile with its QR code, so the set
    always leads back to the shop.
    """
    if not photos:
        raise ValidationError(_("The post has no photos to make a grid from."), field="images")
    photos = photos[:MAX_GRID]
    total = len(photos) + (1 if len(photos) < MAX_GRID else 0)
    out = []
    for n, photo in enumerate(photos, start=1):
        cv = Canvas(cover(photo, (GRID_SIZE, GRID_SIZE)))
        _number(cv, word(shop.language, "grid_number", n=n, total=total))
        out.append(cv.png())
    if total > len(photos):
        cv = Canvas.new((GRID_SIZE, GRID_SIZE))
        cv.draw.rectangle((0, 0, GRID_SIZE, 200), fill=parse_color(shop.theme_color))
        text_box(cv.draw, title, (80, 40, GRID_SIZE - 80, 170), max_size=60, min_size=30,
                 max_lines=2, fill=on_theme(shop.theme_color), align="center", bold=True)
        cv.image.paste(_qr_tile(url, 560), ((GRID_SIZE - 560) // 2, 260))
        text_box(cv.draw, word(shop.language, "scan_shop"), (80, 850, GRID_SIZE - 80, 930),
                 max_size=56, min_size=30, max_lines=1, fill=accent(shop.theme_color),
                 align="center", bold=True)
        _footer(cv, shop, 990)
        _number(cv, word(shop.language, "grid_number", n=total, total=total))
        out.append(cv.png())
    return out


def _number(cv: Canvas, text: str) -> None:
    """The position badge in the top right corner, dark and round, readable on any photo."""
    font = cv.font(44)
    width = int(cv.draw.textlength(text, font=font)) + 48
    x1, y0 = cv.image.width - 40, 40
    cv.draw.rounded_rectangle((x1 - width, y0, x1, y0 + 76), radius=38, fill=(0, 0, 0))
    cv.draw.text((x1 - width / 2, y0 + 38), text, font=font, fill=(255, 255, 255),
                 anchor="mm")


def _size(fmt: str) -> tuple[int, int]:
    if fmt not in FORMATS:
        raise ValidationError(_("Share format {fmt!r} is not story or square.").format(
                                  fmt=fmt), field="format")
    return FORMATS[fmt]
