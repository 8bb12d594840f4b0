"""Load, the export's first stage: what the exported shop shows, read from the shop file.

``load`` reads, inside the export's one read transaction (snapshot.py), everything the
pages show except the products' full data: the shop's settings and logo, an index of the
published products (id, slug, featured flag, change token), collections, the drops public
at the export's time, posts, the Ask box's index, coupons and image sizes. A product's full
data is read only for the pages that show it, in bulk, by a ``ProductReader`` (one per
process: the renderers read on their own connections): a re-export after one edit reads a
handful of products instead of 10,000. The change token (schema v2's product_revisions,
kept by triggers) is what tells an unchanged product.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from ..core.collections import Collection, list_collections
from ..core.coupons import Coupon
from ..core.faq import ask_index
from ..core.order_pricing import drop_item_sold
from ..core.posts import Post, feed
from ..core.shop import Shop, check_base_url, get_shop
from ..core.store import ShopStore
from .safety import script_json

PUBLISHED = "SELECT id FROM products WHERE status = 'published'"
# Above this many products a read takes whole tables once instead of a list of ids.
BULK = 2000


class Entry(NamedTuple):
    """A published product in the index: where its page goes and whether it changed."""

    id: int
    slug: str
    featured: bool
    # None only for a product without a change token (never, after schema v2): its
    # pages are then always rendered.
    token: str | None


@dataclass(frozen=True, slots=True)
class DropItem:
    """A product (or one variant) of a drop, with what orders took of it."""

    id: int
    product_id: int
    variant_id: int | None
    drop_price: int | None
    quantity_cap: int | None
    sold: int
    remaining: int | None  # None: no cap
    published: bool  # its product: only published ones are shown (all are counted)


@dataclass(frozen=True, slots=True)
class Drop:
    """A drop public at the export's time (drop_views.public_from)."""

    id: int
    slug: str
    name: str
    description: str
    timezone: str | None
    preview_at: str | None
    starts_at: str
    ends_at: str
    updated_at: str
    as_of: str  # the last change what is left knows of (drop_views.drop_status)
    items: tuple[DropItem, ...]

    @property
    def shown(self) -> list[DropItem]:
        return [i for i in self.items if i.published]


class Option(NamedTuple):
    name: str
    values: list[str]


class ImageRef(NamedTuple):
    hash: str
    alt: str


@dataclass(slots=True)
class ProductData:
    """A published product with its children, as stored (texts not yet per language)."""

    row: dict
    tags: list[str] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)
    variants: list[dict] = field(default_factory=list)
    images: list[ImageRef] = field(default_factory=list)
    translations: dict[str, dict] = field(default_factory=dict)
    collection_ids: list[int] = field(default_factory=list)
    drops: list[tuple[DropItem, Drop]] = field(default_factory=list)

    @property
    def id(self) -> int:
        return int(self.row["id"])

    @property
    def slug(self) -> str:
        return str(self.row["slug"])


