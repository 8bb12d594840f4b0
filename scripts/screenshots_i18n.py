"""Screenshots per language: the app in zh_CN and it, the exported shop at phone width.

    .venv/bin/python scripts/screenshots_i18n.py [--app] [--shop] [--pages] [OUTDIR]

Writes main-window-<lang>.png and product-editor-<lang>.png (zh_CN, it, and the
pseudo-locale en_XA) and shop-<page>-<lang>.png (home, product, drop; zh_CN, it, en) at
390x844 in headless Chromium; with --pages, pages/<lang>/<page>.png: every page of the
demo shop in en, zh_CN and it at 1280x800 (--small: also at the smallest window, 1024x640,
as pages/<lang>/<page>-1024.png). The app and shop parts run when no option is given.
Look at every PNG: no cut-off text, no boxes instead of characters.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

APP_LANGUAGES = ("zh_CN", "it", "en_XA")
PAGE_LANGUAGES = ("en", "zh_CN", "it")
SMALL = (1024, 640)  # the main window's minimum size
SHOP_LANGUAGES = {"zh_CN": "", "it": "it/", "en": "en/"}  # demo default language at the root
PHONE = {"width": 390, "height": 844}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def app_shots(demo: Path, folder: Path, out: Path) -> None:
    """The main window (Products page) and the product editor in each app language."""
    from screenshots import save, screenshot_app, settle, window_in

    from weidian_desktop.ui import i18n

    app = screenshot_app(folder)
    for language in APP_LANGUAGES:
        with window_in(app, language, demo, folder / f"demo-{language}.weidian") as window:
            window.view.show_page("products")
            settle(app)
            save(window, out / f"main-window-{language}.png")
            products = window.view.page("products")
            product_id = window.store.scalar(
                "SELECT id FROM products WHERE slug = 'silk-scarf'")
            products.open_product(int(product_id))
            settle(app, 40)
            save(window, out / f"product-editor-{language}.png")
    i18n.install_translators(app, "en")


def show_working(window, key: str) -> None:
    """A page as a seller works in it: a product, a drop, an order open."""
    page, store = window.view.page(key), window.store
    if key == "products":
        page.open_product(int(store.scalar("SELECT id FROM products WHERE slug = 'silk-scarf'")))
    elif key == "drops":
        page.select_drop(int(store.scalar("SELECT id FROM drops ORDER BY starts_at DESC")))
    elif key == "orders":
        page.table.selectRow(0)


def page_shots(demo: Path, folder: Path, out: Path, small: bool = False) -> None:
    """Every page of the demo shop in each language, at 1280x800 (and 1024x640)."""
    from PIL import Image
    from screenshots import SIZE, screenshot_app, settle, window_in

    from weidian_desktop.ui import i18n

    app = screenshot_app(folder)
    sizes = [SIZE, SMALL] if small else [SIZE]
    for language in PAGE_LANGUAGES:
        target = out / "pages" / language
        target.mkdir(parents=True, exist_ok=True)
        with window_in(app, language, demo, folder / f"pages-{language}.weidian") as window:
            for size in sizes:
                window.resize(*size)
                for key in window.view.keys():
                    window.view.show_page(key)
                    show_working(window, key)
                    settle(app, 4 if key == "export" else 1)
                    suffix = "" if size == SIZE else f"-{size[0]}"
                    path = target / f"{key}{suffix}.png"
                    # A 256-colour palette: a third of the bytes, the same text on screen.
                    image = window.grab().toImage()
                    raw = Image.frombytes("RGBA", (image.width(), image.height()),
                                          bytes(image.convertToFormat(
                                              image.Format.Format_RGBA8888).constBits()))
                    raw.convert("RGB").quantize(256).save(path, optimize=True)
                    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    i18n.install_translators(app, "en")


def shop_shots(demo: Path, folder: Path, out: Path) -> None:
    """Home, a product and the live drop of the exported demo shop, per language, on a phone."""
    from playwright.sync_api import sync_playwright

    from weidian_desktop.core.store import ShopStore
    from weidian_desktop.export import export_shop

    site = folder / "site"
    export_shop(demo, site)
    store = ShopStore.open(demo)
    try:
        drop = store.scalar("SELECT slug FROM drops ORDER BY ends_at DESC LIMIT 1")
    finally:
        store.close()
    pages = {"home": "index.html", "product": "p/silk-scarf/index.html",
             "drop": f"d/{drop}/index.html"}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        context = browser.new_context(viewport=PHONE, device_scale_factor=1)
        page = context.new_page()
        for language, prefix in SHOP_LANGUAGES.items():
            for name, rel in pages.items():
                page.goto((site / f"{prefix}{rel}").as_uri())
                page.wait_for_load_state("load")
                path = out / f"shop-{name}-{language}.png"
                page.screenshot(path=str(path))
                print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        browser.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", action="store_true", help="only the app screenshots")
    parser.add_argument("--shop", action="store_true", help="only the exported shop")
    parser.add_argument("--pages", action="store_true",
                        help="every page of the app in en, zh_CN and it")
    parser.add_argument("--small", action="store_true",
                        help="with --pages: also at the smallest window, 1024x640")
    parser.add_argument("outdir", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    both = not (args.app or args.shop or args.pages)
    args.outdir.mkdir(parents=True, exist_ok=True)
    from weidian_desktop.demo import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = build_demo(folder / "demo.weidian")
        if args.shop or both:
            shop_shots(demo, folder, args.outdir)
        if args.app or both:
            app_shots(demo, folder, args.outdir)
        if args.pages:
            page_shots(demo, folder, args.outdir, args.small)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
