"""Fit text in a box: wrap Latin at spaces and CJK between characters, shrink, then ellipsize."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .fonts import drawable

Measure = Callable[[str, float], float]  # (text, size) -> width in the box's units

# Line-breaking rules (simplified kinsoku shori): these never start a line ...
_NO_START = set("，。、．・！？：；）】」』》〉’”%…‥ー～,.!?:;)]}»")
# ... and these never end one.
_NO_END = set("（【「『《〈‘“([{«¥$€£")
ELLIPSIS = "…"


def _is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (0x2E80 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF or 0xF900 <= cp <= 0xFAFF
            or 0xFF00 <= cp <= 0xFFEF or 0x20000 <= cp <= 0x3FFFF)


def _tokens(paragraph: str) -> list[tuple[str, bool]]:
    """Unbreakable pieces, each with whether a space came before it."""
    tokens: list[tuple[str, bool]] = []
    word, space = "", False

    def flush() -> None:
        nonlocal word, space
        if word:
            tokens.append((word, space))
        word, space = "", False

    for ch in paragraph:
        if ch == " ":
            flush()
            space = True
        elif ch in _NO_START and (word or tokens):
            if not word:  # closing punctuation sticks to what precedes it
                word, space = tokens.pop()
            word += ch
        elif _is_cjk(ch):
            if word and word[-1] not in _NO_END:
                flush()  # a line may break before any CJK character
            word += ch
        else:
            if word and _is_cjk(word[-1]) and word[-1] not in _NO_END:
                flush()
            word += ch
    flush()
    return tokens


def _split_long(token: str, width: float, size: float, measure: Measure) -> list[str]:
    """A word wider than the line (a long URL or SKU) is broken between characters."""
    pieces, current = [], ""
    for ch in token:
        if current and measure(current + ch, size) > width:
            carried = ""
            if ch in _NO_START and len(current) > 1:
                current, carried = current[:-1], current[-1]  # "！" never starts a line
            pieces.append(current)
            current = carried
        current += ch
    return [*pieces, current] if current else pieces


def wrap(text: str, width: float, size: float, measure: Measure) -> list[str]:
    """Lines no wider than ``width``; explicit line breaks are kept."""
    lines: list[str] = []
    for paragraph in drawable(text).split("\n"):
        line = ""
        for token, space in _tokens(paragraph.strip()):
            if line:
                candidate = f"{line}{' ' if space else ''}{token}"
                if measure(candidate, size) <= width:
                    line = candidate
                    continue
                lines.append(line)
            line = token
            if measure(line, size) > width:
                *full, line = _split_long(line, width, size, measure)
                lines.extend(full)
        lines.append(line)
    return lines


@dataclass(frozen=True)
class Fitted:
    """Text laid out for a box: the size chosen, its lines and the line height."""

    size: float
    lines: list[str]
    leading: float


def fit(text: str, width: float, height: float, measure: Measure, *, max_size: float,
        min_size: float, max_lines: int = 99, leading: float = 1.25) -> Fitted:
    """The largest size from max_size down at which the text fits the box.

    At min_size the text is cut after the last line that fits and ends in "…", so
    nothing is ever drawn outside the box.
    """
    size = max_size
    while True:
        lines = wrap(text, width, size, measure)
        allowed = min(max_lines, max(1, int((height + 1e-6) // (size * leading))))
        if len(lines) <= allowed:
            return Fitted(size, lines, size * leading)
        if size <= min_size:
            break
        size = max(min_size, size * 0.92)
    kept = lines[:allowed]
    last = kept[-1].rstrip()
    while last and measure(last + ELLIPSIS, size) > width:
        last = last[:-1].rstrip()
    kept[-1] = last + ELLIPSIS
    return Fitted(size, kept, size * leading)
