"""Prices a seller types in the app, read by the separators of the app's language.

Supplier files are read by ``money.parse_money``, which guesses ("1,299" is a thousand
and more). A seller's own typing is read the way the app writes numbers: in English and
Chinese "1,299" is 1299 and "1.299" has too many decimals; in Italian it is the other way
round. What one notation cannot mean is refused in one sentence, never guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import get_decimal_symbol, get_group_symbol

from .errors import ValidationError
from .formats import babel_locale
from .i18n import _
from .money import MAX_MAJOR, check_amount, max_minor, minor_digits, to_decimal

# Currency signs and codes around the number ("¥12", "12,50 €", "19.99 USD").
_NOISE = re.compile(r"[A-Za-z]{3}|RMB|[¥￥$€£₩₹元]")
_SPACES = re.compile(r"[\s\u00a0\u202f]")


def separators(language: str) -> tuple[str, str]:
    """(decimal, group) separators of ``language``: (".", ",") in en and zh_CN, (",", ".") in it."""
    locale = babel_locale(language)
    group = get_group_symbol(locale)
    # A space-like group separator (fr, ru) is typed as a plain space, if at all.
    return get_decimal_symbol(locale), "" if _SPACES.fullmatch(group) else group


def format_price_input(amount: int, currency: str, language: str) -> str:
    """``amount`` as the price fields show it: "1299.00" in English, "1299,00" in Italian."""
    decimal, _group = separators(language)
    digits = minor_digits(currency)
    return f"{to_decimal(amount, currency):.{digits}f}".replace(".", decimal)


def parse_price_input(text: str, currency: str, language: str, *, field: str = "",
                      label: str = "") -> int:
    """A typed price in minor units, read by ``language``'s separators; refuses the rest.

    ``label`` names the field in the refusal ("Compare at: “abc” is not a price…").
    """
    try:
        return _parse(text.strip(), currency, language)
    except ValidationError as exc:
        message = str(exc)
        if label:
            message = _("{label}: {problem}").format(label=label, problem=message)
        raise ValidationError(message, field=field or None) from None


def _parse(raw: str, currency: str, language: str) -> int:
    decimal, group = separators(language)
    number = _SPACES.sub("", _NOISE.sub("", raw))
    example = format_price_input(129950, "CNY", language)
    if group:
        example = example.replace(example[:1], example[:1] + group, 1)  # "1,299.50"
    if not re.fullmatch(r"[\d.,']+", number or "x") or not number[0].isdigit():
        raise ValidationError(_("“{text}” is not a price: type digits, like {example}.")
                              .format(text=raw, example=example))
    notation = ValidationError(_(
        "“{text}” is not a price as this app writes numbers: {example}, with “{decimal}” "
        "before the cents.").format(text=raw, example=example, decimal=decimal))
    whole, _sep, cents = number.partition(decimal) if decimal in number else (number, "", "")
    if group and group in whole:
        groups = whole.split(group)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            raise notation
        whole = whole.replace(group, "")
    if not whole.isdigit() or (cents and not cents.isdigit()):
        raise notation
    digits = minor_digits(currency)
    if len(cents) > digits:
        raise ValidationError(_(
            "“{text}” has more decimals than {currency} has ({digits}); in this app "
            "“{decimal}” comes before the cents, like {example}.").format(
                text=raw, currency=currency, digits=digits, decimal=decimal, example=example))
    value = Decimal(f"{whole}.{cents or 0}")
    if value >= MAX_MAJOR:  # the limit every amount has (money.check_amount)
        return check_amount(max_minor(currency) + 1, currency, raw)
    return check_amount(int(value.scaleb(digits)), currency, raw)


def parse_price_input_or_none(text: str, currency: str, language: str, *,
                              field: str = "", label: str = "") -> int | None:
    """Like parse_price_input; an empty field means no price."""
    if not text.strip():
        return None
    return parse_price_input(text, currency, language, field=field, label=label)


def drops_by_half(old: int | None, new: int | None) -> bool:
    """True when a price falls to less than half: a slip of a decimal, as often as a sale."""
    return old is not None and new is not None and old > 0 and new * 2 < old
