"""Products with options and variants: validate, create, read, update, delete."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from .clock import utc_now
from .errors import NotFoundError, ValidationError
from .i18n import _
from .product_rows import (
    CHILD_TABLES,
    child_rows,
    free_slugs,
    insert_many,
    product_row,
    variant_row,
)
from .progress import CancelFn, ProgressFn, check_cancel, report
from .slugs import is_safe_slug, slugify, unique_slug
from .store import ShopStore, last_id

AVAILABILITY = ("on_request", "in_stock", "sold_out")
STATUSES = ("draft", "published")
MAX_OPTIONS = 3


@dataclass
class ProductOption:
    """A choice the buyer makes, such as Size with the values S, M, L."""

    name: str
    values: list[str]


@dataclass
class Variant:
    """One combination of option values, with its own SKU, price and stock."""

    options: list[str]
    sku: str | None = None
    price: int | None = None  # None: the product's price
    compare_at_price: int | None = None
    availability: str = "on_request"
    quantity: int | None = None
    image_hash: str | None = None
    stock_item_id: int | None = None
    supplier_price: int | None = None
    id: int | None = None


@dataclass
class ProductImage:
    """An image of a product in display order; the first is the cover."""

    hash: str
    alt: str = ""


@dataclass
class Product:
    """Everything about a product; also the snapshot that undo restores."""

    title: str
    description: str = ""
    price: int = 0
    compare_at_price: int | None = None
    sku: str | None = None
    availability: str = "on_request"
    quantity: int | None = None
    status: str = "draft"
    featured: bool = False
    slug: str | None = None
    tags: list[str] = field(default_factory=list)
    options: list[ProductOption] = field(default_factory=list)
    variants: list[Variant] = field(default_factory=list)
    collection_ids: list[int] = field(default_factory=list)
    images: list[ProductImage] = field(default_factory=list)
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    stock_item_id: int | None = None
    supplier_price: int | None = None
    supplier_currency: str | None = None
    overrides: list[str] = field(default_factory=list)
    position: int = 0
    id: int | None = None


def _clean_sku(sku: str | None) -> str | None:
    sku = (sku or "").strip()
    if sku and (len(sku) > 64 or any(ch.isspace() or ch in ",*#" for ch in sku)):
        # Order messages carry SKUs as "SKU*qty,…": these characters would break them.
        raise ValidationError(_("SKU {sku!r} may not contain spaces, commas, * or #.").format(
                                  sku=sku), field="sku")
    return sku or None


def _check_stock(availability: str, quantity: int | None, what: str) -> None:
    if availability not in AVAILABILITY:
        raise ValidationError(_("{what}: availability {availability!r} is not one of on "
                                "request, in stock, sold out.").format(
                                  what=what, availability=availability), field="availability")
    if availability == "in_stock" and (quantity is None or quantity < 0):
        raise ValidationError(_("{what}: give the quantity in stock (0 or more).").format(
                                  what=what), field="quantity")
    if quantity is not None and quantity < 0:
        raise ValidationError(_("{what}: the quantity cannot be negative.").format(what=what),
                              field="quantity")


def validate_product(product: Product) -> Product:
    """Check a product before it is written; raises ValidationError naming the field."""
    product.title = (product.title or "").strip()
    if not product.title:
        raise ValidationError(_("A product needs a title."), field="title")
    if len(product.title) > 200:
        raise ValidationError(_("The title is longer than 200 characters."), field="title")
    for name, amount in (("price", product.price), ("compare-at price", product.compare_at_price)):
        if amount is not None and amount < 0:
            message = (_("The price cannot be negative.") if name == "price"
                       else _("The compare-at price cannot be negative."))
            raise ValidationError(message, field=name)
    if product.status not in STATUSES:
        raise ValidationError(_("Status {status!r} is not draft or published.").format(
                                  status=product.status),
                              field="status")
    if product.slug is not None and not is_safe_slug(product.slug):
        raise ValidationError(_("{slug!r} cannot be used in a web address; use lower-case "
                                "letters, digits and dashes.").format(
                                  slug=product.slug), field="slug")
    product.sku = _clean_sku(product.sku)
    _check_stock(product.availability, product.quantity, product.title)
    if len(product.options) > MAX_OPTIONS:
        raise ValidationError(_("A product can have at most three options."), field="options")
    names = [o.name.strip() for o in product.options]
    if any(not n for n in names) or len(set(names)) != len(names):
        raise ValidationError(_("Each option needs its own name."), field="options")
    seen_combos: set[tuple[str, ...]] = set()
    for variant in product.variants:
        label = " / ".join(variant.options) or product.title
        if len(variant.options) != len(product.options):
            raise ValidationError(_("Variant {label!r} needs one value for each option.").format(
                                      label=label),
                                  field="variants")
        combo = tuple(v.strip() for v in variant.options)
        if combo in seen_combos:
            raise ValidationError(_("Variant {label!r} is listed twice.").format(label=label),
                                  field="variants")
        seen_combos.add(combo)
        variant.sku = _clean_sku(variant.sku)
        if variant.price is not None and variant.price < 0:
            raise ValidationError(_("Variant {label!r}: the price cannot be negative.").format(
                                      label=label),
                                  field="price")
        _check_stock(variant.availability, variant.quantity,
                     _("Variant {label!r}").format(label=label))
    skus = [s for s in [product.sku, *(v.sku for v in product.variants)] if s]
    duplicates = {s for s in skus if skus.count(s) > 1}
    if duplicates:
        raise ValidationError(_("SKU {sku!r} is used twice in this product.").format(
                                  sku=sorted(duplicates)[0]),
                              field="sku")
    product.tags = sorted({t.strip() for t in product.tags if t.strip()})
    product.translations = _clean_translations(product.translations)
    return product


def _clean_translations(translations: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """Trimmed texts per language; a language with neither text is not stored at all.

    An empty field means "show the default language's text" (field by field, see
    export/views.py), so storing an empty row would only be noise.
    """
    out = {}
    for language, texts in translations.items():
        title = (texts.get("title") or "").strip()
        description = (texts.get("description") or "").strip()
        if len(title) > 200:
            # Translators: {language} is a language tag such as "it" or "zh-CN".
            raise ValidationError(_("The {language} title is longer than 200 characters.").format(
                                      language=language),
                                  field="title")
        if title or description:
            out[language] = {"title": title, "description": description}
    return out


def _check_sku_free(store: ShopStore, product: Product) -> None:
    """SKUs identify what a buyer ordered, so one SKU names one thing in the shop."""
    for sku in [product.sku, *(v.sku for v in product.variants)]:
        if not sku:
            continue
        row = store.conn.execute(
            "SELECT p.title FROM products p WHERE p.sku = ? AND p.id IS NOT ? "
            "UNION ALL SELECT p.title FROM variants v JOIN products p ON p.id = v.product_id "
            "WHERE v.sku = ? AND v.product_id IS NOT ? LIMIT 1",
            (sku, product.id, sku, product.id)).fetchone()
        if row:
            raise ValidationError(_("SKU {sku!r} is already used by {product!r}.").format(
                                      sku=sku, product=row[0]), field="sku")


def _write(store: ShopStore, product: Product, *, new: bool) -> int:
    db = store.db
    now = utc_now()
    slug = product.slug or slugify(product.title)
    slug = unique_slug(store.conn, "products", slug, exclude_id=product.id)
    row = product_row(product, slug, now)
    if new:
        row["created_at"] = now
        if product.id is not None:
            row["id"] = product.id  # undo of a delete puts the product back under its id
        product_id = last_id(db.table("products").insert(row))
    else:
        if product.id is None:
            raise ValueError("only a product with an id can be rewritten")
        product_id = product.id
        db.table("products").update(product_id, row)
        for table in CHILD_TABLES:
            db.execute(f"DELETE FROM {table} WHERE product_id = ?", [product_id])
    product.id, product.slug = product_id, slug
    for table, rows in child_rows(product_id, product).items():
        insert_many(store.conn, table, rows)
    _write_variants(store, product_id, product.variants)
    return product_id


def _write_variants(store: ShopStore, product_id: int, variants: list[Variant]) -> None:
    # Keep variant ids stable where they survive an edit: orders and drops point at them.
    kept = {v.id for v in variants if v.id is not None}
    existing = {r[0] for r in store.conn.execute(
        "SELECT id FROM variants WHERE product_id = ?", (product_id,))}
    for gone in existing - kept:
        store.conn.execute("DELETE FROM variants WHERE id = ?", (gone,))
    for position, v in enumerate(variants):
        row = variant_row(product_id, position, v)
        if v.id is not None and v.id in existing:
            store.db.table("variants").update(v.id, row)
        else:
            if v.id is not None:
                row["id"] = v.id
            v.id = last_id(store.db.table("variants").insert(row))


def create_product(store: ShopStore, product: Product) -> int:
    """Add a product (one transaction); returns its id."""
    validate_product(product)
    with store.atomic():
        _check_sku_free(store, product)
        return _write(store, product, new=True)


def create_products(store: ShopStore, products: Iterable[Product], *,
                    progress: ProgressFn | None = None,
                    cancel: CancelFn | None = None) -> list[int]:
    """Add many products as ONE action: all of them, or (on error or cancel) none."""
    items = list(products)
    ids = []
    with store.atomic():
        for n, product in enumerate(items, 1):
            check_cancel(cancel, _("Stopped; no product was added."))
            validate_product(product)
            _check_sku_free(store, product)
            ids.append(_write(store, product, new=True))
            if n % 200 == 0 or n == len(items):
                report(progress, n, len(items))
    return ids


def update_product(store: ShopStore, product: Product) -> None:
    """Replace a product's fields, options, variants, images and links (one transaction)."""
    if product.id is None:
        raise ValueError("update_product needs a product with an id")
    validate_product(product)
    with store.atomic():
        if store.scalar("SELECT 1 FROM products WHERE id = ?", (product.id,)) is None:
            raise NotFoundError(_("Product {id} no longer exists.").format(id=product.id))
        _check_sku_free(store, product)
        _write(store, product, new=False)


