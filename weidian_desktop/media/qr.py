"""QR codes (qrcode) as a module matrix, PNG or SVG, with checked colours and logo.

Only qrcode's matrix is used (the smallest version that holds the text, the mask the
library scores best); drawing is ours: posters and labels draw vector squares and
PNG/SVG are written here, so qrcode's own image path (Pillow per module) never runs.
"""

from __future__ import annotations

import base64
import functools
import io
import re

import qrcode
from PIL import Image
from qrcode.exceptions import DataOverflowError

from ..core.errors import ValidationError
from ..core.i18n import _
from ..core.urls import check_campaign, with_campaign
from .images import _open_stored

EC_LEVELS = ("L", "M", "Q", "H")
MIN_BORDER = 4  # the quiet zone the QR specification requires, in modules
MIN_CONTRAST = 4.5  # WCAG AA for text; phone scanners fail well before 3:1 in dim light
LOGO_SIDE = 0.3  # the pad's side as a share of the code: 9% of the area, H restores 30%
_EC_CONSTANTS = {"L": qrcode.ERROR_CORRECT_L, "M": qrcode.ERROR_CORRECT_M,
                 "Q": qrcode.ERROR_CORRECT_Q, "H": qrcode.ERROR_CORRECT_H}
_HEX = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")

Matrix = tuple[bytes, ...]  # rows of 0/1 bytes: cheap to hash, slice and turn into pixels


def check_options(ec: str, box: int = 10) -> None:
    """Refuse an error correction level or a PNG module size that does not exist."""
    if ec not in EC_LEVELS:
        raise ValidationError(_("QR error correction {ec!r} is not one of L, M, Q or H.")
                              .format(ec=ec), field="ec")
    if not 1 <= box <= 100:
        raise ValidationError(_("A QR module must be 1 to 100 pixels, not {box}.").format(
            box=box), field="box")


@functools.lru_cache(maxsize=256)
def _matrix(text: str, ec: str) -> Matrix:
    check_options(ec)
    if not text:
        raise ValidationError(_("A QR code needs some text or a link to hold."), field="text")
    # border=0: the quiet zone is drawn by each writer (MIN_BORDER), not in the matrix.
    code = qrcode.QRCode(error_correction=_EC_CONSTANTS[ec], border=0)
    code.add_data(text)
    try:
        code.make(fit=True)  # the smallest version; the library scores the 8 masks
    except (DataOverflowError, ValueError):
        raise ValidationError(_("The text is too long for a QR code ({n} characters); use a "
                                "shorter link.").format(
                                  n=len(text)), field="text") from None
    return tuple(bytes(map(bool, row)) for row in code.modules)  # made: no cell is None


def qr_matrix(text: str, ec: str = "M") -> list[list[bool]]:
    """The QR code's modules (True is dark), without the quiet zone."""
    return [[bool(m) for m in row] for row in _matrix(text, ec.upper())]


def qr_rows(text: str, ec: str = "M") -> Matrix:
    """The modules as rows of 0/1 bytes (cached): the fast form for drawing."""
    return _matrix(text, ec.upper())


