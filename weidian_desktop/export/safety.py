"""Safety of the exported shop: link schemes, JSON inside <script>, paths inside the folder."""

from __future__ import annotations

import json
import posixpath
import re
from urllib.parse import urlsplit

from markupsafe import Markup

SAFE_SCHEMES = ("http", "https", "mailto", "tel", "sms")


def safe_href(url: str | None) -> str | None:
    """A link the seller typed, or None unless it is http(s), mailto, tel or sms.

    Control characters and spaces inside the scheme are how "java\\tscript:" slips past
    naive checks, so the scheme is read after stripping them, as browsers do.
    """
    text = "".join(ch for ch in (url or "").strip() if ch >= " " and ch != "\x7f")
    if not text:
        return None
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return None
    if scheme not in SAFE_SCHEMES:
        return None
    if scheme in ("http", "https") and not urlsplit(text).netloc:
        return None
    return text


# Code points HTML forbids in a document (controls other than whitespace, noncharacters,
# surrogates): the Nu checker rejects a page holding one, so what the seller or a supplier
# typed is cleaned of them (text) or \u-escaped (JSON), never passed through.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
                        + "".join(f"{chr(p << 16 | 0xFFFE)}{chr(p << 16 | 0xFFFF)}"
                                  for p in range(17)) + "]")
# The class above costs ~6 us a search (its astral members); every {{ }} of every page is
# checked, so ASCII text, then the BMP, are tried first (0.2-1 us).
_ASCII_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BMP_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
                            "\ufffe\uffff]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def has_forbidden(text: str) -> bool:
    """Whether ``text`` holds a code point HTML forbids."""
    if text.isascii():
        return _ASCII_FORBIDDEN.search(text) is not None
    return bool(_BMP_FORBIDDEN.search(text)
                or (_ASTRAL.search(text) and _FORBIDDEN.search(text)))


def strip_forbidden(text: str) -> str:
    """``text`` without the code points HTML forbids (a Markup stays Markup)."""
    if not has_forbidden(text):
        return text
    cleaned = _FORBIDDEN.sub("", text)
    return Markup(cleaned) if isinstance(text, Markup) else cleaned


def _u_escape(match: re.Match) -> str:
    """A forbidden code point as JSON's \\u escape (two, as a surrogate pair, above U+FFFF)."""
    units = match.group().encode("utf-16-le", "surrogatepass")
    return "".join(f"\\u{int.from_bytes(units[i:i + 2], 'little'):04x}"
                   for i in range(0, len(units), 2))


# One encoder: json.dumps with options builds a new one per call (20,000 calls an export).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class ScriptJson(Markup):
    """Markup that script_json made: already free of forbidden code points (render.py's
    finalize skips it, a search index is 1.6 MB for 10,000 products)."""

    __slots__ = ()


def script_json(value: object) -> ScriptJson:
    """JSON for ``<script type="application/json">`` that cannot end or bend the element.

    ``<``, ``>`` and ``&`` become \\u escapes, so "</script>" or "<!--" typed by the seller
    stay text; U+2028/2029 are escaped for old parsers. Keys are sorted: same bytes.
    """
    text = _ENCODER.encode(value)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    if has_forbidden(text):
        text = _FORBIDDEN.sub(_u_escape, text)
    return ScriptJson(text)


def is_script_safe(text: str) -> bool:
    """Whether ``text`` is free of what script_json escapes, so it cannot end or bend the
    element (one pass per character, no regex: 1.6 MB in 2 ms, not 10)."""
    return not any(c in text for c in ("<", ">", "&", "\u2028", "\u2029"))


# What an export can have written, by name and place: a file the marker names is deleted
# only if it matches (the marker is a file in the folder: untrusted). Pages sit in the
# default language's root or under a language folder (``zh-cn/``); slugs are
# core/slugs.py's. Image variants also in the single folder of earlier versions.
_LANGUAGE = r"(?:[a-z]{2,3}(?:-[a-z0-9]{1,8})*/)?"
_SLUG = r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"
_OURS = re.compile(
    "(?:" + "|".join([
        _LANGUAGE + rf"(?:(?:p|c|d|posts)/{_SLUG}/|posts/|about/|search/|cart/|offline/)?"
        r"index\.html",
        r"(?:404|offline)\.html", r"robots\.txt", r"sitemap\.xml", r"manifest\.webmanifest",
        r"sw\.js", r"assets/[a-z0-9-]+-[0-9a-f]{10}\.(?:css|js)", rf"ics/{_SLUG}\.ics",
        r"img/icon-[0-9]+\.png", r"img/(?:[0-9a-f]{2}/[0-9a-f]{18}|[0-9a-f]{20})-[0-9]+"
        r"\.(?:webp|jpg|png)"]) + ")")


def can_have_written(relpath: str) -> bool:
    """Whether ``relpath`` is a file an export writes (never the shop file, its
    companions or the seller's own files: CNAME, .nojekyll, notes)."""
    return _OURS.fullmatch(relpath) is not None


def safe_relpath(path: str) -> str:
    """A written path, normalised; refuses anything absolute or climbing out with ``..``."""
    if not path or "\\" in path or "\x00" in path:
        raise ValueError(f"refusing to write {path!r}")
    norm = posixpath.normpath(path)
    if norm.startswith(("/", "../")) or norm in ("..", ".") or norm != path.rstrip("/"):
        raise ValueError(f"refusing to write {path!r} outside the export folder")
    return norm

