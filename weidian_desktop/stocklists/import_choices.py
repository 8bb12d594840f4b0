"""What an import needs settled first: whose catalogue, in which currency, in which language;
and whether it would empty a supplier's stocklist.

The app's import dialog and the command line ask these functions, so both decide alike.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.shop import get_setting, set_setting
from ..core.store import ShopStore
from . import detect

if TYPE_CHECKING:
    from .reading import Source
    from .rows import StockRow

LANGUAGES_KEY = "catalogue_languages"  # settings: {supplier id: language tag of its titles}
SAMPLE_LINES = 300  # enough rows to see a currency and a language; cheap on 100,000
_UNSTATED = "XXX"  # ISO 4217 "no currency": what a row that names none is parsed with
# A trailing date or version: "bottega-2024-11.csv" and "bottega v3.csv" are one supplier's.
_DATED = re.compile(r"[\s_.\-]*(?:\d{4}[\s_.\-]?\d{1,2}(?:[\s_.\-]?\d{1,2})?|v?\d+)$", re.I)
_WORDS = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Short words every sentence of a language is full of; titles and descriptions alike.
_COMMON = {
    "en": {"the", "and", "with", "for", "of", "in", "to", "a", "is", "this", "set", "pack",
           "size", "black", "white", "blue", "red", "made", "cotton"},
    "it": {"il", "la", "di", "e", "con", "per", "in", "da", "del", "della", "un", "una",
           "nero", "bianco", "blu", "rosso", "fatto", "cotone", "confezione"},
}


def _stem(name: str) -> str:
    stem = Path(name).stem
    return _DATED.sub("", stem).strip(" _.-").casefold() or stem.casefold()


def suggest_supplier(store: ShopStore, path: str | Path) -> str:
    """The supplier a file is for: the one that imported a file of this name before (a date
    or version number aside) or that is named like it; else a new one named from the file."""
    path = Path(path)
    stem = _stem(path.name)
    for row in store.query("SELECT s.name, m.file_name FROM imports m JOIN suppliers s "
                           "ON s.id = m.supplier_id ORDER BY m.imported_at DESC, m.id DESC"):
        if _stem(row["file_name"]) == stem:
            return str(row["name"])
    for row in store.query("SELECT name FROM suppliers"):
        if str(row["name"]).casefold() == stem:
            return str(row["name"])
    readable = _DATED.sub("", path.stem).replace("_", " ").strip(" .-")
    return readable or path.stem


def sample_rows(source: Source, fmt: str, mapping: dict | None = None) -> list[StockRow]:
    """The first rows of a file, parsed with no currency assumed (``row.currency`` is the
    file's own or None); an unreadable sample gives no rows, the real import will say why."""
    from .generic import guess_mapping, peek  # a reader, imported when a file is read
    from .reading import Source

    text = source.text
    if not text.lstrip().startswith("<"):  # an XML feed cut short would not parse
        end = -1
        for _ in range(SAMPLE_LINES):  # (split() would copy the rest of a 30 MB text)
            end = text.find("\n", end + 1)
            if end < 0:
                break
        text = text if end < 0 else text[:end]
    sample = Source(source.path, text, source.encoding)
    try:
        if fmt == "generic" and mapping is None:
            mapping = guess_mapping(peek(sample)[0])
        rows = detect.parse(sample, fmt, currency=_UNSTATED, mapping=mapping).rows
    except Exception:  # a guess only: never a reason to refuse the file
        return []
    for row in rows:
        if row.currency == _UNSTATED:
            row.currency = None
    return rows


def stated_currency(rows: Iterable[StockRow]) -> str | None:
    """The currency the rows name (a currency column, "19.99 USD"): the most common one."""
    counts = Counter(row.currency for row in rows if row.currency)
    return counts.most_common(1)[0][0] if counts else None


def supplier_currency(store: ShopStore, supplier: str) -> str | None:
    """The currency of the supplier's last import, if it has one."""
    value = store.scalar("SELECT currency FROM suppliers WHERE name = ?", (supplier,))
    return str(value) if value else None


def default_currency(store: ShopStore, supplier: str, stated: str | None) -> str | None:
    """The file's own currency, else the supplier's last; None: the seller must say."""
    return stated or supplier_currency(store, supplier)


def detect_language(texts: Iterable[str]) -> str | None:
    """zh-CN, en or it from titles and descriptions; None when the words do not tell."""
    cjk = latin = 0
    scores: Counter[str] = Counter()
    for text in texts:
        cjk += len(_CJK.findall(text))
        for word in _WORDS.findall(text.casefold()):
            if _CJK.search(word):
                continue
            latin += 1
            for language, common in _COMMON.items():
                if word in common:
                    scores[language] += 1
    if cjk and cjk >= latin:  # a Chinese title often carries a Latin brand or size
        return "zh-CN"
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] < 3:
        return None
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None  # both languages about as likely: ask
    return ranked[0][0]


def rows_language(rows: Iterable[StockRow]) -> str | None:
    """The language of a file's titles and descriptions (see detect_language)."""
    return detect_language(f"{row.title} {row.description[:300]}" for row in rows)


def catalogue_language(store: ShopStore, supplier: str | int) -> str | None:
    """The language the supplier's titles were imported in (None: not known)."""
    supplier_id = supplier if isinstance(supplier, int) else store.scalar(
        "SELECT id FROM suppliers WHERE name = ?", (supplier,))
    if supplier_id is None:
        return None
    value = get_setting(store, LANGUAGES_KEY, {}).get(str(supplier_id))
    return str(value) if value else None


def remember_language(store: ShopStore, supplier_id: int, language: str | None) -> None:
    """Keep the language of a supplier's catalogue (inside the import's transaction)."""
    if not language:
        return
    languages = get_setting(store, LANGUAGES_KEY, {})
    if languages.get(str(supplier_id)) != language:
        languages[str(supplier_id)] = language
        set_setting(store, LANGUAGES_KEY, languages)


@dataclass(frozen=True)
class Vanishing:
    """An import that would mark most of a supplier's items discontinued."""

    supplier: str
    gone: int  # items the import marks discontinued
    had: int  # the supplier's items listed before it


def vanishing(store: ShopStore, supplier_id: int | None, supplier: str,
              discontinued: int) -> Vanishing | None:
    """Set when more than half of the supplier's listed items would disappear: a file of
    another supplier imported under this name, most likely; the seller must confirm."""
    if supplier_id is None or not discontinued:
        return None
    count = store.scalar("SELECT count(*) FROM stock_items WHERE supplier_id = ? "
                         "AND status = 'active'", (supplier_id,))
    had = count if isinstance(count, int) else 0
    return Vanishing(supplier, discontinued, had) if discontinued * 2 > had else None
