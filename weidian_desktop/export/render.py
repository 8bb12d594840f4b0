"""Render, the export's third stage: the Jinja environment and a process's ``Renderer``.

The environment autoescapes everything and gives templates their filters for relative
links; ``Renderer`` turns a ``pages.PageJob`` into bytes in whichever process it runs,
with that process's views, and keeps the search entries of the products it rendered.
"""

from __future__ import annotations

import hashlib
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    nodes,
    pass_context,
    select_autoescape,
)
from jinja2.ext import Extension
from jinja2.runtime import Context

from ..core.formats import format_datetime
from .load import ProductReader, Source
from .marker import SearchEntry
from .pages import PageJob, SitePages
from .safety import ScriptJson, has_forbidden, safe_href, script_json, strip_forbidden
from .views import ViewMaker
from .words import Words

if TYPE_CHECKING:
    from jinja2 import Template

    from .plan import SiteParts

TEMPLATES = Path(__file__).resolve().parent / "templates"


@pass_context
def _page(ctx, path: str) -> str:
    """A page of the current language, relative to the current page, ending in index.html
    (file:// has no directory index, so the file is named)."""
    return f"{ctx['home']}{path}index.html"


@pass_context
def _asset(ctx, path: str) -> str:
    """A file shared by all languages (images, CSS, JS), relative to the current page."""
    return f"{ctx['root']}{path}"


def _srcset(ctx_root: str, pairs: list[tuple[str, int]]) -> str:
    return ", ".join(f"{ctx_root}{path} {width}w" for path, width in pairs)


@pass_context
def _srcset_filter(ctx, pairs: list[tuple[str, int]]) -> str:
    return _srcset(ctx["root"], pairs)


@lru_cache(maxsize=1 << 16)
def _needs_cleaning(text: str) -> bool:
    # Pages repeat most values (words, links, shop name): each is checked once. A Markup
    # and a str of the same text share the entry, which is right: the answer is the same.
    return has_forbidden(text)


def _finalize(value: object) -> object:
    """Every ``{{ }}`` value: text loses the code points HTML forbids before it is escaped."""
    if type(value) is ScriptJson:
        return value  # cleaned when made: its \u escapes already stand for them
    if isinstance(value, str) and _needs_cleaning(value):
        return strip_forbidden(value)
    return value


@pass_context
def shop_time(ctx: Context, moment: str) -> str:
    """A stored UTC time on the shop's clock in the page's language, with the zone named.

    The page's script rewrites it on the buyer's own clock; this is what a buyer without
    script (or before it runs) reads, instead of raw ISO text.
    """
    zone = ctx["zone"]
    return f"{format_datetime(moment, ctx['lang'], zone)} ({zone})"


class FragmentCache(Extension):
    """``{% cache key %}…{% endcache %}``: a part of base.html that thousands of pages
    share (head links, header, footer) is rendered once per key and pasted after.

    The store is the ``fragments`` dict of the page context, which one language of one
    export shares (pages.SitePages): nothing outlives the export. The key must name
    everything the part depends on beyond the language and the export (Jinja's own
    documentation's pattern, with the store moved off the environment for that reason).
    """

    tags = {"cache"}  # noqa: RUF012 - Jinja's own class attribute

    def parse(self, parser):
        lineno = next(parser.stream).lineno
        key = parser.parse_expression()
        body = parser.parse_statements(("name:endcache",), drop_needle=True)
        store = nodes.Name("fragments", "load")
        return nodes.CallBlock(self.call_method("_cached", [key, store]), [], [], body
                               ).set_lineno(lineno)

    def _cached(self, key, store: dict, caller) -> str:
        if key not in store:
            store[key] = caller()
        return store[key]


class _Context(Context):
    """Jinja's context, with a direct path for ``t("key")``: the shop's words are asked
    some fifteen times a page, and the general call checks each for pass_context
    markers first (1 us of 2.3; 0.15 s of a 10,000-page export)."""

    def call(__self, __obj, *args, **kwargs):
        if type(__obj) is Words:
            return __obj(*args, **kwargs)
        return Context.call(__self, __obj, *args, **kwargs)


def _bytecode_cache() -> BytecodeCache | None:
    """Compiled templates kept between processes (Jinja's own cache, in a private folder of
    the temporary directory, keyed by each template's source): compiling them took a
    third of a small shop's export from the command line."""
    try:
        return FileSystemBytecodeCache()
    except (OSError, RuntimeError):  # no private folder to be had: compile every time
        return None


@cache
def environment() -> Environment:
    """One environment per process: templates compile once (or load compiled)."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined,
                       keep_trailing_newline=True, finalize=_finalize,
                       extensions=[FragmentCache], bytecode_cache=_bytecode_cache(),
                       # Templates ship with the app: no stat of each file on every render
                       # (a 10,000-page export asked the disk 20,000 times).
                       auto_reload=False)
    env.filters.update(page=_page, asset=_asset, srcset=_srcset_filter, json=script_json,
                       href=safe_href, shoptime=shop_time)
    env.context_class = _Context
    return env


class Renderer:
    """Renders pages in one process: each language's pages and views (on this process's
    ProductReader), the templates compiled once; keeps the search entry of every product
    page it renders (the same view makes both)."""

    def __init__(self, source: Source, parts: SiteParts, reader: ProductReader) -> None:
        self.reader = reader
        self.page_js = parts.names.page_js
        self.sites: dict[str, SitePages] = {
            lang: SitePages(source, lang, parts.common, parts.posts,
                            ViewMaker(source, lang, reader))
            for lang in source.shop.languages}
        self.default = self.sites[source.shop.default_language]
        self.entries: dict[str, dict[str, SearchEntry]] = {lang: {} for lang in self.sites}
        # The SHA-256 of each page rendered without a digest (sw.js's version covers them).
        self.hashes: dict[str, bytes] = {}
        self._templates: dict[str, Template] = {}

    def template(self, name: str) -> Template:
        if name not in self._templates:
            self._templates[name] = environment().get_template(name)
        return self._templates[name]

    def render(self, job: PageJob, **extra: object) -> bytes:
        """The page's bytes (``extra``: context only the caller has, the search index)."""
        site = self.sites[job.language]
        context = site.context(job, **extra)
        context["page_js"] = self.page_js.get(job.template)
        data = self.template(job.template).render(context).encode("utf-8")
        if job.digest is None:
            self.hashes[job.path] = hashlib.sha256(data).digest()
        elif job.kind == "product":
            self.entries[job.language][str(job.key)] = SearchEntry(
                job.digest, site.views.search_entry(context["product"]))
        return data

    def render_all(self, jobs: list[PageJob]) -> list[tuple[str, bytes]]:
        """(path, bytes) of each page, their products read in bulk first."""
        self.reader.read(pid for job in jobs for pid in job.needs)
        return [(job.path, self.render(job)) for job in jobs]

    def not_found(self) -> bytes:
        context = self.default.not_found(list(self.sites.values()))
        context["page_js"] = self.page_js.get("404.html")
        return self.template("404.html").render(context).encode("utf-8")

