"""Colour arithmetic for the shop's theme colour: WCAG contrast of text drawn on it."""

from __future__ import annotations

# WCAG 2 level AA for normal text; the exported shop draws white labels on the theme colour.
MIN_CONTRAST = 4.5


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb`` (0 black, 1 white)."""
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours, from 1 (same) to 21 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def white_text_readable(hex_colour: str) -> bool:
    """Whether white text on this colour meets WCAG AA (4.5:1)."""
    return contrast_ratio("#ffffff", hex_colour) >= MIN_CONTRAST
