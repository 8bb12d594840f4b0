"""Re-import as a sync: the diff against what a supplier sent last time, and applying it.

The plan (new items, changes, price changes, discontinued items) is computed
before anything is written so it can be shown first. Applying it also carries
supplier changes to picked products, except the fields the seller edited
(listed in ``products.overrides``), which are never touched.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from json.encoder import encode_basestring

from ..core.i18n import _, ngettext
from ..core.progress import CancelFn, ProgressFn, check_cancel, report
from ..core.store import ShopStore
from .picked import refresh_picked
from .rows import StockRow

# The stored columns a re-import compares, in the order of ``values()``.
COMPARED = ("group_key", "title", "description", "category", "brand", "barcode", "options",
            "price", "compare_at_price", "currency", "availability", "quantity", "image_urls")
BATCH = 2000  # rows between progress reports and cancel checks
BULK_INDEX_ROWS = 5000  # from this many new items on, index them in one statement
# FTS5 flushes its pending terms to a new segment whenever they pass ``hashsize``
# (1 MB by default) and then merges those segments again; 100,000 rows make dozens.
# A 32 MB buffer for the bulk load makes a few, which cuts indexing time by ~40 %.
BULK_HASHSIZE = 32 * 1024 * 1024
_DEFAULT_HASHSIZE = 1024 * 1024


# json.dumps(..., ensure_ascii=False) without its per-call set-up; same text out.
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def _json_strings(items: list[str]) -> str:
    # The text json.dumps(items, ensure_ascii=False) gives for a list of strings, made
    # by the same C string encoder but without the encoder's set-up for every row.
    return "[" + ", ".join(map(encode_basestring, items)) + "]"


def values(row: StockRow, currency: str) -> tuple:
    """A row as the stored column values listed in COMPARED."""
    return (row.group_key, row.title, row.description, row.category, row.brand, row.barcode,
            _to_json(row.options) if row.options else "{}", row.price, row.compare_at_price,
            row.currency or currency, row.availability, row.quantity,
            _json_strings(row.image_urls) if row.image_urls else "[]")


@dataclass
class Change:
    """A supplier item whose data differs from the last import."""

    item_id: int
    sku: str
    title: str
    fields: tuple[str, ...]
    old_price: int | None
    new_price: int | None
    values: tuple


@dataclass
class Gone:
    """An item the supplier no longer lists, with the shop products picked from it."""

    item_id: int
    sku: str
    title: str
    product_ids: list[int]


@dataclass
class SyncPlan:
    """What applying an import will do, for the seller to see first."""

    new: list[tuple[StockRow, tuple]] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    discontinued: list[Gone] = field(default_factory=list)
    unchanged: int = 0

    @property
    def price_changes(self) -> list[Change]:
        return [c for c in self.changed if "price" in c.fields]

    def summary(self) -> str:
        prices = len(self.price_changes)
        # Translators: counts of catalogue items; "label: number" forms suit Italian.
        return _("{new} new, {changed} changed ({price_changes}), {discontinued} discontinued, "
                 "{unchanged} unchanged").format(
            new=len(self.new), changed=len(self.changed), discontinued=len(self.discontinued),
            unchanged=self.unchanged,
            price_changes=ngettext("{n} price change", "{n} price changes", prices).format(
                n=prices))


def plan_sync(store: ShopStore, supplier_id: int | None, rows: Sequence[StockRow],
              currency: str, failed_skus: Collection[str] = (),
              computed: Sequence[tuple] | None = None) -> SyncPlan:
    """Compare ``rows`` with the supplier's stored items; writes nothing.

    ``computed`` holds ``values(row, currency)`` for each row when the caller
    has them already (an import plans twice: for the preview and when applying).
    """
    plan = SyncPlan()
    if computed is None:
        computed = [values(row, currency) for row in rows]
    if supplier_id is None:
        # A supplier not yet in the shop has no items: everything is new, nothing to compare.
        plan.new = list(zip(rows, computed, strict=True))
        return plan
    cursor = store.conn.execute(
        f"SELECT sku, id, status, {', '.join(COMPARED)} FROM stock_items "
        "WHERE supplier_id = ?", (supplier_id,))
    old: dict[str, tuple] = {r[0]: r[1:] for r in cursor}
    seen: set[str] = set()
    for row, new_values in zip(rows, computed, strict=True):
        seen.add(row.sku)
        stored = old.get(row.sku)
        if stored is None:
            plan.new.append((row, new_values))
            continue
        item_id, status, old_values = stored[0], stored[1], stored[2:]
        if old_values == new_values and status == "active":
            plan.unchanged += 1
            continue
        fields = tuple(name for name, a, b in zip(COMPARED, old_values, new_values, strict=True)
                       if a != b)
        if status != "active":
            fields = (*fields, "status")
        plan.changed.append(Change(item_id, row.sku, row.title, fields, old_values[7],
                                   row.price, new_values))
    gone = [(sku, s) for sku, s in old.items()
            if sku not in seen and sku not in failed_skus and s[1] == "active"]
    picked = _picked_by_item(store, [s[0] for _, s in gone])
    plan.discontinued = [Gone(s[0], sku, s[3], picked.get(s[0], [])) for sku, s in gone]
    return plan


def _picked_by_item(store: ShopStore, item_ids: list[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for start in range(0, len(item_ids), 500):
        chunk = item_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for item_id, product_id in store.conn.execute(
                f"SELECT stock_item_id, id FROM products WHERE stock_item_id IN ({marks}) "
                f"UNION SELECT v.stock_item_id, v.product_id FROM variants v "
                f"WHERE v.stock_item_id IN ({marks})", chunk + chunk):
            found.setdefault(item_id, []).append(product_id)
    return found


@dataclass
class Applied:
    """Counts of what ``apply_sync`` wrote."""

    added: int = 0
    updated: int = 0
    discontinued: int = 0
    products_updated: int = 0


def apply_sync(store: ShopStore, plan: SyncPlan, supplier_id: int, now: str, *,
               progress: ProgressFn | None = None,
               cancel: CancelFn | None = None) -> Applied:
    """Write ``plan``; the caller holds the transaction, so Cancel rolls all of it back."""
    conn = store.conn
    total = len(plan.new) + len(plan.changed) + len(plan.discontinued)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        check_cancel(cancel, _("Import cancelled; the shop is as it was before."))
        report(progress, done, total)

    step(0)
    insert = (f"INSERT INTO stock_items (supplier_id, sku, {', '.join(COMPARED)}, "
              f"source_line, imported_at, updated_at) VALUES "
              f"(?, ?, {', '.join('?' * len(COMPARED))}, ?, ?, ?)")
    with _bulk_index(store, len(plan.new)):
        for start in range(0, len(plan.new), BATCH):
            batch = plan.new[start:start + BATCH]
            conn.executemany(insert, [(supplier_id, row.sku, *vals, row.line, now, now)
                                      for row, vals in batch])
            step(len(batch))
    update = (f"UPDATE stock_items SET {', '.join(f'{c} = ?' for c in COMPARED)}, "
              "status = 'active', updated_at = ? WHERE id = ?")
    for start in range(0, len(plan.changed), BATCH):
        changes = plan.changed[start:start + BATCH]
        conn.executemany(update, [(*c.values, now, c.item_id) for c in changes])
        step(len(changes))
    conn.executemany("UPDATE stock_items SET status = 'discontinued', updated_at = ? "
                     "WHERE id = ?", [(now, g.item_id) for g in plan.discontinued])
    step(len(plan.discontinued))
    touched = refresh_picked(store, plan.changed, now)
    return Applied(len(plan.new), len(plan.changed), len(plan.discontinued), touched)


@contextlib.contextmanager
def _bulk_index(store: ShopStore, rows: int) -> Iterator[None]:
    """Index many new items in one statement instead of one trigger call per row.

    FTS5 fed row by row through the insert trigger is about three times slower
    than one INSERT ... SELECT. Inside the import's transaction the trigger is
    dropped, the rows written, the new rows indexed, and the trigger created
    again from its own stored SQL; a rollback (Cancel, error) undoes all of it.
    """
    if rows < BULK_INDEX_ROWS:
        yield
        return
    conn = store.conn
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name = 'stock_items_ai'").fetchone()
    if trigger is None:
        yield
        return
    last = conn.execute("SELECT coalesce(max(id), 0) FROM stock_items").fetchone()[0]
    conn.execute("DROP TRIGGER stock_items_ai")
    yield
    # The setting is stored in the index's config table: the shop's own value is put
    # back afterwards, inside the same transaction.
    kept = conn.execute("SELECT v FROM stock_items_fts_config WHERE k = 'hashsize'").fetchone()
    _set_hashsize(conn, BULK_HASHSIZE)
    conn.execute("INSERT INTO stock_items_fts (rowid, title, sku, category, brand, description) "
                 "SELECT id, title, sku, category, brand, description FROM stock_items "
                 "WHERE id > ?", (last,))
    _set_hashsize(conn, int(kept[0]) if kept else _DEFAULT_HASHSIZE)
    conn.execute(trigger[0])


def _set_hashsize(conn: sqlite3.Connection, size: int) -> None:
    conn.execute("INSERT INTO stock_items_fts (stock_items_fts, rank) VALUES ('hashsize', ?)",
                 (size,))


@dataclass
class Flag:
    """A picked product whose supplier item was discontinued."""

    product_id: int
    title: str
    supplier: str
    sku: str


def flagged_products(store: ShopStore, supplier_id: int | None = None) -> list[Flag]:
    """Picked products (or their variants) whose supplier item disappeared."""
    rows = store.conn.execute(
        "SELECT DISTINCT p.id, p.title, s.name, i.sku FROM products p "
        "LEFT JOIN variants v ON v.product_id = p.id "
        "JOIN stock_items i ON i.id = p.stock_item_id OR i.id = v.stock_item_id "
        "JOIN suppliers s ON s.id = i.supplier_id "
        "WHERE i.status = 'discontinued' AND (? IS NULL OR i.supplier_id = ?) "
        "ORDER BY p.id, i.sku", (supplier_id, supplier_id))
    return [Flag(*r) for r in rows]


def flagged_ids(store: ShopStore, product_ids: Collection[int]) -> set[int]:
    """Which of these products lost their supplier item (for a page of a product table)."""
    found: set[int] = set()
    ids = list(product_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r[0] for r in store.conn.execute(
            f"SELECT p.id FROM products p JOIN stock_items i ON i.id = p.stock_item_id "
            f"WHERE p.id IN ({marks}) AND i.status = 'discontinued' UNION "
            f"SELECT v.product_id FROM variants v JOIN stock_items i ON i.id = v.stock_item_id "
            f"WHERE v.product_id IN ({marks}) AND i.status = 'discontinued'", chunk + chunk))
    return found
