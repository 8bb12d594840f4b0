"""Pieces several poster layouts share: scale, channels line, price with strike, coupon, footer."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..core.money import format_money
from . import fonts
from .pdf_draw import (
    MUTED,
    Sheet,
    accent,
    draw_lines,
    draw_logo,
    fit_text,
    reader,
    text_block,
)
from .poster_data import CouponInfo, ItemInfo, ShopInfo
from .poster_words import plural, window_text, word

A4_WIDTH, A4_HEIGHT = 210 * mm, 297 * mm
RULE = HexColor("#d9d9de")


def scale(sheet: Sheet) -> float:
    """How big this paper is next to A4 (A5 0.7, A6 0.5, Letter about 0.94)."""
    return min(sheet.width / A4_WIDTH, sheet.height / A4_HEIGHT)


def small(size: float, s: float, floor: float = 7.0) -> float:
    """A small text size scaled to the paper, but never below what still reads in print."""
    return max(floor, size * s)


def channel_text(shop: ShopInfo, width: float, size: float) -> str:
    """``微信 xiaoman · WhatsApp +86… · 邮箱 …`` in the shop's language, packed in lines.

    Lines break between channels, never inside one, so no line starts or ends with
    a separator; each line fits ``width`` at ``size`` unless one channel alone is wider.
    """
    sep = "  ·  "
    lines: list[str] = []
    for kind, value in shop.channels:
        shown = f"@{value}" if kind == "telegram" else value
        part = f"{word(shop.language, 'channel.' + kind)} {shown}"
        if lines and fonts.pdf_width(lines[-1] + sep + part, size) <= width:
            lines[-1] += sep + part
        else:
            lines.append(part)
    return "\n".join(lines)


def drop_lines(shop: ShopInfo, item: ItemInfo, width: float, size: float) -> list[str]:
    """The drop's name, window and limited quantity for a product poster (empty: no drop)."""
    if item.drop is None:
        return []
    d, lang = item.drop, shop.language
    window = window_text(d.starts_at, d.ends_at, d.timezone, lang,
                         lambda text: fonts.pdf_width(text, size) <= width)
    lines = [d.name, window]
    if d.cap:
        lines.append(plural(lang, "limited", d.cap))
    return lines


def draw_price(c: Canvas, shop: ShopInfo, item: ItemInfo, x: float, top: float,
               width: float, s: float) -> float:
    """The price large in the theme colour, the old price struck through beside it.

    In a drop the drop price is the price and the regular one is struck; returns the y
    under the price line.
    """
    lang, cur = shop.language, shop.currency
    price, old = item.price, item.compare_at
    if item.drop and item.drop.price is not None and item.drop.price != item.price:
        price, old = item.drop.price, item.price
    big = fit_text(format_money(price, cur, lang), width, 16 * mm * s, max_size=30 * s,
                   min_size=12 * s, max_lines=1)
    y = draw_lines(c, big, x, top, width, fill=accent(shop.theme_color), bold=True)
    if old and old > price:
        after = x + fonts.pdf_width(big.lines[0], big.size) + 4 * mm * s
        room = x + width - after
        was = fit_text(format_money(old, cur, lang), max(room, 1.0), 10 * mm * s,
                         max_size=14 * s, min_size=7 * s, max_lines=1)
        if room > 10 * mm * s and not was.lines[0].endswith("…"):
            # On the same baseline as the big price, with a line through its middle.
            base = y + (big.leading - big.size) / 2 + big.size * 0.22
            c.setFont(fonts.register_reportlab_font(), was.size)
            c.setFillColor(MUTED)
            c.drawString(after, base, was.lines[0])
            c.setStrokeColor(MUTED)
            c.setLineWidth(max(0.6, was.size * 0.07))
            mid = base + was.size * 0.3
            c.line(after, mid, after + fonts.pdf_width(was.lines[0], was.size), mid)
    if item.drop and item.drop.price is not None:
        y = text_block(c, word(lang, "drop_price"), x, y, width, 8 * mm * s,
                       max_size=small(10, s), min_size=6, max_lines=1, fill=MUTED)
    return y


def coupon_words(shop: ShopInfo, coupon: CouponInfo) -> tuple[str, str]:
    """``Code WINTER-15`` and ``15% off on orders from ¥100.00``, in the shop's language."""
    lang, cur = shop.language, shop.currency
    if coupon.kind == "percent":
        discount = (word(lang, "coupon_free") if coupon.value >= 100
                    else word(lang, "coupon_percent", n=coupon.value))
    else:
        discount = word(lang, "coupon_fixed", amount=format_money(coupon.value, cur, lang))
    if coupon.min_order:
        discount = word(lang, "coupon_min", discount=discount,
                        min=format_money(coupon.min_order, cur, lang))
    return word(lang, "coupon_code", code=coupon.code), discount


def draw_coupon(c: Canvas, shop: ShopInfo, coupon: CouponInfo, x: float, top: float,
                width: float, s: float) -> float:
    """The coupon as a ticket: a dashed frame round its code and discount; returns the
    y under it."""
    code, discount = coupon_words(shop, coupon)
    pad = 3 * mm * s
    inner = width - 2 * pad
    head = fit_text(code, inner, 10 * mm * s, max_size=small(15, s, 9), min_size=7,
                    max_lines=1)
    body = fit_text(discount, inner, 12 * mm * s, max_size=small(11, s), min_size=6,
                    max_lines=2)
    height = 2 * pad + head.leading * len(head.lines) + body.leading * len(body.lines)
    c.saveState()
    c.setStrokeColor(accent(shop.theme_color))
    c.setLineWidth(1.0)
    c.setDash(4, 2.5)
    c.roundRect(x, top - height, width, height, 2.5 * mm * s, stroke=1, fill=0)
    c.restoreState()
    y = draw_lines(c, head, x + pad, top - pad, inner, fill=accent(shop.theme_color),
                   bold=True)
    draw_lines(c, body, x + pad, y, inner, fill=MUTED)
    return top - height


def draw_footer(c: Canvas, shop: ShopInfo, x: float, width: float, s: float) -> None:
    """A hairline, the small logo and the shop's name at the foot of the page."""
    y = 14 * mm * s
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(x, y, x + width, y)
    side = 7 * mm * s
    text_x = x
    if shop.logo:
        draw_logo(c, reader(shop.logo), x, y - 2.5 * mm * s - side, side)
        text_x += side + 3 * mm * s
    text_block(c, shop.name, text_x, y - 2.5 * mm * s, x + width - text_x, side,
               max_size=small(11, s), min_size=6, max_lines=1, fill=MUTED)

