"""How a product becomes table rows: one place for the single write and the bulk restore."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .slugs import MAX_LENGTH, slugify

if TYPE_CHECKING:  # products.py imports this module: no import cycle at run time
    from .products import Product, Variant

# The tables that hang off a product and are rewritten with it.
CHILD_TABLES = ("product_tags", "product_options", "product_translations",
                "collection_products", "product_images")


def product_row(product: Product, slug: str, now: str) -> dict[str, Any]:
    """The products row, without id and created_at (the caller decides those)."""
    return {
        "slug": slug, "title": product.title, "description": product.description,
        "price": product.price, "compare_at_price": product.compare_at_price,
        "sku": product.sku, "availability": product.availability,
        "quantity": product.quantity, "status": product.status,
        "featured": int(product.featured), "position": product.position,
        "stock_item_id": product.stock_item_id, "supplier_price": product.supplier_price,
        "supplier_currency": product.supplier_currency,
        "overrides": json.dumps(sorted(set(product.overrides))), "updated_at": now,
    }


def child_rows(product_id: int, product: Product) -> dict[str, list[dict[str, Any]]]:
    """Rows of every child table, keyed by table (variants apart: they keep their ids)."""
    return {
        "product_tags": [{"product_id": product_id, "tag": t} for t in product.tags],
        "product_options": [
            {"product_id": product_id, "position": i + 1, "name": o.name.strip(),
             "option_values": json.dumps(o.values, ensure_ascii=False)}
            for i, o in enumerate(product.options)],
        "product_translations": [
            {"product_id": product_id, "language": lang, "title": t.get("title", ""),
             "description": t.get("description", "")}
            for lang, t in product.translations.items()],
        "collection_products": [
            {"collection_id": cid, "product_id": product_id, "position": 0}
            for cid in dict.fromkeys(product.collection_ids)],
        "product_images": [
            {"product_id": product_id, "image_hash": img.hash, "position": i, "alt": img.alt}
            for i, img in enumerate(product.images)],
    }


def variant_row(product_id: int, position: int, v: Variant) -> dict[str, Any]:
    """A variants row without its id."""
    opts = [*(o.strip() for o in v.options), None, None, None][:3]
    return {"product_id": product_id, "position": position, "option1": opts[0],
            "option2": opts[1], "option3": opts[2], "sku": v.sku, "price": v.price,
            "compare_at_price": v.compare_at_price, "availability": v.availability,
            "quantity": v.quantity, "image_hash": v.image_hash,
            "stock_item_id": v.stock_item_id, "supplier_price": v.supplier_price}


def insert_many(conn: sqlite3.Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """One prepared INSERT for rows that all have the same keys.

    sqlite-utils' insert_all checks the table and builds its statement on every call;
    one call per product and table, that overhead and not SQLite's writing was most of
    the undo of a 10,000-product delete (benchmarks/bench_products.py).
    """
    if not rows:
        return
    columns = list(rows[0])
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    conn.executemany(sql, [[row[c] for c in columns] for row in rows])


def free_slugs(conn: sqlite3.Connection, items: Sequence[Product]) -> list[str]:
    """Each product's own slug when still free (the usual undo), else a free one.

    The same names core.slugs.unique_slug gives, checked for the whole batch in a few
    queries instead of one per product.
    """
    wanted = [p.slug or slugify(p.title) for p in items]
    taken: set[str] = set()
    for start in range(0, len(wanted), 500):  # SQLite limits the number of ? per statement
        part = wanted[start:start + 500]
        taken.update(r[0] for r in conn.execute(
            f"SELECT slug FROM products WHERE slug IN ({','.join('?' * len(part))})", part))
    out = []
    for slug in wanted:
        if slug in taken:  # made meanwhile, or twice in this batch: -2, -3…
            base, n = slug[: MAX_LENGTH - 4].rstrip("-"), 2
            while f"{base}-{n}" in taken or conn.execute(
                    "SELECT 1 FROM products WHERE slug = ?", (f"{base}-{n}",)).fetchone():
                n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        out.append(slug)
    return out
