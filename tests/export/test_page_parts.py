"""Parts of the exported pages: the logo at the size it is shown, a neat tile for a product
without a photo wherever a card shows it (drop, home, collection, search, cart), and the
service worker saving nothing the browser fetches anyway."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from weidian_desktop.core.drops import Drop, DropItem, create_drop
from weidian_desktop.core.products import Product, create_product
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop

from .conftest import NOW

IMG = re.compile(r"<img ([^>]*)>")


def attributes(tag: str) -> dict[str, str]:
    return dict(re.findall(r'(\w[\w-]*)="([^"]*)"', tag))


def test_the_logo_is_served_at_the_size_it_is_shown(demo_site) -> None:
    _shop, site = demo_site
    home = (site / "index.html").read_text(encoding="utf-8")
    header, hero = (attributes(t) for t in IMG.findall(home)[:2])
    for img, css in ((header, 40), (hero, 96)):
        assert int(img["width"]) == css
        candidates = [part.split() for part in img["srcset"].split(",")]
        # what a phone at 2x (and Lighthouse's 1.75x) loads: the smallest file at least
        # that wide, never more than twice it
        wanted = [(int(w[:-1]), src) for src, w in candidates if int(w[:-1]) >= 1.75 * css]
        width, src = min(wanted)
        assert width <= 2 * css, (css, width)
        assert Image.open(site / src).width == width
        assert (site / src).stat().st_size < 8000
    assert (site / header["src"]).stat().st_size < 3500  # the 40 px one: ~3 KB, not 12


def test_the_icon_is_not_saved_twice(demo_site) -> None:
    _shop, site = demo_site
    core = json.loads(re.search(r"var CORE = (\[.*?\]);", (site / "sw.js").read_text()).group(1))
    assert "img/icon-192.png" not in core  # the browser fetches it for the tab already
    assert {"offline/index.html", "en/offline/index.html", "it/offline/index.html"} <= set(core)
    assert all((site / path).is_file() for path in core)


@pytest.fixture
def bare_site(small_shop: ShopStore, tmp_path: Path) -> Path:
    """small_shop with a featured product without a photo, in a drop with a photo'd one
    (previewed at the export: a drop has no page before its preview)."""
    bare = create_product(small_shop, Product("无图茶壶", slug="bare-teapot", price=9900,
                                              sku="T-1", status="published", featured=True))
    mug = small_shop.scalar("SELECT id FROM products WHERE slug = 'mug'")
    create_drop(small_shop, Drop("Teapot day", "2026-11-30T00:00:00Z", "2026-12-01T00:00:00Z",
                                 slug="teapot-day", preview_at="2026-11-24T00:00:00Z",
                                 items=[DropItem(bare, drop_price=7900),
                                        DropItem(mug, drop_price=5000)]))
    export_shop(small_shop, tmp_path / "site", now=NOW)
    return tmp_path / "site"


def test_a_product_without_a_photo_gets_a_tile_on_its_cards(bare_site: Path) -> None:
    for page in ("d/teapot-day/index.html", "index.html", "en/d/teapot-day/index.html"):
        html = (bare_site / page).read_text(encoding="utf-8")
        card = re.search(r'<li class="card"[^>]*>\s*<a href="[^"]*p/bare-teapot/index.html">'
                         r'\s*(<[^>]*>)', html)
        assert card is not None, page
        assert card.group(1) == '<span class="noimg">', page


@pytest.mark.browser
def test_the_tile_is_the_size_of_a_photo(chromium, bare_site: Path) -> None:
    page = chromium.new_page(viewport={"width": 390, "height": 844})
    page.goto((bare_site / "d" / "teapot-day" / "index.html").as_uri())
    tile = page.locator(".card .noimg").bounding_box()
    photo = page.locator(".card img").first.bounding_box()
    assert tile is not None and photo is not None
    assert (round(tile["width"]), round(tile["height"])) == (round(photo["width"]),) * 2
    assert page.evaluate("getComputedStyle(document.querySelector('.noimg'), '::after')"
                         ".backgroundImage").startswith('url("data:image/svg+xml')
    page.goto((bare_site / "search" / "index.html").as_uri() + "?q=无图")
    assert page.locator(".results .noimg").count() == 1
    page.close()


def test_scripts_and_styles_travel_without_their_comments(tmp_path: Path) -> None:
    from weidian_desktop.export.assets import _uncommented, scripts, stylesheet, theme

    assert _uncommented("/* a */ code();\n  // b\nkeep(); // c\n/* d\n e */\nx('/* f */');\n") \
        == "/* a */ code();\nkeep(); // c\nx('/* f */');\n"
    assert b"/*" not in stylesheet(theme("#b02a30"))
    node = shutil.which("node")
    for name, js in scripts().items():
        assert b"\n/*" not in js and b"\n  /*" not in js, name
        if node:  # still JavaScript
            path = tmp_path / f"{name}.js"
            path.write_bytes(js)
            done = subprocess.run([node, "--check", str(path)], capture_output=True, text=True)
            assert done.returncode == 0, (name, done.stderr)
