"""One supplier item as every parser produces it, and the cell parsers they share."""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ..core.errors import ValidationError
from ..core.fields import field_label
from ..core.i18n import _
from ..core.money import (
    AmountError,
    ambiguous_separator,
    check_currency,
    minor_digits,
    parse_money,
)

if TYPE_CHECKING:
    from .prices import PriceBook

AVAILABILITY = ("on_request", "in_stock", "sold_out")


@dataclass(slots=True)
class StockRow:
    """A sellable supplier item (one variant); prices are integer minor units."""

    sku: str
    title: str
    group_key: str | None = None
    description: str = ""
    category: str = ""
    brand: str = ""
    barcode: str | None = None
    options: dict[str, str] = field(default_factory=dict)
    price: int | None = None
    compare_at_price: int | None = None
    currency: str | None = None
    availability: str = "on_request"
    quantity: int | None = None
    image_urls: list[str] = field(default_factory=list)
    line: int = 0


@dataclass(slots=True)
class Problem:
    """Something wrong with one line; ``skipped`` rows were not imported at all."""

    line: int
    reason: str
    field: str | None = None
    skipped: bool = True

    def as_dict(self) -> dict[str, object]:
        return {"line": self.line, "reason": self.reason, "field": self.field,
                "skipped": self.skipped}


