"""Per-language views for the templates: typed products, collections, drops, images.

A product's view is made once per language and process (pages share it) and is the one
source of what the shop shows of the product: its page, its cards, its JSON-LD and its
search entry (``search_entry`` reads the view) all say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from babel import Locale
from babel.numbers import format_currency

from ..core.collections import Collection
from ..core.formats import babel_locale
from ..core.money import minor_digits, to_decimal
from ..core.urls import page_path
from .images import ImageView, image_view
from .load import Drop, Option, ProductData, ProductReader, Source
from .safety import script_json
from .words import Words

# A page's path from its slug (core.urls.page_path, which checks the slug), remembered:
# every export asks it for every product, in every language.
page_of = lru_cache(maxsize=1 << 16)(page_path)


@cache
def language_name(tag: str) -> str:
    """The language's name in itself (中文, English, italiano)."""
    try:
        locale = Locale.parse(tag.replace("-", "_"))
        return (locale.get_language_name(locale) or tag).capitalize()
    except (ValueError, TypeError):
        return tag


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in (text or "").replace("\r\n", "\n").split("\n\n") if p.strip()]


def stock_text(t: Words, availability: str, quantity: int | None) -> str:
    if availability == "sold_out" or (availability == "in_stock" and quantity == 0):
        return t("product.sold_out")
    if availability == "on_request":
        return t("product.on_request")
    if quantity is not None and quantity <= 5:
        return t("product.left", n=quantity)
    return t("product.in_stock")


class PriceText:
    """Prices as Babel formats them (core.money.format_money), each digit count asked once.

    CLDR patterns place symbols, separators and grouping by the number of digits alone,
    so Babel formats 1…1 with as many digits and the other amounts fill its digit slots:
    a 10,000-product shop asks Babel a few times instead of 10,000 (0.5 s).
    tests/export/test_incremental.py holds it to Babel's own output.
    """

    def __init__(self, currency: str, language: str) -> None:
        self.currency = currency
        self.locale = babel_locale(language)
        self.digits = minor_digits(currency)
        self._shapes: dict[tuple[int, bool], list[str] | None] = {}
        self._texts: dict[int, str] = {}

    def _babel(self, amount: int) -> str:
        return format_currency(to_decimal(amount, self.currency), self.currency,
                               locale=self.locale)

    def __call__(self, amount: int) -> str:
        text = self._texts.get(amount)
        if text is not None:
            return text
        digits = str(abs(amount)).rjust(self.digits + 1, "0")  # "005" is 0.05
        key = (len(digits), amount < 0)
        if key not in self._shapes:
            probe = self._babel(int("1" * len(digits)) * (-1 if amount < 0 else 1))
            # A symbol holding a 1, or digits other than ASCII: ask Babel for each amount.
            self._shapes[key] = probe.split("1") if probe.count("1") == len(digits) else None
        shape = self._shapes[key]
        if shape is None:
            text = self._babel(amount)
        else:
            text = "".join(piece + d for piece, d in zip(shape, digits, strict=False)) + shape[-1]
        self._texts[amount] = text
        return text


class Link(NamedTuple):
    title: str
    url: str


class CardDrop(NamedTuple):
    """A whole-product drop price a card shows while the drop is live (25-card-drops.js)."""

    start: str
    end: str
    price_text: str


@dataclass(slots=True)
class VariantView:
    id: int
    sku: str | None
    options: list[str]
    label: str
    price: int
    price_text: str
    compare: int | None
    compare_text: str
    availability: str
    quantity: int | None
    stock_text: str
    image: int | None  # index into the product's images


@dataclass(slots=True)
class ProductDrop:
    """A drop the product is in, as its page names it."""

    slug: str
    name: str
    starts_at: str
    ends_at: str
    variant_id: int | None
    price: int | None
    price_text: str
    remaining: int | None
    url: str


