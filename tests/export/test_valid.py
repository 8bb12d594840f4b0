"""Every exported page of the demo passes the Nu HTML checker; JSON-LD and escaping hold."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from weidian_desktop.core.money import format_plain
from weidian_desktop.core.store import ShopStore

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


@pytest.mark.slow
def test_every_page_passes_the_nu_html_checker(demo_site) -> None:
    # scripts/setup installs both (npm's vnu-jar, Debian's default-jre-headless)
    assert VNU.is_file() and shutil.which("java"), "vnu.jar or java is missing: run scripts/setup"
    _shop, site = demo_site
    pages = sorted(str(p) for p in site.rglob("*.html"))
    assert len(pages) > 50
    done = subprocess.run(["java", "-jar", str(VNU), "--errors-only", *pages],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[:4000]


def test_json_ld_has_each_products_price_and_currency(demo_site) -> None:
    shop, site = demo_site
    with ShopStore.open(shop, read_only=True) as store:
        currency = store.scalar("SELECT currency FROM shop")
        rows = store.query("SELECT id, slug, price, sku FROM products WHERE status = "
                           "'published'")
        prices = {}
        for row in rows:
            variants = store.query("SELECT sku, price FROM variants WHERE product_id = ? "
                                   "ORDER BY position", (row["id"],))
            prices[row["slug"]] = ([format_plain(v["price"] if v["price"] is not None
                                                 else row["price"], currency)
                                    for v in variants] or [format_plain(row["price"], currency)])
    assert prices
    for slug, expected in prices.items():
        html = (site / "p" / slug / "index.html").read_text(encoding="utf-8")
        (data,) = [json.loads(block) for block in LD.findall(html)]
        offers = data["offers"] if isinstance(data["offers"], list) else [data["offers"]]
        assert [o["price"] for o in offers] == expected, slug
        assert {o["priceCurrency"] for o in offers} == {currency}
        assert all(o["availability"].startswith("https://schema.org/") for o in offers)