def delete_products(store: ShopStore, ids: Iterable[int]) -> list[Product]:
    """Delete products in one transaction; returns their snapshots so undo can restore them."""
    ids = list(ids)
    snapshots = get_products(store, ids)
    with store.atomic() as db:
        db.execute(f"DELETE FROM products WHERE id IN ({','.join('?' * len(ids))})", ids)
    return snapshots


def restore_products(store: ShopStore, snapshots: Iterable[Product]) -> None:
    """Put deleted products back under their old ids and slugs (undo of a delete).

    One prepared INSERT per table for the whole selection, in one transaction: the
    undo of deleting 10,000 products must not hold the window for seconds. The
    snapshots are not changed, so an undo command can keep them without copying.
    """
    items = list(snapshots)
    if any(p.id is None for p in items):
        raise ValueError("restore_products takes the snapshots delete_products returned")
    now = utc_now()
    conn = store.conn
    with store.atomic():
        slugs = free_slugs(store.conn, items)
        products, variants = [], []
        children: dict[str, list[dict[str, Any]]] = {table: [] for table in CHILD_TABLES}
        for product, slug in zip(items, slugs, strict=True):
            products.append({**product_row(product, slug, now), "created_at": now,
                             "id": product.id})
        insert_many(conn, "products", products)
        for product in items:
            assert product.id is not None
            for table, rows in child_rows(product.id, product).items():
                children[table] += rows
            variants += [{**variant_row(product.id, n, v), "id": v.id}
                         for n, v in enumerate(product.variants)]
        for table, rows in children.items():
            insert_many(conn, table, rows)
        insert_many(conn, "variants", variants)