@dataclass(slots=True)
class ProductView:
    id: int
    slug: str
    url: str
    title: str
    description: str
    paragraphs: list[str]
    price: int
    price_text: str
    compare: int | None
    compare_text: str
    sku: str | None
    availability: str
    quantity: int | None
    stock_text: str
    options: list[Option]
    variants: list[VariantView]
    selected: VariantView | None
    images: list[ImageView]
    cover: ImageView | None
    tags: list[str]
    featured: bool
    drops: list[ProductDrop]
    drop_limited: bool
    card_drops: list[CardDrop]
    collections: list[Link]
    updated_at: str


@dataclass(slots=True)
class CollectionView:
    id: int | None
    slug: str | None
    title: str
    description: str
    paragraphs: list[str]
    url: str
    products: list[ProductView]
    image: ImageView | None


@dataclass(slots=True)
class DropItemView:
    product: ProductView
    variant: VariantView | None
    variant_id: int | None
    drop_price: int | None
    drop_price_text: str
    quantity_cap: int | None
    sold: int
    remaining: int | None


@dataclass(slots=True)
class DropView:
    id: int
    slug: str
    name: str
    description: str
    paragraphs: list[str]
    timezone: str | None
    preview_at: str | None
    starts_at: str
    ends_at: str
    url: str
    items: list[DropItemView]
    ended: bool
    live: bool
    now: str  # the page shows the drop's state at the export


def card_drops(drops: list[ProductDrop]) -> list[CardDrop]:
    """What a card shows of drops: whole-product drop prices only; a variant's belongs on
    the product page, where the variant is picked."""
    return [CardDrop(d.starts_at, d.ends_at, d.price_text) for d in drops
            if d.variant_id is None and d.price is not None]


@cache
def _image_base(image_hash: str, width: int, height: int) -> ImageView:
    # The same image shows on many pages and in both languages: its view is made once.
    return image_view(image_hash, "", (width, height))


def image_of(source: Source, image_hash: str | None, alt: str) -> ImageView | None:
    """An image's view, or None when the shop file does not have it."""
    size = source.image_sizes.get(image_hash or "")
    if size is None:
        return None
    base = _image_base(image_hash or "", *size)
    return ImageView(base.hash, alt, *base[2:])