@dataclass
class Source:
    """Everything the export shows but the products' full data; ``now`` decides which drops
    are public or over and which posts are still scheduled."""

    shop: Shop
    now: str
    entries: list[Entry]
    collections: list[Collection]
    members: dict[int, list[int]]  # collection id -> its published products, in order
    drops: list[Drop]
    image_sizes: dict[str, tuple[int, int]]
    image_hashes: set[str]  # every image a page shows
    posts: list[Post]
    post_products: set[int]  # published products that posts name
    ask_json: str
    coupons: list[Coupon]  # not over at ``now``
    coupon_members: dict[int, list[int]]  # a coupon's collection -> its product ids
    logo: bytes | None
    drop_items: dict[int, list[tuple[DropItem, Drop]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._tokens = {e.id: e.token for e in self.entries}
        for drop in self.drops:
            for item in drop.shown:
                self.drop_items.setdefault(item.product_id, []).append((item, drop))

    def is_published(self, product_id: int) -> bool:
        return product_id in self._tokens

    def token(self, product_id: int) -> str | None:
        return self._tokens.get(product_id)

    @cached_property
    def index_digest(self) -> str | None:
        """A digest of every product's token (None if one has none): what the search
        page shows changes with any of them."""
        if any(e.token is None for e in self.entries):
            return None
        data = "\n".join([f"{e.id} {e.token}" for e in self.entries])
        return hashlib.sha256(data.encode("utf-8")).hexdigest()


def public_from(preview_at: str | None, starts_at: str) -> str:
    """When a drop appears in the exported shop: its preview, or its start without one.
    Before that nothing of it is exported (page, prices, calendar file, coupon)."""
    return preview_at or starts_at


def load(store: ShopStore, now: str, base_url: str | None = None) -> Source:
    """The shop as the export at ``now`` shows it (``base_url`` overrides the shop's)."""
    shop = get_shop(store)
    if base_url is not None:
        shop.base_url = check_base_url(base_url)
    drops = _drops(store, now)
    index = store.conn.execute(
        "SELECT p.id, p.slug, p.featured, r.revision FROM products p LEFT JOIN "
        "product_revisions r ON r.product_id = p.id WHERE p.status = 'published' "
        "ORDER BY p.position, p.id").fetchall()
    shown = _shown_by_product(drops)
    entries = [Entry(pid, slug, bool(featured), _token(revision, shown[pid]) if pid in shown
                     else None if revision is None else str(revision))
               for pid, slug, featured, revision in index]
    members: dict[int, list[int]] = defaultdict(list)
    for cid, pid in store.conn.execute(
            "SELECT cp.collection_id, cp.product_id FROM collection_products cp JOIN "
            "products p ON p.id = cp.product_id WHERE p.status = 'published' "
            "ORDER BY cp.position, p.position, p.id"):
        members[int(cid)].append(int(pid))
    sizes = {h: (int(w), int(ht)) for h, w, ht in
             store.conn.execute("SELECT hash, width, height FROM images")}
    posts = feed(store)
    coupons = [Coupon(**{k: row[k] for k in Coupon.__dataclass_fields__})
               for row in store.query("SELECT * FROM coupons WHERE ends_at IS NULL OR "
                                      "ends_at > ? ORDER BY id", (now,))]
    return Source(
        shop=shop, now=now, entries=entries, collections=list_collections(store),
        members=dict(members), drops=drops, image_sizes=sizes,
        image_hashes=_image_hashes(store, shop, posts), posts=posts,
        post_products={r[0] for r in store.conn.execute(
            "SELECT DISTINCT pp.product_id FROM post_products pp JOIN products p ON "
            "p.id = pp.product_id WHERE p.status = 'published'")},
        ask_json=str(script_json(ask_index(store))), coupons=coupons,
        coupon_members={cid: [r[0] for r in store.conn.execute(
            "SELECT product_id FROM collection_products WHERE collection_id = ? "
            "ORDER BY product_id", (cid,))]
            for cid in sorted({c.collection_id for c in coupons
                               if c.scope == "collection" and c.collection_id})},
        logo=_logo(store, shop.logo_hash))


def _logo(store: ShopStore, image_hash: str | None) -> bytes | None:
    if not image_hash:
        return None
    row = store.conn.execute("SELECT data FROM images WHERE hash = ?", (image_hash,)).fetchone()
    return None if row is None else bytes(row[0])


def _image_hashes(store: ShopStore, shop: Shop, posts: list[Post]) -> set[str]:
    """Every image the pages show: products', collections', posts', the QR codes, logo."""
    hashes = {h for (h,) in store.conn.execute(  # a join: DISTINCT costs twice as much
        "SELECT pi.image_hash FROM product_images pi JOIN products p ON p.id = pi.product_id "
        "WHERE p.status = 'published'")}
    hashes |= {h for (h,) in store.conn.execute(
        "SELECT image_hash FROM collections WHERE image_hash IS NOT NULL")}
    hashes |= {i.hash for post in posts for i in post.images}
    hashes |= {c.qr_image_hash for c in shop.channels if c.qr_image_hash}
    if shop.logo_hash:
        hashes.add(shop.logo_hash)
    return hashes


def _drops(store: ShopStore, now: str) -> list[Drop]:
    """The drops public at ``now`` by start, each item with what orders took of it."""
    rows = [row for row in store.query("SELECT * FROM drops WHERE status = 'published' "
                                       "ORDER BY starts_at, id")
            if public_from(row["preview_at"], row["starts_at"]) <= now]
    published = {r[0] for r in store.conn.execute(PUBLISHED)} if rows else set()
    drops = []
    for row in rows:
        items = []
        for item in store.query("SELECT * FROM drop_items WHERE drop_id = ? "
                                "ORDER BY position, id", (row["id"],)):
            sold = drop_item_sold(store, item)
            cap = item["quantity_cap"]
            items.append(DropItem(item["id"], item["product_id"], item["variant_id"],
                                  item["drop_price"], cap, sold,
                                  None if cap is None else max(0, cap - sold),
                                  item["product_id"] in published))
        drops.append(Drop(row["id"], row["slug"], row["name"], row["description"],
                          row["timezone"], row["preview_at"], row["starts_at"],
                          row["ends_at"], row["updated_at"], _as_of(store, row["id"]),
                          tuple(items)))
    return drops


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


def _shown_by_product(drops: list[Drop]) -> dict[int, list[tuple[DropItem, Drop]]]:
    out: dict[int, list[tuple[DropItem, Drop]]] = defaultdict(list)
    for drop in drops:
        for item in drop.shown:
            out[item.product_id].append((item, drop))
    return out


def _token(revision: int | None, shown: list[tuple[DropItem, Drop]]) -> str | None:
    """The product's token and, for a product in drops, what the drops show of it."""
    if revision is None:
        return None
    if not shown:
        return str(revision)
    seen = [(item, drop.slug, drop.name, drop.starts_at, drop.ends_at, drop.preview_at)
            for item, drop in shown]
    return f"{revision}:" + hashlib.sha256(repr(seen).encode("utf-8", "surrogatepass")
                                            ).hexdigest()


class ProductReader:
    """Full product data by id, read in bulk on one connection and remembered: one per
    process (sqlite3 connections are not shared across fork)."""

    def __init__(self, conn: sqlite3.Connection, source: Source) -> None:
        self.conn = conn
        self.source = source
        self._loaded: dict[int, ProductData] = {}

    def get(self, product_id: int) -> ProductData | None:
        """A published product's full data (read on first use), or None."""
        if product_id not in self._loaded:
            self.read([product_id])
        return self._loaded.get(product_id)

    def many(self, ids: Iterable[int]) -> list[ProductData]:
        """The published products among ``ids``, in that order."""
        ids = [i for i in ids if self.source.is_published(i)]
        self.read(ids)
        return [self._loaded[i] for i in ids if i in self._loaded]

    def read(self, ids: Iterable[int]) -> None:
        """Read the products not yet read among ``ids`` in a few bulk queries."""
        wanted = sorted({i for i in ids if self.source.is_published(i)
                         and i not in self._loaded})
        if wanted:
            self._read(None if len(wanted) > BULK else wanted)

    def _rows(self, sql: str, params: tuple) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def _read(self, ids: list[int] | None) -> None:
        # A list of ids travels as one JSON parameter: no limit on SQL variables.
        where, params = ((f"IN ({PUBLISHED})", ()) if ids is None
                         else ("IN (SELECT value FROM json_each(?))", (json.dumps(ids),)))

        def grouped(sql: str) -> dict[int, list[dict]]:
            out: dict[int, list[dict]] = defaultdict(list)
            for row in self._rows(sql.format(where=where), params):
                out[int(row["product_id"])].append(row)
            return out

        rows = self._rows(f"SELECT * FROM products WHERE id {where}", params)
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
            if not self.source.is_published(pid) or pid in self._loaded:
                continue
            self._loaded[pid] = ProductData(
                row=row, tags=[t["tag"] for t in tags.get(pid, [])],
                options=[Option(o["name"], json.loads(o["option_values"]))
                         for o in options.get(pid, [])],
                variants=variants.get(pid, []),
                images=[ImageRef(i["image_hash"], i["alt"]) for i in images.get(pid, [])],
                translations={t["language"]: t for t in texts.get(pid, [])},
                collection_ids=[int(c["collection_id"]) for c in links.get(pid, [])],
                drops=self.source.drop_items.get(pid, []))
