"""What the export shows, read from the shop file: a light index of every published product,
and each product's full data only when a page that shows it is rendered.

A re-export after one edit renders a handful of pages; loading and hashing 10,000 products
to find them cost more than everything else together. The index carries each product's
change token (schema v2's ``product_revisions``, kept by triggers), so an unchanged
product is never read; its full data is loaded in bulk, by the pages that need it.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from ..core.collections import Collection, list_collections
from ..core.order_pricing import drop_item_sold
from ..core.shop import Shop, get_shop
from ..core.store import ShopStore, connect
from .drop_views import public_from

PUBLISHED = "SELECT id FROM products WHERE status = 'published'"
# Above this many products a load reads whole tables once instead of a list of ids.
BULK = 2000


@dataclass
class ProductData:
    """A published product with its children, as stored (texts not yet per language)."""

    row: dict
    tags: list[str] = field(default_factory=list)
    options: list[dict] = field(default_factory=list)
    variants: list[dict] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)
    translations: dict[str, dict] = field(default_factory=dict)
    collection_ids: list[int] = field(default_factory=list)
    drop_items: list[dict] = field(default_factory=list)

    @property
    def id(self) -> int:
        return int(self.row["id"])

    @property
    def slug(self) -> str:
        return str(self.row["slug"])


class Entry(NamedTuple):
    """A published product in the index: where its page goes and whether it changed."""

    id: int
    slug: str
    featured: bool
    # None only for a product without a change token (never, after schema v2): its
    # pages are then always rendered.
    token: str | None


@dataclass
class Catalog:
    """The shop as the export sees it; ``now`` decides which drops are still on."""

    shop: Shop
    entries: list[Entry]
    collections: list[Collection]
    collection_products: dict[int, list[int]]
    drops: list[dict]
    drop_items: dict[int, list[dict]]  # per product: its items of those drops
    image_sizes: dict[str, tuple[int, int]]
    now: str
    store: ShopStore | None = field(default=None, repr=False)
    _loaded: dict[int, ProductData] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._entry = {e.id: e for e in self.entries}

    def token(self, product_id: int) -> str | None:
        entry = self._entry.get(product_id)
        return None if entry is None else entry.token

    def product(self, product_id: int) -> ProductData | None:
        """A published product's full data (read on first use), or None."""
        if product_id not in self._entry:
            return None
        if product_id not in self._loaded:
            self.preload([product_id])
        return self._loaded.get(product_id)

    def products(self, ids: Iterable[int]) -> list[ProductData]:
        ids = [i for i in ids if i in self._entry]
        self.preload(ids)
        return [self._loaded[i] for i in ids if i in self._loaded]

    def preload(self, ids: Iterable[int]) -> None:
        """Read the products not yet loaded among ``ids`` in a few bulk queries."""
        wanted = sorted({i for i in ids if i in self._entry and i not in self._loaded})
        if not wanted:
            return
        if len(wanted) > BULK:
            self._read(None)
        else:
            self._read(wanted)

    def reconnect(self) -> None:
        """Read on a connection of this process's own (a forked worker: the parent's
        connection must not be used across fork)."""
        assert self.store is not None
        self.store = ShopStore(self.store.path, connect(self.store.path, read_only=True), None)

    def _read(self, ids: list[int] | None) -> None:
        assert self.store is not None
        store = self.store
        # A list of ids travels as one JSON parameter: no limit on SQL variables.
        where, params = ((f"IN ({PUBLISHED})", ()) if ids is None
                         else ("IN (SELECT value FROM json_each(?))", (json.dumps(ids),)))

        def grouped(sql: str) -> dict[int, list[dict]]:
            out: dict[int, list[dict]] = defaultdict(list)
            for row in store.query(sql.format(where=where), params):
                out[int(row["product_id"])].append(row)
            return out

        rows = store.query(f"SELECT * FROM products WHERE id {where}", params)
        tags = grouped("SELECT product_id, tag FROM product_tags WHERE product_id {where} "
                       "ORDER BY tag")
        options = grouped("SELECT * FROM product_options WHERE product_id {where} "
                          "ORDER BY product_id, position")
        variants = grouped("SELECT * FROM variants WHERE product_id {where} "
                           "ORDER BY product_id, position, id")
        images = grouped("SELECT product_id, image_hash, alt FROM product_images WHERE "
                         "product_id {where} ORDER BY product_id, position, image_hash")
        texts = grouped("SELECT * FROM product_translations WHERE product_id {where} "
                        "ORDER BY language")
        links = grouped("SELECT cp.product_id, cp.collection_id FROM collection_products cp "
                        "JOIN collections c ON c.id = cp.collection_id WHERE cp.product_id "
                        "{where} ORDER BY c.position, c.title, cp.collection_id")
        for row in rows:
            pid = int(row["id"])
            if pid not in self._entry or pid in self._loaded:
                continue
            self._loaded[pid] = ProductData(
                row=row, tags=[t["tag"] for t in tags.get(pid, [])],
                options=[{"name": o["name"], "values": json.loads(o["option_values"])}
                         for o in options.get(pid, [])],
                variants=variants.get(pid, []),
                images=[{"hash": i["image_hash"], "alt": i["alt"]} for i in images.get(pid, [])],
                translations={t["language"]: t for t in texts.get(pid, [])},
                collection_ids=[int(c["collection_id"]) for c in links.get(pid, [])],
                drop_items=self.drop_items.get(pid, []))


