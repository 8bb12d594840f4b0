"""Typed prices read by the app language's separators; what a notation cannot mean is refused."""

from __future__ import annotations

import pytest

from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.price_input import (
    drops_by_half,
    format_price_input,
    parse_price_input,
    parse_price_input_or_none,
)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("1299", "en", 129900), ("1,299", "en", 129900), ("1,299.50", "en", 129950),
    ("¥1,299.00", "zh_CN", 129900), ("12.5", "zh_CN", 1250), ("12.", "en", 1200),
    ("1.299", "it", 129900), ("1.299,50", "it", 129950), ("12,5", "it", 1250),
    ("129,00 €", "it", 12900), ("1 299,50", "fr", 129950), ("  68 ", "en", 6800),
    ("1,299,000", "en_XA", 129900000),  # the pseudo-locale writes English numbers
])
def test_prices_read_by_the_language(text: str, language: str, expected: int) -> None:
    assert parse_price_input(text, "CNY", language) == expected


@pytest.mark.parametrize(("text", "language", "says"), [
    ("12,5", "en", "“12,5” is not a price as this app writes numbers: 1,299.50, with "
                   "“.” before the cents."),
    ("1,299", "it", "“1,299” has more decimals than CNY has (2); in this app “,” comes "
                    "before the cents, like 1.299,50."),
    ("1.299", "en", "“1.299” has more decimals than CNY has (2); in this app “.” comes "
                    "before the cents, like 1,299.50."),
    ("12.50", "it", "“12.50” is not a price as this app writes numbers: 1.299,50, with "
                    "“,” before the cents."),
    ("1.299,50", "en", "“1.299,50” is not a price as this app writes numbers: 1,299.50, "
                       "with “.” before the cents."),
    ("-5", "en", "“-5” is not a price: type digits, like 1,299.50."),
    ("twelve", "en", "“twelve” is not a price: type digits, like 1,299.50."),
])
def test_what_the_notation_cannot_mean_is_refused(text: str, language: str, says: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_price_input(text, "CNY", language, field="price")
    assert str(refused.value) == says
    assert refused.value.field == "price"


def test_whole_currencies_and_the_field_text_round_trip() -> None:
    assert parse_price_input("1,299", "JPY", "en") == 1299
    with pytest.raises(ValidationError):
        parse_price_input("12.5", "JPY", "en")
    for language in ("en", "zh_CN", "it"):
        text = format_price_input(129950, "CNY", language)
        assert parse_price_input(text, "CNY", language) == 129950
    assert format_price_input(129950, "CNY", "it") == "1299,50"
    assert parse_price_input_or_none("  ", "CNY", "it") is None


def test_a_drop_below_half_is_flagged() -> None:
    assert drops_by_half(12900, 1250)
    assert not drops_by_half(12900, 6450) and not drops_by_half(None, 100)
    assert not drops_by_half(12900, None) and not drops_by_half(0, 0)