def get_product(store: ShopStore, product_id: int) -> Product:
    found = get_products(store, [product_id])
    if not found:
        raise NotFoundError(_("There is no product with id {product_id}.").format(
                                product_id=product_id))
    return found[0]


def get_products(store: ShopStore, ids: Iterable[int]) -> list[Product]:
    """Snapshots of these products in the order asked; ids not in the file are left out.

    Seven queries per 500 products, not seven per product: the snapshot a delete of
    10,000 products keeps for its undo takes a fraction of a second.
    """
    ids = list(ids)
    out: dict[int, Product] = {}
    for start in range(0, len(ids), 500):  # SQLite limits the number of ? per statement
        part = ids[start:start + 500]
        marks = ",".join("?" * len(part))

        def rows(sql: str, part: list[int] = part, marks: str = marks) -> list[dict[str, Any]]:
            return store.query(sql.format(marks), tuple(part))

        for r in rows("SELECT * FROM products WHERE id IN ({})"):
            out[r["id"]] = Product(
                id=r["id"], slug=r["slug"], title=r["title"], description=r["description"],
                price=r["price"], compare_at_price=r["compare_at_price"], sku=r["sku"],
                availability=r["availability"], quantity=r["quantity"], status=r["status"],
                featured=bool(r["featured"]), position=r["position"],
                stock_item_id=r["stock_item_id"], supplier_price=r["supplier_price"],
                supplier_currency=r["supplier_currency"], overrides=json.loads(r["overrides"]))
        for o in rows("SELECT * FROM product_options WHERE product_id IN ({}) "
                      "ORDER BY product_id, position"):
            out[o["product_id"]].options.append(
                ProductOption(o["name"], json.loads(o["option_values"])))
        for v in rows("SELECT * FROM variants WHERE product_id IN ({}) "
                      "ORDER BY product_id, position"):
            product = out[v["product_id"]]
            product.variants.append(Variant(
                options=[x for x in (v["option1"], v["option2"], v["option3"])
                         if x is not None][: len(product.options)],
                sku=v["sku"], price=v["price"], compare_at_price=v["compare_at_price"],
                availability=v["availability"], quantity=v["quantity"],
                image_hash=v["image_hash"], stock_item_id=v["stock_item_id"],
                supplier_price=v["supplier_price"], id=v["id"]))
        for t in rows("SELECT product_id, tag FROM product_tags WHERE product_id IN ({}) "
                      "ORDER BY product_id, tag"):
            out[t["product_id"]].tags.append(t["tag"])
        for c in rows("SELECT product_id, collection_id FROM collection_products "
                      "WHERE product_id IN ({}) ORDER BY product_id, collection_id"):
            out[c["product_id"]].collection_ids.append(c["collection_id"])
        for i in rows("SELECT product_id, image_hash, alt FROM product_images "
                      "WHERE product_id IN ({}) ORDER BY product_id, position"):
            out[i["product_id"]].images.append(ProductImage(i["image_hash"], i["alt"]))
        for t in rows("SELECT * FROM product_translations WHERE product_id IN ({})"):
            out[t["product_id"]].translations[t["language"]] = {
                "title": t["title"], "description": t["description"]}
    return [out[i] for i in ids if i in out]


