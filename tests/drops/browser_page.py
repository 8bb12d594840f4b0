"""A static drop page and cart for the browser tests, rendered from my own template pieces.

It uses _drop_status.html, _coupon_box.html and the drop card exactly as the export does,
the shop's words, stylesheet and scripts (concatenated in name order like the export), so the
scripts can be tested whether or not the rest of the export is there.
"""

from __future__ import annotations

import json
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from markupsafe import Markup

from weidian_desktop.export.assets import stylesheet, theme
from weidian_desktop.export.render import shop_time

EXPORT = Path(__file__).resolve().parents[2] / "weidian_desktop" / "export"
WORDS = Path(__file__).resolve().parents[2] / "translations" / "shop"
SCRIPTS = ("30-drops.js", "35-coupons.js", "40-order-message.js", "45-posts.js")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

PAGE = """<!DOCTYPE html><html lang="{{ lang }}"><head><meta charset="utf-8">
<link rel="stylesheet" href="shop.css">
<script>window.WD = {cart: {items: function () { return JSON.parse(
  localStorage.getItem("test-cart") || "[]"); }}};</script>
<script src="shop.js" defer></script></head><body>
{% from "_macros.html" import drop_card with context %}
<article class="drop" data-drop data-state="{{ state }}">
<h1>{{ drop.name }}</h1>
<p>Starts <time datetime="{{ drop.starts_at }}" data-local data-test="start">
{{- drop.starts_at }}</time> · Ends <time datetime="{{ drop.ends_at }}" data-local
 data-test="end">{{ drop.ends_at }}</time></p>
{% include "_drop_status.html" %}
<ul>{% for item in drop["items"] %}{{ drop_card(item, t) }}{% endfor %}</ul>
</article>
{% include "_coupon_box.html" %}
<ul data-cart-lines></ul>
</body></html>
"""


def drop_item(drop_price_text: str, regular_text: str, product_id: int = 1) -> dict:
    """A drop's item as _macros.html drop_card reads it (a product without a photo)."""
    return {"product": {"id": product_id, "url": "p/x/", "title": "Leather bag", "cover": None,
                        "price_text": regular_text},
            "variant": None, "variant_id": None, "drop_price": 1,
            "drop_price_text": drop_price_text, "remaining": None}


class Words:
    """The shop's words of one language, English first (like export/words.py)."""

    def __init__(self, lang: str) -> None:
        self.table = json.loads((WORDS / "en.json").read_text(encoding="utf-8"))
        self.table.update(json.loads((WORDS / f"{lang}.json").read_text(encoding="utf-8")))

    def __call__(self, key: str, **values: object) -> str:
        text = self.table.get(key, key)
        for name, value in values.items():
            text = text.replace("{" + name + "}", str(value))
        return text

    def subset(self, prefix: str) -> dict[str, str]:
        return {k: v for k, v in sorted(self.table.items()) if k.startswith(prefix)}


def _json(value: object) -> Markup:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def write_page(folder: Path, *, lang: str, drop: dict, info: dict, rules: dict) -> Path:
    """drop.html-like page in ``folder`` with shop.js beside it; returns the page's path."""
    env = Environment(loader=FileSystemLoader(str(EXPORT / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters.update(json=_json, asset=pass_context(lambda ctx, path: path),
                       page=pass_context(lambda ctx, path: path + "index.html"),
                       srcset=lambda pairs: ", ".join(f"{p} {w}w" for p, w in pairs),
                       shoptime=shop_time)
    t = Words(lang)
    state = "ended" if drop["ended"] else ("sold_out" if info["sold_out"] else "live") \
        if drop["live"] else "upcoming"
    html = env.from_string(PAGE).render(
        lang=lang, zone="Asia/Shanghai", drop=drop, t=t, state=state,
        drops_export={lang: {drop["slug"]: info}},
        coupon_rules=rules)
    (folder / "shop.css").write_bytes(stylesheet(theme("#b02a30")))
    (folder / "shop.js").write_text("\n".join(
        (EXPORT / "static" / "js" / name).read_text(encoding="utf-8") for name in SCRIPTS),
        encoding="utf-8")
    page = folder / "drop.html"
    page.write_text(html, encoding="utf-8")
    return page
