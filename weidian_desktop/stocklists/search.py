"""Search a stocklist as the seller types: trigram FTS5, filters, sorting, paging.

The trigram tokenizer indexes every three characters, which is what makes
Chinese titles findable (the default tokenizer cannot split them). A word of
one or two characters has no trigram, so such words are matched with LIKE on
the short columns instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..core.errors import ValidationError
from ..core.i18n import _
from ..core.store import ShopStore

# bm25 weights for the indexed columns: title, sku, category, brand, description.
WEIGHTS = "10.0, 8.0, 2.0, 3.0, 1.0"
SORTS = {
    "relevance": None,  # bm25 with text, file order without
    "title": "i.title COLLATE NOCASE, i.id",
    "price": "i.price IS NULL, i.price, i.id",
    "-price": "i.price IS NULL, i.price DESC, i.id",
    "newest": "i.id DESC",
    "file": "i.id",
}
COUNT_CAP = 1_000  # "1,000+" is as useful to a person as an exact count, and far cheaper
_SHORT_COLUMNS = ("i.title", "i.sku", "i.brand", "i.category")
_ITEM_COLUMNS = ("id", "supplier_id", "sku", "group_key", "title", "category", "brand",
                 "barcode", "options", "price", "compare_at_price", "currency",
                 "availability", "quantity", "image_urls", "status")


@dataclass
class SearchResult:
    """One page of matching stock items and how many match in all (capped)."""

    items: list[dict] = field(default_factory=list)
    total: int = 0
    capped: bool = False  # total stopped counting at COUNT_CAP


def item_label(title: str, options: dict[str, str] | str | None) -> str:
    """A supplier item as lists show it: "Classic Varsity Top — Size: M · Colour: Navy".

    Variants share their product's title; only the option values tell them apart.
    """
    values = json.loads(options) if isinstance(options, str) else (options or {})
    shown = " · ".join(f"{name}: {value}" if name else str(value)
                       for name, value in values.items() if value)
    return f"{title} — {shown}" if shown else title


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for the words of ``text`` that have trigrams.

    Each word is quoted, so what a seller types ("AND", "-", quotes, ``*``) is
    searched for literally instead of being read as query syntax.
    """
    words = [w for w in text.split() if len(w) >= 3]
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_stock(store: ShopStore, text: str = "", *, supplier_id: int | None = None,
                 category: str | None = None, min_price: int | None = None,
                 max_price: int | None = None, availability: str | list[str] | None = None,
                 include_discontinued: bool = False, sort: str = "relevance",
                 limit: int = 100, offset: int = 0, count: bool = True) -> SearchResult:
    """Stock items matching every word of ``text`` and every filter, best first.

    "Best first" ranks by bm25 when at most COUNT_CAP items match; beyond that
    they come in file order (narrowing the words brings the ranking back).
    Prices are minor units of the supplier's currency; ``category`` also matches
    its sub-categories (``Clothing`` finds ``Clothing > Hoodies``).
    """
    if sort not in SORTS:
        raise ValidationError(_("Sort {sort!r} is not one of {sorts}.").format(
                                  sort=sort, sorts=', '.join(SORTS)), field="sort")
    match = fts_query(text)
    where: list[str] = []
    params: list[object] = []
    if match is not None:
        where.append("stock_items_fts MATCH ?")
        params.append(match)
    for word in (w for w in text.split() if len(w) < 3):
        where.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in _SHORT_COLUMNS)
                     + ")")
        params += [_like(word)] * len(_SHORT_COLUMNS)
    if supplier_id is not None:
        where.append("i.supplier_id = ?")
        params.append(supplier_id)
    if not include_discontinued:
        where.append("i.status = 'active'")
    if category:
        where.append("(i.category = ? OR i.category LIKE ? ESCAPE '\\')")
        params += [category, _like(category)[1:-1] + " > %"]
    if min_price is not None:
        where.append("i.price >= ?")
        params.append(min_price)
    if max_price is not None:
        where.append("i.price <= ?")
        params.append(max_price)
    if availability:
        wanted = [availability] if isinstance(availability, str) else list(availability)
        where.append(f"i.availability IN ({','.join('?' * len(wanted))})")
        params += wanted
    condition = " AND ".join(where) or "1"
    total: int | None = None
    if count or (sort == "relevance" and match is not None):
        total = _count(store, match is not None, condition, params)
    order = SORTS[sort]
    if order is None:
        # Ranking reads every match; for a word in thousands of titles that costs
        # more than typing allows, and their ranks hardly differ, so past the cap
        # "best match" keeps file order, which SQLite returns without sorting.
        ranked = match is not None and total is not None and total <= COUNT_CAP
        order = f"bm25(stock_items_fts, {WEIGHTS}), i.id" if ranked else "i.id"
    if order in ("i.id", "i.id DESC"):
        order = order.replace("i.id", "stock_items_fts.rowid" if match else "i.rowid")
    columns = ", ".join(f"i.{c}" for c in _ITEM_COLUMNS)
    cursor = store.conn.execute(
        f"SELECT {columns} FROM {_source(match is not None, order)} WHERE {condition} "
        f"ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    result = SearchResult(items=[_item(row) for row in cursor])
    if count and total is not None:
        result.total, result.capped = min(total, COUNT_CAP), total > COUNT_CAP
    return result


def _source(fts: bool, order: str = "") -> str:
    """The FROM clause: full-text matches first, or the items in file order."""
    if fts:
        # CROSS JOIN keeps the full-text match as the outer loop: left to itself, the
        # planner may walk every item of the supplier and probe the index once per row.
        return "stock_items_fts CROSS JOIN stock_items i ON i.id = stock_items_fts.rowid"
    # In file order a rowid scan stops after one page; the supplier index would
    # hand rows over in SKU order and make SQLite sort all of them first.
    return "stock_items i NOT INDEXED" if order.startswith("i.rowid") else "stock_items i"


def _count(store: ShopStore, fts: bool, condition: str, params: list[object]) -> int:
    """Matches counted up to COUNT_CAP + 1 (more than that reads "1,000+")."""
    total = store.scalar(f"SELECT count(*) FROM (SELECT 1 FROM {_source(fts, 'i.rowid')} "
                         f"WHERE {condition} LIMIT {COUNT_CAP + 1})", params)
    return int(total or 0)


def _item(row: tuple) -> dict:
    item = dict(zip(_ITEM_COLUMNS, row, strict=True))
    item["options"] = json.loads(item["options"])
    item["image_urls"] = json.loads(item["image_urls"])
    return item


def categories(store: ShopStore, supplier_id: int | None = None) -> list[tuple[str, int]]:
    """Categories with their item counts, for the browser's filter list."""
    rows = store.conn.execute(
        "SELECT category, count(*) FROM stock_items WHERE status = 'active' AND category != '' "
        "AND (? IS NULL OR supplier_id = ?) GROUP BY category ORDER BY category",
        (supplier_id, supplier_id))
    return [(r[0], r[1]) for r in rows]


def suppliers(store: ShopStore) -> list[dict]:
    """Suppliers with their item counts and last import, for the browser's list."""
    return store.query(
        "SELECT s.id, s.name, s.currency, s.format, "
        "(SELECT count(*) FROM stock_items i WHERE i.supplier_id = s.id "
        " AND i.status = 'active') AS items, "
        "(SELECT max(imported_at) FROM imports m WHERE m.supplier_id = s.id) AS last_import "
        "FROM suppliers s ORDER BY s.name COLLATE NOCASE")
