"""What posters, labels and share images show, read from the shop file into plain data.

Reading happens once, on the caller's thread; the dataclasses then travel to a worker
that draws them without touching the database (a SQLite connection belongs to the
thread that opened it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.clock import utc_now
from ..core.coupons import coupon_state, get_coupon
from ..core.errors import NotFoundError, ValidationError
from ..core.i18n import N_, _
from ..core.images import image_bytes
from ..core.posts import find_post, post_title
from ..core.shop import get_shop
from ..core.store import ShopStore
from ..core.urls import public_url, require_base_url


@dataclass(frozen=True)
class ShopInfo:
    """The shopfront as printed: name, words' language, colours, logo, channels, link."""

    name: str
    tagline: str
    language: str
    currency: str
    theme_color: str
    timezone: str
    url: str
    logo: bytes | None = None
    channels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class DropWindow:
    """The drop a product is in: when it runs, its price and how many there are."""

    slug: str
    name: str
    starts_at: str
    ends_at: str
    preview_at: str | None
    timezone: str
    price: int | None
    cap: int | None


@dataclass(frozen=True)
class ItemInfo:
    """One product as printed: title, price, cover photo, link and its drop if any."""

    slug: str
    title: str
    price: int
    compare_at: int | None
    availability: str
    url: str
    photo: bytes | None = None
    drop: DropWindow | None = None


@dataclass(frozen=True)
class CouponInfo:
    """A coupon code printed on a drop's poster: the code and what it takes off."""

    code: str
    kind: str  # percent or fixed
    value: int  # percent, or minor units off
    min_order: int = 0


@dataclass(frozen=True)
class DropInfo:
    """A drop as printed: name, window, limited quantity, link and its products."""

    slug: str
    name: str
    description: str
    starts_at: str
    ends_at: str
    preview_at: str | None
    timezone: str
    url: str
    cap: int | None
    items: tuple[ItemInfo, ...] = field(default=())
    coupons: tuple[CouponInfo, ...] = field(default=())


@dataclass(frozen=True)
class CollectionInfo:
    """A collection as printed: title, description, how many products, link, photo."""

    slug: str
    title: str
    description: str
    count: int
    url: str
    photo: bytes | None = None


_DRAFT = {
    "product": N_("The product {slug!r} is a draft, so the exported shop has no page for it "
                  "yet; publish it before printing its QR code."),
    "collection": N_("The collection {slug!r} is a draft, so the exported shop has no page for "
                     "it yet; publish it before printing its QR code."),
    "drop": N_("The drop {slug!r} is a draft, so the exported shop has no page for it yet; "
               "publish it before printing its QR code."),
    "post": N_("The post {slug!r} is a draft, so the exported shop has no page for it yet; "
               "publish it before printing its QR code."),
}


@dataclass(frozen=True)
class PostInfo:
    """A post as shared: its title, link and photos (a 9-image grid)."""

    slug: str
    title: str
    url: str
    photos: tuple[bytes, ...] = ()


def require_published(kind: str, slug: str, status: str | None) -> None:
    """Refuse a draft: the export writes no page for it, so its QR code would lead nowhere."""
    if status is not None and status != "published":
        raise ValidationError(_(_DRAFT[kind]).format(slug=slug),
                              field="status")


def _bytes(store: ShopStore, image_hash: str | None) -> bytes | None:
    return image_bytes(store, image_hash) if image_hash else None


def load_shop(store: ShopStore, campaign: str | None = None) -> ShopInfo:
    """The shop's printed face; refuses (one sentence) when it has no base URL."""
    shop = get_shop(store)
    return ShopInfo(
        name=shop.name, tagline=shop.tagline, language=shop.default_language,
        currency=shop.currency, theme_color=shop.theme_color, timezone=shop.timezone,
        url=public_url(shop, "shop", campaign=campaign), logo=_bytes(store, shop.logo_hash),
        channels=tuple((c.kind, c.value) for c in shop.channels))


def _product_row(store: ShopStore, slug: str) -> dict:
    rows = store.query("SELECT * FROM products WHERE slug = ?", (slug,))
    if not rows:
        raise NotFoundError(_("There is no product with the slug {slug!r}.").format(slug=slug))
    require_published("product", slug, rows[0]["status"])
    return rows[0]


