"""Drawing on a reportlab canvas: vector QR codes, fitted text, cropped photos, crop marks."""

from __future__ import annotations

import functools
import hashlib
import io
from dataclasses import dataclass
from typing import Literal

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from . import fonts
from .images import _open_stored
from .qr import MIN_BORDER, contrast_ratio, qr_rows
from .textfit import Fitted, fit

# Binary streams instead of ASCII85: a quarter smaller, and without reportlab's C
# accelerator (not installed) ASCII85 is slow pure Python, about a second per 100
# photos. Every PDF reader reads binary streams; purchase_pdf.py imports this too.
rl_config.useA85 = 0

INK = HexColor("#1d1d1f")
MUTED = HexColor("#5f6368")
MARK_LENGTH = 5 * mm  # crop marks: the usual 5 mm strokes ...
MARK_OFFSET = 3 * mm  # ... starting 3 mm from the trim so they never print on the piece


@dataclass(frozen=True)
class Sheet:
    """A page's trim size in points plus its bleed and the slug area for crop marks."""

    width: float
    height: float
    bleed: float = 0.0
    crop_marks: bool = False

    @property
    def margin(self) -> float:
        """Space outside the trim on each side of the PDF page."""
        marks = MARK_OFFSET + MARK_LENGTH + 1 * mm if self.crop_marks else 0.0
        return max(self.bleed, marks)

    @property
    def page_size(self) -> tuple[float, float]:
        return self.width + 2 * self.margin, self.height + 2 * self.margin


def start_page(c: Canvas, sheet: Sheet) -> None:
    """Set the page size and boxes; draw from here in trim coordinates (0,0 bottom left)."""
    c.setPageSize(sheet.page_size)
    m = sheet.margin
    if m:
        # TrimBox and BleedBox tell the print shop's software where to cut.
        c.setTrimBox((m, m, m + sheet.width, m + sheet.height))
        c.setBleedBox((m - sheet.bleed, m - sheet.bleed, m + sheet.width + sheet.bleed,
                       m + sheet.height + sheet.bleed))
    c.saveState()
    c.translate(m, m)


def end_page(c: Canvas, sheet: Sheet) -> None:
    """Crop marks (outside the trim, in registration black) and the page break."""
    c.restoreState()
    if sheet.crop_marks:
        m = sheet.margin
        c.saveState()
        c.setLineWidth(0.25)
        c.setStrokeColorCMYK(1, 1, 1, 1)  # registration: shows on every printing plate
        for x in (m, m + sheet.width):
            for y in (m, m + sheet.height):
                sx = -1 if x == m else 1
                sy = -1 if y == m else 1
                c.line(x + sx * MARK_OFFSET, y, x + sx * (MARK_OFFSET + MARK_LENGTH), y)
                c.line(x, y + sy * MARK_OFFSET, x, y + sy * (MARK_OFFSET + MARK_LENGTH))
        c.restoreState()
    c.showPage()


def color(hex_text: str) -> Color:
    return HexColor(hex_text if hex_text.startswith("#") else "#" + hex_text)


def accent(theme: str) -> Color:
    """The theme colour for words on white, or ink when it is too pale to read (< 3:1)."""
    return color(theme) if contrast_ratio(theme, "#ffffff") >= 3.0 else INK


def on_color(background: str) -> Color:
    """White text on a dark theme colour, near-black on a light one (readable either way)."""
    return white if contrast_ratio("#ffffff", background) >= 3.0 else INK