@dataclass
class ParseResult:
    """What a parser read: rows in file order, the problems met, and counts for the report."""

    format: str
    rows: list[StockRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    data_lines: int = 0
    # SKUs named on lines that could not be imported: a re-import must not call
    # those items discontinued just because their line was bad this time.
    failed_skus: set[str] = field(default_factory=set)
    mapping: dict | None = None  # the column mapping a generic import used


# The file-wide record of how prices write their separators (stocklists/prices.py),
# while ``prices.read_prices`` runs a parser; None otherwise.
PRICE_BOOK: ContextVar[PriceBook | None] = ContextVar("price_book", default=None)


class RowError(Exception):
    """A cell that makes its row unusable; the parser turns it into a Problem."""

    def __init__(self, reason: str, field: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.field = field


# --- cells -------------------------------------------------------------------------
# At most 9 whole digits: larger amounts take the slow path, which refuses them.
_PLAIN_PRICE = re.compile(r"\d{1,9}(?:\.\d{1,3})?")
MAX_COUNT = 10**9  # no stock count or quantity reaches a billion
_WITH_CODE = re.compile(r"^\s*(?:([A-Za-z]{3})\s+)?([^A-Za-z]*?)\s*(?:([A-Za-z]{3}))?\s*$")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")
_DIGITS_CACHE: dict[str, int] = {}


def _digits(currency: str) -> int:
    # Babel's look-up is slow enough to matter at 100,000 rows.
    if currency not in _DIGITS_CACHE:
        _DIGITS_CACHE[currency] = minor_digits(currency)
    return _DIGITS_CACHE[currency]


def price_cell(text: str, currency: str, field: str = "price") -> int | None:
    """A price cell in minor units; empty means no price; anything else must parse.

    Inside ``prices.read_prices`` a price such as "1.234" is read the way the file's
    other prices write their separators (and noted for the report).
    """
    text = text.strip()
    if not text:
        return None
    book = PRICE_BOOK.get()
    if _PLAIN_PRICE.fullmatch(text):  # fast path: "25", "17.99"
        digits = _digits(currency)
        whole, _dot, frac = text.partition(".")
        if len(frac) <= min(digits, 2):  # three decimals may be a thousands group
            if frac and book is not None and "." not in book.decimal:
                book.decimal["."] = text
            return int(whole) * 10**digits + int((frac + "000")[:digits] or 0)
    try:
        sep = ambiguous_separator(text) if book is not None else None
        if sep is None:
            if book is not None:
                book.observe(text)
            return parse_money(text, currency, field=field)
        assert book is not None
        book.met(sep, text)
        reading = book.reading(sep, currency)
        return parse_money(text, currency, field=field, decimal_sep=(
            sep if reading == "decimal" else ("," if sep == "." else ".")))
    except AmountError as exc:  # too many decimals, or beyond any price: say which
        reason = str(exc).rstrip(".。")
        raise RowError(reason[0].lower() + reason[1:], field) from None
    except ValidationError:
        raise RowError(_("the {field} {text!r} is not an amount of money").format(
                           field=field_label(field), text=text), field) from None


def price_and_currency(text: str, default: str, field: str = "price") -> tuple[int | None, str]:
    """A Merchant-style price such as ``19.99 USD``: the amount and its currency."""
    if text and _PLAIN_PRICE.fullmatch(text):  # "17.99": no currency code to look for
        return price_cell(text, default, field), default
    match = _WITH_CODE.match(text or "")
    code = None
    if match and (match.group(1) or match.group(3)):
        code = (match.group(1) or match.group(3)).upper()
        try:
            code = check_currency(code)
        except ValidationError:
            raise RowError(_("the {field} {text!r} names an unknown currency").format(
                               field=field_label(field), text=text.strip()), field) from None
        text = match.group(2)
    currency = code or default
    return price_cell(text, currency, field), currency


def int_cell(text: str, field: str) -> int | None:
    """A whole number (quantities); spreadsheets write ``12.0``, which is accepted."""
    if text.isascii() and text.isdigit() and len(text) < 10:  # the usual "12"
        return int(text)
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise RowError(_("the {field} {text!r} is not a whole number").format(
                           field=field_label(field), text=text), field) from None
    if not value.is_finite() or value != value.to_integral_value():
        raise RowError(_("the {field} {text!r} is not a whole number").format(
                           field=field_label(field), text=text), field)
    if abs(value) >= MAX_COUNT:
        raise RowError(_("the {field} {text} is more than {limit}, which no count can "
                         "be").format(field=field_label(field), text=repr(text[:32]),
                                      limit=f"{MAX_COUNT:,}"), field)
    return int(value)


def barcode_cell(text: str) -> tuple[str | None, str | None]:
    """A barcode, or None with a warning when a spreadsheet has mangled it.

    Excel shows long numbers as ``3.65275E+11``: the digits after the sixth are
    lost, so such a barcode is dropped instead of being trusted.
    """
    text = text.strip().lstrip("'")  # a leading apostrophe forces text in spreadsheets
    if not text:
        return None, None
    if _SCIENTIFIC.match(text):
        return None, _("the barcode {barcode!r} was turned into scientific notation by a "
                       "spreadsheet and its digits are lost; it was left out").format(
                           barcode=text)
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]  # "4006381333931.0": a number column, digits intact
    return text, None


def truthy(text: str) -> bool:
    return text.strip().lower() in {"1", "true", "yes", "y", "on", "continue", "是", "有"}


def clean_text(text: str, limit: int = 500) -> str:
    """One-line text (titles, categories): whitespace collapsed, control characters gone."""
    return " ".join(text.split())[:limit]


_SPLITTERS: dict[str, re.Pattern[str]] = {}


def split_list(text: str, separators: str = ",") -> list[str]:
    """A list packed in one cell (``a.jpg, b.jpg``), empty items dropped."""
    splitter = _SPLITTERS.get(separators)
    if splitter is None:
        splitter = _SPLITTERS[separators] = re.compile(f"[{re.escape(separators)}]+")
    return [item.strip() for item in splitter.split(text) if item and not item.isspace()]


def image_urls(candidates: list[str]) -> list[str]:
    """Web image addresses in order, each once; local paths and junk are left out."""
    seen: dict[str, None] = {}
    for url in candidates:
        url = url.strip()
        if url.startswith("//"):
            url = "https:" + url  # protocol-relative, common in Taobao packs
        if url.lower().startswith(("http://", "https://")) and " " not in url:
            seen.setdefault(url, None)
    return list(seen)


_SKU_JUNK = re.compile(r"[\s,*#]+")


def safe_sku(text: str) -> str:
    """A SKU usable in order messages: spaces, commas, ``*`` and ``#`` become dashes."""
    return _SKU_JUNK.sub("-", text.strip()).strip("-")[:64]


def option_key(values: dict[str, str]) -> str:
    """A stable SKU suffix for a variant without its own SKU (``red-xl``)."""
    from ..core.slugs import short_id, slugify

    parts = []
    for value in values.values():
        slug = slugify(value, prefix="v")
        parts.append(slug if len(slug) <= 20 else short_id(value))
    return "-".join(parts) or "default"
