"""Every page of one language: which template, at which path, with which context."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from functools import partial
from itertools import islice

from ..core.urls import page_path
from .catalog import Catalog
from .content_views import ask_index_json, contact_links
from .safety import safe_href, script_json
from .seo import organization_jsonld, product_jsonld
from .views import ViewMaker, language_name

# (page folder, template, context maker, digest of the page's own data or None): a page
# with a digest is rendered only when the digest changed since the last export.
Page = tuple[str, str, Callable[[], dict], str | None]
HOME_FEATURED = 8
HOME_MORE = 12  # (path of the page folder, template, context)


def prefix_of(language: str, default: str) -> str:
    """Folder of a language: none for the default, ``<lang>/`` (lower case) for the others."""
    return "" if language == default else language.lower() + "/"


def channel_views(catalog: Catalog, maker: ViewMaker) -> list[dict]:
    """The seller's channels with ready links (no message yet; the cart fills it in)."""
    out = []
    for link in contact_links(catalog.shop):
        value = link["value"]
        qr = maker.image(link["qr_image_hash"], maker.t("cart.wechat_qr"))
        href = {"whatsapp": f"https://wa.me/{value.lstrip('+')}", "sms": f"sms:{value}",
                "email": f"mailto:{value}", "telegram": f"https://t.me/{value}"}.get(
            link["kind"])
        out.append({"kind": link["kind"], "value": value, "href": safe_href(href),
                    "qr": qr})
    return out