def _cover(store: ShopStore, product_id: int) -> bytes | None:
    cover = store.scalar("SELECT image_hash FROM product_images WHERE product_id = ? "
                         "ORDER BY position, image_hash LIMIT 1", (product_id,))
    return _bytes(store, str(cover)) if cover else None


def _drop_window(store: ShopStore, product_id: int, timezone: str) -> DropWindow | None:
    """The product's current or next published drop (a poster is about what is coming)."""
    rows = store.query(
        "SELECT d.*, di.drop_price, di.quantity_cap FROM drop_items di "
        "JOIN drops d ON d.id = di.drop_id WHERE di.product_id = ? AND d.status = "
        "'published' AND d.ends_at > ? ORDER BY d.starts_at, di.variant_id IS NOT NULL "
        "LIMIT 1", (product_id, utc_now()))
    if not rows:
        return None
    r = rows[0]
    return DropWindow(slug=r["slug"], name=r["name"], starts_at=r["starts_at"],
                      ends_at=r["ends_at"], preview_at=r["preview_at"],
                      timezone=r["timezone"] or timezone, price=r["drop_price"],
                      cap=r["quantity_cap"])


def _item(store: ShopStore, row: dict, base: str, timezone: str, campaign: str | None,
          *, photo: bool = True, drop: DropWindow | None = None) -> ItemInfo:
    return ItemInfo(
        slug=row["slug"], title=row["title"], price=row["price"],
        compare_at=row["compare_at_price"], availability=row["availability"],
        url=public_url(base, "product", row["slug"], campaign=campaign),
        photo=_cover(store, row["id"]) if photo else None,
        drop=drop if drop is not None else _drop_window(store, row["id"], timezone))


def load_product(store: ShopStore, slug: str, campaign: str | None = None) -> ItemInfo:
    """One product by slug, with its cover photo and its coming drop."""
    shop = get_shop(store)
    base = require_base_url(shop)
    return _item(store, _product_row(store, slug), base, shop.timezone, campaign)


def load_products(store: ShopStore, slugs: list[str] | None = None,
                  campaign: str | None = None, *, photos: bool = False) -> list[ItemInfo]:
    """Products for a label sheet: the slugs given, or every published product in shop order.

    Labels print no photo, so photos are only read when asked for.
    """
    shop = get_shop(store)
    base = require_base_url(shop)
    if slugs is None:
        rows = store.query("SELECT * FROM products WHERE status = 'published' "
                           "ORDER BY position, id")
    else:
        rows = [_product_row(store, slug) for slug in slugs]
    return [_item(store, r, base, shop.timezone, campaign, photo=photos) for r in rows]


def load_drop(store: ShopStore, slug: str, campaign: str | None = None) -> DropInfo:
    """A drop by slug with its products at their drop prices."""
    shop = get_shop(store)
    base = require_base_url(shop)
    rows = store.query("SELECT * FROM drops WHERE slug = ?", (slug,))
    if not rows:
        raise NotFoundError(_("There is no drop with the slug {slug!r}.").format(slug=slug))
    d = rows[0]
    require_published("drop", slug, d["status"])
    timezone = d["timezone"] or shop.timezone
    items: list[ItemInfo] = []
    caps: list[int | None] = []
    for it in store.query(
            "SELECT p.*, di.drop_price, di.quantity_cap FROM drop_items di JOIN products p "
            "ON p.id = di.product_id WHERE di.drop_id = ? ORDER BY di.position, di.id",
            (d["id"],)):
        caps.append(it["quantity_cap"])
        if any(i.slug == it["slug"] for i in items):
            continue  # several variants of one product: one picture of it is enough
        window = DropWindow(slug=d["slug"], name=d["name"], starts_at=d["starts_at"],
                            ends_at=d["ends_at"], preview_at=d["preview_at"],
                            timezone=timezone, price=it["drop_price"], cap=it["quantity_cap"])
        items.append(_item(store, it, base, shop.timezone, campaign, drop=window))
    # "Only 50 pieces" is true only when every item of the drop has a cap.
    capped = [c for c in caps if c is not None]
    cap = sum(capped) if caps and len(capped) == len(caps) else None
    return DropInfo(slug=d["slug"], name=d["name"], description=d["description"],
                    starts_at=d["starts_at"], ends_at=d["ends_at"],
                    preview_at=d["preview_at"], timezone=timezone,
                    url=public_url(base, "drop", d["slug"], campaign=campaign), cap=cap,
                    items=tuple(items), coupons=_drop_coupons(store, d["id"]))


