"""Read everything the export shows from the shop file in a few bulk queries (plain data)."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field

from ..core.collections import Collection, list_collections
from ..core.order_pricing import drop_item_sold
from ..core.shop import Shop, get_shop
from ..core.store import ShopStore


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
    _digest: str | None = field(default=None, repr=False, compare=False)

    @property
    def id(self) -> int:
        return int(self.row["id"])

    @property
    def slug(self) -> str:
        return str(self.row["slug"])

    def digest(self, sizes: dict[str, tuple[int, int]]) -> str:
        """A hash of everything this product's own page shows (incremental export)."""
        if self._digest is None:  # asked by every language and every page listing it
            self._digest = self._make_digest(sizes)
        return self._digest

    def _make_digest(self, sizes: dict[str, tuple[int, int]]) -> str:
        hashes = [i["hash"] for i in self.images] + [v["image_hash"] for v in self.variants]
        drops = [{**{k: v for k, v in item.items() if k != "drop"},
                  "window": {k: v for k, v in item["drop"].items() if k != "items"}}
                 for item in self.drop_items]
        data = [self.row, self.tags, self.options, self.variants, self.images,
                self.translations, self.collection_ids, drops, [sizes.get(h) for h in hashes]]
        # repr, not JSON: three times faster, and as exact for rows of str, int, float
        # and None in the stable column and query order they come in.
        return hashlib.sha256(repr(data).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Catalog:
    """The whole shop as the export sees it; ``now`` decides which drops are still on."""

    shop: Shop
    products: list[ProductData]
    collections: list[Collection]
    collection_products: dict[int, list[int]]
    drops: list[dict]
    image_sizes: dict[str, tuple[int, int]]
    now: str

    def product(self, product_id: int) -> ProductData | None:
        return self._by_id.get(product_id)

    def __post_init__(self) -> None:
        self._by_id = {p.id: p for p in self.products}


def _grouped(store: ShopStore, sql: str) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = defaultdict(list)
    for row in store.query(sql):
        out[int(row["product_id"])].append(row)
    return out


def load_catalog(store: ShopStore, now: str) -> Catalog:
    """Published products (by position, id), collections, published drops, image sizes."""
    shop = get_shop(store)
    rows = store.query("SELECT * FROM products WHERE status = 'published' "
                       "ORDER BY position, id")
    published = "(SELECT id FROM products WHERE status = 'published')"
    tags = _grouped(store, f"SELECT product_id, tag FROM product_tags WHERE product_id IN "
                           f"{published} ORDER BY tag")
    options = _grouped(store, f"SELECT * FROM product_options WHERE product_id IN {published} "
                              "ORDER BY product_id, position")
    variants = _grouped(store, f"SELECT * FROM variants WHERE product_id IN {published} "
                               "ORDER BY product_id, position, id")
    images = _grouped(store, "SELECT product_id, image_hash, alt FROM product_images WHERE "
                             f"product_id IN {published} ORDER BY product_id, position, "
                             "image_hash")
    texts = _grouped(store, "SELECT * FROM product_translations WHERE product_id IN "
                            f"{published} ORDER BY language")
    links = _grouped(store, "SELECT cp.product_id, cp.collection_id FROM collection_products "
                            "cp JOIN collections c ON c.id = cp.collection_id ORDER BY "
                            "c.position, c.title, cp.collection_id")
    drops = _drops(store)
    drop_items: dict[int, list[dict]] = defaultdict(list)
    for drop in drops:
        for item in drop["items"]:
            drop_items[item["product_id"]].append({**item, "drop": drop})
    products = []
    for row in rows:
        pid = int(row["id"])
        products.append(ProductData(
            row=row, tags=[t["tag"] for t in tags.get(pid, [])],
            options=[{"name": o["name"], "values": json.loads(o["option_values"])}
                     for o in options.get(pid, [])],
            variants=variants.get(pid, []),
            images=[{"hash": i["image_hash"], "alt": i["alt"]} for i in images.get(pid, [])],
            translations={t["language"]: t for t in texts.get(pid, [])},
            collection_ids=[int(c["collection_id"]) for c in links.get(pid, [])],
            drop_items=drop_items.get(pid, [])))
    members: dict[int, list[int]] = defaultdict(list)
    for row in store.query("SELECT cp.collection_id, cp.product_id FROM collection_products cp "
                           "JOIN products p ON p.id = cp.product_id WHERE p.status = "
                           "'published' ORDER BY cp.position, p.position, p.id"):
        members[int(row["collection_id"])].append(int(row["product_id"]))
    sizes = {r["hash"]: (int(r["width"]), int(r["height"]))
             for r in store.query("SELECT hash, width, height FROM images")}
    return Catalog(shop, products, list_collections(store), dict(members), drops, sizes, now)


def _drops(store: ShopStore) -> list[dict]:
    """Published drops by start, each with its items and how many of each are left."""
    try:
        drops = store.query("SELECT * FROM drops WHERE status = 'published' "
                            "ORDER BY starts_at, id")
    except Exception:
        return []
    published = {r[0] for r in store.conn.execute(
        "SELECT id FROM products WHERE status = 'published'")}
    for drop in drops:
        items = store.query("SELECT * FROM drop_items WHERE drop_id = ? ORDER BY position, id",
                            (drop["id"],))
        for item in items:
            item["sold"] = drop_item_sold(store, item)
            cap = item["quantity_cap"]
            item["remaining"] = None if cap is None else max(0, cap - item["sold"])
        drop["items"] = [i for i in items if i["product_id"] in published]
    return drops
