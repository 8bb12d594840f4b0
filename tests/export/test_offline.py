"""Offline over http, and an address the shop has not: the buyer is told in the language of
the address. A page never opened, asked for without a connection, shows the offline page
of its language (sw.js picks it from the address) listing the pages that do open; a
missing address shows 404.html in the address's language (or the browser's).
"""

from __future__ import annotations

import collections

import pytest

from .shop_browser import PREFIXES, serve, settle

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SHOWN = """() => ({
  lang: document.documentElement.lang,
  heading: [...document.querySelectorAll('h1')].filter(h => h.checkVisibility())
    .map(h => h.innerText.trim()),
  links: [...document.querySelectorAll('main a')].filter(a => a.checkVisibility())
    .map(a => [a.textContent, a.href]),
  styled: getComputedStyle(document.querySelector('header')).position === 'sticky',
})"""


@pytest.fixture(scope="module")
def demo_http(demo_site):
    _shop, site = demo_site
    with serve(site) as base:
        yield base


def test_an_unvisited_page_offline_shows_the_offline_page_in_its_language(
        chromium, demo_http) -> None:
    base = demo_http
    context = chromium.new_context(viewport={"width": 390, "height": 844},
                                   service_workers="allow")
    page = context.new_page()
    page.goto(base + "en/p/moka-pot/")
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    page.goto(base + "en/p/silk-scarf/")  # a page opened once: it opens offline too
    settle(page)
    context.set_offline(True)
    try:
        page.goto(base + "en/p/ceramic-mug/")  # never opened
        english = page.evaluate(SHOWN)
        assert english["lang"] == "en" and english["heading"] == ["You are offline"]
        assert english["styled"]  # its stylesheet found from another address
        logo = page.locator("header img")  # the logo, saved at once, not the offline tile
        assert logo.evaluate("img => fetch(img.currentSrc).then(r => r.headers.get("
                             "'Content-Type'))") == "image/jpeg"
        assert page.url == base + "en/p/ceramic-mug/"  # reload retries the page asked for
        links = dict(english["links"])
        assert links["Home"] == base + "en/index.html"
        assert links["Your cart" if "Your cart" in links else "Cart"] == base + "en/cart/index.html"
        seen = page.locator("[data-offline-seen] a")
        seen.first.wait_for()
        assert [a.get_attribute("href") for a in seen.all()] == [
            base + "en/p/moka-pot/index.html", base + "en/p/silk-scarf/index.html"]
        page.goto(links["Home"])  # listed, so it opens
        assert page.evaluate("document.documentElement.lang") == "en"
        assert page.locator("h1").first.inner_text() != "You are offline"
        for address, lang, heading in [("it/c/tea/", "it", "Sei offline"),
                                       ("d/osmanthus-tea-day/", "zh-CN", "你现在处于离线状态")]:
            page.goto(base + address)
            shown = page.evaluate(SHOWN)
            assert (shown["lang"], shown["heading"]) == (lang, [heading]), address
            assert page.locator("[data-offline-seen]").is_hidden()  # none opened in it
        page.goto(base + "en/p/silk-scarf/")
        assert page.locator("h1").inner_text() == "Silk scarf"
    finally:
        context.set_offline(False)
        context.close()


@pytest.mark.parametrize("address,locale,lang,heading", [
    ("it/p/no-such-thing/", "en-US", "it", "Pagina non trovata"),
    ("en/gone/", "zh-CN", "en", "Page not found"),
    ("p/no-such-thing/", "it-IT", "it", "Pagina non trovata"),
    ("p/no-such-thing/", "fr-FR", "zh-CN", "页面不存在"),
])
def test_a_missing_page_speaks_the_address_or_browser_language(
        chromium, demo_http, address: str, locale: str, lang: str, heading: str) -> None:
    context = chromium.new_context(viewport={"width": 390, "height": 844}, locale=locale)
    page = context.new_page()
    response = page.goto(demo_http + address)
    assert response.status == 404
    shown = page.evaluate(SHOWN)
    assert (shown["lang"], shown["heading"]) == (lang, [heading])
    assert shown["styled"]
    assert page.title().startswith(heading)
    assert page.locator("h1").count() == 1  # one heading holds every language's words
    for _text, href in shown["links"]:
        assert page.request.get(href).status == 200, href
    # the footer leads to every language's home, each named in its own language
    homes = page.locator("footer a").evaluate_all("links => links.map(a => [a.lang, a.href])")
    assert homes == [[code, demo_http + prefix + "index.html"]
                     for code, prefix in PREFIXES.items()]
    for _code, href in homes:
        assert page.request.get(href).status == 200, href
    context.close()


def test_a_first_visit_asks_for_the_icon_once(chromium, demo_site) -> None:
    """The browser asks for the icon for the tab; the service worker does not ask again
    (DevTools listed it twice). What the worker saves that the page loaded (styles,
    scripts, logo) it takes from the browser's cache: each reaches the server once."""
    _shop, site = demo_site
    hits: collections.Counter = collections.Counter()
    with serve(site, hits=hits) as base:
        context = chromium.new_context(viewport={"width": 390, "height": 844},
                                       service_workers="allow")
        asked: collections.Counter = collections.Counter()
        context.on("request", lambda request: asked.update([request.url.removeprefix(base)]))
        page = context.new_page()
        page.goto(base)
        page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
        settle(page, 1000)
        context.close()
    assert asked["img/icon-192.png"] == 1
    assert asked["offline/index.html"] == 1  # the worker did save the pages
    assert {path: n for path, n in hits.items() if n > 1} == {}
