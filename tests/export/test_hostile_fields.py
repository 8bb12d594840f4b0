"""Hostile input in every field the shop shows, and in the text its scripts write.

One shop carries every string somewhere: product titles (three languages), descriptions,
tags and alt texts, a supplier's name and catalogue, the shop's name, tagline and about
text, channel values that validate, a collection, FAQ questions and answers, post titles
and texts. It is exported once; every page must parse with the structure the templates
give (no element or attribute the templates do not write, one header/main/footer, every
product card, titles read back as the same text), and in Chromium no script of theirs
runs, no dialog opens, no policy is violated and nothing but the shop's files is fetched.
"""

from __future__ import annotations

import csv
import functools
import http.server
import json
import re
import shutil
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from markupsafe import Markup

from weidian_desktop.core.collections import Collection, create_collection
from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.faq import FaqEntry, create_faq
from weidian_desktop.core.images import add_image
from weidian_desktop.core.posts import Post, create_post
from weidian_desktop.core.products import Product, ProductImage, create_product, find_product
from weidian_desktop.core.shop import Channel, check_channel, set_channels, update_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop
from weidian_desktop.export.safety import script_json, strip_forbidden
from weidian_desktop.stocklists.importer import import_file
from weidian_desktop.stocklists.pick import pick

from .conftest import NOW, picture

TEMPLATES = Path(__file__).resolve().parents[2] / "weidian_desktop/export/templates"
STATIC_JS = TEMPLATES.parent / "static" / "js"
VNU = TEMPLATES.parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PRODUCTS = 40
LANGUAGES = ["zh-CN", "en", "it"]
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def hostile_strings(folder: Path) -> list[str]:
    """The XSS payloads first (they are the sharpest), then the big list of naughty strings."""
    xss = (folder / "xss-payloads.txt").read_text(encoding="utf-8").splitlines()
    blns = json.loads((folder / "blns.json").read_text(encoding="utf-8"))
    return list(dict.fromkeys(s for s in xss + blns if s.strip()))


def chunks(items: list[str], count: int) -> list[list[str]]:
    """``items`` dealt round-robin into ``count`` lists, so every item lands somewhere."""
    return [items[i::count] for i in range(count)]


def short(items: list[str], limit: int) -> list[str]:
    """Only the strings that fit a field's length limit."""
    return [s for s in items if len(s.strip()) <= limit]


def template_tags() -> set[str]:
    """Every element name the templates and the shop's scripts can write."""
    text = "".join(p.read_text(encoding="utf-8") for p in TEMPLATES.glob("*.html"))
    js = "".join(p.read_text(encoding="utf-8") for p in STATIC_JS.glob("*.js"))
    return ({t.lower() for t in re.findall(r"<([A-Za-z][A-Za-z0-9]*)", text)}
            | set(re.findall(r'(?:createElement|\bel)\("([a-z]+)"', js)))


class Outline(HTMLParser):
    """What a parser sees: element names, event handlers, landmarks, cards, the h1's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.handlers: list[str] = []
        self.cards = 0
        self.h1: list[str] = []
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        if tag == "li" and ("class", "card") in attrs:
            self.cards += 1
        if tag == "h1":
            self._in_h1 = True
            self.h1.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._in_h1:
            self.h1[-1] += data


def outline(page: Path) -> Outline:
    """The page parsed."""
    parsed = Outline()
    parsed.feed(page.read_text(encoding="utf-8"))
    parsed.close()
    return parsed


def supplier_catalogue(path: Path, rows: list[list[str]]) -> Path:
    """A supplier's CSV in its own columns, the hostile strings in title and description."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["sku", "title", "description", "price"])
        for i, (title, description) in enumerate(rows):
            writer.writerow([f"H-{i:03d}", title, description, "19.90"])
    return path