def parse_color(value: str, field: str = "color") -> tuple[int, int, int]:
    """``#rgb`` or ``#rrggbb`` as an RGB tuple."""
    match = _HEX.fullmatch((value or "").strip())
    if not match:
        raise ValidationError(_("{value!r} is not a colour like #1a1a1a.").format(
                                  value=value), field=field)
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def luminance(rgb: tuple[int, int, int]) -> float:
    """Relative luminance as WCAG 2 defines it (0 black, 1 white)."""
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio between two colours, from 1 (none) to 21 (black on white)."""
    a, b = luminance(parse_color(fg, "fg")), luminance(parse_color(bg, "bg"))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def check_colors(fg: str, bg: str) -> None:
    """Refuse colours a phone would not scan: a light code, or too little contrast."""
    light_fg = luminance(parse_color(fg, "fg")) >= luminance(parse_color(bg, "bg"))
    if light_fg:
        raise ValidationError(
            _("The QR colour {fg} is not darker than its background {bg}; many scanners only "
              "read a dark code on a light background.").format(
                fg=fg, bg=bg), field="fg")
    ratio = contrast_ratio(fg, bg)
    if ratio < MIN_CONTRAST:
        raise ValidationError(
            _("The QR colour {fg} on {bg} has a contrast ratio of {ratio:.1f}:1, below the "
              "{min_contrast}:1 scanners need; choose a darker colour or a lighter "
              "background.").format(
                fg=fg, bg=bg, ratio=ratio, min_contrast=MIN_CONTRAST), field="fg")


def _checked(text: str, ec: str, border: int, fg: str, bg: str,
             logo: bytes | None) -> tuple[Matrix, int]:
    if border < MIN_BORDER:
        raise ValidationError(_("The quiet zone around a QR code must be at least {min_border} "
                                "modules, not {border}.").format(
                                  min_border=MIN_BORDER, border=border), field="border")
    check_colors(fg, bg)
    matrix = _matrix(text, "H" if logo else ec.upper())  # a logo needs the most redundancy
    return matrix, len(matrix)


def _logo_box(n: int, border: int) -> tuple[int, int]:
    """Top-left and side of the logo pad, in modules, centred on the module grid."""
    side = int(n * LOGO_SIDE)
    side -= (n - side) % 2  # same number of modules left and right of the pad
    return border + (n - side) // 2, side


def _logo_image(logo: bytes, side_px: int) -> Image.Image:
    im = _open_stored(logo).convert("RGBA")
    im.thumbnail((side_px, side_px), Image.Resampling.LANCZOS)
    return im


def qr_png(text: str, *, ec: str = "M", box: int = 10, border: int = MIN_BORDER,
           fg: str = "#000000", bg: str = "#ffffff", logo: bytes | None = None) -> bytes:
    """The QR code as a PNG, ``box`` pixels per module, with an optional centre logo."""
    check_options(ec.upper(), box)
    matrix, n = _checked(text, ec, border, fg, bg, logo)
    side = n + 2 * border
    quiet = b"\x00" * border
    rows = [quiet + bytes(row) + quiet for row in matrix]
    blank = b"\x00" * side
    pixels = blank * border + b"".join(rows) + blank * border
    im = Image.frombytes("P", (side, side), pixels)
    im.putpalette([*parse_color(bg), *parse_color(fg)])
    im = im.resize((side * box, side * box), Image.Resampling.NEAREST)
    if logo:
        start, pad = _logo_box(n, border)
        im = im.convert("RGB")
        im.paste(parse_color(bg), (start * box, start * box, (start + pad) * box,
                                   (start + pad) * box))
        picture = _logo_image(logo, (pad - 2) * box)  # one module of pad all round
        at = (start * box + (pad * box - picture.width) // 2,
              start * box + (pad * box - picture.height) // 2)
        im.paste(picture, at, picture)
    out = io.BytesIO()
    im.save(out, "PNG", optimize=False)
    return out.getvalue()


def qr_svg(text: str, *, ec: str = "M", box: int = 10, border: int = MIN_BORDER,
           fg: str = "#000000", bg: str = "#ffffff", logo: bytes | None = None) -> str:
    """The QR code as SVG: one path of the runs of dark modules, in module units.

    A single path (rather than a rectangle per module) has no hairline seams between
    neighbouring modules in anti-aliasing viewers and keeps the file small.
    """
    matrix, n = _checked(text, ec, border, fg, bg, logo)
    side = n + 2 * border
    pad_start, pad = _logo_box(n, border) if logo else (0, 0)
    rects = []
    for y, row in enumerate(matrix):
        x = 0
        while x < n:
            if not row[x]:
                x += 1
                continue
            run = x
            while run < n and row[run]:
                run += 1
            rects.append(f"M{x + border} {y + border}h{run - x}v1h-{run - x}z")
            x = run
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{side * box}" height="{side * box}" '
        f'viewBox="0 0 {side} {side}" shape-rendering="crispEdges">',
        f'<rect width="{side}" height="{side}" fill="{_hex(bg)}"/>',
        f'<path fill="{_hex(fg)}" d="{"".join(rects)}"/>',
    ]
    if logo:
        picture = _logo_image(logo, 256)
        out = io.BytesIO()
        picture.save(out, "PNG")
        data = base64.b64encode(out.getvalue()).decode("ascii")
        parts += [
            f'<rect x="{pad_start}" y="{pad_start}" width="{pad}" height="{pad}" '
            f'fill="{_hex(bg)}"/>',
            f'<image x="{pad_start + 1}" y="{pad_start + 1}" width="{pad - 2}" '
            f'height="{pad - 2}" preserveAspectRatio="xMidYMid meet" '
            # xlink:href, not SVG 2's plain href: Qt, Inkscape and older viewers
            # only read the SVG 1.1 form; browsers read both.
            f'xlink:href="data:image/png;base64,{data}"/>',
        ]
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _hex(color: str) -> str:
    return "#{:02x}{:02x}{:02x}".format(*parse_color(color))


def campaign_url(url: str, tag: str) -> str:
    """The link with ``src=tag`` in its query (see core.urls.with_campaign)."""
    return with_campaign(url, check_campaign(tag))