def _drop_coupons(store: ShopStore, drop_id: int) -> tuple[CouponInfo, ...]:
    """The drop's own coupons a buyer can still use (not expired, not used up)."""
    ids = [r[0] for r in store.conn.execute(
        "SELECT id FROM coupons WHERE scope = 'drop' AND drop_id = ? "
        "ORDER BY starts_at, code", (drop_id,))]
    coupons = [get_coupon(store, i) for i in ids]
    return tuple(CouponInfo(c.code, c.kind, c.value, c.min_order) for c in coupons
                 if coupon_state(store, c) in ("scheduled", "active"))


def load_collection(store: ShopStore, slug: str,
                    campaign: str | None = None) -> CollectionInfo:
    """A collection by slug, with its picture (or its first product's cover)."""
    base = require_base_url(get_shop(store))
    rows = store.query("SELECT * FROM collections WHERE slug = ?", (slug,))
    if not rows:
        raise NotFoundError(_("There is no collection with the slug {slug!r}.").format(slug=slug))
    c = rows[0]
    ids = [r[0] for r in store.conn.execute(
        "SELECT cp.product_id FROM collection_products cp JOIN products p ON p.id = "
        "cp.product_id WHERE cp.collection_id = ? AND p.status = 'published' "
        "ORDER BY p.position, p.id", (c["id"],))]
    photo = _bytes(store, c["image_hash"]) or next(
        (cover for pid in ids if (cover := _cover(store, pid))), None)
    return CollectionInfo(slug=c["slug"], title=c["title"], description=c["description"],
                          count=len(ids),
                          url=public_url(base, "collection", c["slug"], campaign=campaign),
                          photo=photo)


def load_post(store: ShopStore, slug: str, campaign: str | None = None) -> PostInfo:
    """A post by slug with its photos in posting order."""
    url = target_url(store, "post", slug, campaign)  # refuses unknown and draft posts
    post = find_post(store, slug)
    return PostInfo(slug=slug, title=post_title(post), url=url,
                    photos=tuple(image_bytes(store, i.hash) for i in post.images))


_TABLES = {"product": "products", "collection": "collections", "drop": "drops",
           "post": "posts"}
# One whole sentence per kind: the noun changes the words around it in other languages.
_MISSING = {"product": N_("There is no product with the slug {slug!r}."),
            "collection": N_("There is no collection with the slug {slug!r}."),
            "drop": N_("There is no drop with the slug {slug!r}."),
            "post": N_("There is no post with the slug {slug!r}.")}


def target_url(store: ShopStore, kind: str, slug: str | None = None,
               campaign: str | None = None) -> str:
    """The public link of the shop or of an existing product, collection, drop or post.

    A QR code for a page that will never be exported would scan to a 404, so a slug
    that is not in the shop file is refused.
    """
    shop = get_shop(store)
    if kind != "shop":
        table = _TABLES.get(kind)
        if table is None:
            raise NotFoundError(_("{kind!r} is not one of shop, {tables}.").format(
                                    kind=kind, tables=', '.join(_TABLES)))
        rows = store.query(f"SELECT * FROM {table} WHERE slug = ?", (slug or "",))
        if not rows:
            raise NotFoundError(_(_MISSING[kind]).format(slug=slug))
        require_published(kind, str(slug), rows[0].get("status"))
    return public_url(shop, kind, slug, campaign=campaign)


def shop_logo(store: ShopStore) -> bytes | None:
    """The shop's logo image, if it has one (for a QR code's centre)."""
    return _bytes(store, get_shop(store).logo_hash)


def choices(store: ShopStore, kind: str) -> list[tuple[str, str]]:
    """``(slug, title)`` of every product, collection or drop in the shop's order (for
    ``labels``: the published products, the ones a label sheet may show)."""
    sql = {"product": "SELECT slug, title FROM products ORDER BY position, id",
           "labels": "SELECT slug, title FROM products WHERE status = 'published' "
                     "ORDER BY position, id",
           "collection": "SELECT slug, title FROM collections ORDER BY position, title",
           "drop": "SELECT slug, name FROM drops ORDER BY starts_at DESC, id"}.get(kind)
    return [(str(r[0]), str(r[1])) for r in store.conn.execute(sql)] if sql else []
