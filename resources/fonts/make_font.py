"""Build WeidianSans.ttf: DejaVu Sans (Latin, symbols) merged with Droid Sans Fallback (CJK).

Run once by a developer (needs fontTools, which the app does not): reportlab and
Pillow draw a string with one font, and neither source font covers both scripts.
Usage: python resources/fonts/make_font.py DejaVuSans.ttf DroidSansFallbackFull.ttf OUT.ttf
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.merge import Merger
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

FAMILY = "Weidian Sans"
# Hinting programs and layout tables of two fonts cannot be merged safely; reportlab
# uses none of them and FreeType renders unhinted outlines well.
DROPPED = ("fpgm", "prep", "cvt ", "gasp", "GSUB", "GPOS", "GDEF", "MATH", "kern", "FFTM",
           "vhea", "vmtx", "hdmx", "LTSH", "VDMX")


def _clean(path: Path, out: Path, upem: int) -> Path:
    font = TTFont(path)
    for tag in DROPPED:
        if tag in font:
            del font[tag]
    for name in font.getGlyphOrder():
        glyph = font["glyf"][name]
        if hasattr(glyph, "program"):
            glyph.program.fromBytecode(b"")
    if font["head"].unitsPerEm != upem:
        scale_upem(font, upem)
    font.save(out)
    return out


def build(latin: Path, cjk: Path, out: Path) -> None:
    work = out.parent
    first = _clean(latin, work / "_latin.ttf", 2048)  # first font wins shared code points
    second = _clean(cjk, work / "_cjk.ttf", 2048)
    merged = Merger().merge([str(first), str(second)])
    ascent = max(TTFont(p)["hhea"].ascent for p in (first, second))
    descent = min(TTFont(p)["hhea"].descent for p in (first, second))
    merged["hhea"].ascent, merged["hhea"].descent = ascent, descent
    merged["OS/2"].usWinAscent, merged["OS/2"].usWinDescent = ascent, -descent
    names = merged["name"]
    names.names = [n for n in names.names if n.nameID not in (1, 2, 3, 4, 6, 16, 17)]
    for name_id, value in ((1, FAMILY), (2, "Regular"), (3, f"{FAMILY} Regular 1.0"),
                           (4, f"{FAMILY} Regular"), (6, "WeidianSans-Regular")):
        names.setName(value, name_id, 3, 1, 0x409)
        names.setName(value, name_id, 1, 0, 0)
    merged.save(out)
    first.unlink()
    second.unlink()


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
