"""Which products a command names: by slug, by the supplier they were picked from, by status."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .errors import NotFoundError, ValidationError
from .i18n import _
from .product_list import ProductRow, product_rows
from .products import STATUSES
from .store import ShopStore

# A product is a supplier's when it, or one of its variants, was picked from its items.
_OF_SUPPLIER = (
    "(EXISTS (SELECT 1 FROM stock_items si WHERE si.id = p.stock_item_id "
    "AND si.supplier_id = ?) OR EXISTS (SELECT 1 FROM variants v JOIN stock_items si "
    "ON si.id = v.stock_item_id WHERE v.product_id = p.id AND si.supplier_id = ?))")


def supplier_id(store: ShopStore, name: str) -> int:
    """The id of the supplier called ``name`` (any case)."""
    found = store.scalar("SELECT id FROM suppliers WHERE name = ? COLLATE NOCASE",
                         (name.strip(),))
    if not isinstance(found, int):
        raise NotFoundError(_("There is no supplier named {name!r}; import its catalogue "
                              "first.").format(name=name))
    return found


def ids_by_slug(store: ShopStore, slugs: Iterable[str]) -> list[int]:
    """The products with these slugs, in the order given; refuses an unknown slug."""
    ids: list[int] = []
    for slug in dict.fromkeys(s.strip() for s in slugs):
        found = store.scalar("SELECT id FROM products WHERE slug = ?", (slug,))
        if not isinstance(found, int):
            raise NotFoundError(_("There is no product with the slug {slug!r}.")
                                .format(slug=slug))
        ids.append(found)
    return ids


def product_ids(store: ShopStore, *, status: str | None = None,
                supplier: str | None = None) -> list[int]:
    """Ids in the shop's order, optionally of one status and picked from one supplier."""
    where: list[str] = ["1"]
    params: list[object] = []
    if status is not None:
        if status not in STATUSES:
            raise ValidationError(_("Status {status!r} is not draft or published.")
                                  .format(status=status), field="status")
        where.append("p.status = ?")
        params.append(status)
    if supplier is not None:
        sid = supplier_id(store, supplier)
        where.append(_OF_SUPPLIER)
        params += [sid, sid]
    sql = f"SELECT p.id FROM products p WHERE {' AND '.join(where)} ORDER BY p.position, p.id"
    return [r[0] for r in store.conn.execute(sql, params)]


def rows_in_order(store: ShopStore, ids: Sequence[int]) -> list[ProductRow]:
    """The products table's rows for ``ids``, in that order (any number of ids)."""
    rows: dict[int, ProductRow] = {}
    for start in range(0, len(ids), 500):  # SQLite limits the number of ? per statement
        rows.update(product_rows(store, ids[start:start + 500]))
    return [rows[i] for i in ids if i in rows]


def supplier_names(store: ShopStore) -> dict[int, str]:
    """Product id -> the supplier it (or its first linked variant) was picked from."""
    names: dict[int, str] = {}
    for pid, name in store.conn.execute(
            "SELECT p.id, s.name FROM products p JOIN stock_items si ON si.id = p.stock_item_id "
            "JOIN suppliers s ON s.id = si.supplier_id UNION ALL "
            "SELECT v.product_id, s.name FROM variants v JOIN stock_items si "
            "ON si.id = v.stock_item_id JOIN suppliers s ON s.id = si.supplier_id "
            "ORDER BY 1"):
        names.setdefault(pid, name)
    return names
