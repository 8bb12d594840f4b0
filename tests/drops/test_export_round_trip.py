"""The real export of the demo: drop page, a product page at launch, a coupon into the order."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import playwright.sync_api as playwright_api
import pytest

from weidian_desktop.core.drops import drop_state, list_drops
from weidian_desktop.core.orders import get_order, record_order
from weidian_desktop.core.store import ShopStore

from .browser_page import CHROMIUM_ARGS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def exported(demo_shop, tmp_path_factory) -> tuple[Path, Path]:
    """A copy of the demo (the export caches image variants in it) and its exported site."""
    from weidian_desktop.export import export_shop

    folder = tmp_path_factory.mktemp("drops-export")
    shop = folder / "demo.weidian"
    shutil.copy(demo_shop, shop)
    export_shop(shop, folder / "site")
    return shop, folder / "site"


def test_live_drop_page_and_a_coupon_into_the_order(exported) -> None:
    shop, site = exported
    with ShopStore.open(shop, read_only=True) as store:
        live = next(d for d in list_drops(store) if drop_state(store, d) == "live")
        coming = next(d for d in list_drops(store) if drop_state(store, d) == "preview")
        bag = store.query("SELECT id, sku, title FROM products WHERE slug = 'leather-bag'")[0]
    assert (site / "ics" / f"{live.slug}.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    cart = [{"k": f"p{bag['id']}", "pid": bag["id"], "vid": None, "sku": bag["sku"],
             "t": bag["title"], "v": "", "p": 69900, "q": 1, "u": "p/leather-bag/", "i": ""}]
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto((site / "en" / "d" / live.slug / "index.html").as_uri())
        assert page.get_attribute("[data-drop-status]", "data-state") == "live"
        assert page.inner_text("[data-drop-countdown]").startswith("Ends in ")
        assert "Only 15 made · 11 left" in page.inner_text(".drop-stock")
        page.evaluate("c => localStorage.setItem('wd-cart', c)", json.dumps(cart))
        page.goto((site / "en" / "cart" / "index.html").as_uri())
        page.fill("#f-coupon", "bag-day")
        page.click("[data-coupon-apply]")
        assert page.inner_text("[data-coupon-result]").startswith("BAG-DAY: −CN¥50.00")
        page.fill("#f-name", "Li Na")
        page.fill("#f-phone", "+86 139 0000 1111")
        page.fill("#f-address", "Hangzhou")
        page.click("[data-order-form] button[type=submit]")
        message = page.text_content("[data-message]")
        # A product page left open before a launch switches to the drop price at the start.
        page = browser.new_page(viewport={"width": 390, "height": 844})
        launch = datetime.strptime(coming.starts_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        page.clock.install(time=launch - timedelta(hours=2))
        page.goto((site / "en" / "p" / "blue-white-plate" / "index.html").as_uri())
        page.clock.pause_at(launch - timedelta(hours=1))
        assert page.inner_text("[data-price]") == "CN¥168.00"
        page.clock.fast_forward("01:00:01")
        assert page.inner_text("[data-price]") == "CN¥128.00"
        # The home page an hour before that launch: the bag day is over and says so, in its
        # place (a line that vanished would move the page under the buyer's thumb).
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.clock.install(time=launch - timedelta(hours=2))
        page.goto((site / "en" / "index.html").as_uri())
        page.clock.pause_at(launch - timedelta(hours=1))
        over = page.locator("ul.drops li", has_text=live.name)
        shown = page.locator("ul.drops li", has_text=coming.name)
        assert page.locator("ul.drops li:not([hidden])").count() == 2
        assert over.inner_text().endswith("Ended")  # its time gone with it
        assert shown.locator("[data-drop-word]").inner_text() == "Coming soon"
        page.clock.fast_forward("01:00:01")
        assert shown.locator("[data-drop-word]").inner_text() == "On now"
        browser.close()
    assert errors == []
    assert "Coupon BAG-DAY −CN¥50.00 · Total CN¥649.00" in message
    with ShopStore.open(shop) as store:  # the seller's app agrees, with no warning
        result = record_order(store, message)
        order = get_order(store, result.order_id)
    assert (order["coupon_code"], order["discount"], order["total"]) == ("BAG-DAY", 5000, 64900)
    assert result.warnings == []
