"""The exported demo in headless Chromium over http from 127.0.0.1: a server that can hold
scripts back (so the first paint comes before they run, as on a slow phone), the browser,
a full cart, and the page measures the tests share (layout shift, overflow).
"""

from __future__ import annotations

import collections
import contextlib
import functools
import http.server
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from weidian_desktop.core.store import ShopStore
from weidian_desktop.export.images import image_view

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PREFIXES = {"zh-CN": "", "en": "en/", "it": "it/"}  # the demo's languages and folders

# Sums every layout shift not caused by input, from before the first paint (buffered).
LAYOUT_SHIFT = """
window.__shift = {total: 0, sources: []};
new PerformanceObserver(list => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    window.__shift.total += e.value;
    window.__shift.sources.push(e.value.toFixed(4) + ' ' + e.sources.map(s => {
      const n = s.node;
      const name = !n ? '?' : n.nodeType === 3 ? '#text "' + n.textContent.trim().slice(0, 30) + '"'
        : n.nodeName.toLowerCase() + (n.className ? '.' + String(n.className).split(' ')[0] : '');
      return name + ' ' + Math.round(s.previousRect.y) + '->' + Math.round(s.currentRect.y);
    }).join(', '));
  }
}).observe({type: 'layout-shift', buffered: true});
"""

# Elements whose box reaches past the viewport's right edge (or the page scrolls sideways).
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth, out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    if (el.closest('.visually-hidden, .offscreen, .gallery')) continue;
    if (r.right > width + 0.5 || r.left < -0.5) {
      out.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ' "' +
        (el.textContent || '').trim().slice(0, 30) + '" ' + Math.round(r.left) + '..' +
        Math.round(r.right));
    }
  }
  if (document.documentElement.scrollWidth > width) out.push('page ' +
    document.documentElement.scrollWidth + ' > ' + width);
  return out;
}"""


class _Handler(http.server.SimpleHTTPRequestHandler):
    script_delay = 0.0
    hits: collections.Counter | None = None  # requests per path, when counted

    def log_message(self, *args: object) -> None:  # keep pytest's output clean
        pass

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if self.hits is not None:
            self.hits[path] += 1
        if self.script_delay and path.endswith(".js") and not path.endswith("/sw.js"):
            time.sleep(self.script_delay)
        super().do_GET()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None
                   ) -> None:
        """A missing page gets the site's 404.html, as static hosts do."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a page closed while a photo was on its way: nothing to report


@contextlib.contextmanager
def serve(folder: Path, script_delay: float = 0.0,
          hits: collections.Counter | None = None) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port); yields the base URL. ``hits`` counts
    the requests per path."""
    handler = type("Handler", (_Handler,), {"script_delay": script_delay, "hits": hits})
    server = _Server(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def chromium():
    """Debian's chromium through Playwright, once per module (other modules start their
    own Playwright, which cannot run while this one does)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def full_cart(shop: Path, language: str) -> list[dict]:
    """A cart as 10-cart.js stores it: a product with a variant (two of it), the three
    products with the longest titles in ``language``, one at a price 100 times its own
    (a long amount), with their photos."""
    with ShopStore.open(shop, read_only=True) as store:
        rows = store.query("SELECT p.id, p.slug, p.title, p.price, p.sku, t.title AS own, "
                           "(SELECT image_hash FROM product_images i WHERE i.product_id = p.id "
                           "ORDER BY position LIMIT 1) AS image FROM products p "
                           "LEFT JOIN product_translations t ON t.product_id = p.id "
                           "AND t.language = ? WHERE p.status = 'published' ORDER BY p.id",
                           (language,))
        variant = store.query("SELECT v.id, v.product_id, v.sku, v.option1, v.price "
                              "FROM variants v JOIN products p ON p.id = v.product_id "
                              "WHERE p.status = 'published' ORDER BY v.id LIMIT 1")[0]
        sizes = {r["hash"]: (r["width"], r["height"])
                 for r in store.query("SELECT hash, width, height FROM images")}
    longest = sorted(rows, key=lambda r: -len(r["own"] or r["title"]))[:3]
    items = []
    for n, r in enumerate([r for r in rows if r["id"] == variant["product_id"]] + longest):
        v = variant if n == 0 else None
        price = v["price"] if v and v["price"] is not None else r["price"]
        image = image_view(r["image"], "", sizes[r["image"]]).small if r["image"] else ""
        items.append({"k": f"v{v['id']}" if v else f"p{r['id']}", "pid": r["id"],
                      "vid": v["id"] if v else None, "sku": (v or r)["sku"],
                      "t": r["own"] or r["title"], "v": v["option1"] if v else "",
                      "p": price * 100 if n == 1 else price, "q": 2 if n == 0 else 1,
                      "u": f"p/{r['slug']}/", "i": image})
    return items


def with_cart(context, items: list[dict]) -> None:
    """Every page of ``context`` starts with this cart in localStorage."""
    context.add_init_script(f"localStorage.setItem('wd-cart', {json.dumps(json.dumps(items))})")


def settle(page, ms: int = 400) -> None:
    """Wait until the page and its scripts are done (network idle), then a little more."""
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(ms)
