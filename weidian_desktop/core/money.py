"""Money as integer minor units plus an ISO 4217 code: parse and format, never floats."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.numbers import format_currency, get_currency_precision, list_currencies

from .errors import ValidationError
from .fields import field_label
from .formats import babel_locale
from .i18n import _, money_language, ngettext

# Symbols and codes a price may carry around the number ("¥12", "12,50 €", "19.99 USD").
_NOISE = re.compile(r"[A-Za-z]{3}|[¥￥$€£₩₹\s\u00a0\u202f']|RMB|元")
# No price reaches a billion units of its currency; beyond it a value is a typo or junk
# (and 99999999999999999999 fen would not even fit an SQLite integer).
MAX_MAJOR = 10**9
# One separator, a first group of 1-3 digits not starting with 0, then exactly three
# digits: "1.234" is 1234 with a thousands separator or 1.234 with a decimal point.
_AMBIGUOUS = re.compile(r"([1-9]\d{0,2})([.,])(\d{3})")


@dataclass(frozen=True, order=True)
class Money:
    """An amount in minor units (fen, cents) of one currency."""

    amount: int
    currency: str

    def format(self, locale: str = "en") -> str:
        return format_money(self.amount, self.currency, locale)


@functools.cache
def _known() -> frozenset[str]:
    # Late: reading CLDR's list costs every command that imports this module a few ms.
    return frozenset(list_currencies())


def check_currency(code: str) -> str:
    """Return the upper-cased ISO 4217 code, or refuse an unknown one."""
    upper = (code or "").strip().upper()
    if upper not in _known():
        raise ValidationError(
            _("{code!r} is not an ISO 4217 currency code (for example CNY, EUR, USD).").format(
                code=code), field="currency")
    return upper


def minor_digits(currency: str) -> int:
    """How many decimals the currency's minor unit has (CNY 2, JPY 0, KWD 3)."""
    return get_currency_precision(currency)


def to_decimal(amount: int, currency: str) -> Decimal:
    """Minor units as an exact Decimal of major units."""
    return Decimal(amount).scaleb(-minor_digits(currency))


def format_money(amount: int, currency: str, locale: str = "en") -> str:
    """CLDR formatting through Babel: ``¥1,299.00`` (zh_CN), ``1.299,00 €`` (it)."""
    # babel_locale: a tag Babel does not know (the pseudo-locale, a typo) falls back.
    return format_currency(to_decimal(amount, currency), currency, locale=babel_locale(locale))


def money_in_message(amount: int, currency: str) -> str:
    """An amount formatted for a sentence: as the open shop writes its prices, else in the
    language messages are written in."""
    return format_money(amount, currency, money_language())


def format_plain(amount: int, currency: str) -> str:
    """Locale-free ``1299.00`` for machine-readable places (JSON-LD, CSV, messages)."""
    digits = minor_digits(currency)
    return f"{to_decimal(amount, currency):.{digits}f}"


def max_minor(currency: str) -> int:
    """The largest amount, in minor units, a price of ``currency`` may have."""
    return int(MAX_MAJOR * 10 ** minor_digits(currency)) - 1  # int ** int is typed Any


class AmountError(ValidationError):
    """A well-formed amount that cannot be a price: too many decimals, or too large."""


def check_amount(amount: int, currency: str, raw: object, field: str = "price") -> int:
    """``amount`` (minor units) when it is within the limit, else one sentence."""
    if amount > max_minor(currency):
        raise AmountError(_(
            "{field} {raw} is more than {limit} {currency}, which no price can be; check "
            "the value.").format(field=field_label(field, capital=True), raw=_shown(raw),
                                 limit=f"{MAX_MAJOR:,}", currency=currency), field=field)
    return amount


def _shown(raw: object) -> str:
    text = str(raw)
    return repr(text if len(text) <= 32 else text[:30] + "…")


def clean_number(text: str) -> str:
    """The digits and separators of a price, without currency symbols, codes or spaces."""
    return _NOISE.sub("", str(text).strip())


def ambiguous_separator(text: str) -> str | None:
    """The separator of a price such as ``1.234`` or ``2,999`` that reads either as a
    thousands group or as three decimals; None when the reading is clear."""
    match = _AMBIGUOUS.fullmatch(clean_number(text))
    return match.group(2) if match else None


def parse_money(text: str | int | Decimal, currency: str, *, field: str = "price",
                decimal_sep: str | None = None) -> int:
    """Parse a price typed by a seller or read from a supplier file into minor units.

    Accepts ``1299``, ``1,299.00``, ``1.299,00``, ``¥12.5``, ``19.99 USD``. With a
    single separator followed by exactly three digits ("1,299", "1.299") it is a
    thousands separator unless the currency has three decimals, or ``decimal_sep``
    says this separator is the decimal one (a supplier file's other prices decide
    that: stocklists/prices.py); "0.125" is never a thousands group. Refuses negative
    amounts, more decimals than the currency has, and amounts over ``MAX_MAJOR``.
    """
    digits = minor_digits(currency)
    if isinstance(text, int):
        return check_amount(text * 10**digits, currency, text, field)
    raw = str(text).strip()
    cleaned = clean_number(raw)
    if not cleaned or not re.fullmatch(r"-?[\d.,]+", cleaned):
        raise ValidationError(_("{field} {value!r} is not an amount of money.").format(
            field=field_label(field, capital=True), value=raw), field=field)
    if cleaned.startswith("-"):
        raise ValidationError(_("{field} {value!r} is negative.").format(
            field=field_label(field, capital=True), value=raw), field=field)
    number = _normalise_separators(cleaned, digits, decimal_sep)
    try:
        if number is None:
            raise InvalidOperation
        value = Decimal(number)
    except InvalidOperation:
        raise ValidationError(_("{field} {value!r} is not an amount of money.").format(
            field=field_label(field, capital=True), value=raw), field=field) from None
    if value >= MAX_MAJOR:  # before scaling: a 400-digit value is refused cheaply
        check_amount(max_minor(currency) + 1, currency, raw, field)
    scaled = value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise AmountError(
            ngettext("{field} {value!r} has more than {n} decimal for {currency}.",
                     "{field} {value!r} has more than {n} decimals for {currency}.",
                     digits).format(field=field_label(field, capital=True), value=raw,
                                    n=digits, currency=currency), field=field)
    return check_amount(int(scaled), currency, raw, field)


def _normalise_separators(number: str, digits: int, decimal_sep: str | None = None
                          ) -> str | None:
    """Turn grouping and decimal separators into a Decimal literal, or None."""
    if "," in number and "." in number:
        # Whichever comes last is the decimal separator.
        decimal_sep = "," if number.rfind(",") > number.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        return number.replace(thousands, "").replace(decimal_sep, ".")
    for sep in (",", "."):
        if sep in number:
            parts = number.split(sep)
            grouped = (all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3
                       and not parts[0].startswith("0"))  # "0.125" groups nothing
            if decimal_sep is not None and len(parts) == 2 and grouped:
                grouped = decimal_sep != sep  # the file's other prices decided
                return number.replace(sep, "" if grouped else ".")
            if len(parts) > 2 or (grouped and digits != 3):
                if not grouped:
                    return None
                return number.replace(sep, "")
            return number.replace(sep, ".")
    return number


def parse_money_or_none(text: str | None, currency: str, *, field: str = "price") -> int | None:
    """Like parse_money, but an empty cell means no amount."""
    if text is None or not str(text).strip():
        return None
    return parse_money(text, currency, field=field)
