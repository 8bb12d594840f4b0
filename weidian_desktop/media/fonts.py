"""The shipped font (Weidian Sans: Latin + CJK) for reportlab and Pillow, loaded lazily."""

from __future__ import annotations

import functools
import threading
import unicodedata
from pathlib import Path

from PIL import ImageFont

from ..resources import resource_path

FONT_NAME = "WeidianSans"
FONT_FILE = "WeidianSans.ttf"
_lock = threading.Lock()  # posters may be made from worker threads


def font_path() -> Path:
    """Where the shipped TrueType font is (source tree or installed wheel)."""
    return resource_path("fonts", FONT_FILE)


def register_reportlab_font() -> str:
    """Register the font with reportlab once and return its name for setFont/styles."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            # Parsing the 5 MB font takes ~0.3 s: done at first use, not at import.
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path())))
    return FONT_NAME


@functools.cache
def covered_codepoints() -> frozenset[int]:
    """Code points the font has glyphs for."""
    from reportlab.pdfbase import pdfmetrics

    register_reportlab_font()
    face = pdfmetrics.getFont(FONT_NAME).face  # type: ignore[attr-defined]
    return frozenset(face.charToGlyph)


def drawable(text: str) -> str:
    """The text without characters the font cannot draw (emoji, rare symbols).

    An empty box on a printed poster looks broken; a missing emoji does not. Line
    breaks and spaces are kept; other control characters are dropped.
    """
    covered = covered_codepoints()
    kept = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "\n ":
            kept.append(ch)
        elif ch == "\t" or unicodedata.category(ch) == "Zs":
            kept.append(" ")
        elif ord(ch) in covered and unicodedata.category(ch)[0] != "C":
            kept.append(ch)
    return "".join(kept)


_per_thread = threading.local()


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    """The font at ``size`` px for Pillow's ImageDraw (cached per size and thread).

    Per thread because a FreeType face must not be used by two threads at once, and
    the app draws a preview and a saved image in different workers.
    """
    cache = getattr(_per_thread, "fonts", None)
    if cache is None:
        cache = _per_thread.fonts = {}
    font = cache.get(size)
    if font is None:
        font = cache[size] = ImageFont.truetype(str(font_path()), size)
    return font


def pdf_width(text: str, size: float) -> float:
    """Width in points of ``text`` set in the font at ``size`` points."""
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(text, register_reportlab_font(), size)


def pil_width(text: str, size: int) -> float:
    """Width in pixels of ``text`` drawn by Pillow at ``size`` px."""
    return pil_font(size).getlength(text)
