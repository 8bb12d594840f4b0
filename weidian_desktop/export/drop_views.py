"""Export data for drops and coupons: what _drop_status.html, 30-drops.js and 35-coupons.js read.

The export is static, so the page carries the drop's times and the buyer's browser decides
what to show on its own clock: preview, countdown, live, ended. What was left is known only
as of the export, and the page says so. Coupons travel as rules the cart checks on the
buyer's side (code, window, scope, minimum); the seller's app has the final word when the
order is recorded. Codes travel hashed, so a private code cannot be read out of the page.
Only drops public at the export's time are here (load.public_from), and only their coupons.
This is data for scripts (JSON), made from what load.py read.
"""

from __future__ import annotations

import hashlib

from ..core.coupons import Coupon
from ..core.money import format_money
from ..core.urls import page_path
from .ics import drop_ics, ics_path
from .load import Drop, Source

CODE_SALT = "WD1:"  # the same prefix 35-coupons.js puts before a typed code


def code_hash(code: str) -> str:
    """The SHA-256 (hex) a typed code is compared by, in capitals like core/coupons.py."""
    return hashlib.sha256((CODE_SALT + code.strip().upper()).encode("utf-8")).hexdigest()


def drop_status(drop: Drop) -> dict:
    """Made, left (as of the last order or edit), sold out, .ics path, times."""
    capped = [(i.quantity_cap or 0, i.remaining) for i in drop.items
              if i.quantity_cap is not None]
    made = sum(c for c, _ in capped) if capped else None
    still = sum(n or 0 for _, n in capped) if capped else None
    return {"made": made, "left": still, "as_of": drop.as_of, "ics": ics_path(drop.slug),
            # Sold out only when every item has a cap and none is left.
            "sold_out": bool(capped) and len(capped) == len(drop.items) and still == 0,
            "start": drop.starts_at, "end": drop.ends_at, "preview": drop.preview_at}


def _off_text(kind: str, value: int, currency: str, language: str) -> str:
    return f"{value}%" if kind == "percent" else format_money(value, currency, language)


def drop_coupons(coupons: list[Coupon], currency: str, language: str) -> dict[int, list[dict]]:
    """Per drop id: its coupons (not yet over), shown openly on the drop page."""
    out: dict[int, list[dict]] = {}
    for c in sorted((c for c in coupons if c.scope == "drop"), key=lambda c: c.code):
        out.setdefault(c.drop_id or 0, []).append({
            "code": c.code, "off": _off_text(c.kind, c.value, currency, language),
            "min": format_money(c.min_order, currency, language) if c.min_order else ""})
    return out


def drops_export(source: Source, languages: list[str] | None = None
                 ) -> dict[str, dict[str, dict]]:
    """``drops_export[lang][slug]``: what _drop_status.html shows for a drop in a language
    (each of the shop's languages unless ``languages`` names others)."""
    shop = source.shop
    states = {d.slug: (d.id, drop_status(d)) for d in source.drops}
    out: dict[str, dict[str, dict]] = {}
    for language in languages or shop.languages:
        coupons = drop_coupons(source.coupons, shop.currency, language)
        out[language] = {slug: {**state, "coupons": coupons.get(drop_id, [])}
                         for slug, (drop_id, state) in states.items()}
    return out


def coupon_rules(source: Source) -> list[dict]:
    """Every coupon still usable after the export's time, as rules for the cart (codes
    hashed); a drop's only while the drop is public."""
    rules = []
    drops = {d.id: d for d in source.drops}
    for c in source.coupons:
        rule = {"h": code_hash(c.code), "kind": c.kind, "value": c.value, "min": c.min_order,
                "start": c.starts_at, "end": c.ends_at, "scope": c.scope, "pids": None,
                "drop": None}
        if c.scope == "product":
            rule["pids"] = [c.product_id]
        elif c.scope == "collection":
            rule["pids"] = source.coupon_members.get(c.collection_id or 0, [])
        elif c.scope == "drop":
            drop = drops.get(c.drop_id or 0)
            if drop is None:
                continue  # a draft drop's or one not public yet: nothing to apply to
            rule["drop"] = {"start": drop.starts_at, "end": drop.ends_at,
                            "items": [[i.product_id, i.variant_id] for i in drop.items]}
        rules.append(rule)
    return rules


def ics_files(source: Source) -> dict[str, bytes]:
    """One calendar file per public drop: {path in the export: bytes}."""
    shop, files = source.shop, {}
    for drop in source.drops:
        url = shop.base_url + page_path("drop", drop.slug) if shop.base_url else ""
        files[ics_path(drop.slug)] = drop_ics(
            slug=drop.slug, name=drop.name, description=drop.description,
            starts_at=drop.starts_at, ends_at=drop.ends_at, updated_at=drop.updated_at,
            shop_name=shop.name, url=url, base_url=shop.base_url)
    return files
