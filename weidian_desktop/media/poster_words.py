"""The words printed on posters and share images, in the shop's default language."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton

from ..core.clock import from_iso
from ..resources import translations_dir

FALLBACK = "en"


@functools.cache
def _catalogue(language: str) -> dict[str, str]:
    path = translations_dir() / "posters" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _chain(language: str) -> list[str]:
    # zh-TW falls back to zh-CN before English: a Chinese reader gets Chinese.
    base = language.split("-")[0]
    return [language, base, "zh-CN" if base == "zh" else FALLBACK, FALLBACK]


def word(language: str, key: str, **values: object) -> str:
    """The poster word ``key`` in ``language`` (then its base language, then English)."""
    for tag in _chain(language):
        text = _catalogue(tag).get(key)
        if text is not None:
            return text.format(**values) if values else text
    raise KeyError(f"no poster word {key!r}")


def plural(language: str, key: str, n: int) -> str:
    """``key_one`` or ``key_other`` with ``{n}`` filled (enough for en, it and zh)."""
    return word(language, f"{key}_one" if n == 1 else f"{key}_other", n=n)


def _babel_locale(language: str) -> str:
    return language.replace("-", "_")


def format_when(utc_text: str, timezone: str, language: str) -> str:
    """A stored UTC time as the buyer reads it on the shop's clock: ``12月5日周六 20:00``."""
    moment = from_iso(utc_text).astimezone(ZoneInfo(timezone))
    locale = _babel_locale(language)
    # CLDR skeletons give each language its own order and words for weekday, day and
    # month; no year, because a poster is about the coming days.
    return (format_skeleton("MMMEd", moment, locale=locale) + " "
            + format_skeleton("Hm", moment, locale=locale))


def format_window(starts: str, ends: str, timezone: str, language: str) -> str:
    """A drop's window, both ends on the shop's clock."""
    return word(language, "drop_window", start=format_when(starts, timezone, language),
                end=format_when(ends, timezone, language))


def window_text(starts: str, ends: str, timezone: str, language: str,
                fits: Callable[[str], bool]) -> str:
    """The window on one line if it fits, else broken before the end time.

    Line wrapping may break Chinese between any two characters, which would split a
    date ("11月 / 28日"); an explicit break between the two times never does.
    """
    one = format_window(starts, ends, timezone, language)
    if fits(one):
        return one
    return word(language, "drop_window", start=format_when(starts, timezone, language),
                end="\n" + format_when(ends, timezone, language))
