"""How a supplier file writes its prices, decided from the whole file and reported.

"1.234" is 1,234 with a thousands separator or 1.234 with a decimal point; the cell alone
cannot say. The file's other prices usually can: "17.99" or "0,5" show which separator is
the decimal one, "1.234.567" or "1.234,50" show which one groups thousands. ``read_prices``
runs a parser with a ``PriceBook`` that ``rows.price_cell`` fills with that evidence and
with the ambiguous cells it meets; when the evidence contradicts the reading first taken
(the currency's decimals: three-decimal currencies read a decimal point, the others a
thousands separator), the file is read again with the evidence's answer. Either way the
rule used is reported as one warning, never applied silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..core.i18n import ngettext
from ..core.money import clean_number, minor_digits
from .rows import PRICE_BOOK, ParseResult, Problem

# A separator shown as the decimal one: "17.99", "3,5", "0.125", "1234.567".
_DECIMAL = re.compile(r"\d*([.,])\d{1,2}|0([.,])\d+|\d{4,}([.,])\d+")
# A separator shown grouping thousands: "1.234.567".
_GROUPS = re.compile(r"\d{1,3}([.,])\d{3}(?:\1\d{3})+")


@dataclass
class PriceBook:
    """Evidence about the file's separators, and the ambiguous prices met."""

    decimal: dict[str, str] = field(default_factory=dict)  # separator -> an example
    grouping: dict[str, str] = field(default_factory=dict)
    # separator -> the ambiguous cells met (the first few kept, and how many there were)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def met(self, sep: str, text: str) -> None:
        """An ambiguous price ``text`` with separator ``sep``."""
        cells = self.ambiguous.setdefault(sep, [])
        if len(cells) < 3:
            cells.append(text)
        self.counts[sep] = self.counts.get(sep, 0) + 1
    decided: dict[str, str] = field(default_factory=dict)  # separator -> "decimal"/"groups"

    def observe(self, text: str) -> None:
        """Note what a price cell that is not ambiguous shows about the separators."""
        number = clean_number(text)
        if "," in number and "." in number:  # "1.234,50": the last one is the decimal
            last = "," if number.rfind(",") > number.rfind(".") else "."
            self.decimal.setdefault(last, text)
            self.grouping.setdefault("." if last == "," else ",", text)
            return
        if (match := _DECIMAL.fullmatch(number)) is not None:
            sep = next(g for g in match.groups() if g)
            self.decimal.setdefault(sep, text)
        elif (match := _GROUPS.fullmatch(number)) is not None:
            self.grouping.setdefault(match.group(1), text)

    def reading(self, sep: str, currency: str) -> str:
        """How an ambiguous price with ``sep`` is read: "decimal" or "groups"."""
        if sep in self.decided:
            return self.decided[sep]
        return "decimal" if minor_digits(currency) == 3 else "groups"

    def evidence(self, sep: str) -> str | None:
        """What the file's other prices say ``sep`` is, when they agree."""
        other = "," if sep == "." else "."
        says_decimal = sep in self.decimal or other in self.grouping
        says_groups = sep in self.grouping or other in self.decimal
        if says_decimal == says_groups:
            return None  # no evidence, or evidence both ways
        return "decimal" if says_decimal else "groups"


@contextmanager
def _using(book: PriceBook) -> Iterator[None]:
    token = PRICE_BOOK.set(book)
    try:
        yield
    finally:
        PRICE_BOOK.reset(token)


def read_prices(parse: Callable[[], ParseResult], currency: str) -> ParseResult:
    """Run ``parse`` so ambiguous prices are read the way the whole file writes them."""
    book = PriceBook()
    with _using(book):
        result = parse()
    redo = {sep: said for sep in book.ambiguous
            if (said := book.evidence(sep)) and said != book.reading(sep, currency)}
    if redo:
        first = book
        book = PriceBook(decided=redo)
        with _using(book):
            result = parse()
        book.decimal, book.grouping = first.decimal, first.grouping
    for sep, cells in book.ambiguous.items():
        # Line 0: about the whole file, listed before the lines' own problems.
        result.problems.insert(0, Problem(0, _why(book, sep, cells[0], book.counts[sep],
                                                  currency), "price", skipped=False))
    return result


def _why(book: PriceBook, sep: str, example: str, count: int, currency: str) -> str:
    """The one warning that says how the ambiguous prices were read, and why."""
    reading = book.reading(sep, currency)
    other = "," if sep == "." else "."
    if sep in book.decided:
        proof = (book.decimal.get(sep) or book.grouping.get(other) if reading == "decimal"
                 else book.grouping.get(sep) or book.decimal.get(other))
        if reading == "decimal":
            template = ngettext(
                "The price {example!r} was read with {sep!r} as the decimal point, as other "
                "prices in the file such as {proof!r} write it; if that is wrong, correct the "
                "file.",
                "{count} prices such as {example!r} were read with {sep!r} as the decimal "
                "point, as other prices in the file such as {proof!r} write it; if that is "
                "wrong, correct the file.", count)
        else:
            template = ngettext(
                "The price {example!r} was read with {sep!r} as a thousands separator, as "
                "other prices in the file such as {proof!r} write it; if that is wrong, "
                "correct the file.",
                "{count} prices such as {example!r} were read with {sep!r} as a thousands "
                "separator, as other prices in the file such as {proof!r} write it; if that "
                "is wrong, correct the file.", count)
        return template.format(example=example, sep=sep, proof=proof, count=count)
    if reading == "decimal":
        template = ngettext(
            "The price {example!r} was read with {sep!r} as the decimal point, because "
            "{currency} has {digits} decimals and no other price in the file shows how "
            "{sep!r} is meant; if that is wrong, correct the file.",
            "{count} prices such as {example!r} were read with {sep!r} as the decimal "
            "point, because {currency} has {digits} decimals and no other price in the "
            "file shows how {sep!r} is meant; if that is wrong, correct the file.", count)
    else:
        template = ngettext(
            "The price {example!r} was read with {sep!r} as a thousands separator, because "
            "{currency} has {digits} decimals and no other price in the file shows how "
            "{sep!r} is meant; if that is wrong, correct the file.",
            "{count} prices such as {example!r} were read with {sep!r} as a thousands "
            "separator, because {currency} has {digits} decimals and no other price in the "
            "file shows how {sep!r} is meant; if that is wrong, correct the file.", count)
    return template.format(example=example, sep=sep, currency=currency, count=count,
                           digits=minor_digits(currency))
