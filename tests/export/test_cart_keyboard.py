"""The cart by keyboard alone, at 200% zoom on a phone (195 CSS px) in each language: "+",
"−" and Remove keep the focus on the control the buyer used (or hand it to the same control
of the next line when a line goes), the quantity is announced, and the order request is
sent without a mouse.
"""

from __future__ import annotations

import pytest

from .shop_browser import PREFIXES, full_cart, serve, with_cart

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FOCUSED = """() => {
  const el = document.activeElement, line = el.closest('.cart-line');
  return {act: el.getAttribute('data-act') || el.tagName.toLowerCase(),
          line: line ? [...line.parentNode.children].indexOf(line) : null,
          text: el.textContent.trim()};
}"""


def tab_to(page, selector: str, limit: int = 60) -> None:
    """Press Tab until the focus is on ``selector`` (the way a keyboard user gets there)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.parametrize("language", list(PREFIXES))
def test_the_cart_by_keyboard(chromium, demo_site, language: str) -> None:
    shop, site = demo_site
    with serve(site) as base:
        context = chromium.new_context(viewport={"width": 195, "height": 422})
        with_cart(context, full_cart(shop, language)[:3])
        page = context.new_page()
        page.goto(base + PREFIXES[language] + "cart/")
        lines = page.locator(".cart-line")
        assert lines.count() == 3
        tab_to(page, ".cart-line:nth-child(1) [data-act=more]")
        page.keyboard.press("Enter")
        page.keyboard.press("Space")
        assert page.evaluate(FOCUSED) == {"act": "more", "line": 0, "text": "+"}
        assert lines.nth(0).locator("output").inner_text() == "4"  # two, and two more
        assert lines.nth(0).locator("output").get_attribute("aria-live") == "polite"
        page.keyboard.press("Shift+Tab")  # the quantity between them is not a stop
        page.keyboard.press("Enter")
        assert page.evaluate(FOCUSED) == {"act": "less", "line": 0, "text": "−"}
        assert lines.nth(0).locator("output").inner_text() == "3"
        # "−" on a line of one takes the line away: the focus goes to the next line's "−".
        tab_to(page, ".cart-line:nth-child(2) [data-act=less]")
        page.keyboard.press("Enter")
        assert lines.count() == 2
        assert page.evaluate(FOCUSED) == {"act": "less", "line": 1, "text": "−"}
        # Remove on the last line: the focus goes to the line before it, on its Remove.
        tab_to(page, ".cart-line:nth-child(2) [data-act=remove]")
        page.keyboard.press("Enter")
        remove = lines.nth(0).locator("[data-act=remove]").inner_text()
        assert page.evaluate(FOCUSED) == {"act": "remove", "line": 0, "text": remove}
        assert page.locator("[data-cart-count]").inner_text() == "3"
        # The order request, keyboard only: the fields, then Enter on the button.
        tab_to(page, "#f-name")
        page.keyboard.type("Li Na")
        page.keyboard.press("Tab")
        page.keyboard.type("+86 139 0000 1111")
        page.keyboard.press("Tab")
        page.keyboard.type("Hangzhou")
        tab_to(page, "[data-order-form] button[type=submit]")
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.matches('[data-send]')")
        assert "#WD1" in page.locator("[data-message]").text_content()
        # The last line removed: the focus lands on the empty cart's link.
        tab_to(page, ".cart-line [data-act=remove]", limit=200)
        page.keyboard.press("Enter")
        assert page.evaluate(FOCUSED)["act"] == "a"
        assert page.locator("[data-cart-empty]").is_visible()
        context.close()
