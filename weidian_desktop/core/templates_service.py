"""Messages for customers already won: order confirmed, shipped, arrived, how to use.

Defaults come from translations/service/<lang>.json; the seller's own wording is kept in
the shop file (settings key ``order_templates``) and wins. Placeholders: {name},
{reference}, {items}, {total}, {tracking}, {shop}.
"""

from __future__ import annotations

import json
import re
from functools import cache

from ..resources import translations_dir
from .errors import ValidationError
from .i18n import _
from .money import format_money
from .orders import get_order
from .shop import get_setting, get_shop, set_setting
from .store import ShopStore

KINDS = ("confirmed", "shipped", "delivered", "how_to_use")
SETTING = "order_templates"
PLACEHOLDERS = ("name", "reference", "items", "total", "tracking", "shop")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@cache
def _catalogue(language: str) -> dict[str, str]:
    path = translations_dir() / "service" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def default_template(kind: str, language: str) -> str:
    """The shipped wording for ``kind`` in ``language`` (zh-CN, then zh, then English)."""
    _check_kind(kind)
    for tag in (language, language.split("-")[0], "zh-CN" if language.startswith("zh")
                else "en", "en"):
        text = _catalogue(tag).get(kind)
        if text:
            return text
    raise ValidationError(_("No wording for {kind!r} is shipped.").format(kind=kind),
                          field="kind")


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(_("Template {kind!r} is not one of {kinds}.").format(
                                  kind=kind, kinds=', '.join(KINDS)),
                              field="kind")


def get_template(store: ShopStore, kind: str, language: str | None = None) -> str:
    """The wording the seller uses: their own if saved, else the shipped default."""
    language = language or get_shop(store).default_language
    saved = get_setting(store, SETTING, {}) or {}
    return saved.get(language, {}).get(kind) or default_template(kind, language)


def set_template(store: ShopStore, kind: str, language: str, text: str | None) -> None:
    """Save the seller's wording (one transaction); empty text goes back to the default."""
    _check_kind(kind)
    unknown = sorted(set(_PLACEHOLDER.findall(text or "")) - set(PLACEHOLDERS))
    if unknown:
        raise ValidationError(_("{placeholder} is not a placeholder; use {placeholders}.").format(
                                  placeholder="{" + unknown[0] + "}",
                                  placeholders=", ".join("{" + p + "}" for p in PLACEHOLDERS)),
                              field="template")
    saved = get_setting(store, SETTING, {}) or {}
    by_language = dict(saved.get(language, {}))
    if text and text.strip():
        by_language[kind] = text.strip()
    else:
        by_language.pop(kind, None)
    saved[language] = by_language
    set_setting(store, SETTING, saved)


def _list_sep(language: str) -> str:
    for tag in (language, language.split("-")[0], "en"):
        if "list_sep" in _catalogue(tag):
            return _catalogue(tag)["list_sep"]
    return ", "


def fill_template(store: ShopStore, order_id: int, kind: str,
                  language: str | None = None) -> str:
    """The message for one order, ready to copy into the chat."""
    shop = get_shop(store)
    language = language or shop.default_language
    order = get_order(store, order_id)
    items = _list_sep(language).join(
        f"{ln['quantity']} × {ln['title']}" + (f" ({ln['variant_title']})"
                                               if ln["variant_title"] else "")
        for ln in order["lines"])
    values = {
        "name": order["buyer_name"], "reference": order["reference"], "items": items,
        "total": format_money(order["total"], order["currency"], language),
        "tracking": order["tracking_number"] or "—", "shop": shop.name,
    }
    text = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group()),
                            get_template(store, kind, language))
    # With no buyer name, "Hello , …" becomes "Hello, …".
    return re.sub(r"[ \t]+([,，!！])", r"\1", text)
