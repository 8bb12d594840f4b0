"""The hostile-input corpus (tests/fixtures/hostile) as titles, descriptions, tags, alt text
and the shop's name: every page keeps its structure, and in Chromium no script runs and no
dialog opens."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from weidian_desktop.core.collections import Collection, create_collection
from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.products import Product, create_products
from weidian_desktop.core.shop import update_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop
from weidian_desktop.export.safety import strip_forbidden

from .conftest import NOW

pytestmark = pytest.mark.slow
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def corpus(folder: Path) -> list[str]:
    strings = json.loads((folder / "blns.json").read_text(encoding="utf-8"))
    strings += (folder / "xss-payloads.txt").read_text(encoding="utf-8").splitlines()
    return [s for s in dict.fromkeys(strings) if s.strip() and len(s.strip()) <= 200]


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.handlers: list[str] = []
        self.scripts: list[dict] = []
        self.h1: list[str] = []
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        self.handlers += [n for n, _ in attrs if n.startswith("on")]
        if tag == "script":
            self.scripts.append(dict(attrs))
        if tag == "h1":
            self._in_h1 = True
            self.h1.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._in_h1:
            self.h1[-1] += data


@pytest.fixture(scope="module")
def hostile_site(hostile_dir: Path, tmp_path_factory) -> tuple[Path, list[tuple[str, str]]]:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "hostile.weidian"
    store = ShopStore.create(path, name="Hostile", currency="CNY", language="zh-CN")
    strings = corpus(hostile_dir)
    update_shop(store, name=strings[7][:80].strip() or "x", tagline=strings[-1],
                about="\n\n".join(strings[:50]), languages=["zh-CN", "en"],
                base_url="https://shop.example.com/")
    create_collection(store, Collection(strings[-2].strip(), strings[-3], slug="evil"))
    products = []
    for n, text in enumerate(strings):
        products.append(Product(text, description=text + "\n\n" + strings[n - 1],
                                price=100 + n, sku=f"H-{n}", status="published",
                                tags=[text[:40]], collection_ids=[1],
                                translations={"en": {"title": strings[n - 2],
                                                     "description": text}}))
    try:
        create_products(store, products)
    except ValidationError as exc:  # pragma: no cover - tells which string the shop refused
        pytest.fail(str(exc))
    slugs = [(r["slug"], r["title"]) for r in store.query("SELECT slug, title FROM products")]
    export_shop(store, folder / "site", now=NOW)
    store.close()
    return folder / "site", slugs


def test_every_page_keeps_its_structure(hostile_site) -> None:
    site, slugs = hostile_site
    assert len(slugs) > 500
    for slug, title in slugs:
        html = (site / "p" / slug / "index.html").read_text(encoding="utf-8")
        page = Page()
        page.feed(html)
        assert page.handlers == [], slug
        assert page.h1 == [strip_forbidden(title)], slug  # HTML forbids C0/C1 controls
        assert page.tags.count("script") == len(page.scripts), slug
        assert [s.get("type") for s in page.scripts if "src" not in s] == [
            "application/ld+json", "application/json"], slug
        assert all(s.get("src", "").startswith("../../assets/") or s.get("type") in
                   ("application/json", "application/ld+json") for s in page.scripts), slug
        assert page.tags.count("main") == 1 and page.tags.count("header") == 1, slug
    for other in ("index.html", "en/index.html", "search/index.html", "c/evil/index.html",
                  "about/index.html"):
        page = Page()
        page.feed((site / other).read_text(encoding="utf-8"))
        assert page.handlers == [] and page.tags.count("main") == 1, other


@pytest.mark.browser
def test_no_script_runs_and_no_dialog_opens(hostile_site) -> None:
    from playwright import sync_api as playwright
    site, slugs = hostile_site
    events: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.on("dialog", lambda d: (events.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("pageerror", lambda e: events.append(f"error: {e}"))
        page.route("**/*", lambda route: route.continue_()
                   if route.request.url.startswith("file:") else
                   (events.append(f"request: {route.request.url}"), route.abort()))
        paths = ["index.html", "en/index.html", "c/evil/index.html", "about/index.html"]
        paths += [f"p/{slug}/index.html" for slug, _ in slugs[::25]]
        for path in paths:
            page.goto((site / path).as_uri())
        page.goto((site / "search/index.html").as_uri() + "?q=script")
        page.wait_for_timeout(300)
        assert page.locator("[data-search-results] li").count() > 0
        browser.close()
    assert events == []
