"""The readable lines of an order-request message: buyer, item lines, written total.

Reads them in every language of the shop catalogue, and joins again what a chat app wrapped.
The machine line (``#WD1``) is order_parse.py's; these lines only add what it does not carry
(the buyer's details) and what it can be checked against (items, total).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from .errors import ValidationError
from .money import parse_money
from .order_message import Buyer, known_languages, message_words

TAG_RE = re.compile(r"#\s?W\s?D\s?1(?![0-9A-Za-z])", re.IGNORECASE)
_QUOTE_PREFIX = re.compile(r"^[ \t]*(?:[>|][ \t]?)+")


@dataclass
class ReadableItem:
    """An item line of the readable part: ``2 × Title (Variant) · SKU X · ¥1.00``."""

    quantity: int
    title: str
    code: str | None
    unit_price_text: str


@dataclass
class Readable:
    """What the readable lines say."""

    items: list[ReadableItem] = field(default_factory=list)
    total_text: str | None = None        # the written total, as written
    buyer: Buyer = field(default_factory=Buyer)


def clean_lines(text: str) -> list[str]:
    """Lines without reply quoting (``> ``, ``>> ``, ``| ``), odd spaces or trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    lines = []
    for line in text.split("\n"):
        line = _QUOTE_PREFIX.sub("", line)
        lines.append(line.replace("\u00a0", " ").replace("\u3000", " ").rstrip())
    return lines


@cache
def _labels() -> dict[str, tuple[str, ...]]:
    """Every language's word for each message key (the parser reads them all)."""
    out: dict[str, set[str]] = {}
    for lang in known_languages():
        for key, word in message_words(lang).items():
            out.setdefault(key, set()).add(word.strip())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _alternation(key: str) -> str:
    return "|".join(re.escape(w) for w in _labels()[key])


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    keys = ("name", "phone", "address", "note", "from")
    fields = "|".join(f"(?P<{k}>{_alternation('order.' + k)})" for k in keys)
    any_label = "|".join(_alternation("order." + k) for k in keys)
    return {
        "field": re.compile(rf"^\s*(?:{fields})\s*[:：]\s*(?P<value>.*)$", re.IGNORECASE),
        "field_inline": re.compile(rf"(?<=\s)(?:{any_label})\s*[:：]"),
        "item": re.compile(r"^\s*(\d{1,4})\s*[×xX*]\s+(.+?)(?:\s*·\s*SKU\s+(\S+))?"
                           r"\s*·(?!\s*SKU\s)\s*([^·]*\d[^·]*)$"),
        "total": re.compile(rf"(?:^|·)\s*(?:{_alternation('order.total')})\s*[:：]?\s*"
                            r"(.*\d[^·]*)$", re.IGNORECASE),
        "header": re.compile(rf"(?:{_alternation('order.title')})\s+WD-", re.IGNORECASE),
    }


def _is_known_filler(line: str) -> bool:
    words = _labels()["order.keep_code"]
    return any(line.strip() in w for w in words) and len(line.strip()) > 3


_ITEM_START = re.compile(r"^\s*\d{1,4}\s*[×xX*](?:\s|$)")


def _item_line(pattern: re.Pattern[str], lines: list[str], codes: set[str]
               ) -> ReadableItem | None:
    """An item line, joined again when a chat app wrapped it (up to seven more lines)."""
    fallback = None
    for count in range(1, len(lines) + 1):
        parts = [ln.strip() for ln in lines[:count]]
        # A wrap replaced a space, split a word, or broke after a hyphen ("XM-001-" / "1").
        hyphen = "".join(p + ("" if p.endswith("-") or n == count - 1 else " ")
                         for n, p in enumerate(parts))
        for joined in (" ".join(parts), hyphen, "".join(parts)):
            m = pattern.match(joined)
            if m:
                item = ReadableItem(int(m.group(1)), m.group(2).strip(), m.group(3),
                                    m.group(4).strip())
                if item.code in codes or (item.code is None and count == 1):
                    return item
                fallback = fallback or item
        if count < len(lines) and (_ITEM_START.match(lines[count]) or not lines[count].strip()):
            break
    return fallback


def read_readable(text: str, reference: str, codes: set[str]) -> Readable:
    """The buyer, the item lines and the written total of the message with ``reference``."""
    pat = _patterns()
    lines = clean_lines(unicodedata.normalize("NFC", text))
    if not any(pat["field"].match(ln) for ln in lines):
        # A chat app joined the lines: split again before each label.
        lines = [part for ln in lines for part in
                 pat["field_inline"].sub(lambda m: "\n" + m.group(), ln).split("\n")]
    # The message starts at its header: "Note: …" in the buyer's words before it is theirs.
    ref = reference.upper()
    out = Readable()
    headers = [n for n, ln in enumerate(lines) if pat["header"].search(ln)
               or (ref in ln.upper() and not TAG_RE.search(ln))]
    tag_at = next((n for n, ln in enumerate(lines) if TAG_RE.search(ln)), len(lines))
    start = max((n for n in headers if n < tag_at), default=0)
    lines = lines[start:]
    values: dict[str, str] = {}
    current: str | None = None
    for n, line in enumerate(lines):
        if TAG_RE.search(line):
            break  # the readable part ends at the order line
        m = pat["field"].match(line)
        if m:
            current = next(k for k in ("name", "phone", "address", "note", "from") if m.group(k))
            values.setdefault(current, m.group("value").strip())
            continue
        if _ITEM_START.match(line):
            item = _item_line(pat["item"], lines[n: n + 8], codes)
            if item is not None:
                out.items.append(item)
            current = None
            continue
        total = pat["total"].search(line)
        if total and out.total_text is None:
            out.total_text = total.group(1).strip()
            current = None
            continue
        if not line.strip() or _is_known_filler(line) or pat["header"].search(line):
            current = None
        elif current is not None:
            values[current] = f"{values[current]} {line.strip()}".strip()  # a wrapped value
    out.buyer = Buyer(values.get("name", ""), values.get("phone", ""),
                      values.get("address", ""), values.get("note", ""))
    return out


def amount_in(text: str | None, currency: str) -> int | None:
    """The amount of money in a readable price such as ``CN¥293.40`` or ``293,40 €``."""
    if not text:
        return None
    m = re.search(r"\d[\d.,'\s\u00a0\u202f]*", text)
    if not m:
        return None
    try:
        return parse_money(re.sub(r"[\s\u00a0\u202f']", "", m.group()), currency)
    except ValidationError:
        return None
