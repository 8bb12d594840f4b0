"""The cart's message script in Chromium: the e-mail and WhatsApp links it feeds carry a
message that `weidian-desktop orders add` records exactly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import playwright.sync_api as playwright
import pytest

from weidian_desktop.core.order_message import message_words
from weidian_desktop.core.order_parse import parse_message

from .conftest import PRICES

pytestmark = pytest.mark.browser

JS = (Path(__file__).resolve().parents[2] / "weidian_desktop" / "export" / "static" / "js"
      / "40-order-message.js")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cart")
    (folder / "cart.js").write_bytes(JS.read_bytes())
    (folder / "index.html").write_text(
        "<!doctype html><html lang='zh-CN'><meta charset='utf-8'><title>cart</title>"
        "<script src='cart.js'></script><body></body></html>", encoding="utf-8")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": 390, "height": 844})
        errors: list[str] = []
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        tab.goto((folder / "index.html").as_uri())
        yield tab
        browser.close()
        assert errors == []


def cart_order(locale: str) -> dict:
    items = [{"sku": sku, "title": PRICES[sku][0], "variant": PRICES[sku][1], "quantity": qty,
              "price": PRICES[sku][2]} for sku, qty in (("XM-001-1", 2), ("XM-003", 1))]
    return {"shop": "Test shop", "currency": "CNY", "locale": locale,
            "words": message_words(locale), "campaign": "poster-a4", "items": items,
            "coupon": {"code": "SPRING10", "discount": 3060},
            "buyer": {"name": "张三", "phone": "+86 138 0013 8000",
                      "address": "浙江省杭州市西湖区\n文三路 100 号", "note": "周末送货 & 谢谢"}}


def links(page, order: dict) -> dict:
    """The message as the cart hands it to e-mail and WhatsApp (URL-encoded)."""
    return page.evaluate("""order => {
        const m = WD.orderMessage.build(order);
        return {reference: m.reference, line: m.line, text: m.text,
                mailto: "mailto:orders@example.com?subject=" + encodeURIComponent(m.subject)
                        + "&body=" + encodeURIComponent(m.text),
                wa: "https://wa.me/8613800138000?text=" + encodeURIComponent(m.text)};
    }""", order)


def test_checksums_agree_in_chromium(page) -> None:
    heads = [f"#WD1 WD-{n:06d} SKU-{n}*{n % 7 + 1} {'-' if n % 2 else 'CODE%20X'} {n * 137} -"
             for n in range(300)]
    from weidian_desktop.core.order_message import checksum

    assert page.evaluate("hs => hs.map(h => WD.orderMessage.checksum(h))", heads) == \
        [checksum(h) for h in heads]
    refs = page.evaluate("() => Array.from({length: 50}, () => WD.orderMessage.newReference())")
    assert all(len(r) == 9 and r.startswith("WD-") for r in refs) and len(set(refs)) == 50


@pytest.mark.parametrize("locale", ["zh-CN", "it"])
def test_mailto_and_whatsapp_messages_are_recorded(page, order_shop, locale) -> None:
    built = links(page, cart_order(locale))
    body = parse_qs(urlsplit(built["mailto"]).query)["body"][0]
    whatsapp = unquote(urlsplit(built["wa"]).query.removeprefix("text="))
    assert body == whatsapp == built["text"]
    parsed, warnings = parse_message(body, "CNY")
    assert parsed.verified and warnings == []
    path = order_shop.path
    order_shop.close()
    done = subprocess.run([sys.executable, "-m", "weidian_desktop", "orders", "add", str(path),
                           "-", "--json"], input=body, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["warnings"] == [] and result["reference"] == built["reference"]
    assert result["total"] == 2 * 12900 + 4800 - 3060
