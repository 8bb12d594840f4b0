"""Screenshots of the exported demo shop on a phone (390x844), served over http.

    .venv/bin/python scripts/shop_screenshots.py [OUTDIR]

Writes shop-home.png, shop-product.png, shop-cart.png (a full cart), shop-drop-states.png
(a drop before, during and after its window, in Italian, with a product without a photo
among its cards), shop-offline.png (a page never opened, offline, in Italian),
shop-404.png (a missing English address) and shop-zoom.png (200% zoom: home and full
cart at 195 CSS px, in Italian); and in shop/, each page type in Chinese and English:
<page>-<lang>.png for home, product, drop (the coming one, full page), cart (full),
404 and offline. Look at every PNG.
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "export"))
from shop_browser import serve  # noqa: E402  (the tests' static host: 404.html for a miss)

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PHONE = {"width": 390, "height": 844}


def prepare(demo: Path) -> tuple[str, datetime, datetime]:
    """Put a product without a photo into the demo's coming drop; its slug and window."""
    from weidian_desktop.core.drops import DropItem, list_drops, update_drop
    from weidian_desktop.core.products import Product, create_product
    from weidian_desktop.core.store import ShopStore

    with ShopStore.open(demo) as store:
        drop = max(list_drops(store), key=lambda d: d.starts_at)
        bare = create_product(store, Product("青花茶叶罐", slug="tea-caddy", price=8800,
                                             sku="XM-900", status="published",
                                             translations={"it": {"title": "Barattolo da tè"}}))
        drop.items.append(DropItem(bare, drop_price=6800))
        update_drop(store, drop)

    def at(text: str) -> datetime:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)

    return drop.slug or "", at(drop.starts_at), at(drop.ends_at)


def full_cart(demo: Path, language: str) -> str:
    """Three lines as 10-cart.js stores them, titles in ``language``."""
    from weidian_desktop.core.store import ShopStore
    from weidian_desktop.export.images import image_view

    with ShopStore.open(demo, read_only=True) as store:
        rows = store.query("SELECT p.id, p.slug, p.sku, p.price, coalesce(t.title, p.title) AS "
                           "title, i.hash, i.width, i.height FROM products p LEFT JOIN "
                           "product_translations t ON t.product_id = p.id AND t.language = ? "
                           "JOIN product_images pi ON pi.product_id = p.id AND pi.position = 0 "
                           "JOIN images i ON i.hash = pi.image_hash WHERE p.slug IN "
                           "('silk-scarf', 'blue-white-plate', 'suzhou-handkerchief')",
                           (language,))
    return json.dumps([{"k": f"p{r['id']}", "pid": r["id"], "vid": None, "sku": r["sku"],
                        "t": r["title"], "v": "", "p": r["price"], "q": 1 + n % 2,
                        "u": f"p/{r['slug']}/",
                        "i": image_view(r["hash"], "", (r["width"], r["height"])).small}
                       for n, r in enumerate(rows)])


def side_by_side(paths: list[Path], out: Path) -> None:
    from PIL import Image

    shots = [Image.open(p) for p in paths]
    sheet = Image.new("RGB", (sum(s.width for s in shots) + 16 * (len(shots) - 1),
                              max(s.height for s in shots)), "white")
    x = 0
    for shot in shots:
        sheet.paste(shot, (x, 0))
        x += shot.width + 16
    sheet.save(out, optimize=True)


def shoot(demo: Path, site: Path, out: Path, tmp: Path) -> None:
    from playwright.sync_api import sync_playwright

    slug, start, end = prepare(demo)
    from weidian_desktop.export import export_shop

    export_shop(demo, site)
    with serve(site) as base:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)

            def page_at(path: str, *, cart: str | None = None, clock: datetime | None = None,
                        viewport: dict = PHONE, full: bool = False, name: Path,
                        locale: str = "en-US") -> Path:
                context = browser.new_context(viewport=viewport, locale=locale)
                if cart:
                    context.add_init_script(f"localStorage.setItem('wd-cart', {json.dumps(cart)})")
                page = context.new_page()
                if clock:
                    page.clock.install(time=clock)
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(name), full_page=full)
                context.close()
                return name

            page_at("", name=out / "shop-home.png")
            page_at("p/silk-scarf/", name=out / "shop-product.png")
            page_at("cart/", cart=full_cart(demo, "zh-CN"), name=out / "shop-cart.png")
            side_by_side([page_at(f"it/d/{slug}/", clock=when, full=True, name=tmp / f"{n}.png")
                          for n, when in enumerate((datetime.now(UTC),
                                                    start + timedelta(hours=1),
                                                    end + timedelta(hours=1)))],
                         out / "shop-drop-states.png")
            page_at("en/p/nope/", name=out / "shop-404.png")
            narrow = {"width": 195, "height": 422}
            side_by_side([page_at("it/", cart=full_cart(demo, "it"), viewport=narrow,
                                  name=tmp / "zoom-home.png"),
                          page_at("it/cart/", cart=full_cart(demo, "it"), viewport=narrow,
                                  full=True, name=tmp / "zoom-cart.png")],
                         out / "shop-zoom.png")

            def offline_at(prefix: str, name: Path, locale: str = "en-US") -> None:
                """A page never opened, offline, after two were."""
                context = browser.new_context(viewport=PHONE, service_workers="allow",
                                              locale=locale)
                page = context.new_page()
                page.goto(base + prefix + "p/moka-pot/")
                page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
                page.goto(base + prefix + "c/tea/")
                page.wait_for_load_state("networkidle")
                context.set_offline(True)
                page.goto(base + prefix + "p/ceramic-mug/")
                page.wait_for_timeout(500)
                page.screenshot(path=str(name))
                context.close()

            offline_at("it/", out / "shop-offline.png")
            (out / "shop").mkdir(exist_ok=True)
            for lang, prefix, locale in (("zh_CN", "", "zh-CN"), ("en", "en/", "en-US")):
                for page_name, path, extra in (
                        ("home", "", {}), ("product", "p/silk-scarf/", {}),
                        ("drop", f"d/{slug}/", {"full": True}),
                        ("cart", "cart/", {"cart": full_cart(demo, lang.replace("_", "-"))}),
                        ("404", "p/nope/", {})):
                    page_at(prefix + path, locale=locale,
                            name=out / "shop" / f"{page_name}-{lang}.png", **extra)
                offline_at(prefix, out / "shop" / f"offline-{lang}.png", locale)
            browser.close()
    for name in ("home", "product", "cart", "drop-states", "404", "zoom", "offline"):
        print(f"wrote {out / f'shop-{name}.png'}")
    print(f"wrote {out / 'shop'}/{{home,product,drop,cart,404,offline}}-{{zh_CN,en}}.png")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from weidian_desktop.demo import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shoot(build_demo(folder / "demo.weidian"), folder / "site", out, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