def product_ids(store: ShopStore) -> list[int]:
    return [r[0] for r in store.conn.execute("SELECT id FROM products ORDER BY position, id")]


def find_product(store: ShopStore, slug: str) -> Product:
    """A product by its slug (what the CLI takes)."""
    pid = store.scalar("SELECT id FROM products WHERE slug = ?", (slug,))
    if pid is None:
        raise NotFoundError(_("There is no product with the slug {slug!r}.").format(slug=slug))
    return get_product(store, int(pid))


def bulk_update(store: ShopStore, ids: list[int], *, price_percent: float | None = None,
                status: str | None = None, add_collection: int | None = None) -> None:
    """Bulk edit from the products table: one transaction for the whole selection."""
    if status is not None and status not in STATUSES:
        raise ValidationError(_("Status {status!r} is not draft or published.").format(
                                  status=status), field="status")
    if price_percent is not None and price_percent <= -100:
        raise ValidationError(_("A price change must leave a price above zero."), field="price")
    marks = ",".join("?" * len(ids))
    with store.atomic() as db:
        if price_percent is not None:
            # Integer arithmetic, rounded half up to the minor unit: no float drift.
            basis = round(price_percent * 100)
            for table, key in (("products", "id"), ("variants", "product_id")):
                db.execute(
                    f"UPDATE {table} SET price = (price * (10000 + ?) + 5000) / 10000 "
                    f"WHERE price IS NOT NULL AND {key} IN ({marks})", [basis, *ids])
            _mark_edited(store, ids, "price")
        if status is not None:
            db.execute(f"UPDATE products SET status = ? WHERE id IN ({marks})", [status, *ids])
        if add_collection is not None:
            db.execute(f"INSERT OR IGNORE INTO collection_products (collection_id, product_id) "
                       f"SELECT ?, id FROM products WHERE id IN ({marks})", [add_collection, *ids])
        db.execute(f"UPDATE products SET updated_at = ? WHERE id IN ({marks})", [utc_now(), *ids])


def _mark_edited(store: ShopStore, ids: list[int], name: str) -> None:
    """Record a field as the seller's, as the editor's save does (see edited_fields).

    A supplier's next stocklist import then leaves it alone: a price the seller raised
    by 10% must not fall back to the markup rule's price (stocklists/picked.py).
    """
    rows = []
    for start in range(0, len(ids), 500):  # SQLite limits the number of ? per statement
        part = ids[start:start + 500]
        for pid, overrides in store.conn.execute(
                f"SELECT id, overrides FROM products WHERE id IN ({','.join('?' * len(part))})",
                part):
            edited = set(json.loads(overrides))
            if name not in edited:
                rows.append((json.dumps(sorted(edited | {name})), pid))
    store.conn.executemany("UPDATE products SET overrides = ? WHERE id = ?", rows)


def as_dict(product: Product) -> dict[str, Any]:
    """A plain dict of the snapshot (for JSON and logs)."""
    return asdict(product)
