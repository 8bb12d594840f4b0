"""What CLDR says about where a seller is: the currency to suggest for a new shop."""

from __future__ import annotations

import datetime

from babel.core import get_global
from babel.numbers import get_territory_currencies

# The currency a seller who speaks the language most likely prices in, and the places
# where the language is spoken with a currency of their own (Hong Kong, Switzerland …).
LANGUAGE_CURRENCY = {"zh_CN": "CNY", "it": "EUR"}
LANGUAGE_PLACES = {"zh_CN": {"CN", "HK", "MO", "TW", "SG"}, "it": {"IT", "CH", "SM", "VA"}}


def zone_currency(zone: str | None) -> str | None:
    """The currency of the country an IANA time zone is in ("Asia/Shanghai" -> CNY)."""
    territory = get_global("zone_territories").get(zone or "")
    if not territory:
        return None
    current = get_territory_currencies(territory, datetime.date.today(), tender=True)
    return current[0] if current else None


def suggest_currency(language: str, zone: str | None) -> str | None:
    """The currency a new shop starts with, from the app's language and the shop's clock.

    Chinese suggests CNY and Italian EUR, unless the time zone is a place where that
    language is spoken with another currency (Hong Kong: HKD, Zurich: CHF); other
    languages follow the time zone. None when neither says anything.
    """
    by_zone = zone_currency(zone)
    if language in LANGUAGE_CURRENCY:
        territory = get_global("zone_territories").get(zone or "")
        if by_zone and territory in LANGUAGE_PLACES[language]:
            return by_zone
        return LANGUAGE_CURRENCY[language]
    return by_zone