class ViewMaker:
    """Makes the views of one language in one process; product views are remembered."""

    def __init__(self, source: Source, language: str, reader: ProductReader) -> None:
        self.source = source
        self.reader = reader
        self.language = language
        self.t = Words(language)
        self._products: dict[int, ProductView] = {}
        self._price = PriceText(source.shop.currency, language)
        self._links = {c.id: Link(c.title, page_of("collection", c.slug))
                       for c in source.collections if c.slug}

    def money(self, amount: int | None) -> str:
        return "" if amount is None else self._price(amount)

    def image(self, image_hash: str | None, alt: str) -> ImageView | None:
        return image_of(self.source, image_hash, alt)

    def products(self, ids: list[int]) -> list[ProductView]:
        """Views of the published products among ``ids``, in that order (read in bulk)."""
        return [self.product(p) for p in self.reader.many(ids)]

    def product(self, data: ProductData) -> ProductView:
        view = self._products.get(data.id)
        if view is None:
            view = self._products[data.id] = self._product(data)
        return view

    def _product(self, data: ProductData) -> ProductView:
        title, description = self._texts(data)
        images = [v for v in (self.image(i.hash, i.alt or title) for i in data.images)
                  if v is not None]
        variants = self._variants(data, [i.hash for i in images])
        first = next((v for v in variants if v.availability != "sold_out"),
                     variants[0] if variants else None)
        offer = first or self._offer(data.row)  # what the product page starts with
        drops = self._drops(data)
        return ProductView(
            id=data.id, slug=data.slug, url=page_of("product", data.slug), title=title,
            description=description, paragraphs=paragraphs(description), price=offer.price,
            price_text=offer.price_text, compare=offer.compare,
            compare_text=offer.compare_text, sku=offer.sku, availability=offer.availability,
            quantity=offer.quantity, stock_text=offer.stock_text, options=data.options,
            variants=variants, selected=first, images=images,
            cover=images[0] if images else None, tags=data.tags,
            featured=bool(data.row["featured"]), drops=drops,
            drop_limited=any(d.remaining is not None for d in drops),
            card_drops=card_drops(drops),
            collections=[self._links[c] for c in data.collection_ids if c in self._links],
            updated_at=data.row["updated_at"])

    def _texts(self, data: ProductData) -> tuple[str, str]:
        """Title and description in this language, each falling back to the default
        language's on its own: a title may be translated while the description is not."""
        row, own = data.row, data.translations.get(self.language) or {}
        return own.get("title") or row["title"], own.get("description") or row["description"]

    def _offer(self, row: dict) -> VariantView:
        """A product without variants sells itself: its row as a variant's view."""
        return self._variant_view(row, row["price"], row["compare_at_price"], [], None)

    def _variant_view(self, v: dict, price: int, compare: int | None, values: list[str],
                      image: int | None) -> VariantView:
        shown = compare if compare and compare > price else None
        return VariantView(
            id=v["id"], sku=v["sku"], options=values, label=" / ".join(values), price=price,
            price_text=self.money(price), compare=shown,
            compare_text=self.money(shown) if shown else "", availability=v["availability"],
            quantity=v["quantity"], stock_text=stock_text(self.t, v["availability"],
                                                          v["quantity"]), image=image)

    def _variants(self, data: ProductData, hashes: list[str]) -> list[VariantView]:
        row, out = data.row, []
        for v in data.variants:
            own = v["price"] is not None  # else the product's price and compare-at price
            values = [x for x in (v["option1"], v["option2"], v["option3"]) if x is not None]
            view = self._variant_view(
                v, v["price"] if own else row["price"],
                v["compare_at_price"] if own else row["compare_at_price"], values,
                hashes.index(v["image_hash"]) if v["image_hash"] in hashes else None)
            view.options = values[:len(data.options)]
            out.append(view)
        return out

    def _drops(self, data: ProductData) -> list[ProductDrop]:
        return [ProductDrop(drop.slug, drop.name, drop.starts_at, drop.ends_at,
                            item.variant_id, item.drop_price, self.money(item.drop_price),
                            item.remaining, page_of("drop", drop.slug))
                for item, drop in data.drops]

    def search_entry(self, view: ProductView) -> str:
        """The product's entry in the search index, as JSON text: what its view shows."""
        variants = view.variants
        words = [view.title, *view.tags, view.sku or "", *(v.sku or "" for v in variants),
                 *(v.label for v in variants)]
        return str(script_json({
            "t": view.title, "u": view.url, "p": view.price_text,
            "k": " ".join(w for w in words if w).lower(),
            "i": view.cover.small if view.cover else "", "s": view.stock_text}))

    def collection(self, collection: Collection) -> CollectionView:
        items = self.products(self.source.members.get(collection.id or 0, []))
        return CollectionView(
            collection.id, collection.slug, collection.title, collection.description,
            paragraphs(collection.description), page_of("collection", collection.slug),
            items, self.image(collection.image_hash, collection.title)
            or (items[0].cover if items else None))

    def drop(self, drop: Drop) -> DropView:
        items = []
        for item in drop.shown:
            data = self.reader.get(item.product_id)
            if data is None:
                continue
            product = self.product(data)
            variant = next((v for v in product.variants if v.id == item.variant_id), None)
            items.append(DropItemView(product, variant, item.variant_id, item.drop_price,
                                      self.money(item.drop_price), item.quantity_cap,
                                      item.sold, item.remaining))
        now = self.source.now
        return DropView(drop.id, drop.slug, drop.name, drop.description,
                        paragraphs(drop.description), drop.timezone, drop.preview_at,
                        drop.starts_at, drop.ends_at, page_of("drop", drop.slug), items,
                        ended=drop.ends_at <= now, live=drop.starts_at <= now < drop.ends_at,
                        now=now)
