"""Round trip: a cart in the exported demo shop → the buyer's message → `orders add` → the
drop counts down → a re-export shows the new figure.

The flow finds the cart by what a buyer sees (accessible names and labels in the shop's
languages) and the message by the ``mailto:`` link that carries ``#WD1``, so it does not
depend on the export's class names.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from weidian_desktop.core.clock import utc_now
from weidian_desktop.core.order_pricing import drop_item_sold
from weidian_desktop.core.store import ShopStore

pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
ADD = re.compile(r"加入购物车|Add to cart|Aggiungi al carrello", re.IGNORECASE)
SEND = re.compile(r"发送订单|Send order|Invia (la )?richiesta", re.IGNORECASE)
FIELDS = {"name": re.compile(r"姓名|^Name|^Nome", re.I),
          "phone": re.compile(r"电话|Phone|Telefono", re.I),
          "address": re.compile(r"地址|Address|Indirizzo", re.I)}


@pytest.fixture(scope="session")
def export_shop():
    """The export's entry point, as the CLI calls it."""
    from weidian_desktop.export import export_shop as export

    def run(path: Path, out: Path) -> None:
        with ShopStore.open(path) as store:
            export(store, out)

    return run


@pytest.fixture
def served(tmp_path: Path):
    """A tiny http server on 127.0.0.1 for the exported folder."""
    root = tmp_path / "site"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def _live_drop_item(path: Path) -> dict:
    now = utc_now()
    with ShopStore.open(path, read_only=True) as store:
        rows = store.query(
            "SELECT di.*, d.slug AS drop_slug, p.slug AS product_slug FROM drop_items di "
            "JOIN drops d ON d.id = di.drop_id JOIN products p ON p.id = di.product_id "
            "WHERE d.status = 'published' AND d.starts_at <= ? AND ? < d.ends_at "
            "AND di.quantity_cap IS NOT NULL ORDER BY di.position LIMIT 1", (now, now))
        assert rows, "the demo shop has a live drop with a quantity"
        rows[0]["sold"] = drop_item_sold(store, rows[0])
        return rows[0]


def _cart_message(base: str, item: dict) -> str:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(f"{base}p/{item['product_slug']}/")
        add = page.get_by_role("button", name=ADD)
        assert add.count() > 0, "the exported product page has an add-to-cart button"
        add.first.click()
        add.first.click()  # two of the drop's product
        page.goto(f"{base}p/ceramic-mug/")
        page.get_by_role("button", name=ADD).first.click()
        page.get_by_role("link", name=re.compile(r"购物车|Cart|Carrello", re.I)).first.click()
        for key, label in FIELDS.items():
            page.get_by_label(label).first.fill({"name": "李娜", "phone": "+86 139 0000 1111",
                                                 "address": "杭州市西湖区文三路 1 号"}[key])
        page.get_by_role("button", name=SEND).first.click()
        mailto = page.locator("a[href^='mailto:'][href*='%23WD1']").first.get_attribute("href")
        browser.close()
    return parse_qs(urlsplit(mailto).query)["body"][0]


def test_cart_message_recorded_and_drop_counts_down(export_shop, demo_shop: Path,
                                                     tmp_path: Path, served) -> None:
    shop = tmp_path / "shop.weidian"
    shutil.copy(demo_shop, shop)
    root, base = served
    export_shop(shop, root)
    item = _live_drop_item(shop)
    drop_page = root / "d" / item["drop_slug"] / "index.html"
    before = drop_page.read_text(encoding="utf-8")
    body = _cart_message(base, item)
    done = subprocess.run([sys.executable, "-m", "weidian_desktop", "orders", "add", str(shop),
                           "-", "--json"], input=body, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["warnings"] == [] and not result["duplicate"]
    with ShopStore.open(shop, read_only=True) as store:
        lines = store.query("SELECT sku, quantity, drop_id FROM order_lines WHERE order_id = ?",
                            (result["order_id"],))
        assert sum(ln["quantity"] for ln in lines) == 3
        assert any(ln["drop_id"] == item["drop_id"] and ln["quantity"] == 2 for ln in lines)
        assert drop_item_sold(store, item) == item["sold"] + 2
    remaining = item["quantity_cap"] - item["sold"] - 2
    export_shop(shop, root)
    after = drop_page.read_text(encoding="utf-8")
    assert after != before and re.search(rf"(?<!\d){remaining}(?!\d)", after)
