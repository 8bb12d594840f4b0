"""The exported demo shop in headless Chromium at 390x844, served from 127.0.0.1.

Browse, pick a variant, add two items, reload (the cart stays), send the order request by
e-mail and WhatsApp (the links carry exactly the message core/order_message.py writes),
then open the shop offline. No console error, no request to any other host.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import playwright.sync_api as playwright
import pytest

from weidian_desktop.core.clock import utc_now
from weidian_desktop.core.order_message import Buyer, MessageItem, OrderMessage, build_message
from weidian_desktop.core.order_pricing import live_drop_item
from weidian_desktop.core.shop import get_shop
from weidian_desktop.core.store import ShopStore

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
BUYER = Buyer("李娜", "+86 139 0000 1111", "杭州市西湖区文三路 1 号", "请周末送")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep pytest's output clean
        pass


@pytest.fixture(scope="module")
def served(demo_site):
    shop, site = demo_site
    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield shop, site, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser_context(served):
    problems: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844},
                                      service_workers="allow")

        def guard(route) -> None:
            host = urlsplit(route.request.url).hostname
            if route.request.url.startswith(("http://127.0.0.1", "file:", "data:")):
                route.continue_()
            else:
                problems.append(f"request to {host}: {route.request.url}")
                route.abort()

        context.route("**/*", guard)
        context.on("console", lambda m: problems.append(f"console: {m.text}")
                   if m.type == "error" else None)
        context.on("weberror", lambda e: problems.append(f"page error: {e.error}"))
        yield context, problems
        browser.close()
    assert problems == []


def expected_message(shop_path: Path, reference: str, lines: list[tuple[str, str | None, int]]
                     ) -> str:
    """What core/order_message.py writes for these (slug, option, qty) at the shop's prices now."""
    now = utc_now()
    with ShopStore.open(shop_path, read_only=True) as store:
        shop = get_shop(store)
        items = []
        for slug, option, qty in lines:
            row = store.query(
                "SELECT p.id, p.title, p.sku, p.price, v.id AS vid, v.sku AS vsku, "
                "v.price AS vprice FROM products p LEFT JOIN variants v ON v.product_id = p.id "
                "AND v.option1 IS ? WHERE p.slug = ?", (option, slug))[0]
            price = row["vprice"] if row["vprice"] is not None else row["price"]
            drop = live_drop_item(store, row["id"], row["vid"], now)
            if drop is not None and drop["drop_price"] is not None:
                price = drop["drop_price"]
            items.append(MessageItem(row["vsku"] or row["sku"], row["title"], qty, price,
                                     option or ""))
        return build_message(OrderMessage(shop.name, shop.currency, "zh-CN", items,
                                          reference=reference, campaign="poster-a4",
                                          buyer=BUYER))


def test_browse_cart_and_order_request(served, browser_context) -> None:
    shop, _site, base = served
    context, _problems = browser_context
    page = context.new_page()
    page.goto(base + "?src=poster-a4")
    page.get_by_role("link", name="真丝围巾").first.click()
    page.get_by_role("radio", name="靛蓝").check()
    assert page.locator("[data-sku]").inner_text() == "XM-001-2"
    page.get_by_role("button", name="加入购物车").click()
    page.goto(base + "p/ceramic-mug/")
    page.get_by_role("spinbutton").fill("2")
    page.get_by_role("button", name="加入购物车").click()
    assert page.locator("[data-cart-count]").inner_text() == "3"
    page.get_by_role("link", name="购物车").click()
    page.reload()
    assert page.locator(".cart-line").count() == 2
    page.get_by_label("姓名").fill(BUYER.name)
    page.get_by_label("电话").fill(BUYER.phone)
    page.get_by_label("地址").fill(BUYER.address)
    page.get_by_label("备注").fill(BUYER.note)
    page.get_by_role("button", name="发送订单请求").click()
    mailto = page.locator("a[data-channel=email]").get_attribute("href")
    whatsapp = page.locator("a[data-channel=whatsapp]").get_attribute("href")
    query = parse_qs(urlsplit(mailto).query)
    body = query["body"][0]
    reference = body.split("\n")[0].split(" ")[1]
    expected = expected_message(shop, reference, [("silk-scarf", "靛蓝", 1),
                                                  ("ceramic-mug", None, 2)])
    assert body == expected
    assert query["subject"][0] == f"订单请求 {reference}"
    assert whatsapp.startswith("https://wa.me/8613800138000?text=")
    assert unquote(urlsplit(whatsapp).query.removeprefix("text=")) == expected
    page.close()


def test_opens_offline_after_one_visit(served, browser_context) -> None:
    _shop, _site, base = served
    context, _problems = browser_context
    page = context.new_page()
    page.goto(base)
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    page.wait_for_load_state("networkidle")
    page.goto(base + "p/moka-pot/")
    page.wait_for_load_state("networkidle")
    title = page.title()
    context.set_offline(True)
    try:
        page.goto(base)
        assert "小满杂货铺" in page.title()
        page.goto(base + "p/moka-pot/")
        assert page.title() == title
        page.goto(base + "cart/")
        assert page.locator(".cart-line").count() == 2
    finally:
        context.set_offline(False)
    page.close()
