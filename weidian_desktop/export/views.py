"""Per-language view data for the templates: products, collections, drops (plain dicts)."""

from __future__ import annotations

from functools import cache

from babel import Locale
from babel.numbers import format_currency

from ..core.formats import babel_locale
from ..core.money import minor_digits, to_decimal
from ..core.urls import page_path
from .catalog import Catalog, ProductData
from .images import image_view
from .words import Words


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


@cache
def _image_base(image_hash: str, width: int, height: int) -> dict:
    # The same image shows on many pages and in both languages: its view is made once.
    return image_view(image_hash, "", (width, height))


class ViewMaker:
    """Builds the views of one language; product views are cached (pages share them)."""

    def __init__(self, catalog: Catalog, language: str) -> None:
        self.catalog = catalog
        self.language = language
        self.t = Words(language)
        self.currency = catalog.shop.currency
        self._products: dict[int, dict] = {}
        self._price = PriceText(self.currency, language)

    def money(self, amount: int | None) -> str:
        return "" if amount is None else self._price(amount)

    def image(self, image_hash: str | None, alt: str) -> dict | None:
        size = self.catalog.image_sizes.get(image_hash or "")
        return None if size is None else {**_image_base(image_hash or "", *size), "alt": alt}

    def _texts(self, product: ProductData) -> tuple[str, str]:
        row = product.row
        own = product.translations.get(self.language) or {}
        # Fall back to the default language field by field: a title may be translated
        # while the description is not yet.
        return (own.get("title") or row["title"]), (own.get("description") or row["description"])

    def product(self, product: ProductData) -> dict:
        if product.id in self._products:
            return self._products[product.id]
        row = product.row
        title, description = self._texts(product)
        images = [v for v in (self.image(i["hash"], i["alt"] or title) for i in product.images)
                  if v is not None]
        hashes = [i["hash"] for i in images]
        variants = []
        for v in product.variants:
            price = row["price"] if v["price"] is None else v["price"]
            compare = v["compare_at_price"] if v["price"] is not None else row["compare_at_price"]
            values = [x for x in (v["option1"], v["option2"], v["option3"]) if x is not None]
            variants.append({
                "id": v["id"], "sku": v["sku"], "options": values[:len(product.options)],
                "label": " / ".join(values), "price": price, "price_text": self.money(price),
                "compare": compare if compare and compare > price else None,
                "compare_text": self.money(compare) if compare and compare > price else "",
                "availability": v["availability"], "quantity": v["quantity"],
                "stock_text": stock_text(self.t, v["availability"], v["quantity"]),
                "image": hashes.index(v["image_hash"]) if v["image_hash"] in hashes else None,
            })
        first = next((v for v in variants if v["availability"] != "sold_out"),
                     variants[0] if variants else None)
        price = first["price"] if first else row["price"]
        compare = first["compare"] if first else row["compare_at_price"]
        compare = compare if compare and compare > price else None
        drops = [{"slug": d["drop"]["slug"], "name": d["drop"]["name"],
                  "starts_at": d["drop"]["starts_at"], "ends_at": d["drop"]["ends_at"],
                  "variant_id": d["variant_id"], "price": d["drop_price"],
                  "price_text": self.money(d["drop_price"]), "remaining": d["remaining"],
                  "url": page_path("drop", d["drop"]["slug"])} for d in product.drop_items]
        view = {
            "id": product.id, "slug": product.slug, "url": page_path("product", product.slug),
            "title": title, "description": description, "paragraphs": paragraphs(description),
            "price": price, "price_text": self.money(price), "compare": compare,
            "compare_text": self.money(compare) if compare else "",
            "sku": first["sku"] if first else row["sku"],
            "availability": first["availability"] if first else row["availability"],
            "quantity": first["quantity"] if first else row["quantity"],
            "stock_text": (first or {}).get("stock_text") or stock_text(
                self.t, row["availability"], row["quantity"]),
            "options": product.options, "variants": variants, "selected": first,
            "images": images, "cover": images[0] if images else None, "tags": product.tags,
            "featured": bool(row["featured"]), "drops": drops,
            "drop_limited": any(d["remaining"] is not None for d in drops),
            # What a card shows of drops (25-card-drops.js switches on the buyer's clock):
            # whole-product drop prices only; a variant's belongs on the product page.
            "card_drops": [{"start": d["starts_at"], "end": d["ends_at"],
                            "price_text": d["price_text"]} for d in drops
                           if d["variant_id"] is None and d["price"] is not None],
            "collections": [c for c in (self.collection_link(cid)
                                        for cid in product.collection_ids) if c],
            "updated_at": row["updated_at"],
        }
        self._products[product.id] = view
        return view

    def search_entry(self, product: ProductData) -> dict:
        """The search index's entry, straight from the catalogue: the same values the
        product's view gives, without building the view (a 10,000-product re-export needs
        every entry but only the changed products' views)."""
        view = self._products.get(product.id)
        if view is not None:
            title, tags, sku, price_text, stock = (view["title"], view["tags"], view["sku"],
                                                   view["price_text"], view["stock_text"])
            variants = [(v["sku"], v["label"]) for v in view["variants"]]
            cover = view["cover"]["small"] if view["cover"] else ""
        else:
            row = product.row
            title, tags = self._texts(product)[0], product.tags
            first = next((v for v in product.variants if v["availability"] != "sold_out"),
                         product.variants[0] if product.variants else None)
            source = first or row
            sku = source["sku"]
            price = row["price"] if first is None or first["price"] is None else first["price"]
            price_text = self.money(price)
            stock = stock_text(self.t, source["availability"], source["quantity"])
            variants = [(v["sku"], " / ".join(
                x for x in (v["option1"], v["option2"], v["option3"]) if x is not None))
                for v in product.variants]
            cover = ""
            for image in product.images:
                size = self.catalog.image_sizes.get(image["hash"])
                if size is not None:  # the smallest JPEG of the first image that exists
                    cover = _image_base(image["hash"], *size)["small"]
                    break
        words = [title, *tags, sku or "", *(s or "" for s, _ in variants),
                 *(label for _, label in variants)]
        return {"t": title, "u": page_path("product", product.slug), "p": price_text,
                "k": " ".join(w for w in words if w).lower(), "i": cover, "s": stock}

    def collection_link(self, collection_id: int) -> dict | None:
        for c in self.catalog.collections:
            if c.id == collection_id and c.slug:
                return {"title": c.title, "url": page_path("collection", c.slug)}
        return None

    def products(self, ids: list[int]) -> list[dict]:
        """Views of the published products among ``ids``, in that order (read in bulk)."""
        return [self.product(p) for p in self.catalog.products(ids)]

    def collection(self, collection) -> dict:
        ids = self.catalog.collection_products.get(collection.id, [])
        items = self.products(ids)
        return {"id": collection.id, "slug": collection.slug, "title": collection.title,
                "description": collection.description,
                "paragraphs": paragraphs(collection.description),
                "url": page_path("collection", collection.slug), "products": items,
                "image": self.image(collection.image_hash, collection.title) or (
                    items[0]["cover"] if items else None)}

    def drop(self, drop: dict) -> dict:
        """The ``drop`` dict drop pages get (with the countdown and the price switch)."""
        items = []
        for item in drop["items"]:
            data = self.catalog.product(item["product_id"])
            if data is None:
                continue
            product = self.product(data)
            variant = next((v for v in product["variants"] if v["id"] == item["variant_id"]),
                           None)
            items.append({"product": product, "variant": variant,
                          "variant_id": item["variant_id"], "drop_price": item["drop_price"],
                          "drop_price_text": self.money(item["drop_price"]),
                          "quantity_cap": item["quantity_cap"], "sold": item["sold"],
                          "remaining": item["remaining"]})
        return {"id": drop["id"], "slug": drop["slug"], "name": drop["name"],
                "description": drop["description"], "paragraphs": paragraphs(drop["description"]),
                "timezone": drop["timezone"], "preview_at": drop["preview_at"],
                "starts_at": drop["starts_at"], "ends_at": drop["ends_at"],
                "url": page_path("drop", drop["slug"]), "items": items,
                "ended": drop["ends_at"] <= self.catalog.now,
                "live": drop["starts_at"] <= self.catalog.now < drop["ends_at"],
                "now": self.catalog.now}  # the page shows the state at the export
