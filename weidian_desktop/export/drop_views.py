"""Export data for drops and coupons: what _drop_status.html, 30-drops.js and 35-coupons.js read.

The export is static, so the page carries the drop's times and the buyer's browser decides
what to show on its own clock: preview, countdown, live, ended. What was left is known only
as of the export, and the page says so. Coupons travel as rules the cart checks on the
buyer's side (code, window, scope, minimum); the seller's app has the final word when the
order is recorded. Codes travel hashed, so a private code cannot be read out of the page.
"""

from __future__ import annotations

import hashlib

from ..core.drops import list_drops, remaining
from ..core.money import format_money
from ..core.store import ShopStore
from ..core.urls import page_path
from .ics import drop_ics, ics_path

CODE_SALT = "WD1:"  # the same prefix 35-coupons.js puts before a typed code


def code_hash(code: str) -> str:
    """The SHA-256 (hex) a typed code is compared by, in capitals like core/coupons.py."""
    return hashlib.sha256((CODE_SALT + code.strip().upper()).encode("utf-8")).hexdigest()


def public_from(preview_at: str | None, starts_at: str) -> str:
    """When a drop appears in the exported shop: its preview, or its start without one.
    Before that nothing of it is exported (page, prices, calendar file, coupon)."""
    return preview_at or starts_at


def _published(store: ShopStore, now: str) -> list:
    """The drops an export made at ``now`` shows."""
    return [d for d in list_drops(store) if d.status == "published"
            and public_from(d.preview_at, d.starts_at) <= now]


def _as_of(store: ShopStore, drop_id: int) -> str:
    """The last change the count of what is left knows of: the latest event of an order
    with a line in the drop, or else the drop's own last edit.

    Not the export time: the same shop file must export the same bytes, and a page whose
    count did not change must not be rewritten.
    """
    return str(store.scalar(
        "SELECT max(at) FROM (SELECT e.at FROM order_events e JOIN order_lines l "
        "ON l.order_id = e.order_id WHERE l.drop_id = ?1 "
        "UNION ALL SELECT updated_at AS at FROM drops WHERE id = ?1)", (drop_id,)))


def drop_states(store: ShopStore, now: str) -> dict[str, dict]:
    """Per drop slug: made, left (as of the last order or edit), sold out, .ics path, times."""
    out = {}
    for drop in _published(store, now):
        left = remaining(store, drop)
        capped = [(i.quantity_cap or 0, left[i.id or 0]) for i in drop.items
                  if i.quantity_cap is not None]
        made = sum(c for c, _ in capped) if capped else None
        still = sum(n or 0 for _, n in capped) if capped else None
        out[drop.slug or ""] = {
            "made": made, "left": still, "as_of": _as_of(store, drop.id or 0),
            "ics": ics_path(drop.slug or ""),
            # Sold out only when every item has a cap and none is left.
            "sold_out": bool(capped) and len(capped) == len(drop.items) and still == 0,
            "start": drop.starts_at, "end": drop.ends_at, "preview": drop.preview_at,
        }
    return out


def _off_text(kind: str, value: int, currency: str, language: str) -> str:
    return f"{value}%" if kind == "percent" else format_money(value, currency, language)


def drop_coupons(store: ShopStore, currency: str, language: str,
                 now: str) -> dict[int, list[dict]]:
    """Per drop id: its drop-scoped coupons not yet expired, shown openly on the drop page."""
    out: dict[int, list[dict]] = {}
    for row in store.query("SELECT * FROM coupons WHERE scope = 'drop' AND (ends_at IS NULL "
                           "OR ends_at > ?) ORDER BY code", (now,)):
        out.setdefault(row["drop_id"], []).append({
            "code": row["code"], "off": _off_text(row["kind"], row["value"], currency, language),
            "min": format_money(row["min_order"], currency, language) if row["min_order"]
            else ""})
    return out


def drops_export(store: ShopStore, now: str, languages: list[str],
                 currency: str) -> dict[str, dict[str, dict]]:
    """``drops_export[lang][slug]``: what _drop_status.html shows for a drop in a language."""
    states = drop_states(store, now)
    ids = {d.slug: d.id for d in _published(store, now)}
    out: dict[str, dict[str, dict]] = {}
    for language in languages:
        coupons = drop_coupons(store, currency, language, now)
        out[language] = {slug: {**state, "coupons": coupons.get(ids[slug], [])}
                         for slug, state in states.items()}
    return out


def coupon_rules(store: ShopStore, now: str) -> list[dict]:
    """Every coupon still usable after ``now``, as rules for the cart (codes hashed)."""
    rules = []
    drops = {d.id: d for d in _published(store, now)}
    for row in store.query("SELECT * FROM coupons WHERE ends_at IS NULL OR ends_at > ? "
                           "ORDER BY id", (now,)):
        rule = {"h": code_hash(row["code"]), "kind": row["kind"], "value": row["value"],
                "min": row["min_order"], "start": row["starts_at"], "end": row["ends_at"],
                "scope": row["scope"], "pids": None, "drop": None}
        if row["scope"] == "product":
            rule["pids"] = [row["product_id"]]
        elif row["scope"] == "collection":
            rule["pids"] = [r[0] for r in store.conn.execute(
                "SELECT product_id FROM collection_products WHERE collection_id = ? "
                "ORDER BY product_id", (row["collection_id"],))]
        elif row["scope"] == "drop":
            drop = drops.get(row["drop_id"])
            if drop is None:
                continue  # a draft drop's or one not public yet: nothing to apply to
            rule["drop"] = {"start": drop.starts_at, "end": drop.ends_at,
                            "items": [[i.product_id, i.variant_id] for i in drop.items]}
        rules.append(rule)
    return rules


def ics_files(store: ShopStore, shop_name: str, base_url: str, now: str) -> dict[str, bytes]:
    """One calendar file per drop public at ``now``: {path in the export: bytes}."""
    files = {}
    for drop in _published(store, now):
        slug = drop.slug or ""
        updated = str(store.scalar("SELECT updated_at FROM drops WHERE id = ?", (drop.id,)))
        url = base_url + page_path("drop", slug) if base_url else ""
        files[ics_path(slug)] = drop_ics(
            slug=slug, name=drop.name, description=drop.description,
            starts_at=drop.starts_at, ends_at=drop.ends_at, updated_at=updated,
            shop_name=shop_name, url=url, base_url=base_url)
    return files
