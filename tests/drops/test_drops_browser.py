"""The drop page and the cart's coupon check on the buyer's clock, in headless Chromium."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

import playwright.sync_api as playwright_api
import pytest

from weidian_desktop.core.coupons import Coupon, create_coupon
from weidian_desktop.core.drops import create_drop
from weidian_desktop.export.drop_views import code_hash, coupon_rules, drops_export
from weidian_desktop.export.load import load

from .browser_page import CHROMIUM_ARGS, Words, drop_item, write_page
from .conftest import DropShop, bag_drop

pytestmark = pytest.mark.browser

EXPORTED_AT = "2026-11-09T07:30:00Z"


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def drop_page(shop: DropShop, tmp_path: Path) -> Path:
    """The bag drop (20:00 Shanghai on 11 November, a day long) as exported on 9 November."""
    drop_id = create_drop(shop.store, bag_drop(shop))
    create_coupon(shop.store, Coupon("BAGS-10", value=10, scope="drop", drop_id=drop_id))
    create_coupon(shop.store, Coupon("XIAOMAN", kind="fixed", value=2000, min_order=50000))
    exported = load(shop.store, EXPORTED_AT)
    info = drops_export(exported, ["en"])["en"]["singles-day-bags"]
    info["left"] = 3  # as if two bags had been ordered before the export
    drop = {"slug": "singles-day-bags", "name": "Singles' day bags",
            "starts_at": "2026-11-11T12:00:00Z", "ends_at": "2026-11-12T12:00:00Z",
            "ended": False, "live": False,
            "items": [drop_item("CN¥699.00", "CN¥899.00")]}
    rules = {"rules": coupon_rules(exported), "currency": "CNY"}
    return write_page(tmp_path, lang="en", drop=drop, info=info, rules=rules)


def _texts(page) -> dict:
    """What the buyer sees of the status and the card (visibility: hidden parts keep their
    room; what is shown is what is visible)."""
    return page.evaluate("""() => {
      const shown = el => !!el && el.checkVisibility({visibilityProperty: true});
      const text = el => {
        const c = el.cloneNode(true);
        c.querySelectorAll('.visually-hidden').forEach(n => n.remove());
        return c.textContent.trim();
      };
      const line = [...document.querySelectorAll('[data-drop-item] .card-price')].find(shown);
      const regular = line.querySelector('s'), soon = line.querySelector('[data-drop-soon]');
      const countdown = document.querySelector('[data-drop-countdown]').textContent;
      return {
        state: document.querySelector('[data-drop-status]').getAttribute('data-state'),
        badge: document.querySelector('[data-drop-badge]').textContent,
        countdown: countdown || null,
        price: text(line.querySelector('.price')),
        regular: regular ? text(regular) : null,
        soon: soon ? soon.textContent.trim() : null,
        coupon: shown(document.querySelector('[data-drop-coupon]'))
          ? document.querySelector('[data-drop-coupon]').textContent : null,
        calendar: shown(document.querySelector('[data-drop-ics]')),
      };
    }""")


def test_preview_live_and_ended_on_the_page_clock(browser, drop_page: Path) -> None:
    page = browser.new_page()
    page.clock.install(time="2026-11-09T07:00:00Z")
    page.goto(drop_page.as_uri())
    page.clock.pause_at("2026-11-09T08:00:00Z")  # from here the clock moves only when told
    assert _texts(page) == {
        "state": "preview", "badge": "Preview — launches in 2 d 4 h", "countdown": None,
        "price": "CN¥899.00", "regular": None,
        "soon": "Drop price CN¥699.00 from the launch",
        "coupon": "Code BAGS-10: 10% off during the drop", "calendar": True}
    assert page.locator(".drop-stock").inner_text().startswith("Only 5 made · 3 left\nas of ")
    page.clock.fast_forward("52:00:01")  # to one second after the launch
    assert _texts(page) | {"coupon": None} == {
        "state": "live", "badge": "Live now", "countdown": "Ends in 23 h 59 min",
        "price": "CN¥699.00", "regular": "CN¥899.00", "soon": None, "coupon": None,
        "calendar": True}
    page.clock.fast_forward("23:59:00")
    assert _texts(page)["countdown"] == "Ends in 0 min 59 s"
    page.clock.fast_forward("00:01:00")
    assert _texts(page) == {
        "state": "ended", "badge": "Ended", "countdown": None, "price": "CN¥899.00",
        "regular": None, "soon": None, "coupon": None, "calendar": False}
    page.close()


def test_a_drop_set_in_shanghai_shows_rome_times(browser, drop_page: Path) -> None:
    context = browser.new_context(timezone_id="Europe/Rome", locale="en-GB")
    page = context.new_page()
    page.clock.install(time="2026-11-11T10:00:00Z")
    page.goto(drop_page.as_uri())
    page.clock.pause_at("2026-11-11T11:00:00Z")  # 12:00 in Rome, an hour before the launch
    # 20:00 in Shanghai is 13:00 in Rome (the page's language, en, sets the format), and
    # the time says which clock it is on, as the export's text names the shop's.
    assert page.locator("[data-test=start]").inner_text() == "Nov 11, 2026, 1:00 PM (Europe/Rome)"
    assert page.locator("[data-test=end]").inner_text() == "Nov 12, 2026, 1:00 PM (Europe/Rome)"
    assert _texts(page)["badge"] == "Preview — launches in 1 h 0 min"
    context.close()


def test_coupon_checks_on_the_buyer_side(browser, drop_page: Path, shop: DropShop) -> None:
    page = browser.new_page()
    bag = {"pid": shop.bag, "vid": None, "p": 69900, "q": 1}
    mug = {"pid": shop.mug, "vid": None, "p": 6800, "q": 2}
    page.add_init_script(f"localStorage.setItem('test-cart', '{json.dumps([bag])}')")
    page.clock.install(time="2026-11-11T13:00:00Z")  # the drop is live
    page.goto(drop_page.as_uri())
    assert page.evaluate("WD.coupons.sha256('WD1:BAGS-10')") == code_hash("bags-10")
    assert page.evaluate("WD.coupons.sha256('优惠码' + 'x'.repeat(70))") == hashlib.sha256(
        ("优惠码" + "x" * 70).encode()).hexdigest()
    check = ("([code, items, at]) => WD.coupons.check(code, items, "
             "JSON.parse(document.getElementById('wd-coupons').textContent).rules, Date.parse(at))")
    now = "2026-11-11T13:00:00Z"
    assert page.evaluate(check, [" bags-10 ", [bag, mug], now]) == {
        "ok": True, "code": "BAGS-10", "discount": 6990, "subtotal": 83500}
    assert page.evaluate(check, ["BAGS-10", [mug], now])["reason"] == "not_covered"
    assert page.evaluate(check, ["BAGS-10", [bag], "2026-11-12T12:00:01Z"])["reason"] == \
        "not_covered"  # the drop has ended: its coupon covers nothing any more
    assert page.evaluate(check, ["XIAOMAN", [mug], now])["reason"] == "below_min"
    assert page.evaluate(check, ["NOPE", [mug], now])["reason"] == "unknown"
    # The cart's box: the buyer types the code, sees the discount, and the message gets it.
    page.fill("#f-coupon", "xiaoman")
    page.click("[data-coupon-apply]")
    assert page.locator("[data-coupon-result]").inner_text().startswith(
        "XIAOMAN: −CN¥20.00, total CN¥679.00.")
    assert page.evaluate("WD.coupons.current()") == {"code": "XIAOMAN", "discount": 2000}
    page.close()


def test_sold_out_as_of_the_export(browser, shop: DropShop, tmp_path: Path) -> None:
    create_drop(shop.store, bag_drop(shop))
    info = drops_export(load(shop.store, EXPORTED_AT), ["it"])["it"]["singles-day-bags"]
    info |= {"left": 0, "sold_out": True}  # every bag ordered before the export
    drop = {"slug": "singles-day-bags", "name": "Borse", "starts_at": info["start"],
            "ends_at": info["end"], "ended": False, "live": True,
            "items": [drop_item("699,00 CN¥", "899,00 CN¥")]}
    path = write_page(tmp_path, lang="it", drop=drop, info=info,
                      rules={"rules": [], "currency": "CNY"})
    page = browser.new_page()
    page.clock.install(time="2026-11-11T12:30:00Z")
    page.goto(path.as_uri())
    assert page.get_attribute("[data-drop-status]", "data-state") == "sold_out"
    assert page.inner_text("[data-drop-badge]") == "Esaurito"
    made_left = Words("it")("drops.made_left", made=5, left=0)
    assert page.inner_text(".drop-stock").startswith(f"{made_left}\nal ")
    assert page.inner_text("[data-drop-countdown]") == ""
    page.close()


SAID = """() => {
  window.__said = [];
  const out = document.querySelector('[data-drop-announce]');
  new MutationObserver(() => window.__said.push(out.textContent))
    .observe(out, {childList: true, characterData: true, subtree: true});
}"""


def test_the_countdown_speaks_only_at_days_hours_and_the_last_minute(browser, drop_page: Path
                                                                     ) -> None:
    """The badge's clock ticks every second; a screen reader hears it when the days or the
    hours left change, in the last minute, and when the state changes; the status has a
    heading, and no other part of it is a live region. (Launch 11 Nov 12:00 UTC, a day.)"""
    page = browser.new_page()
    page.clock.install(time="2026-11-09T11:59:55Z")  # two days and 5 s before the launch
    page.goto(drop_page.as_uri())
    status = page.locator("section.drop-status")
    heading = status.locator("h2")
    assert status.get_attribute("aria-labelledby") == heading.get_attribute("id")
    assert status.locator("[aria-live], [role=status]").count() == 1
    page.evaluate(SAID)

    def said() -> list[str]:
        return page.evaluate("window.__said")

    def badge() -> str:
        return page.inner_text("[data-drop-badge]")

    def at(moment: str) -> None:  # the phone wakes up then: one tick
        now = page.evaluate("Date.now()")
        page.clock.fast_forward(int(datetime.fromisoformat(moment).timestamp() * 1000) - now)

    page.clock.run_for(3000)
    assert said() == []  # the page as it opened is read with the page, not announced
    page.clock.run_for(5000)  # under two days left
    assert said() == ["Preview — launches in 1 d"]
    at("2026-11-11T10:59:50+00:00")
    assert said()[-1] == "Preview — launches in 1 h"
    ticking = badge()
    page.clock.run_for(15000)  # the last hour: the clock ticks, nothing is said
    assert badge() != ticking and len(said()) == 2
    at("2026-11-11T11:58:30+00:00")
    assert len(said()) == 2
    page.clock.run_for(31000)
    assert said()[-1] == "Preview — launches in 1 min"
    page.clock.run_for(61000)  # launched: under a day left
    assert said()[-1] == "Live now · Ends in 23 h"
    count = len(said())
    page.clock.run_for(20000)
    assert len(said()) == count
    at("2026-11-12T11:59:30+00:00")
    page.clock.run_for(2000)
    assert said()[-1] == "Live now · Ends in 1 min"
    page.clock.run_for(62000)
    assert said()[-1] == "Ended" and badge() == "Ended"
    page.close()
