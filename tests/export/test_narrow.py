"""At 200% zoom on a phone (195 CSS px wide) nothing is wider than the screen: every page
type of the demo in en, zh-CN and it, with a full cart (the header's count showing, the
cart's stepper rows, long prices), and words break between letters only when they must.
"""

from __future__ import annotations

import pytest

from .shop_browser import OVERFLOW, PREFIXES, full_cart, serve, with_cart

pytestmark = [pytest.mark.browser, pytest.mark.slow]
PAGES = ("", "p/silk-scarf/", "p/leather-bag/", "c/home/", "d/leather-bag-day/",
         "d/blue-and-white-winter-release/", "d/osmanthus-tea-day/", "posts/", "about/",
         "cart/", "search/?q=a")

# Words cut inside (a letter on one line, the next on another) in buttons, prices, counts.
CUT_WORDS = """() => {
  const out = [];
  for (const el of document.querySelectorAll('button, .price, s, .count, .tool, output')) {
    if (!el.checkVisibility({visibilityProperty: true}) || !el.textContent.trim()) continue;
    const range = document.createRange();
    for (const node of [...el.childNodes].filter(n => n.nodeType === 3)) {
      for (const m of node.textContent.matchAll(/\\S+/g)) {
        range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (lines.size > 1) out.push(el.tagName.toLowerCase() + ' "' + m[0] + '"');
      }
    }
  }
  return out;
}"""


@pytest.fixture(scope="module")
def demo_http(demo_site):
    _shop, site = demo_site
    with serve(site) as base:
        yield base


@pytest.mark.parametrize("language", list(PREFIXES))
def test_nothing_wider_than_195_css_px(chromium, demo_site, demo_http, language: str) -> None:
    shop, _site = demo_site
    context = chromium.new_context(viewport={"width": 195, "height": 422})
    with_cart(context, full_cart(shop, language))
    page = context.new_page()
    problems = []
    for path in PAGES:
        page.goto(demo_http + PREFIXES[language] + path)  # (photos have their size set)
        page.wait_for_timeout(100)
        assert page.locator("[data-cart-count]").first.is_visible()
        problems += [f"{path or 'home'}: {p}" for p in page.evaluate(OVERFLOW)]
        problems += [f"{path or 'home'}: cut {p}" for p in page.evaluate(CUT_WORDS)]
    assert page.locator(".cart-line").count() == 0  # (the last page is search)
    context.close()
    assert problems == [], "\n".join(problems[:30])
