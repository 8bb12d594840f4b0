"""The exported demo shop in each of its languages: own words, CLDR prices, a language switcher."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from weidian_desktop.core.money import format_money
from weidian_desktop.resources import translations_dir

# (folder prefix, html lang, catalogue) — the demo's default language sits at the root.
LANGUAGES = [("", "zh-CN", "zh-CN"), ("it/", "it", "it"), ("en/", "en", "en")]


def words(language: str) -> dict[str, str]:
    return json.loads((translations_dir() / "shop" / f"{language}.json").read_text("utf-8"))


def page(site: Path, rel: str) -> str:
    return html.unescape((site / rel).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("prefix", "lang", "catalogue"), LANGUAGES)
def test_pages_speak_the_language(demo_site, prefix: str, lang: str, catalogue: str) -> None:
    _shop, site = demo_site
    own = words(catalogue)
    home = page(site, f"{prefix}index.html")
    assert f'<html lang="{lang}"' in home
    for key in ("shop.cart", "shop.search", "shop.featured"):
        assert own[key] in home, f"{prefix or '/'}index.html lacks {key} = {own[key]!r}"
    product = page(site, f"{prefix}p/silk-scarf/index.html")
    assert own["product.add"] in product
    # The other languages' words for the same button are not there.
    others = {words(c)["product.add"] for _p, _l, c in LANGUAGES if c != catalogue}
    assert not any(other in product for other in others)


@pytest.mark.parametrize(("prefix", "language", "price"), [
    ("", "zh-CN", "¥129.00"), ("it/", "it", "129,00\xa0CN¥"), ("en/", "en", "CN¥129.00")])
def test_prices_are_written_the_cldr_way(demo_site, prefix: str, language: str,
                                         price: str) -> None:
    _shop, site = demo_site
    assert format_money(12900, "CNY", language) == price
    product = page(site, f"{prefix}p/silk-scarf/index.html")
    assert re.search(r"data-price>\s*" + re.escape(price) + r"\s*<", product), price
    assert '"price":"129.00"' in product.replace(" ", "")  # JSON-LD stays machine-readable


def test_every_page_offers_the_other_languages(demo_site) -> None:
    _shop, site = demo_site
    product = page(site, "it/p/silk-scarf/index.html")
    links = dict(re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', product))
    assert set(links.values()) == {"zh-CN", "en", "it"}
    for href in links:
        assert (site / "it/p/silk-scarf" / href).resolve().is_file(), href


def test_times_read_on_the_shop_clock_before_any_script() -> None:
    # What a buyer without script reads: the shop's clock, the page's language, the zone.
    from weidian_desktop.export.render import environment

    template = environment().from_string("{{ t|shoptime }}")
    moment = "2026-11-28T00:00:00Z"
    assert template.render(t=moment, lang="zh-CN", zone="Asia/Shanghai") == (
        "2026年11月28日 08:00 (Asia/Shanghai)")
    assert template.render(t=moment, lang="it", zone="Europe/Rome") == (
        "28 nov 2026, 01:00 (Europe/Rome)")
