"""The shop's one CSS and one JS file (theme colours baked in), the manifest and sw.js."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

STATIC = Path(__file__).resolve().parent / "static"
PAGE_BACKGROUND = (250, 248, 245)  # body background in shop.css


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


class Theme(NamedTuple):
    """The theme colour, the text colour on it, an accent readable on the page."""

    color: str
    on: str
    accent: str


@dataclass(slots=True)
class AssetNames:
    """The hashed file names of the stylesheet, the shared script and the page scripts."""

    css: str = ""
    js: str = ""
    page_js: dict[str, str] = field(default_factory=dict)  # template -> its own script


def theme(color: str) -> Theme:
    """The theme colour, the text colour on it, and an accent readable on the page (≥ 4.5:1).

    A seller's pale yellow stays the header colour, with dark text on it; links and prices
    use the colour darkened until they pass WCAG AA on the page background.
    """
    rgb = _rgb(color)
    white, ink = (255, 255, 255), (29, 29, 31)
    on = "#ffffff" if contrast(rgb, white) >= contrast(rgb, ink) else "#1d1d1f"
    accent = rgb
    while contrast(accent, PAGE_BACKGROUND) < 4.5 or contrast(accent, white) < 4.5:
        accent = tuple(int(c * 0.9) for c in accent)  # type: ignore[assignment]
    return Theme(color.lower(), on, "#{:02x}{:02x}{:02x}".format(*accent))


def stylesheet(colors: Theme) -> bytes:
    """shop.css with the theme's colours, without its comments (they are for us, and every
    page's first round trip carries the file)."""
    head = f":root{{--theme:{colors.color};--on-theme:{colors.on};--accent:{colors.accent}}}\n"
    css = re.sub(r"/\*.*?\*/\n?", "", (STATIC / "css" / "shop.css").read_text(encoding="utf-8"),
                 flags=re.S)
    return (head + css).encode("utf-8")


# Scripts only one page needs travel in that page's own bundle, so the home page's first
# round trip stays under 14 KB; every other static/js file is in shop.js, on every page.
PAGE_SCRIPTS = {"cart.html": ("30-cart-page.js", "35-coupons.js", "40-order-message.js"),
                "search.html": ("35-search.js",), "about.html": ("50-ask.js",),
                "drop.html": ("30-drops.js",), "product.html": ("30-drops.js",),
                "home.html": ("30-drops.js",), "404.html": ("60-not-found.js",),
                "offline.html": ("65-offline.js",)}


# A comment that has its lines to itself: "/* … */" from a line's start to a line's end, or
# a line of "// …". Code is never touched: nothing after code on a line, no string spans
# lines in static/js (a test runs every bundle).
_COMMENT = re.compile(r"^[ \t]*(?:/\*(?:(?!\*/).)*\*/|//[^\n]*)[ \t]*\n", re.S | re.M)


def _uncommented(js: str) -> str:
    """A script without its whole-line comments (for us; the buyer's phone fetches it)."""
    return _COMMENT.sub("", js)


def scripts() -> dict[str, bytes]:
    """``{"shop": …, "cart.html": …}``: static/js/*.js concatenated in name order."""
    files = sorted((STATIC / "js").glob("*.js"))
    own = {name for names in PAGE_SCRIPTS.values() for name in names}

    def bundle(paths: list[Path]) -> bytes:
        return "\n".join(_uncommented(p.read_text(encoding="utf-8")) for p in paths
                         ).encode("utf-8")

    out = {"shop": bundle([p for p in files if p.name not in own])}
    for template, names in PAGE_SCRIPTS.items():
        out[template] = bundle([p for p in files if p.name in names])
    return out


def hashed_name(stem: str, data: bytes, ext: str) -> str:
    """``assets/shop-<hash>.css``: a new name when the content changes, so caches never lie."""
    return f"assets/{stem}-{hashlib.sha256(data).hexdigest()[:10]}.{ext}"


def styles_and_scripts(colors: Theme) -> tuple[AssetNames, dict[str, bytes]]:
    """The hashed names and bytes of the stylesheet and the scripts."""
    css = stylesheet(colors)
    names = AssetNames(css=hashed_name("shop", css, "css"))
    files: dict[str, bytes] = {names.css: css}
    for bundle, js in scripts().items():
        name = hashed_name(bundle.removesuffix(".html"), js, "js")
        files[name] = js
        if bundle == "shop":
            names.js = name
        else:
            names.page_js[bundle] = name
    return names, files


def manifest(name: str, language: str, colors: Theme) -> bytes:
    data = {"name": name, "short_name": name[:12], "lang": language, "start_url": "./",
            "scope": "./", "display": "standalone",
            "background_color": "#faf8f5",
            "theme_color": colors.color,
            "icons": [{"src": f"img/icon-{s}.png", "sizes": f"{s}x{s}", "type": "image/png",
                       "purpose": "any"} for s in (192, 512)]}
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def service_worker(version: str, core: list[str]) -> bytes:
    """sw.js for the shop's root; its cache name changes with every change of the site."""
    text = (STATIC / "sw.js").read_text(encoding="utf-8")
    return text.replace("@VERSION@", version).replace(
        "@CORE@", json.dumps(sorted(core))).encode("utf-8")