def drop_items_by_product(drops: list[dict]) -> dict[int, list[dict]]:
    """Each product's drop items, each with its drop (``item["drop"]``)."""
    out: dict[int, list[dict]] = defaultdict(list)
    for drop in drops:
        for item in drop["items"]:
            out[item["product_id"]].append({**item, "drop": drop})
    return out


def _token(revision: int | None, drop_items: list[dict]) -> str | None:
    """The product's token and, for a product in drops, what the drops show of it."""
    if revision is None:
        return None
    if not drop_items:
        return str(revision)
    shown = [{**{k: v for k, v in item.items() if k != "drop"},
              "window": {k: v for k, v in item["drop"].items() if k != "items"}}
             for item in drop_items]
    return f"{revision}:" + hashlib.sha256(repr(shown).encode("utf-8", "surrogatepass")
                                            ).hexdigest()


def load_catalog(store: ShopStore, now: str) -> Catalog:
    """The index (by position, id), collections, published drops, image sizes."""
    index = store.conn.execute(
        "SELECT p.id, p.slug, p.featured, r.revision FROM products p LEFT JOIN "
        "product_revisions r ON r.product_id = p.id WHERE p.status = 'published' "
        "ORDER BY p.position, p.id").fetchall()
    drops = _drops(store, now)
    in_drops = drop_items_by_product(drops)
    entries = [Entry(pid, slug, bool(featured), _token(revision, in_drops[pid]))
               if pid in in_drops else Entry(pid, slug, bool(featured),
                                             None if revision is None else str(revision))
               for pid, slug, featured, revision in index]
    members: dict[int, list[int]] = defaultdict(list)
    for cid, pid in store.conn.execute(
            "SELECT cp.collection_id, cp.product_id FROM collection_products cp JOIN "
            "products p ON p.id = cp.product_id WHERE p.status = 'published' "
            "ORDER BY cp.position, p.position, p.id"):
        members[int(cid)].append(int(pid))
    sizes = {h: (int(w), int(ht)) for h, w, ht in
             store.conn.execute("SELECT hash, width, height FROM images")}
    return Catalog(get_shop(store), entries, list_collections(store), dict(members), drops,
                   in_drops, sizes, now, store=store)


def _drops(store: ShopStore, now: str) -> list[dict]:
    """The drops public at ``now`` by start, each with its items and what is left of each."""
    drops = [d for d in store.query("SELECT * FROM drops WHERE status = 'published' "
                                    "ORDER BY starts_at, id")
             if public_from(d["preview_at"], d["starts_at"]) <= now]
    published = {r[0] for r in store.conn.execute(PUBLISHED)}
    for drop in drops:
        items = store.query("SELECT * FROM drop_items WHERE drop_id = ? ORDER BY position, id",
                            (drop["id"],))
        for item in items:
            item["sold"] = drop_item_sold(store, item)
            cap = item["quantity_cap"]
            item["remaining"] = None if cap is None else max(0, cap - item["sold"])
        drop["items"] = [i for i in items if i["product_id"] in published]
    return drops
