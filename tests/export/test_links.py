"""Every link of the exported demo leads somewhere: each relative href, src and srcset of
every page (all languages), each hreflang alternate and each sitemap URL names a file
the export wrote. Posts exist in one language, so their alternates must not invent the
others.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from weidian_desktop.core.shop import get_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop

BASE = "https://shop.example.com/"  # small_shop's base URL
# Attributes that name another file; data-* ones are filled in by script (cart, Ask box).
URL_ATTRIBUTES = {"href", "src", "srcset", "poster", "data"}


class Links(HTMLParser):
    """Every URL a page names, with the tag and attribute it came from."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str, str]] = []  # (tag, attribute, url)
        self.alternates: list[tuple[str, str]] = []  # (hreflang, href) of <link rel=alternate>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "link" and values.get("rel") == "alternate" and "hreflang" in values:
            self.alternates.append((values["hreflang"], values["href"]))
            return
        if tag == "meta" and values.get("property") in ("og:url", "og:image"):
            self.found.append((tag, values["property"], values.get("content", "")))
        for name, value in values.items():
            if name not in URL_ATTRIBUTES:
                continue
            urls = ([part.split()[0] for part in value.split(",") if part.strip()]
                    if name == "srcset" else [value])
            self.found += [(tag, name, url) for url in urls]


def parse(page: Path) -> Links:
    links = Links()
    links.feed(page.read_text(encoding="utf-8"))
    return links


def target(site: Path, page: Path, url: str, base: str) -> Path | None:
    """The exported file a URL names, or None when it names another site or a scheme.

    Absolute URLs under ``base`` and paths from its root (404.html's) are the site's.
    """
    parts, root = urlsplit(url), urlsplit(base).path or "/"
    if parts.scheme or parts.netloc:
        if not url.startswith(base):
            return None
        path = parts.path[len(root):]
    elif parts.path.startswith("/"):
        path = parts.path[len(root):]
    elif not parts.path:
        return page  # "#main", "?q=": the page itself
    else:
        here = "/" + page.relative_to(site).as_posix()
        path = urljoin(here, parts.path).lstrip("/")
    path = unquote(path)
    if path == "" or path.endswith("/"):
        path += "index.html"
    return site / path


def broken_links(site: Path, base: str = BASE) -> list[str]:
    """Every relative URL of every page, alternate and sitemap entry that names no file."""
    broken = []
    pages = sorted(site.rglob("*.html"))
    for page in pages:
        name = page.relative_to(site).as_posix()
        links = parse(page)
        for tag, attribute, url in links.found:
            file = target(site, page, url, base)
            if file is not None and not file.is_file():
                broken.append(f"{name}: <{tag} {attribute}={url!r}>")
        for lang, href in links.alternates:
            file = target(site, page, href, base)
            if file is None or not file.is_file():
                broken.append(f"{name}: hreflang {lang} {href!r}")
    sitemap = site / "sitemap.xml"
    if sitemap.is_file():
        text = sitemap.read_text(encoding="utf-8")
        for url in re.findall(r'<loc>([^<]*)</loc>|href="([^"]*)"', text):
            href = url[0] or url[1]
            file = target(site, site / "index.html", href, base)
            if file is None or not file.is_file():
                broken.append(f"sitemap.xml: {href!r}")
    return broken


def test_every_link_of_the_demo_names_an_exported_file(demo_site) -> None:
    _shop, site = demo_site
    pages = list(site.rglob("*.html"))
    assert len(pages) > 70
    # The demo's base URL is its own: crawl its absolute URLs as the site's.
    with ShopStore.open(_shop, read_only=True) as store:
        base = get_shop(store).base_url
    assert base
    text = "\n".join(f.read_text(encoding="utf-8") for f in [site / "sitemap.xml", *pages])
    assert text.count(base) > 100  # canonical, hreflang and sitemap URLs are checked too
    problems = broken_links(site, base)
    assert problems == [], "\n".join(problems[:20])


def test_a_post_in_one_language_has_no_alternates_in_others(small_shop, tmp_path) -> None:
    from weidian_desktop.core.posts import Post, create_post

    create_post(small_shop, Post("short", title="只有中文", language="zh-CN", slug="zh-only",
                                 body="你好", publish_at="2026-11-01T00:00:00Z"))
    create_post(small_shop, Post("short", title="English only", language="en", slug="en-only",
                                 body="Hello", publish_at="2026-11-01T00:00:00Z"))
    export_shop(small_shop, tmp_path / "site", now="2026-11-25T00:00:00Z")
    site = tmp_path / "site"
    assert (site / "posts" / "zh-only" / "index.html").is_file()
    assert not (site / "en" / "posts" / "zh-only").exists()
    page = parse(site / "posts" / "zh-only" / "index.html")
    assert page.alternates == []  # one language: nothing to alternate with
    # The language switcher still offers English: the English posts, which exist.
    english = [url for tag, attribute, url in page.found if url.endswith("en/posts/index.html")]
    assert english
    assert broken_links(site) == []
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "en/posts/zh-only/" not in sitemap
    assert f"{BASE}posts/zh-only/" in sitemap


@pytest.mark.parametrize("url", ["../../p/x/", "../../img/a.jpg 360w"])
def test_the_crawl_sees_a_broken_link(tmp_path: Path, url: str) -> None:
    site = tmp_path / "site"
    (site / "posts" / "a").mkdir(parents=True)
    attribute = "srcset" if " " in url else "href"
    (site / "posts" / "a" / "index.html").write_text(
        f'<!DOCTYPE html><a {attribute}="{url}">x</a><a href="../../index.html">home</a>',
        encoding="utf-8")
    (site / "index.html").write_text("<!DOCTYPE html>", encoding="utf-8")
    assert len(broken_links(site)) == 1
