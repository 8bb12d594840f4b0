"""Escaping, script-safe JSON, link schemes and paths: what the seller typed stays text."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from weidian_desktop.core.collections import Collection, create_collection
from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.products import find_product, update_product
from weidian_desktop.core.shop import update_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop
from weidian_desktop.export.inplace import check_folders
from weidian_desktop.export.safety import safe_href, safe_relpath, script_json

from .conftest import NOW

HOSTILE = "</script><script>alert(1)</script>\"'&<b onmouseover=alert(2)>x<!--"


class Tags(HTMLParser):
    """Counts the elements and event-handler attributes a browser would see."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict] = []
        self.handlers: list[str] = []
        self.bold = 0
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "script":
            self.scripts.append(dict(attrs))
        if tag == "b":
            self.bold += 1
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        self.links += [value or "" for name, value in attrs if name in ("href", "src")]


def test_hostile_texts_stay_text(small_shop: ShopStore, tmp_path: Path) -> None:
    update_shop(small_shop, name="Shop " + HOSTILE[:60], tagline=HOSTILE,
                about=HOSTILE + "\n\njavascript:alert(3)")
    create_collection(small_shop, Collection(HOSTILE, HOSTILE, slug="evil"))
    mug = find_product(small_shop, "mug")
    mug.title, mug.description, mug.tags = HOSTILE, HOSTILE, [HOSTILE]
    mug.images[0].alt = HOSTILE
    mug.translations = {"en": {"title": HOSTILE, "description": HOSTILE}}
    update_product(small_shop, mug)
    export_shop(small_shop, tmp_path / "s", now=NOW)
    pages = sorted((tmp_path / "s").rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        html = page.read_text(encoding="utf-8")
        parsed = Tags()
        parsed.feed(html)
        # Only our own scripts: the bundle(s) by src, and JSON data blocks.
        assert all(s.get("src", "").startswith(("assets/", "../", "/")) or
                   s.get("type") in ("application/json", "application/ld+json")
                   for s in parsed.scripts), page
        assert parsed.handlers == [] and parsed.bold == 0, page
        assert "<script>alert" not in html
        schemes = {u.split(":", 1)[0].lower() for u in parsed.links
                   if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", u)}
        assert schemes <= {"https", "mailto", "sms", "tel"}, page
        for block in re.findall(r'<script type="application/(?:ld\+)?json"[^>]*>(.*?)</script>',
                                html, re.S):
            json.loads(block)  # every data block still parses: nothing closed it early
    product = (tmp_path / "s/p/mug/index.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="wd-product">(.*?)</script>', product, re.S).group(1))
    assert data["title"] == HOSTILE


def test_script_json_cannot_close_its_element() -> None:
    text = str(script_json({"t": "</script><!--<script>", "u": "\u2028"}))
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><!--<script>", "u": "\u2028"}


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)",
                                 "java\tscript:alert(1)", " javascript:x", "data:text/html,x",
                                 "vbscript:x", "file:///etc/passwd", "http:///nohost", "",
                                 "//evil.example.com/x"])
def test_unsafe_links_are_dropped(url: str) -> None:
    assert safe_href(url) is None


@pytest.mark.parametrize("url", ["https://shop.example.com/a?b=c", "mailto:a@b.example",
                                 "tel:+8613800138000", "sms:+8613800138000?body=hi"])
def test_safe_links_are_kept(url: str) -> None:
    assert safe_href(url) == url


@pytest.mark.parametrize("path", ["../x", "/etc/passwd", "a/../../b", "a/./b", "a\\b", "..",
                                  "a/\x00b", ""])
def test_paths_outside_the_folder_are_refused(path: str) -> None:
    with pytest.raises(ValueError):
        safe_relpath(path)


def test_a_symlink_cannot_lead_out(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "p").symlink_to(tmp_path)
    (tmp_path / "site" / "q").symlink_to(tmp_path / "site" / "img")  # inside: fine
    with pytest.raises(ValidationError, match="p in the export folder"):
        check_folders(str(tmp_path / "site"), ["p/mug"])
    check_folders(str(tmp_path / "site"), ["img/ab", "q", ""])
