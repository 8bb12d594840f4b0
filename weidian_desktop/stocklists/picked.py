"""Products picked from suppliers: their margins, and supplier changes carried over to them.

A field the seller edited is listed in ``products.overrides`` (``title``,
``description``, ``price``, ``images``, ``availability``) and is never changed
here. Images are never changed at all: supplier images are addresses only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..core.shop import get_setting
from ..core.store import ShopStore
from .pick import RULES_KEY, MarkupRule

COLUMN = {name: i for i, name in enumerate(
    ("group_key", "title", "description", "category", "brand", "barcode", "options",
     "price", "compare_at_price", "currency", "availability", "quantity", "image_urls"))}


class _Changed(Protocol):
    """What this module reads of a sync.Change: the item and its new stored values."""

    item_id: int
    values: tuple


def rule_for(store: ShopStore, product_id: int, rules: dict | None = None) -> MarkupRule | None:
    """The markup a picked product was priced with, if it was picked here."""
    rules = rules if rules is not None else get_setting(store, RULES_KEY, None)
    if not rules:
        return None
    index = rules["products"].get(str(product_id))
    return None if index is None else MarkupRule.from_dict(rules["rules"][index])


def refresh_picked(store: ShopStore, changes: Sequence[_Changed], now: str) -> int:
    """Carry changed supplier items over to the products picked from them; returns a count.

    Runs inside the import's transaction.
    """
    if not changes:
        return 0
    new = {c.item_id: c.values for c in changes}
    rules = get_setting(store, RULES_KEY, None)
    shop_currency = str(store.scalar("SELECT currency FROM shop WHERE id = 1"))
    touched: set[int] = set()
    for product in _linked(store, "SELECT id, stock_item_id, overrides FROM products "
                                  "WHERE stock_item_id IN ({})", list(new)):
        product_id, item_id, overrides = product
        edited = set(json.loads(overrides))
        values = new[item_id]
        sets: dict[str, object] = {"supplier_price": values[COLUMN["price"]],
                                   "supplier_currency": values[COLUMN["currency"]]}
        if "title" not in edited:
            sets["title"] = values[COLUMN["title"]][:200]
        if "description" not in edited:
            sets["description"] = values[COLUMN["description"]]
        rule = rule_for(store, product_id, rules)
        has_variants = store.scalar("SELECT 1 FROM variants WHERE product_id = ?",
                                    (product_id,))
        if "price" not in edited and rule is not None and not has_variants:
            sets["price"] = _price(rule, values, shop_currency)
        if "availability" not in edited and not has_variants:
            sets.update(_availability(store, product_id, values))
        _mirror_translations(store, product_id, sets)
        _update(store, "products", product_id, sets, now)
        touched.add(product_id)
    for variant in _linked(store, "SELECT v.id, v.stock_item_id, p.overrides, p.id "
                                  "FROM variants v JOIN products p ON p.id = v.product_id "
                                  "WHERE v.stock_item_id IN ({})", list(new)):
        variant_id, item_id, overrides, product_id = variant
        edited = set(json.loads(overrides))
        values = new[item_id]
        sets = {"supplier_price": values[COLUMN["price"]]}
        rule = rule_for(store, product_id, rules)
        if "price" not in edited and rule is not None:
            sets["price"] = _price(rule, values, shop_currency)
        if "availability" not in edited:
            sets.update(_availability(store, variant_id, values, table="variants"))
        _update(store, "variants", variant_id, sets, None)
        touched.add(product_id)
    return len(touched)


def _mirror_translations(store: ShopStore, product_id: int, sets: dict[str, object]) -> None:
    """A translation that still is the supplier's text (a catalogue in that language, see
    pick) follows the supplier's new text; one the seller wrote stays."""
    old = store.conn.execute("SELECT title, description FROM products WHERE id = ?",
                             (product_id,)).fetchone()
    for column, before in (("title", old[0]), ("description", old[1])):
        if column in sets and sets[column] != before and before:
            store.conn.execute(f"UPDATE product_translations SET {column} = ? "
                               f"WHERE product_id = ? AND {column} = ?",
                               (sets[column], product_id, before))


def _linked(store: ShopStore, sql: str, ids: list[int]) -> Iterable[tuple]:
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        yield from store.conn.execute(sql.format(",".join("?" * len(chunk))), chunk)


def _price(rule: MarkupRule, values: tuple, shop_currency: str) -> int | None:
    price = values[COLUMN["price"]]
    if price is None:
        return None
    return rule.price(price, values[COLUMN["currency"]] or shop_currency, shop_currency)


def _availability(store: ShopStore, row_id: int, values: tuple,
                  table: str = "products") -> dict[str, object]:
    """Supplier sold out -> sold out; back again -> on request (counts are not copied)."""
    current = store.scalar(f"SELECT availability FROM {table} WHERE id = ?", (row_id,))
    supplier = values[COLUMN["availability"]]
    if supplier == "sold_out" and current != "sold_out":
        return {"availability": "sold_out", "quantity": None}
    if supplier != "sold_out" and current == "sold_out":
        return {"availability": "on_request", "quantity": None}
    return {}


def _update(store: ShopStore, table: str, row_id: int, sets: dict[str, object],
            now: str | None) -> None:
    sets = {k: v for k, v in sets.items() if not (k == "price" and v is None)}
    if now is not None:
        sets["updated_at"] = now
    assignments = ", ".join(f"{k} = ?" for k in sets)
    store.conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?",
                       [*sets.values(), row_id])


@dataclass
class Margin:
    """What the seller earns on a picked product, before shipping and fees."""

    product_id: int
    title: str
    price: int
    supplier_price: int | None
    supplier_currency: str | None
    currency: str
    amount: int | None  # minor units of the shop currency; None when it cannot be known
    percent: float | None  # of the shop price

    @property
    def cost(self) -> int | None:
        return None if self.amount is None else self.price - self.amount


def margins(store: ShopStore, product_ids: Iterable[int] | None = None) -> list[Margin]:
    """Margin per picked product: shop price minus supplier price in shop currency."""
    shop_currency = str(store.scalar("SELECT currency FROM shop WHERE id = 1"))
    rows = store.query("SELECT id, title, price, supplier_price, supplier_currency FROM "
                       "products WHERE supplier_price IS NOT NULL ORDER BY id")
    if product_ids is not None:
        wanted = set(product_ids)
        rows = [r for r in rows if r["id"] in wanted]
    rules = get_setting(store, RULES_KEY, None)
    out = []
    for r in rows:
        cost = r["supplier_price"]
        supplier_currency = r["supplier_currency"] or shop_currency
        if supplier_currency != shop_currency:
            rule = rule_for(store, r["id"], rules)
            cost = None if rule is None or rule.rate is None else MarkupRule(
                rate=rule.rate).price(cost, supplier_currency, shop_currency)
        amount = None if cost is None else r["price"] - cost
        percent = (None if amount is None or not r["price"]
                   else round(100 * amount / r["price"], 1))
        out.append(Margin(r["id"], r["title"], r["price"], r["supplier_price"],
                          r["supplier_currency"], shop_currency, amount, percent))
    return out
