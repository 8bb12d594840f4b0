"""The products table's data: ids in search and sort order, then rows for the visible page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .products import Product, _write, validate_product
from .store import ShopStore

_OWN_RANK = "CASE p.availability WHEN 'in_stock' THEN 0 WHEN 'on_request' THEN 1 ELSE 2 END"
# In stock, on request, sold out: as the table shows it, variants first (see product_rows).
_AVAILABLE_RANK = (
    "CASE WHEN NOT EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id) "
    f"THEN {_OWN_RANK} "
    "WHEN NOT EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id "
    "AND v.availability != 'sold_out') THEN 2 "
    "WHEN EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id "
    f"AND v.availability = 'in_stock') THEN 0 ELSE {_OWN_RANK} END")
# Sort keys the table offers: SQL expressions over products p (ties go by id).
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("p.title COLLATE NOCASE",),
    "price": ("p.price",),
    "availability": (_AVAILABLE_RANK, "p.quantity"),
    "status": ("p.status",),
    "collection": ("(SELECT min(c.title) FROM collection_products cp JOIN collections c "
                   "ON c.id = cp.collection_id WHERE cp.product_id = p.id)",),
    "updated": ("p.updated_at",),
    "position": ("p.position",),
}


@dataclass(frozen=True)
class ProductRow:
    """What one line of the products table shows."""

    id: int
    title: str
    price: int
    availability: str  # of the product, or summed over its variants (see product_rows)
    quantity: int | None
    status: str
    collections: str
    cover_hash: str | None
    variant_count: int
    sku: str | None
    slug: str = ""


def _like(text: str) -> str:
    # The seller's text is matched literally: % and _ are not wildcards to them.
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def product_ids_matching(store: ShopStore, search: str = "", sort: str = "position",
                         descending: bool = False) -> list[int]:
    """Ids of the products whose title, SKU (or a variant's), or tag contains ``search``."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    direction = "DESC" if descending else "ASC"
    order = ", ".join(f"{part} {direction}" for part in SORT_KEYS[sort])
    where, params = "", tuple[str, ...]()
    words = search.split()
    if words:
        clauses = []
        for word in words:  # every word must match somewhere: "scarf red" narrows
            clauses.append(
                "(p.title LIKE ? ESCAPE '\\' OR p.sku LIKE ? ESCAPE '\\' OR EXISTS ("
                "SELECT 1 FROM product_tags t WHERE t.product_id = p.id AND t.tag LIKE ? "
                "ESCAPE '\\') OR EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id "
                "AND v.sku LIKE ? ESCAPE '\\'))")
            params += (_like(word),) * 4
        where = "WHERE " + " AND ".join(clauses)
    sql = f"SELECT p.id FROM products p {where} ORDER BY {order}, p.id {direction}"
    return [r[0] for r in store.conn.execute(sql, params)]


def product_rows(store: ShopStore, ids: Sequence[int]) -> dict[int, ProductRow]:
    """Rows for these products (a page of the table), by id; missing ids are left out."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = store.conn.execute(
        f"SELECT p.id, p.title, p.price, p.availability, p.quantity, p.status, p.sku, p.slug, "
        f"(SELECT group_concat(title, ', ') FROM (SELECT c.title FROM collection_products cp "
        f" JOIN collections c ON c.id = cp.collection_id WHERE cp.product_id = p.id "
        f" ORDER BY c.position, c.title)), "
        f"(SELECT image_hash FROM product_images i WHERE i.product_id = p.id "
        f" ORDER BY i.position, i.image_hash LIMIT 1), "
        f"(SELECT count(*) FROM variants v WHERE v.product_id = p.id), "
        f"(SELECT sum(v.availability = 'in_stock') FROM variants v WHERE v.product_id = p.id), "
        f"(SELECT sum(v.availability = 'sold_out') FROM variants v WHERE v.product_id = p.id), "
        f"(SELECT sum(coalesce(v.quantity, 0)) FROM variants v WHERE v.product_id = p.id "
        f" AND v.availability = 'in_stock') "
        f"FROM products p WHERE p.id IN ({marks})", list(ids))
    out = {}
    for (pid, title, price, availability, quantity, status, sku, slug, collections, cover,
         n_variants, n_stock, n_sold, stock_sum) in rows:
        if n_variants:
            # What a buyer can get across the variants decides the product's line.
            if n_sold == n_variants:
                availability, quantity = "sold_out", None
            elif n_stock:
                availability, quantity = "in_stock", int(stock_sum or 0)
        out[pid] = ProductRow(pid, title, price, availability, quantity, status,
                              collections or "", cover, n_variants, sku, slug)
    return out


def update_products(store: ShopStore, products: Sequence[Product]) -> None:
    """Write back several whole product snapshots as ONE action (undo of a bulk edit)."""
    for product in products:
        validate_product(product)
    with store.atomic():
        for product in products:
            _write(store, product, new=False)


@dataclass(frozen=True)
class BulkSnapshot:
    """What a bulk edit can change, for its undo: prices, statuses, collection links."""

    # id, price, status, updated_at, overrides (a bulk price edit marks the price edited)
    products: list[tuple[int, int, str, str, str]]
    variants: list[tuple[int, int | None]]  # id, price
    links: list[tuple[int, int, int]]  # collection id, product id, position


def _chunks(ids: Sequence[int], size: int = 500) -> list[Sequence[int]]:
    # SQLite limits the number of ? in one statement.
    return [ids[n:n + size] for n in range(0, len(ids), size)]


def bulk_snapshot(store: ShopStore, ids: Sequence[int]) -> BulkSnapshot:
    """Three queries for any selection: a 10,000-product bulk edit stays instant."""
    products, variants, links = [], [], []
    for part in _chunks(list(ids)):
        marks = ",".join("?" * len(part))
        products += store.conn.execute(
            f"SELECT id, price, status, updated_at, overrides FROM products "
            f"WHERE id IN ({marks})",
            part).fetchall()
        variants += store.conn.execute(
            f"SELECT id, price FROM variants WHERE product_id IN ({marks})", part).fetchall()
        links += store.conn.execute(
            f"SELECT collection_id, product_id, position FROM collection_products "
            f"WHERE product_id IN ({marks})", part).fetchall()
    return BulkSnapshot(products, variants, links)


def restore_bulk(store: ShopStore, snapshot: BulkSnapshot) -> None:
    """Put back what bulk_snapshot saw, as one action (undo of bulk_update)."""
    with store.atomic():
        store.conn.executemany(
            "UPDATE products SET price = ?, status = ?, updated_at = ?, overrides = ? "
            "WHERE id = ?",
            [(price, status, updated, overrides, pid)
             for pid, price, status, updated, overrides in snapshot.products])
        store.conn.executemany("UPDATE variants SET price = ? WHERE id = ?",
                               [(price, vid) for vid, price in snapshot.variants])
        for part in _chunks([p[0] for p in snapshot.products]):
            store.conn.execute(f"DELETE FROM collection_products WHERE product_id IN "
                               f"({','.join('?' * len(part))})", part)
        store.conn.executemany(
            "INSERT INTO collection_products (collection_id, product_id, position) "
            "VALUES (?, ?, ?)", snapshot.links)


def edited_fields(before: Product, after: Product) -> set[str]:
    """Fields the seller changed: a supplier's next stocklist import leaves them alone."""
    if before.id is None:
        return set()
    edited = {name for name in ("title", "description")
              if getattr(before, name) != getattr(after, name)}
    old_variants = {v.id: v for v in before.variants}
    if before.price != after.price or any(
            v.id in old_variants and old_variants[v.id].price != v.price
            for v in after.variants):
        edited.add("price")
    if (before.availability, before.quantity) != (after.availability, after.quantity) or any(
            v.id in old_variants
            and (old_variants[v.id].availability, old_variants[v.id].quantity)
            != (v.availability, v.quantity) for v in after.variants):
        edited.add("availability")
    return edited
