"""Text fitting: Latin wraps at spaces, CJK between characters with kinsoku, shrink, ellipsis."""

from __future__ import annotations

from weidian_desktop.media import fonts
from weidian_desktop.media.textfit import ELLIPSIS, fit, wrap


def mono(text: str, size: float) -> float:
    """Every character is ``size`` wide: widths become easy to reason about."""
    return len(text) * size


def test_latin_wraps_at_spaces_only() -> None:
    assert wrap("Borsa in pelle nera", 10, 1, mono) == ["Borsa in", "pelle nera"]


def test_cjk_breaks_between_characters_and_keeps_punctuation() -> None:
    lines = wrap("真丝围巾，手工制作。", 4, 1, mono)
    assert "".join(lines) == "真丝围巾，手工制作。"
    assert all(not line.startswith(("，", "。")) for line in lines)  # never starts a line
    assert lines[0] == "真丝围"  # "巾" moves down with the comma that follows it


def test_opening_bracket_never_ends_a_line() -> None:
    lines = wrap("真丝围（限量）", 4, 1, mono)
    assert all(not line.endswith("（") for line in lines)


def test_long_word_broken_between_characters() -> None:
    lines = wrap("https://xiaoman.example.com/p/silk-scarf/", 12, 1, mono)
    assert all(mono(line, 1) <= 12 for line in lines)
    assert "".join(lines) == "https://xiaoman.example.com/p/silk-scarf/"


def test_shrinks_before_cutting_and_ellipsizes_at_the_minimum() -> None:
    text = "Sapone all'olio d'oliva"
    fitted = fit(text, 24, 10, mono, max_size=2, min_size=0.5, max_lines=2)
    assert fitted.size < 2 and ELLIPSIS not in "".join(fitted.lines)
    cut = fit(text * 5, 24, 10, mono, max_size=2, min_size=1, max_lines=2)
    assert cut.size == 1 and len(cut.lines) == 2 and cut.lines[-1].endswith(ELLIPSIS)
    assert all(mono(line, cut.size) <= 24 for line in cut.lines)


def test_explicit_line_breaks_are_kept() -> None:
    assert wrap("11月27日 至\n11月28日", 100, 1, mono) == ["11月27日 至", "11月28日"]


def test_font_drops_what_it_cannot_draw() -> None:
    assert fonts.drawable("Caffè 真丝 🧣\tok") == "Caffè 真丝  ok"
    for ch in "àèìòù€¥真丝围巾限量件":
        assert ord(ch) in fonts.covered_codepoints()
    assert fonts.pdf_width("真丝", 10) > fonts.pdf_width("ab", 10) > 0
    assert fonts.pil_width("真丝", 20) > 0