@functools.lru_cache(maxsize=512)
def _qr_path(text: str, ec: str) -> tuple[str, int]:
    """PDF path operators of the dark runs, in module units, and the module count."""
    matrix = qr_rows(text, ec)
    ops = []
    for y, row in enumerate(matrix):
        x, n = 0, len(row)
        while x < n:
            if not row[x]:
                x += 1
                continue
            end = x
            while end < n and row[end]:
                end += 1
            ops.append(f"{x} {y} {end - x} 1 re")
            x = end
    return "\n".join(ops), len(matrix)


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float, *, ec: str = "M",
            fg: Color = INK) -> None:
    """The QR code as vector squares in a ``size`` box including its white quiet zone.

    One path of merged runs in whole module units, placed by a transform: filled as a
    whole, neighbouring modules show no hairline seams, the file stays small, and
    writing integers is far quicker than reportlab formatting ~300 floats per code.
    """
    ops, n = _qr_path(text, ec)
    module = size / (n + 2 * MIN_BORDER)
    c.saveState()
    c.setFillColor(white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColor(fg)
    # Origin at the top-left module, y downwards: rows are written as they are read.
    c.translate(x + MIN_BORDER * module, y + size - MIN_BORDER * module)
    c.scale(module, -module)
    c.addLiteral(ops + "\nf")
    c.restoreState()


def fit_text(text: str, width: float, height: float, *, max_size: float, min_size: float,
             max_lines: int = 99, leading: float = 1.2) -> Fitted:
    """The text wrapped and sized for a box, measured in the shipped font."""
    return fit(text, width, height, fonts.pdf_width, max_size=max_size, min_size=min_size,
               max_lines=max_lines, leading=leading)


def draw_lines(c: Canvas, fitted: Fitted, x: float, top: float, width: float, *,
               align: str = "left", fill: Color = INK, bold: bool = False) -> float:
    """Draw fitted lines below ``top``; returns the y just under the last line."""
    c.saveState()
    c.setFont(fonts.register_reportlab_font(), fitted.size)
    c.setFillColor(fill)
    mode: Literal[2] | None = None
    if bold:
        # The shipped font has one weight; fill plus a thin stroke of the same colour
        # (render mode 2) makes headings heavier and keeps them real, searchable text.
        c.setStrokeColor(fill)
        c.setLineWidth(fitted.size * 0.035)
        c.setLineJoin(1)
        mode = 2
    y = top
    for line in fitted.lines:
        y -= fitted.leading
        # The baseline sits above the line's bottom by the descent (about a fifth).
        base = y + (fitted.leading - fitted.size) / 2 + fitted.size * 0.22
        if align == "center":
            c.drawCentredString(x + width / 2, base, line, mode=mode)
        elif align == "right":
            c.drawRightString(x + width, base, line, mode=mode)
        else:
            c.drawString(x, base, line, mode=mode)
    c.restoreState()
    return y


def text_block(c: Canvas, text: str, x: float, top: float, width: float, height: float, *,
               max_size: float, min_size: float, max_lines: int = 99,
               align: str = "left", fill: Color = INK, bold: bool = False) -> float:
    """Fit and draw in one call; returns the y under the text (``top`` when empty)."""
    if not text.strip():
        return top
    fitted = fit_text(text, width, height, max_size=max_size, min_size=min_size,
                      max_lines=max_lines)
    return draw_lines(c, fitted, x, top, width, align=align, fill=fill, bold=bold)


class Picture:
    """An image for ``drawImage`` that reportlab knows by the SHA-256 of its bytes.

    Given an ImageReader, reportlab decodes every picture on every call only to hash
    its pixels (to embed it once); given this, it hashes ``str(self)``, so a photo
    is decoded at most once per PDF and a JPEG never: its bytes are embedded as
    they are (DCTDecode). Everything else is the wrapped ImageReader's.
    """

    def __init__(self, data: bytes) -> None:
        _open_stored(data)  # a stored bomb or non-image is one sentence, not Pillow's error
        self._reader = ImageReader(io.BytesIO(data))
        self._key = "sha256:" + hashlib.sha256(data).hexdigest()

    def __str__(self) -> str:
        return self._key

    def getSize(self) -> tuple[int, int]:  # reportlab asks for the size by this name
        return self._reader.getSize()

    def __getattr__(self, name: str) -> object:
        return getattr(self._reader, name)


def reader(data: bytes) -> Picture:
    """The image bytes ready for draw_photo/draw_logo."""
    return Picture(data)


def draw_photo(c: Canvas, image: Picture, x: float, y: float, w: float, h: float, *,
               radius: float = 0.0) -> None:
    """Fill the box with the photo, cropped to its centre (never stretched)."""
    iw, ih = image.getSize()
    scale = max(w / iw, h / ih)
    dw, dh = iw * scale, ih * scale
    c.saveState()
    path = c.beginPath()
    if radius:
        path.roundRect(x, y, w, h, radius)
    else:
        path.rect(x, y, w, h)
    c.clipPath(path, stroke=0, fill=0)
    c.drawImage(image, x + (w - dw) / 2, y + (h - dh) / 2, dw, dh, mask="auto")
    c.restoreState()


def tint(theme: str, share: float = 0.12) -> Color:
    """The theme colour mixed into white (``share`` of it): a quiet background."""
    base = color(theme)
    return Color(1 - share * (1 - base.red), 1 - share * (1 - base.green),
                 1 - share * (1 - base.blue))


def draw_placeholder(c: Canvas, theme: str, x: float, y: float, w: float, h: float, *,
                     radius: float = 0.0) -> None:
    """Where a product has no photo: a pale tint of the theme and a small picture sign
    (frame, sun, hills), so the space reads as "no photo" rather than a printing fault."""
    c.saveState()
    c.setFillColor(tint(theme))
    if radius:
        c.roundRect(x, y, w, h, radius, stroke=0, fill=1)
    else:
        c.rect(x, y, w, h, stroke=0, fill=1)
    side = min(w, h) * 0.34
    left, bottom = x + (w - side) / 2, y + (h - side * 0.8) / 2
    ink = tint(theme, 0.45)
    c.setStrokeColor(ink)
    c.setFillColor(ink)
    c.setLineWidth(max(0.8, side * 0.045))
    c.setLineJoin(1)
    c.roundRect(left, bottom, side, side * 0.8, side * 0.08, stroke=1, fill=0)
    c.circle(left + side * 0.7, bottom + side * 0.58, side * 0.08, stroke=0, fill=1)
    hills = c.beginPath()
    hills.moveTo(left + side * 0.1, bottom + side * 0.1)
    hills.lineTo(left + side * 0.38, bottom + side * 0.45)
    hills.lineTo(left + side * 0.58, bottom + side * 0.24)
    hills.lineTo(left + side * 0.72, bottom + side * 0.36)
    hills.lineTo(left + side * 0.9, bottom + side * 0.1)
    hills.close()
    c.drawPath(hills, stroke=0, fill=1)
    c.restoreState()


def draw_logo(c: Canvas, image: Picture, x: float, y: float, side: float) -> None:
    """The logo fitted (not cropped) in a square: logos are drawn whole."""
    c.drawImage(image, x, y, side, side, mask="auto", preserveAspectRatio=True, anchor="c")