@pytest.fixture(scope="module")
def hostile_site(hostile_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """The hostile shop exported once: (site folder, {product slug: title}, strings)."""
    strings = hostile_strings(hostile_dir)
    clean = [s for s in strings if "\x00" not in s]  # CSV cannot carry NUL
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "hostile.weidian"
    ShopStore.create(path, name="x", currency="CNY", language="zh-CN").close()
    store = ShopStore.open(path)
    try:
        names = short(strings, 80)
        update_shop(store, name=names[1], tagline=" ".join(strings[:40]),
                    about="\n\n".join(strings[40:120]), languages=LANGUAGES,
                    base_url="https://shop.example.com/")
        channels = [Channel("whatsapp", "+8613800138000"), Channel("email", "o@example.com")]
        for kind in ("wechat", "telegram"):
            for s in strings:
                try:
                    channels.append(Channel(kind, check_channel(kind, s)))
                    break
                except ValidationError:
                    continue
        set_channels(store, channels)
        image = add_image(store, picture((200, 60, 60)))  # type: ignore[arg-type]
        titles = short(strings, 190)
        texts, tags = chunks(strings, PRODUCTS), chunks(short(strings, 60), PRODUCTS)
        collection = create_collection(store, Collection(names[2], "\n\n".join(strings[:30]),
                                                         slug="hostile"))
        slugs: dict[str, str] = {}
        for i in range(PRODUCTS):
            title = f"{i:02d} {titles[3 * i % len(titles)]}"
            create_product(store, Product(
                title, slug=f"h-{i:02d}", price=100 + i, sku=f"HX-{i:03d}",
                status="published", featured=i < 4, description="\n".join(texts[i]),
                tags=tags[i][:20], images=[ProductImage(image, titles[(3 * i + 1) % len(titles)])],
                collection_ids=[collection], translations={
                    lang: {"title": f"{i:02d} {titles[(3 * i + 1 + n) % len(titles)]}",
                           "description": "\n".join(texts[(i + n + 1) % PRODUCTS])}
                    for n, lang in enumerate(LANGUAGES[1:])}))
            slugs[f"h-{i:02d}"] = title
        csv_rows = [[f"S{i} {t}", "<p>" + " ".join(texts[i][:10]) + "</p>"]
                    for i, t in enumerate(short(clean, 150)[:12])]
        supplier = next(s for s in short(clean, 60) if "<" in s)
        import_file(store, supplier_catalogue(folder / "supplier.csv", csv_rows),
                    supplier=supplier, currency="CNY")
        for pid in pick(store, supplier, all=True, status="published"):
            product = store.query("SELECT slug, title FROM products WHERE id = ?", (pid,))[0]
            slugs[product["slug"]] = product["title"]
        questions = short(strings, 300)
        for i, chunk in enumerate(chunks(strings, 12)):
            create_faq(store, FaqEntry(questions[i * 7 % len(questions)], "\n".join(chunk),
                                       keywords=short(chunk, 40)[:30],
                                       language=LANGUAGES[i % 3] if i % 4 else None))
        post_titles = short(strings, 120)
        for i, chunk in enumerate(chunks(clean, 10)):
            body = "\n".join(chunk)[:1900]
            kind = "article" if i % 2 else "short"
            create_post(store, Post(kind, title=post_titles[i * 11 % len(post_titles)]
                                    if kind == "article" else "", body=body,
                                    publish_at=f"2026-11-2{i % 4}T08:00:00Z", slug=f"post-{i}"))
        assert find_product(store, "h-00").title == slugs["h-00"]
    finally:
        store.close()
    export_shop(path, folder / "site", now=NOW)
    return folder / "site", slugs, strings


def test_every_page_keeps_the_templates_structure(hostile_site) -> None:
    site, slugs, _strings = hostile_site
    allowed = template_tags()
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= len(slugs) * len(LANGUAGES)
    for page in pages:
        parsed = outline(page)
        assert set(parsed.tags) <= allowed, (page, set(parsed.tags) - allowed)
        assert parsed.handlers == [], page
        for landmark in ("html", "head", "body", "header", "main", "footer"):
            assert parsed.tags.count(landmark) == 1, (page, landmark)
        assert len(parsed.h1) <= 1, page
        html = page.read_text(encoding="utf-8")
        for block in re.findall(r'<script type="application/(?:ld\+)?json"[^>]*>(.*?)</script>',
                                html, re.S):
            json.loads(block)
    for slug, title in slugs.items():
        parsed = outline(site / "p" / slug / "index.html")
        assert parsed.h1 == [strip_forbidden(title)], slug  # not lost, not escaped twice
    assert outline(site / "c" / "hostile" / "index.html").cards == PRODUCTS
    assert len(list((site / "posts").glob("post-*/index.html"))) == 10


def test_json_data_blocks_read_back_the_same_strings(hostile_site) -> None:
    site, _slugs, strings = hostile_site
    html = (site / "about" / "index.html").read_text(encoding="utf-8")
    index = json.loads(re.search(r'id="wd-ask-index">(.*?)</script>', html, re.S).group(1))
    text = json.dumps(index, ensure_ascii=False)
    found = [s for s in short(strings, 300) if json.dumps(s, ensure_ascii=False)[1:-1] in text]
    assert len(found) > len(strings) // 2  # the answers carry the strings, unharmed


@pytest.mark.slow
def test_every_page_passes_the_nu_html_checker(hostile_site) -> None:
    # scripts/setup installs both (npm's vnu-jar, Debian's default-jre-headless)
    assert VNU.is_file() and shutil.which("java"), "vnu.jar or java is missing: run scripts/setup"
    site, _slugs, _strings = hostile_site
    pages = sorted(str(p) for p in site.rglob("*.html"))
    done = subprocess.run(["java", "-jar", str(VNU), "--errors-only", *pages],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[:4000]  # e.g. "Forbidden code point U+0085"


def test_forbidden_code_points_are_cleaned_or_escaped() -> None:
    nasty = "a\x01b\x0bc\x7f\x85d\ufdd0\ufffe\U0001ffff\U0010fffe e\tf\ng\x0ch"
    assert strip_forbidden(nasty) == "abcd e\tf\ng\x0ch"
    assert isinstance(strip_forbidden(Markup("<b>\x85</b>")), Markup)
    text = str(script_json({"t": nasty}))
    assert strip_forbidden(text) == text and json.loads(text) == {"t": nasty}


# ---------------------------------------------------------------- in Chromium

TRAP = """
(() => {
  const hits = [];
  Object.defineProperty(window, "__hostile", {value: hits});
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    const real = window[name];
    window[name] = function () { hits.push(name); return real.apply(window, arguments); };
  }
  for (const name of ["log", "info", "debug"]) {
    console[name] = function () { hits.push("console." + name); };
  }
  const fetch = window.fetch;
  window.fetch = function (url) {
    if (new URL(String(url && url.url || url), location.href).origin !== location.origin)
      hits.push("fetch " + url);
    return fetch.apply(window, arguments);
  };
  document.addEventListener("securitypolicyviolation",
    e => hits.push("csp " + e.violatedDirective + " " + e.blockedURI));
})();
"""
DOM_CHECK = """
(allowed) => {
  const bad = [];
  for (const el of document.querySelectorAll("*")) {
    if (!allowed.includes(el.localName)) bad.push("<" + el.localName + ">");
    for (const a of el.attributes) if (a.name.startsWith("on")) bad.push(a.name);
    for (const name of ["href", "src", "action", "formaction"])
      if (/^\\s*(javascript|data|vbscript):/i.test(el.getAttribute(name) || ""))
        bad.push(name + "=" + el.getAttribute(name));
  }
  return bad.concat(window.__hostile);
}
"""


class Quiet(http.server.SimpleHTTPRequestHandler):
    """The exported folder over http, without a log line per request."""

    def log_message(self, *args: object) -> None:
        pass


@pytest.mark.browser
@pytest.mark.slow
def test_in_chromium_nothing_of_theirs_runs(hostile_site) -> None:
    from playwright import sync_api as sync_api
    site, slugs, strings = hostile_site
    allowed = sorted(template_tags())
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    problems: list[str] = []

    def guard(route) -> None:
        url = route.request.url
        path = unquote(urlsplit(url).path).lstrip("/")
        target = site / path
        if url.startswith(base) and (target.is_file() or (target / "index.html").is_file()):
            route.continue_()
        else:
            problems.append(f"request: {url}")
            route.abort()

    pages = ["", "en/", "it/", "c/hostile/", "posts/", "about/", "en/about/", "search/",
             *(f"p/{slug}/" for slug in slugs), *(f"en/p/h-{i:02d}/" for i in range(0, 40, 5)),
             *(f"posts/post-{i}/" for i in range(10))]
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            context = browser.new_context(viewport={"width": 390, "height": 844},
                                          service_workers="block")
            context.add_init_script(TRAP)
            context.route("**/*", guard)
            page = context.new_page()
            page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))

            def look(where: str) -> None:
                problems.extend(f"{where}: {bad}" for bad in page.evaluate(DOM_CHECK, allowed))

            for path in pages:
                page.goto(base + path, wait_until="load")
                look(path)
            # Text the shop's scripts put into the page: search results, Ask answers, cart.
            page.goto(base + "search/")
            for query in ("<", "script", "alert", "img"):
                page.locator("input[type=search]").first.fill(query)
                page.wait_for_timeout(150)
                look(f"search {query}")
            page.goto(base + "about/")
            for question in [*[s for s in strings if "<" in s][:6], "hasOwnProperty", "alert"]:
                page.locator("#ask-q").fill(question[:300])
                page.locator("#ask-q").press("Enter")
                look(f"ask {question!r}")
            for slug in list(slugs)[:3]:
                page.goto(base + f"p/{slug}/")
                page.locator("button[type=submit]").first.click()
            page.goto(base + "cart/")
            assert page.locator(".cart-line").count() == 3
            look("cart")
            browser.close()
    finally:
        server.shutdown()
    assert problems == []
