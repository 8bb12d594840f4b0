"""The Jinja environment (autoescape on) and the helpers templates use for relative links."""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context

from ..core.formats import format_datetime
from .safety import ScriptJson, has_forbidden, safe_href, script_json, strip_forbidden

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


@cache
def environment() -> Environment:
    """One environment per process: templates compile once, then recompile only if edited."""
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, undefined=StrictUndefined,
                      keep_trailing_newline=True, finalize=_finalize)
    env.filters.update(page=_page, asset=_asset, srcset=_srcset_filter, json=script_json,
                       href=safe_href, shoptime=shop_time)
    return env
