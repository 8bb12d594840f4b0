"""Pillow drawing for share images: a canvas, cropped photos, fitted text, badges."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFont

from . import fonts
from .images import _open_stored, _to_rgb
from .qr import contrast_ratio, parse_color
from .textfit import fit

INK = (29, 29, 31)
MUTED = (95, 99, 104)
RGB = tuple[int, int, int]


@dataclass
class Canvas:
    """An RGB image with its ImageDraw, drawn in the shipped font."""

    image: Image.Image
    draw: ImageDraw.ImageDraw = field(init=False)

    def __post_init__(self) -> None:
        self.draw = ImageDraw.Draw(self.image)

    @classmethod
    def new(cls, size: tuple[int, int]) -> Canvas:
        return cls(Image.new("RGB", size, "white"))

    @staticmethod
    def font(size: int) -> ImageFont.FreeTypeFont:
        return fonts.pil_font(size)

    def png(self) -> bytes:
        out = io.BytesIO()
        # compress_level 3: a third of level 9's time for files ~10% larger; chat apps
        # recompress the image anyway.
        self.image.save(out, "PNG", compress_level=3)
        return out.getvalue()


def cover(data: bytes, size: tuple[int, int]) -> Image.Image:
    """The photo cropped to the box's proportions around its centre, then resized."""
    im = _open_stored(data)
    im.draft("RGB", size)  # JPEGs decode straight at a smaller scale when they can
    im = _to_rgb(im)
    if im.mode == "RGBA":
        flat = Image.new("RGB", im.size, "white")
        flat.paste(im, mask=im.getchannel("A"))
        im = flat
    w, h = size
    scale = max(w / im.width, h / im.height)
    crop_w, crop_h = w / scale, h / scale
    left, top = (im.width - crop_w) / 2, (im.height - crop_h) / 2
    return im.resize(size, Image.Resampling.LANCZOS,
                     box=(left, top, left + crop_w, top + crop_h))


def paste_logo(target: Image.Image, data: bytes, at: tuple[int, int], side: int) -> None:
    """The logo fitted whole in a ``side`` square, transparency kept."""
    im = _open_stored(data).convert("RGBA")
    im.thumbnail((side, side), Image.Resampling.LANCZOS)
    target.paste(im, (at[0] + (side - im.width) // 2, at[1] + (side - im.height) // 2), im)


def _measure(text: str, size: float) -> float:
    return fonts.pil_width(text, max(1, int(size)))


def text_box(draw: ImageDraw.ImageDraw, text: str, box: tuple[int, int, int, int], *,
             max_size: int, min_size: int, max_lines: int, fill: RGB,
             align: str = "left", bold: bool = False) -> int:
    """Fit ``text`` in the box (wrap, shrink, ellipsize) and draw it; returns the y under it."""
    x0, y0, x1, y1 = box
    if not text.strip():
        return y0
    fitted = fit(text, x1 - x0, y1 - y0, _measure, max_size=max_size, min_size=min_size,
                 max_lines=max_lines, leading=1.22)
    size = max(1, int(fitted.size))
    font = fonts.pil_font(size)
    y = float(y0)
    for line in fitted.lines:
        # "ls"/"ms"/"rs": anchored on the baseline, so mixed Chinese and Latin lines
        # sit on one line whatever their glyph heights.
        base = y + fitted.leading * 0.8
        if align == "center":
            xy, anchor = ((x0 + x1) / 2, base), "ms"
        elif align == "right":
            xy, anchor = (x1, base), "rs"
        else:
            xy, anchor = (x0, base), "ls"
        # One weight ships; a stroke of the text's own colour makes a bold heading.
        draw.text(xy, line, font=font, fill=fill, anchor=anchor,
                  stroke_width=max(1, size // 28) if bold else 0, stroke_fill=fill)
        y += fitted.leading
    return int(y)


def accent(theme: str) -> RGB:
    """The theme colour for words on white, or ink when it is too pale to read (< 3:1)."""
    return parse_color(theme) if contrast_ratio(theme, "#ffffff") >= 3.0 else INK


def on_theme(theme: str) -> RGB:
    """White words on a dark theme colour, ink on a pale one."""
    return (255, 255, 255) if contrast_ratio("#ffffff", theme) >= 3.0 else INK


def rounded(cv: Canvas, text: str, at: tuple[int, int], theme: str) -> None:
    """A pill-shaped badge in the theme colour ("Limited drop") at the top left."""
    font = cv.font(40)
    width = int(cv.draw.textlength(text, font=font)) + 64
    x, y = at
    cv.draw.rounded_rectangle((x, y, x + width, y + 76), radius=38, fill=parse_color(theme))
    ink = on_theme(theme)
    cv.draw.text((x + width / 2, y + 38), text, font=font, fill=ink, anchor="mm",
                 stroke_width=1, stroke_fill=ink)


def placeholder(cv: Canvas, box: tuple[int, int, int, int], theme: str) -> None:
    """Where a product has no photo: a pale tint of the theme with a picture sign (frame,
    sun, hills), the same as on posters (pdf_draw.draw_placeholder)."""
    x0, y0, x1, y1 = box
    base = parse_color(theme)
    pale = tuple(round(255 - 0.12 * (255 - c)) for c in base)
    ink = tuple(round(255 - 0.45 * (255 - c)) for c in base)
    cv.draw.rectangle(box, fill=pale)
    side = min(x1 - x0, y1 - y0) * 0.34
    left, top = x0 + (x1 - x0 - side) / 2, y0 + (y1 - y0 - side * 0.8) / 2
    bottom = top + side * 0.8
    cv.draw.rounded_rectangle((left, top, left + side, bottom), radius=side * 0.08,
                              outline=ink, width=max(2, round(side * 0.045)))
    r = side * 0.08
    cx, cy = left + side * 0.7, bottom - side * 0.58
    cv.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=ink)
    cv.draw.polygon([(left + side * f, bottom - side * g) for f, g in (
        (0.1, 0.1), (0.38, 0.45), (0.58, 0.24), (0.72, 0.36), (0.9, 0.1))], fill=ink)
