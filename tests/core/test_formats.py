"""CLDR formats per locale (through Babel): prices, dates, times, numbers."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from weidian_desktop.core.formats import (
    babel_locale,
    format_date,
    format_datetime,
    format_day_month,
    format_number,
    format_time,
)
from weidian_desktop.core.money import format_money

MOMENT = "2026-11-25T20:32:00Z"


@pytest.mark.parametrize(("language", "cny", "eur"), [
    ("zh-CN", "¥1,299.00", "€1,299.00"),
    ("zh_CN", "¥1,299.00", "€1,299.00"),
    ("it", "1.299,00\xa0CN¥", "1.299,00\xa0€"),
    ("en", "CN¥1,299.00", "€1,299.00"),
])
def test_prices(language: str, cny: str, eur: str) -> None:
    assert format_money(129900, "CNY", language) == cny
    assert format_money(129900, "EUR", language) == eur


def test_prices_in_an_unknown_locale_fall_back() -> None:
    assert format_money(129900, "EUR", "en_XA") == "€1,299.00"  # the pseudo-locale
    assert format_money(500, "JPY", "it") == "500\xa0JPY"


@pytest.mark.parametrize(("language", "day", "long_day", "time", "both", "short"), [
    ("zh-CN", "2026年11月25日", "2026年11月25日", "04:32", "2026年11月26日 04:32", "11月25日"),
    ("it", "25 nov 2026", "25 novembre 2026", "21:32", "25 nov 2026, 21:32", "25 nov"),
    ("en", "Nov 25, 2026", "November 25, 2026", "8:32\u202fPM", "Nov 25, 2026, 8:32\u202fPM",
     "Nov 25"),
])
def test_dates_and_times(language: str, day: str, long_day: str, time: str, both: str,
                         short: str) -> None:
    zone = {"zh-CN": "Asia/Shanghai", "it": "Europe/Rome", "en": None}[language]
    assert format_date(MOMENT, language) == day
    assert format_date(date(2026, 11, 25), language, style="long") == long_day
    assert format_time(MOMENT, language, zone) == time
    assert format_datetime(MOMENT, language, zone if language != "en" else None) == both
    assert format_day_month(datetime(2026, 11, 25, 12, tzinfo=UTC), language) == short


def test_dates_follow_the_shop_clock() -> None:
    # 20:32 UTC is already the next day in Shanghai.
    assert format_date(MOMENT, "zh-CN", "Asia/Shanghai") == "2026年11月26日"
    with pytest.raises(ValueError):
        format_date(datetime(2026, 11, 25, 20, 32), "it")  # naive: which clock?


@pytest.mark.parametrize(("language", "text"), [("zh-CN", "1,299"), ("it", "1.299"),
                                                 ("en", "1,299")])
def test_numbers(language: str, text: str) -> None:
    assert format_number(1299, language) == text


def test_babel_locale_tags() -> None:
    assert str(babel_locale("zh-CN")) == "zh_Hans_CN"
    assert str(babel_locale("en_XA")) == "en"
    assert str(babel_locale("")) == "en"
    assert str(babel_locale("not a tag")) == "en"
