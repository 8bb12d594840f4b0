"""Every page of one language: which template, at which path, with which context."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from functools import partial
from itertools import islice
from typing import NamedTuple

from ..core.urls import page_path
from .catalog import Catalog
from .content_views import contact_links
from .safety import ScriptJson, is_script_safe, safe_href, script_json
from .seo import organization_jsonld, product_jsonld
from .views import ViewMaker, language_name

HOME_FEATURED = 8
HOME_MORE = 12
# A search index cache: product id -> (its token, its entry as JSON text) (search_json).
SearchCache = dict[str, tuple[str, str]]


class Page(NamedTuple):
    """A page to write: its folder, template, context maker and the digest of what it shows
    (rendered only when that changed since the last export; None: always rendered)."""

    path: str
    template: str
    context: Callable[[], dict]
    digest: str | None
    needs: tuple[int, ...] = ()  # products its context reads, loaded in bulk beforehand
    local: bool = False  # its context keeps state for the export: never in a forked child


def prefix_of(language: str, default: str) -> str:
    """Folder of a language: none for the default, ``<lang>/`` (lower case) for the others."""
    return "" if language == default else language.lower() + "/"


def posts_in(posts: list[dict], language: str) -> list[dict]:
    """The posts a language's pages show: its own and those of no language (or, when it
    has none of its own, every post)."""
    return [p for p in posts if p["language"] in (None, "", language)] or posts


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
                 ask_json: str, search_cache: SearchCache | None = None) -> None:
        self.catalog = catalog
        # The last export's search entries of this language; those whose token is
        # unchanged are reused. ``search_cache`` becomes this export's once it is made.
        self.search_cache: SearchCache = search_cache or {}
        self.fragments: dict = {}  # parts of pages many share (render.FragmentCache)
        self.language = language
        self.default = catalog.shop.default_language
        self.maker = ViewMaker(catalog, language)
        self.common = common
        self.posts = posts_in(posts, language)
        # A post's page exists only in the languages that show it: the others get no
        # alternate, and their language link leads to their own list of posts.
        shown = {lang: {p["slug"] for p in posts_in(posts, lang)}
                 for lang in catalog.shop.languages}
        self.post_languages = {p["slug"]: [lang for lang in catalog.shop.languages
                                           if p["slug"] in shown[lang]] for p in self.posts}
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
                kind: str = "website", jsonld: list[dict] | None = None,
                exists_in: list[str] | None = None, fallback: str = "", **extra) -> dict:
        """A page's context; ``exists_in`` names the languages the page exists in (all
        when None); a language link of one it does not exist in leads to ``fallback``."""
        depth = path.count("/") + self.prefix.count("/")
        root = "../" * depth
        languages = []
        for lang in self.catalog.shop.languages:
            exists = exists_in is None or lang in exists_in
            there = path if exists else fallback
            languages.append({"code": lang, "name": language_name(lang),
                              "href": root + prefix_of(lang, self.default) + there
                              + "index.html", "current": lang == self.language,
                              "exists": exists,
                              "absolute": self.absolute(path, lang) if exists else ""})
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
            "fragments": self.fragments,
            **extra,
        }

    @property
    def prefix(self) -> str:
        return prefix_of(self.language, self.default)

    def pages(self) -> Iterator[Page]:
        m, shop, t = self.maker, self.catalog.shop, self.maker.t
        catalog = self.catalog
        entries = catalog.entries
        # The home page stays small whatever the shop's size: the first round trip is
        # what a buyer on a slow phone waits for; search and collections reach the rest.
        chosen = ([e for e in entries if e.featured] or entries)[:HOME_FEATURED]
        skip = {e.id for e in chosen}
        more = list(islice((e for e in entries if e.id not in skip), HOME_MORE))
        catalog.preload([e.id for e in chosen + more] + [
            i["product_id"] for d in catalog.drops for i in d["items"]])
        drops = [m.drop(d) for d in catalog.drops]
        featured = m.products([e.id for e in chosen])
        logo = m.image(shop.logo_hash, shop.name)
        org = organization_jsonld(shop.name, self.absolute(""),
                                  self.base_url + logo["large"] if logo and self.base_url
                                  else "", [{"kind": c.kind, "value": c.value}
                                            for c in shop.channels])
        cover = featured[0]["cover"] if featured else logo
        links = [{"title": c.title, "url": page_path("collection", c.slug)}
                 for c in catalog.collections if c.slug]  # all the home page reads of them
        yield Page("", "home.html", partial(
            self.context, "", shop.name, shop.tagline or shop.name, image=cover, jsonld=[org],
            featured=featured, products=m.products([e.id for e in more]), collections=links,
            drops=[d for d in drops if not d["ended"]], posts=self.posts[:3]), None)
        for entry in entries:
            yield Page(page_path("product", entry.slug), "product.html",
                       partial(self.product_context, entry.id), entry.token, (entry.id,))
        for c in catalog.collections:
            if c.slug:
                yield Page(page_path("collection", c.slug), "collection.html",
                           partial(self.collection_context, c), self.collection_digest(c),
                           tuple(catalog.collection_products.get(c.id or 0, [])))
        for drop in drops:
            first = drop["items"][0]["product"]["cover"] if drop["items"] else None
            yield Page(drop["url"], "drop.html", partial(
                self.context, drop["url"], f"{drop['name']} · {shop.name}", drop["description"]
                or drop["name"], image=first, drop=drop), None)
        yield Page("posts/", "posts.html", partial(
            self.context, "posts/", f"{t('posts.heading')} · {shop.name}", t("posts.heading"),
            posts=self.posts), None)
        for post in self.posts:
            yield Page(page_path("post", post["slug"]), "post.html", partial(
                self.context, page_path("post", post["slug"]),
                f"{post['display_title']} · {shop.name}",
                post["excerpt"] or post["display_title"], post=post,
                post_images=[m.image(i["hash"], i["alt"]) for i in post["images"]],
                post_products=m.products([p["id"] for p in post["products"]]),
                exists_in=self.post_languages[post["slug"]], fallback="posts/"), None)
        yield Page("about/", "about.html", partial(
            self.context, "about/", f"{t('shop.about')} · {shop.name}", shop.about or shop.name,
            ask_json=self.ask_json), None)
        yield Page("search/", "search.html", lambda: self.context(
            "search/", f"{t('shop.search')} · {shop.name}", t("search.label"),
            search_json=self.search_json()), self.search_digest(), local=True)
        yield Page("cart/", "cart.html", partial(
            self.context, "cart/", f"{t('cart.heading')} · {shop.name}", t("cart.heading"),
            noindex=True), None)
        # What sw.js shows, offline, for a page this language's buyer has not opened yet.
        yield Page("offline/", "offline.html", partial(
            self.context, "offline/", f"{t('offline.heading')} · {shop.name}",
            t("offline.heading"), noindex=True, prefix=self.prefix,
            prefixes=[prefix_of(lang, self.default) for lang in shop.languages]), None)

    def search_digest(self) -> str | None:
        """The search page shows every product's entry: it changes with any token."""
        tokens = [e.token for e in self.catalog.entries]
        if any(token is None for token in tokens):
            return None
        data = "\n".join(f"{e.id} {e.token}" for e in self.catalog.entries)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()

    def search_json(self) -> str:
        """The search index; entries of unchanged products come from the last export's.

        Entries are kept as the JSON text they were written as: the index is their join,
        which is what script_json gives for the whole list (sorted keys, no spaces).
        """
        old, new = self.search_cache, {}
        entries = self.catalog.entries
        stale = [e.id for e in entries if e.token is None or (old.get(str(e.id)) or ("",))[0]
                 != e.token]
        self.catalog.preload(stale)
        parts = []
        for e in entries:
            hit = old.get(str(e.id))
            if e.token is not None and hit is not None and hit[0] == e.token:
                text = hit[1]
            else:
                data = self.catalog.product(e.id)
                if data is None:
                    continue
                text = str(script_json(self.maker.search_entry(data)))
            if e.token is not None:
                new[str(e.id)] = (e.token, text)
            parts.append(text)
        text = "[" + ",".join(parts) + "]"
        if old and not is_script_safe(text):
            # The cache is a file in the output folder: text it holds that script_json
            # could not have written is dropped, and every entry made anew.
            self.search_cache = {}
            return self.search_json()
        self.search_cache = new
        return ScriptJson(text)

    def product_context(self, product_id: int) -> dict:
        data = self.catalog.product(product_id)
        assert data is not None, product_id  # an entry of the index is published
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

    def collection_digest(self, collection) -> str | None:
        """What a collection page shows: its own fields and image, its products' data."""
        members = [(i, self.catalog.token(i)) for i in
                   self.catalog.collection_products.get(collection.id or 0, [])]
        if any(token is None for _, token in members):
            return None
        data = [sorted(vars(collection).items()),
                self.catalog.image_sizes.get(collection.image_hash or ""), members]
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

