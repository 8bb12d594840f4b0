"""The Jinja environment (autoescape on) and the helpers templates use for relative links."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from jinja2 import (
    Environment,
    FileSystemLoader,
    StrictUndefined,
    nodes,
    pass_context,
    select_autoescape,
)
from jinja2.ext import Extension
from jinja2.runtime import Context

from ..core.formats import format_datetime
from .safety import ScriptJson, has_forbidden, safe_href, script_json, strip_forbidden
from .words import Words

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
    export shares (pages.LanguageSite): nothing outlives the export. The key must name
    everything the part depends on beyond the language and the export (Jinja's own
    documentation's pattern, with the store moved off the environment for that reason).
    """

    # Jinja's Extension declares tags as an attribute; the class attribute is what it reads.
    tags = {"cache"}  # noqa: RUF012

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


class _Environment(Environment):
    """Jinja's environment, reading a plain dict's keys before its attributes.

    The views are dicts; for ``product.title`` Jinja tries the attribute first, which
    for a dict raises and catches an AttributeError: 40 times a page, 0.25 s of a
    10,000-page export. Keys first also means ``drop.items`` is the drop's items, not
    the dict method (the templates use ``drop["items"]`` all the same).
    """

    def getattr(self, obj, attribute):
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return Environment.getattr(self, obj, attribute)


@cache
def environment() -> Environment:
    """One environment per process: templates compile once."""
    env = _Environment(loader=FileSystemLoader(str(TEMPLATES)),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined,
                       keep_trailing_newline=True, finalize=_finalize,
                       extensions=[FragmentCache],
                       # Templates ship with the app: no stat of each file on every render
                       # (a 10,000-page export asked the disk 20,000 times).
                       auto_reload=False)
    env.filters.update(page=_page, asset=_asset, srcset=_srcset_filter, json=script_json,
                       href=safe_href, shoptime=shop_time)
    env.context_class = _Context
    return env
