"""The export builder: same bytes twice, only changed files rewritten, cancel, refusals."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from weidian_desktop.core.errors import Cancelled, ValidationError
from weidian_desktop.core.products import find_product, update_product
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop
from weidian_desktop.export.marker import MARKER

from .conftest import NOW


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def inodes(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def test_two_exports_are_byte_identical(small_shop: ShopStore, tmp_path: Path) -> None:
    one = export_shop(small_shop, tmp_path / "a", zip_path=tmp_path / "a.zip", now=NOW)
    two = export_shop(small_shop, tmp_path / "b", zip_path=tmp_path / "b.zip", now=NOW)
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    assert one.images_encoded > 0 and two.images_encoded == 0  # the cache in the shop file
    pages = set(one.pages)
    assert {"index.html", "p/scarf/index.html", "en/p/scarf/index.html", "c/tea/index.html",
            "cart/index.html", "search/index.html", "about/index.html", "404.html"} <= pages
    assert {"sitemap.xml", "robots.txt", "sw.js", "manifest.webmanifest"} <= set(
        snapshot(tmp_path / "a"))


def test_re_export_rewrites_only_what_changed(small_shop: ShopStore, tmp_path: Path) -> None:
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    before = inodes(out)
    again = export_shop(small_shop, out, now=NOW)
    assert again.written == [] and inodes(out) == before
    mug = find_product(small_shop, "mug")
    mug.title = "白瓷杯"
    update_product(small_shop, mug)
    result = export_shop(small_shop, out, now=NOW)
    after = inodes(out)
    changed = {p for p in after if after[p] != before.get(p)} - {MARKER}
    assert changed == set(result.written)
    assert "p/mug/index.html" in changed and "index.html" in changed
    assert "search/index.html" in changed and "sw.js" in changed
    assert "p/scarf/index.html" not in changed and "en/p/mug/index.html" not in changed
    assert not any(p.startswith("img/") for p in changed)
    assert "白瓷杯" in (out / "p/mug/index.html").read_text(encoding="utf-8")


def test_cancelled_export_leaves_the_previous_one(small_shop: ShopStore, tmp_path: Path) -> None:
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    before = snapshot(out)
    mug = find_product(small_shop, "mug")
    mug.title = "Changed"
    update_product(small_shop, mug)
    asked: list[int] = []
    shutil.copytree(out, tmp_path / "count")  # the same re-export, counting the looks
    export_shop(small_shop, tmp_path / "count", now=NOW, cancel=lambda: asked.append(1) and False)
    assert len(asked) > 3
    for last in range(len(asked)):  # Cancel pressed at each moment the export looks
        calls = iter(range(1000))
        with pytest.raises(Cancelled):
            export_shop(small_shop, out, now=NOW,
                    cancel=lambda last=last, calls=calls: next(calls) >= last)
        assert snapshot(out) == before
        assert not any(p.name.startswith(".site") for p in tmp_path.iterdir())


def test_refuses_a_folder_that_is_not_an_export(small_shop: ShopStore, tmp_path: Path) -> None:
    out = tmp_path / "documents"
    out.mkdir()
    (out / "thesis.docx").write_text("precious")
    with pytest.raises(ValidationError, match="not a previous export"):
        export_shop(small_shop, out, now=NOW)
    assert (out / "thesis.docx").read_text() == "precious" and not (out / MARKER).exists()


def test_zip_inside_the_export_is_refused(small_shop: ShopStore, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        export_shop(small_shop, tmp_path / "site", zip_path=tmp_path / "site" / "x.zip", now=NOW)


def jsonld(html: str) -> list[dict]:
    return [json.loads(m) for m in re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def test_product_jsonld_has_price_currency_and_availability(small_shop: ShopStore,
                                                            tmp_path: Path) -> None:
    export_shop(small_shop, tmp_path / "s", now=NOW)
    html = (tmp_path / "s/p/scarf/index.html").read_text(encoding="utf-8")
    (product,) = jsonld(html)
    assert product["@type"] == "Product" and product["name"] == "真丝围巾"
    offers = product["offers"]
    assert [(o["price"], o["priceCurrency"], o["sku"]) for o in offers] == [
        ("129.00", "CNY", "S-1"), ("139.00", "CNY", "S-2")]
    assert offers[0]["availability"] == "https://schema.org/PreOrder"
    assert product["url"] == "https://shop.example.com/p/scarf/"
    assert '<link rel="canonical" href="https://shop.example.com/p/scarf/">' in html
    home = (tmp_path / "s/index.html").read_text(encoding="utf-8")
    assert jsonld(home)[0]["@type"] == "Organization"
    english = (tmp_path / "s/en/p/scarf/index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in english and "<h1>Scarf</h1>" in english


def test_cli_export(small_shop: ShopStore, tmp_path: Path) -> None:
    from weidian_desktop.cli import main

    path = small_shop.path
    small_shop.close()
    assert main(["export", str(path), str(tmp_path / "out"), "--base-url",
                 "https://other.example.org/shop", "--zip", str(tmp_path / "out.zip")]) == 0
    sitemap = (tmp_path / "out/sitemap.xml").read_text()
    assert "<loc>https://other.example.org/shop/p/mug/</loc>" in sitemap
    assert (tmp_path / "out.zip").stat().st_size > 1000  # (closing twice is harmless)


def test_cancel_while_rendering_writes_nothing(small_shop: ShopStore, tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        export_shop(small_shop, tmp_path / "site", now=NOW, cancel=lambda: True)
    assert not (tmp_path / "site").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site")] == []


def test_an_export_with_nothing_to_encode_does_not_load_pillow(small_shop: ShopStore,
                                                               tmp_path: Path) -> None:
    """Decoding images is the only reason to load Pillow: cached variants are copied and
    plain icons written directly (a fixed cost of every command-line export)."""
    import subprocess
    import sys

    export_shop(small_shop, tmp_path / "warm", now=NOW)  # variants cached in the file
    small_shop.close()
    code = ("import sys; from weidian_desktop.export import export_shop; "
            f"export_shop({str(small_shop.path)!r}, {str(tmp_path / 'site')!r}); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PIL', 'reportlab', "
            "'segno', 'qrcode')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]", done.stdout
    assert (tmp_path / "site/img/icon-512.png").is_file()
