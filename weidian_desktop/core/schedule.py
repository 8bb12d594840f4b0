"""When buyers are online: the shop's online hours, suggested launch/publish times, zone maths.

Posts and drops share one idea of "a good time": the hours buyers open their phones
(by default China time 08–10, 13–14, 16–17, 18:30–19:30 and 22–23). The hours are kept
in the shop file (settings key ``online_hours``) in the zone they were written in, and
shown converted to the shop's zone, so a seller in Rome sees 01:00–03:00 for China's
08:00–10:00.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from .clock import from_iso, to_iso, utc_now
from .errors import ValidationError
from .i18n import _
from .shop import check_timezone, get_setting, get_shop, set_setting
from .store import ShopStore

SETTING = "online_hours"
DEFAULT_ZONE = "Asia/Shanghai"
DEFAULT_WINDOWS = [("08:00", "10:00"), ("13:00", "14:00"), ("16:00", "17:00"),
                   ("18:30", "19:30"), ("22:00", "23:00")]
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass
class OnlineHours:
    """Daily windows ("HH:MM", "HH:MM") on the clock of ``zone`` when buyers are online."""

    windows: list[tuple[str, str]]
    zone: str = DEFAULT_ZONE


def _minutes(text: str) -> int:
    match = _HHMM.match(text.strip())
    if not match:
        raise ValidationError(_("{time!r} is not a time of day like 08:00 or 18:30.").format(
            time=text), field="online_hours")
    return int(match[1]) * 60 + int(match[2])


def validate_online_hours(hours: OnlineHours) -> OnlineHours:
    """Check windows are HH:MM, each ends after it starts, and none overlap; sort them."""
    check_timezone(hours.zone)
    if not hours.windows:
        raise ValidationError(_("Give at least one window when buyers are online."),
                              field="online_hours")
    spans = sorted((_minutes(a), _minutes(b), a.strip(), b.strip()) for a, b in hours.windows)
    for start, end, a, b in spans:
        if end <= start:
            raise ValidationError(_("The window {start}–{end} does not end after it "
                                    "starts.").format(start=a, end=b), field="online_hours")
    for (_start, end, a, b), (start, _end, c, d) in pairwise(spans):
        if start < end:
            raise ValidationError(_("The windows {start}–{end} and {start2}–{end2} "
                                    "overlap.").format(start=a, end=b, start2=c, end2=d),
                                  field="online_hours")
    return OnlineHours([(a, b) for _, _, a, b in spans], hours.zone)


def get_online_hours(store: ShopStore) -> OnlineHours:
    """The shop's online hours (the seed's China-time defaults until the seller edits them)."""
    raw = get_setting(store, SETTING)
    if not raw:
        return OnlineHours(list(DEFAULT_WINDOWS), DEFAULT_ZONE)
    return OnlineHours([tuple(w) for w in raw["windows"]], raw["zone"])


def set_online_hours(store: ShopStore, hours: OnlineHours) -> OnlineHours:
    """Save edited online hours (one transaction) after checking them."""
    clean = validate_online_hours(hours)
    set_setting(store, SETTING, {"zone": clean.zone, "windows": [list(w) for w in clean.windows]})
    return clean


def _at(day: date, hhmm: str, zone: ZoneInfo) -> datetime:
    minutes = _minutes(hhmm)
    return datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=zone)


def windows_on(hours: OnlineHours, day: date) -> list[tuple[datetime, datetime]]:
    """The windows of one calendar day (in the hours' own zone) as aware datetimes."""
    zone = ZoneInfo(hours.zone)
    return [(_at(day, a, zone), _at(day, b, zone)) for a, b in hours.windows]


def windows_in_zone(store: ShopStore, zone: str | None = None,
                    day: date | None = None) -> list[tuple[str, str]]:
    """The online windows shown on another clock (the shop's by default) for ``day``.

    The day matters: daylight saving moves the converted hours twice a year.
    """
    hours = get_online_hours(store)
    target = ZoneInfo(zone or get_shop(store).timezone)
    day = day or datetime.now(ZoneInfo(hours.zone)).date()
    return [(a.astimezone(target).strftime("%H:%M"), b.astimezone(target).strftime("%H:%M"))
            for a, b in windows_on(hours, day)]


def suggest_times(store: ShopStore, count: int = 6, *, after: str | None = None,
                  days: int = 14) -> list[str]:
    """The next starts of online windows after ``after`` (now by default), as UTC text."""
    hours = get_online_hours(store)
    start = from_iso(after or utc_now())
    first_day = start.astimezone(ZoneInfo(hours.zone)).date()
    found: list[str] = []
    for offset in range(days):
        for begin, _end in windows_on(hours, first_day + timedelta(days=offset)):
            if begin.astimezone(UTC) > start:
                found.append(to_iso(begin))
                if len(found) >= count:
                    return found
    return found


def is_online_time(store: ShopStore, at: str) -> bool:
    """True when the UTC time ``at`` falls inside one of the online windows."""
    hours = get_online_hours(store)
    moment = from_iso(at)
    day = moment.astimezone(ZoneInfo(hours.zone)).date()
    return any(a <= moment < b for a, b in windows_on(hours, day))


# --- times typed on a wall clock ---------------------------------------------------------
def local_to_utc(local: str | datetime, zone: str, *, field: str = "time") -> str:
    """A wall-clock time in ``zone`` ("2026-10-25 02:30" or naive datetime) as UTC text.

    A time the clocks skip (spring forward) is refused; a time they pass twice (autumn)
    means the first pass, the way a calendar reads it.
    """
    tz = ZoneInfo(check_timezone(zone))
    if isinstance(local, str):
        try:
            naive = datetime.fromisoformat(local.strip().replace("T", " "))
        except ValueError:
            raise ValidationError(_("{time!r} is not a date and time like "
                                    "2026-11-11 20:00.").format(time=local),
                                  field=field) from None
    else:
        naive = local
    if naive.tzinfo is not None:
        return to_iso(naive)
    aware = naive.replace(tzinfo=tz, fold=0)
    if aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != naive:
        raise ValidationError(
            _("{time} does not exist in {zone} (the clocks go forward then); choose another "
              "time.").format(time=f"{naive:%Y-%m-%d %H:%M}", zone=zone), field=field)
    return to_iso(aware)


def utc_to_local(at: str, zone: str) -> datetime:
    """Stored UTC text on the wall clock of ``zone``."""
    return from_iso(at).astimezone(ZoneInfo(zone))


def format_local(at: str, zone: str) -> str:
    """``2026-10-25 02:30 CET``: a stored time as the seller reads it in ``zone``."""
    return utc_to_local(at, zone).strftime("%Y-%m-%d %H:%M %Z")