class LanguageSite:
    """The pages of one language; ``pages()`` yields them in a stable order."""

    def __init__(self, catalog: Catalog, language: str, common: dict, posts: list[dict],
                 ask_json: str) -> None:
        self.catalog = catalog
        self.language = language
        self.default = catalog.shop.default_language
        self.maker = ViewMaker(catalog, language)
        self.common = common
        self.posts = [p for p in posts if p["language"] in (None, "", language)] or posts
        self.ask_json = ask_json
        self.base_url = catalog.shop.base_url
        # The same for every page of the language: made once, not per page.
        shop = catalog.shop
        self.channels = channel_views(catalog, self.maker)
        self.cart_json = script_json({
            "shop": shop.name, "currency": shop.currency, "locale": language,
            "words": self.maker.t.subset("order.") | self.maker.t.subset("cart."),
            "cart": "cart/"})

    def absolute(self, path: str, language: str | None = None) -> str:
        if not self.base_url:
            return ""
        return self.base_url + prefix_of(language or self.language, self.default) + path

    def context(self, path: str, title: str, description: str, *, image: dict | None = None,
                kind: str = "website", jsonld: list[dict] | None = None, **extra) -> dict:
        depth = path.count("/") + self.prefix.count("/")
        root = "../" * depth
        languages = [{"code": lang, "name": language_name(lang),
                      "href": "../" * depth + prefix_of(lang, self.default) + path
                      + "index.html", "current": lang == self.language,
                      "absolute": self.absolute(path, lang)}
                     for lang in self.catalog.shop.languages]
        og_image = ""
        if image and self.base_url:
            og_image = self.base_url + image["large"]
        return {
            **self.common, "t": self.maker.t, "lang": self.language, "root": root,
            "home": root + self.prefix, "path": path, "languages": languages,
            "page": {"title": title, "description": " ".join(description.split())[:200],
                     "canonical": self.absolute(path), "og_image": og_image,
                     "og_image_size": image["large_size"] if og_image and image else None,
                     "type": kind},
            "jsonld": [script_json(j) for j in (jsonld or [])],
            "channels": self.channels, "cart_json": self.cart_json,
            **extra,
        }

    @property
    def prefix(self) -> str:
        return prefix_of(self.language, self.default)

    def pages(self) -> Iterator[Page]:
        m, shop, t = self.maker, self.catalog.shop, self.maker.t
        catalog = self.catalog
        drops = [m.drop(d) for d in catalog.drops]
        # The home page stays small whatever the shop's size: the first round trip is
        # what a buyer on a slow phone waits for; search and collections reach the rest.
        # Only the products it shows get views: a re-export builds no view for a product
        # whose page is kept.
        chosen = ([p for p in catalog.products if p.row["featured"]]
                  or catalog.products)[:HOME_FEATURED]
        featured = [m.product(p) for p in chosen]
        skip = {p.id for p in chosen}
        more = [m.product(p) for p in islice(
            (p for p in catalog.products if p.id not in skip), HOME_MORE)]
        logo = m.image(shop.logo_hash, shop.name)
        org = organization_jsonld(shop.name, self.absolute(""),
                                  self.base_url + logo["large"] if logo and self.base_url
                                  else "", [{"kind": c.kind, "value": c.value}
                                            for c in shop.channels])
        cover = featured[0]["cover"] if featured else logo
        links = [{"title": c.title, "url": page_path("collection", c.slug)}
                 for c in catalog.collections if c.slug]  # all the home page reads of them
        yield "", "home.html", partial(
            self.context, "", shop.name, shop.tagline or shop.name, image=cover, jsonld=[org],
            featured=featured, products=more, collections=links,
            drops=[d for d in drops if not d["ended"]], posts=self.posts[:3]), None
        sizes = catalog.image_sizes
        for data in catalog.products:
            yield (page_path("product", data.slug), "product.html",
                   partial(self.product_context, data), data.digest(sizes))
        for c in catalog.collections:
            if c.slug:
                yield (page_path("collection", c.slug), "collection.html",
                       partial(self.collection_context, c), self.collection_digest(c))
        for drop in drops:
            first = drop["items"][0]["product"]["cover"] if drop["items"] else None
            yield drop["url"], "drop.html", partial(
                self.context, drop["url"], f"{drop['name']} · {shop.name}", drop["description"]
                or drop["name"], image=first, drop=drop), None
        yield "posts/", "posts.html", partial(
            self.context, "posts/", f"{t('posts.heading')} · {shop.name}", t("posts.heading"),
            posts=self.posts), None
        for post in self.posts:
            yield page_path("post", post["slug"]), "post.html", partial(
                self.context, page_path("post", post["slug"]),
                f"{post['display_title']} · {shop.name}",
                post["excerpt"] or post["display_title"], post=post,
                post_images=[m.image(i["hash"], i["alt"]) for i in post["images"]],
                post_products=m.products([p["id"] for p in post["products"]])), None
        yield "about/", "about.html", partial(
            self.context, "about/", f"{t('shop.about')} · {shop.name}", shop.about or shop.name,
            ask_json=self.ask_json), None
        yield "search/", "search.html", partial(
            self.context, "search/", f"{t('shop.search')} · {shop.name}", t("search.label"),
            search_json=script_json([m.search_entry(p) for p in catalog.products])), None
        yield "cart/", "cart.html", partial(
            self.context, "cart/", f"{t('cart.heading')} · {shop.name}", t("cart.heading"),
            noindex=True), None

    def product_context(self, data) -> dict:
        product, shop = self.maker.product(data), self.catalog.shop
        url = self.absolute(product["url"])
        ld = product_jsonld(product, shop.currency, url,
                            [self.base_url + i["large"] for i in product["images"]]
                            if self.base_url else [], shop.name)
        return self.context(
            product["url"], f"{product['title']} · {shop.name}", product["description"]
            or product["title"], image=product["cover"], kind="product", jsonld=[ld],
            product=product, product_json=script_json(self.product_script(product)))

    def collection_context(self, collection) -> dict:
        view = self.maker.collection(collection)
        return self.context(
            view["url"], f"{view['title']} · {self.catalog.shop.name}",
            view["description"] or view["title"], image=view["image"], collection=view)

    def collection_digest(self, collection) -> str:
        """What a collection page shows: its own fields and image, its products' data."""
        sizes = self.catalog.image_sizes
        members = [p.digest(sizes) for p in (self.catalog.product(i) for i in
                                             self.catalog.collection_products.get(
                                                 collection.id, [])) if p]
        data = [sorted(vars(collection).items()), sizes.get(collection.image_hash or ""),
                members]
        return hashlib.sha256(repr(data).encode("utf-8", "surrogatepass")).hexdigest()

    def product_script(self, product: dict) -> dict:
        """What 20-product.js reads: variants with prices, SKUs, stock, and drop windows."""
        cover = product["cover"]
        return {
            "id": product["id"], "title": product["title"], "url": product["url"],
            "price": product["price"], "sku": product["sku"],
            "a": product["availability"], "q": product["quantity"],
            "img": cover["small"] if cover else "", "locale": self.language,
            "currency": self.catalog.shop.currency,
            "options": [o["name"] for o in product["options"]],
            "variants": [{"id": v["id"], "sku": v["sku"], "o": v["options"], "price": v["price"],
                          "compare": v["compare"], "a": v["availability"], "q": v["quantity"],
                          "s": v["stock_text"], "image": v["image"]}
                         for v in product["variants"]],
            "drops": [{"start": d["starts_at"], "end": d["ends_at"], "vid": d["variant_id"],
                       "price": d["price"], "left": d["remaining"]} for d in product["drops"]],
        }


def ask_json_for(store) -> str:
    return ask_index_json(store)
