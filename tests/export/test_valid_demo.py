"""What test_valid.py's Nu check and JSON-LD check stand on: the whole demo, in every language.

The Nu checker runs over every page of the exported demo; these tests make sure that means
drops, posts, the Ask box and all three languages, and read the JSON-LD of every
language's product and home pages (price, currency, availability, name) and check that
no other page carries any.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from weidian_desktop.core.money import format_plain
from weidian_desktop.core.store import ShopStore

LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
PREFIXES = {"zh-CN": "", "en": "en/", "it": "it/"}
SCHEMA = "https://schema.org/"


def ld_blocks(page: Path) -> list[dict]:
    """Every JSON-LD block of a page, parsed."""
    return [json.loads(block) for block in LD.findall(page.read_text(encoding="utf-8"))]


def test_the_checked_pages_hold_every_kind_in_every_language(demo_site) -> None:
    shop, site = demo_site
    with ShopStore.open(shop, read_only=True) as store:
        assert json.loads(store.scalar("SELECT languages FROM shop")) == list(PREFIXES)
        products = store.scalar("SELECT count(*) FROM products WHERE status = 'published'")
        drops = store.scalar("SELECT count(*) FROM drops WHERE status = 'published'")
        assert store.scalar("SELECT count(*) FROM faq_entries") >= 3
    assert drops >= 1
    for lang, prefix in PREFIXES.items():
        folder = site / prefix if prefix else site
        home = (folder / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in home
        assert len(list((folder / "p").glob("*/index.html"))) == products, lang
        assert len(list((folder / "d").glob("*/index.html"))) == drops, lang
        assert list((folder / "posts").glob("*/index.html")), lang  # posts in this language
        about = (folder / "about" / "index.html").read_text(encoding="utf-8")
        assert 'id="wd-ask-index"' in about and "data-ask" in about, lang
        for page in ("search", "cart", "c"):
            assert (folder / page).is_dir(), (lang, page)
    assert (site / "404.html").is_file()


def test_json_ld_in_every_language_has_the_price_currency_and_name(demo_site) -> None:
    shop, site = demo_site
    with ShopStore.open(shop, read_only=True) as store:
        currency = store.scalar("SELECT currency FROM shop")
        name = store.scalar("SELECT name FROM shop")
        rows = store.query("SELECT id, slug, title, price, availability FROM products "
                           "WHERE status = 'published'")
        titles = {(r["product_id"], r["language"]): r["title"] for r in store.query(
            "SELECT product_id, language, title FROM product_translations")}
        variants = {r["id"]: store.query(
            "SELECT price FROM variants WHERE product_id = ? ORDER BY position", (r["id"],))
            for r in rows}
        in_drops = {r["product_id"] for r in store.query("SELECT product_id FROM drop_items")}
    checked = preorders = 0
    for lang, prefix in PREFIXES.items():
        (org,) = ld_blocks(site / prefix / "index.html" if prefix else site / "index.html")
        assert org["@type"] == "Organization" and org["name"] == name
        for row in rows:
            (data,) = ld_blocks(site / prefix / "p" / row["slug"] / "index.html")
            assert data["@type"] == "Product"
            assert data["name"] == (titles.get((row["id"], lang)) or row["title"]), row["slug"]
            offers = data["offers"] if isinstance(data["offers"], list) else [data["offers"]]
            expected = [format_plain(v["price"] if v["price"] is not None else row["price"],
                                     currency) for v in variants[row["id"]]]
            assert [o["price"] for o in offers] == (expected or
                                                    [format_plain(row["price"], currency)])
            assert {o["priceCurrency"] for o in offers} == {currency}
            if row["availability"] == "on_request" and row["id"] not in in_drops:
                assert {o["availability"] for o in offers} == {SCHEMA + "PreOrder"}
                preorders += 1
            checked += 1
    assert checked == 3 * len(rows) and preorders > 0
    for page in site.rglob("*.html"):
        relative = page.relative_to(site).as_posix()
        if not re.fullmatch(r"((en|it)/)?(index\.html|p/[^/]+/index\.html)", relative):
            assert ld_blocks(page) == [], relative  # JSON-LD only where it describes the page
