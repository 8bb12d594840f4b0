"""Nothing of a drop is in the export before its preview time (its start, without a
preview): not its page, its calendar file, its products' drop prices, its coupon, a card,
a search entry. An export made after that time has it all, also when it updates one made
before."""

from __future__ import annotations

from pathlib import Path

import pytest

from weidian_desktop.core.coupons import Coupon, create_coupon
from weidian_desktop.core.drops import Drop, DropItem, create_drop
from weidian_desktop.core.products import find_product
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop
from weidian_desktop.export.drop_views import code_hash

from .test_builder import snapshot

BEFORE = "2026-11-30T00:00:00Z"
PREVIEW = "2026-12-01T00:00:00Z"
START = "2026-12-03T00:00:00Z"
DURING_PREVIEW = "2026-12-02T00:00:00Z"
LIVE = "2026-12-03T06:00:00Z"


@pytest.fixture
def drop_shop(small_shop: ShopStore) -> ShopStore:
    mug = find_product(small_shop, "mug")
    drop = create_drop(small_shop, Drop(
        "Zebra launch", starts_at=START, ends_at="2026-12-04T00:00:00Z", preview_at=PREVIEW,
        description="Quokka mugs, only a few.",
        items=[DropItem(mug.id or 0, drop_price=4321, quantity_cap=3)]))
    create_coupon(small_shop, Coupon("ZEBRA10", value=10, scope="drop", drop_id=drop))
    create_drop(small_shop, Drop(
        "Yak surprise", starts_at=START, ends_at="2026-12-04T00:00:00Z", preview_at=None,
        items=[DropItem(find_product(small_shop, "tea").id or 0, drop_price=1234)]))
    return small_shop


def _mentions(site: Path) -> set[str]:
    """Which traces of the two drops the exported files hold."""
    traces = {"zebra": b"zebra", "quokka": b"quokka", "43.21": b"43.21",
              "coupon": code_hash("ZEBRA10").encode(), "yak": b"yak", "12.34": b"12.34"}
    found = set()
    for data in snapshot(site).values():
        low = data.lower()
        found |= {name for name, trace in traces.items() if trace in low}
    return found


def test_before_its_preview_a_drop_is_nowhere_in_the_export(drop_shop: ShopStore,
                                                             tmp_path: Path) -> None:
    export_shop(drop_shop, tmp_path / "site", now=BEFORE)
    assert _mentions(tmp_path / "site") == set()
    assert not (tmp_path / "site/d").exists() and not (tmp_path / "site/ics").exists()


def test_from_its_preview_on_the_drop_is_there_and_a_surprise_from_its_start(
        drop_shop: ShopStore, tmp_path: Path) -> None:
    export_shop(drop_shop, tmp_path / "preview", now=DURING_PREVIEW)
    assert _mentions(tmp_path / "preview") == {"zebra", "quokka", "43.21", "coupon"}
    assert (tmp_path / "preview/d/zebra-launch/index.html").is_file()
    assert (tmp_path / "preview/ics/zebra-launch.ics").is_file()
    export_shop(drop_shop, tmp_path / "live", now=LIVE)
    assert _mentions(tmp_path / "live") == {"zebra", "quokka", "43.21", "coupon", "yak",
                                            "12.34"}


def test_a_re_export_after_the_preview_time_shows_the_drop_as_a_fresh_one_would(
        drop_shop: ShopStore, tmp_path: Path) -> None:
    out = tmp_path / "site"
    export_shop(drop_shop, out, now=BEFORE)
    result = export_shop(drop_shop, out, now=DURING_PREVIEW)
    assert "p/mug/index.html" in result.written
    export_shop(drop_shop, tmp_path / "fresh", now=DURING_PREVIEW)
    assert snapshot(out) == snapshot(tmp_path / "fresh")
    export_shop(drop_shop, out, now=BEFORE)  # the clock set back: gone again
    assert _mentions(out) == set()
