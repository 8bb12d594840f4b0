"""Time zones and daylight saving: drops planned on one clock, read on another; online hours."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from weidian_desktop.core.clock import from_iso
from weidian_desktop.core.drops import create_drop, get_drop
from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.posts import suggest_publish_times
from weidian_desktop.core.schedule import (
    OnlineHours,
    format_local,
    is_online_time,
    local_to_utc,
    set_online_hours,
    suggest_times,
    windows_in_zone,
)
from weidian_desktop.core.shop import update_shop

from .conftest import DropShop, bag_drop, dump


def test_a_drop_set_in_shanghai_is_stored_in_utc_and_read_in_rome(shop: DropShop) -> None:
    starts = local_to_utc("2026-11-11 20:00", "Asia/Shanghai")
    ends = local_to_utc("2026-11-12 20:00", "Asia/Shanghai")
    assert (starts, ends) == ("2026-11-11T12:00:00Z", "2026-11-12T12:00:00Z")
    drop = get_drop(shop.store, create_drop(shop.store, bag_drop(
        shop, starts_at=starts, ends_at=ends)))
    assert format_local(drop.starts_at, drop.timezone) == "2026-11-11 20:00 CST"
    assert format_local(drop.starts_at, "Europe/Rome") == "2026-11-11 13:00 CET"


def test_daylight_saving_change_inside_a_drop_window(shop: DropShop) -> None:
    # Europe/Rome goes back from 03:00 CEST to 02:00 CET on Sunday 25 October 2026.
    starts = local_to_utc("2026-10-24 20:00", "Europe/Rome")
    ends = local_to_utc("2026-10-25 20:00", "Europe/Rome")
    drop = get_drop(shop.store, create_drop(shop.store, bag_drop(
        shop, starts_at=starts, ends_at=ends, timezone="Europe/Rome",
        preview_at=local_to_utc("2026-10-20 20:00", "Europe/Rome"))))
    assert drop.duration == timedelta(hours=25)  # the wall clock says 24, the buyer waits 25
    assert format_local(drop.starts_at, drop.timezone) == "2026-10-24 20:00 CEST"
    assert format_local(drop.ends_at, drop.timezone) == "2026-10-25 20:00 CET"
    assert (starts, ends) == ("2026-10-24T18:00:00Z", "2026-10-25T19:00:00Z")
    # 02:30 happens twice that night: the first (summer-time) one is meant.
    assert local_to_utc("2026-10-25 02:30", "Europe/Rome") == "2026-10-25T00:30:00Z"


def test_a_time_the_clocks_skip_is_refused(shop: DropShop) -> None:
    before = dump(shop.store)
    with pytest.raises(ValidationError, match=r"^2026-03-29 02:30 does not exist in Europe/Rome"):
        local_to_utc("2026-03-29 02:30", "Europe/Rome")
    assert dump(shop.store) == before


def test_suggested_times_are_the_online_hours_converted(shop: DropShop) -> None:
    after = "2026-11-10T23:00:00Z"  # 07:00 in Shanghai
    assert [format_local(t, "Asia/Shanghai")[11:16]
            for t in suggest_times(shop.store, 6, after=after)] == [
        "08:00", "13:00", "16:00", "18:30", "22:00", "08:00"]
    update_shop(shop.store, timezone="Europe/Rome")
    assert windows_in_zone(shop.store, day=date(2026, 11, 11))[0] == ("01:00", "03:00")
    assert windows_in_zone(shop.store, day=date(2026, 7, 1))[0] == ("02:00", "04:00")
    assert is_online_time(shop.store, "2026-11-11T00:30:00Z")
    assert not is_online_time(shop.store, "2026-11-11T03:00:00Z")


def test_online_hours_are_editable_and_posts_use_them(shop: DropShop) -> None:
    set_online_hours(shop.store, OnlineHours([("20:00", "21:00"), ("12:00", "12:30")],
                                             "Europe/Rome"))
    times = suggest_times(shop.store, 3, after="2026-11-11T00:00:00Z")
    assert [format_local(t, "Europe/Rome")[11:16] for t in times] == ["12:00", "20:00", "12:00"]
    assert from_iso(suggest_publish_times(shop.store, 1)[0]) > from_iso("2026-01-01T00:00:00Z")
    with pytest.raises(ValidationError, match="overlap"):
        set_online_hours(shop.store, OnlineHours([("08:00", "10:00"), ("09:00", "11:00")]))
    with pytest.raises(ValidationError, match="not a time of day"):
        set_online_hours(shop.store, OnlineHours([("8h", "10:00")]))
