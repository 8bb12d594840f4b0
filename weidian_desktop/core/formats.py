"""Dates, times and numbers as each language writes them (CLDR via Babel); money: money.py."""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Literal
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton
from babel.dates import format_time as _babel_time
from babel.lists import format_list as _babel_list
from babel.numbers import format_decimal

from .clock import from_iso

Moment = datetime | str  # an aware datetime or stored UTC text ("2026-11-25T20:32:00Z")
LOCAL = "local"  # as a zone: this computer's clock (orders), not the shop's (drops, posts)


# Parsing a locale costs ~5 ms and prices are formatted by the thousand.
@functools.lru_cache(maxsize=64)
def babel_locale(language: str) -> Locale:
    """A Babel locale for a shop or UI tag ("zh-CN", "zh_CN", "it"); English if unknown."""
    tag = (language or "en").replace("-", "_")
    try:
        return Locale.parse(tag)
    except (UnknownLocaleError, ValueError):
        # e.g. the pseudo-locale en_XA, or a tag the seller typed: its base, then English.
        try:
            return Locale.parse(tag.split("_")[0])
        except (UnknownLocaleError, ValueError):
            return Locale.parse("en")


def _local(moment: Moment, zone: str | None) -> datetime:
    # Stored times are UTC; buyers and sellers read them on the shop's clock.
    value = from_iso(moment) if isinstance(moment, str) else moment
    if value.tzinfo is None:
        raise ValueError("a time to format must carry a time zone")
    if zone == LOCAL:
        return value.astimezone()
    return value.astimezone(ZoneInfo(zone) if zone else UTC)


def local_time(moment: Moment, zone: str | None = None) -> datetime:
    """A stored time on a clock: a zone's, this computer's (LOCAL) or UTC (None)."""
    return _local(moment, zone)


def format_date(moment: Moment | date, language: str, zone: str | None = None,
                style: str = "medium") -> str:
    """``2026年11月25日`` (zh_CN), ``25 nov 2026`` (it), ``Nov 25, 2026`` (en)."""
    day = moment if type(moment) is date else _local(moment, zone).date()  # type: ignore[arg-type]
    return _babel_date(day, style, locale=babel_locale(language))


def format_time(moment: Moment, language: str, zone: str | None = None) -> str:
    """Hours and minutes in the locale's clock: ``20:32`` (zh_CN, it), ``8:32 PM`` (en)."""
    return _babel_time(_local(moment, zone), "short", locale=babel_locale(language))


def format_datetime(moment: Moment, language: str, zone: str | None = None) -> str:
    """Date and time without seconds: ``2026年11月25日 20:32``, ``25 nov 2026, 20:32``."""
    locale = babel_locale(language)
    local = _local(moment, zone)
    pattern = str(locale.datetime_formats["medium"])
    return pattern.replace("{1}", _babel_date(local.date(), "medium", locale=locale)).replace(
        "{0}", _babel_time(local, "short", locale=locale))


def format_weekday_datetime(moment: Moment, language: str, zone: str | None = None) -> str:
    """With the weekday, for suggested times: ``2026年11月25日周三 20:32``."""
    locale = babel_locale(language)
    local = _local(moment, zone)
    return (f"{format_skeleton('yMMMEd', local, locale=locale, fuzzy=True)} "
            f"{_babel_time(local, 'short', locale=locale)}")


def format_day_month(moment: Moment, language: str, zone: str | None = None) -> str:
    """A short day for badges and countdowns: ``11月25日``, ``25 nov``, ``Nov 25``."""
    return format_skeleton("MMMd", _local(moment, zone), locale=babel_locale(language))


def format_number(value: int | float | Decimal, language: str) -> str:
    """Grouped digits: ``1,299`` (zh_CN, en), ``1.299`` (it)."""
    return format_decimal(value, locale=babel_locale(language))


def format_list(items: list[str], language: str,
                style: Literal["standard", "or"] = "standard") -> str:
    """A list as a sentence says it: ``1, 2 and 3``, ``1, 2 e 3``, ``1、2和3``; with
    ``style="or"``: ``.png or .svg``, ``.png o .svg``, ``.png或.svg``."""
    return _babel_list(items, style=style, locale=babel_locale(language)) if items else ""
