"""The pages of one language: which there are (``jobs``) and what each shows (``context``).

A page to render is a ``PageJob``, plain data (its path, template, kind and the key of
what it shows), so any process can render it: ``SitePages.context`` makes its template
context from the kind and key, with the views of this process's ``ViewMaker``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from itertools import islice
from typing import NamedTuple
from urllib.parse import urlsplit

from .content_views import PostView
from .images import ImageView, LogoView
from .load import Source
from .safety import safe_href, script_json
from .seo import organization_jsonld, product_jsonld
from .views import Link, ProductView, ViewMaker, language_name, page_of, paragraphs

HOME_FEATURED = 8
HOME_MORE = 12


class PageJob(NamedTuple):
    """A page to write: where, with which template, showing what (``kind`` and ``key``),
    and the digest of what it shows (None: rendered every time)."""

    path: str  # in the export folder
    page: str  # its folder within its language ("" for the home page, "p/mug/")
    template: str
    kind: str  # the SitePages method that makes its context: home, product, …
    language: str
    key: int | str | None = None  # the product, collection, drop or post it shows
    digest: str | None = None
    needs: tuple[int, ...] = ()  # products it shows, read in bulk before rendering


@dataclass(slots=True)
class PageMeta:
    title: str
    description: str
    canonical: str
    og_image: str
    og_image_size: tuple[int, int] | None
    type: str


@dataclass(slots=True)
class LanguageLink:
    code: str
    name: str
    href: str
    current: bool
    absolute: str  # "" where the page does not exist in that language
    exists: bool = True


@dataclass(slots=True)
class ChannelView:
    kind: str
    value: str
    href: str | None
    qr: ImageView | None


def prefix_of(language: str, default: str) -> str:
    """Folder of a language: none for the default, ``<lang>/`` (lower case) for the others."""
    return "" if language == default else language.lower() + "/"


def channel_href(kind: str, value: str) -> str | None:
    """Where a channel's link leads (the cart adds the message where the channel can)."""
    href = {"whatsapp": f"https://wa.me/{value.lstrip('+')}", "sms": f"sms:{value}",
            "email": f"mailto:{value}", "telegram": f"https://t.me/{value}"}.get(kind)
    return safe_href(href)


def home_products(source: Source) -> tuple[list[int], list[int]]:
    """The home page's featured products and the few after them: it stays small whatever
    the shop's size (the first round trip is what a buyer on a slow phone waits for);
    search and collections reach the rest."""
    entries = source.entries
    chosen = ([e for e in entries if e.featured] or entries)[:HOME_FEATURED]
    skip = {e.id for e in chosen}
    more = islice((e for e in entries if e.id not in skip), HOME_MORE)
    return [e.id for e in chosen], [e.id for e in more]


def posts_of(posts: list[PostView], language: str) -> list[PostView]:
    """The posts a language shows: its own and those of no language (all when it has none)."""
    return [p for p in posts if p.language in (None, "", language)] or posts


class SitePages:
    """The pages of one language; ``jobs()`` lists them in a stable order."""

    def __init__(self, source: Source, language: str, common: dict, posts: list[PostView],
                 views: ViewMaker) -> None:
        self.source = source
        self.shop = source.shop
        self.language = language
        self.default = source.shop.default_language
        self.prefix = prefix_of(language, self.default)
        self.views = views
        self.t = views.t
        self.common = common
        self.posts = posts_of(posts, language)
        # A post's page exists only in the languages that show it: the others get no
        # alternate, and their language link leads to their own list of posts.
        shown = {lang: {p.slug for p in posts_of(posts, lang)} for lang in self.shop.languages}
        self.post_languages = {p.slug: [lang for lang in self.shop.languages
                                        if p.slug in shown[lang]] for p in self.posts}
        self.fragments: dict = {}  # parts of pages many share (render.FragmentCache)
        # The same for every page of the language: made once, not per page.
        self.channels = [ChannelView(c.kind, c.value, channel_href(c.kind, c.value),
                                     views.image(c.qr_image_hash, self.t("cart.wechat_qr")))
                         for c in self.shop.channels]
        self.cart_json = script_json({
            "shop": self.shop.name, "currency": self.shop.currency, "locale": language,
            "words": self.t.subset("order.") | self.t.subset("cart."), "cart": "cart/"})

    # --- which pages ---------------------------------------------------------------
    def _job(self, page: str, template: str, kind: str, key: int | str | None = None,
             digest: str | None = None, needs: tuple[int, ...] = ()) -> PageJob:
        return PageJob(self.prefix + page + "index.html", page, template, kind,
                       self.language, key, digest, needs)

    def jobs(self) -> list[PageJob]:
        """Every page of the language (none is rendered here)."""
        source, job = self.source, self._job
        return [
            job("", "home.html", "home"),
            *self._product_jobs(),
            *(job(page_of("collection", c.slug), "collection.html", "collection", c.id,
                  self.collection_digest(c.id or 0), tuple(source.members.get(c.id or 0, [])))
              for c in source.collections if c.slug),
            *(job(page_of("drop", d.slug), "drop.html", "drop", d.slug) for d in source.drops),
            job("posts/", "posts.html", "posts"),
            *(job(page_of("post", p.slug), "post.html", "post", p.slug) for p in self.posts),
            job("about/", "about.html", "about"),
            job("search/", "search.html", "search", digest=source.index_digest),
            job("cart/", "cart.html", "cart"),
            # What sw.js shows, offline, for a page this language's buyer has not opened.
            job("offline/", "offline.html", "offline"),
        ]

    def _product_jobs(self) -> list[PageJob]:
        """A job per product, made without a call each (ten thousand a language)."""
        prefix, language = self.prefix, self.language
        return [PageJob(f"{prefix}{page}index.html", page, "product.html", "product", language,
                        e.id, e.token, (e.id,))
                for e, page in zip(self.source.entries, self._product_pages(), strict=True)]

    def _product_pages(self) -> list[str]:
        return [page_of("product", e.slug) for e in self.source.entries]

    def collection_digest(self, collection_id: int) -> str | None:
        """What a collection page shows: its own fields and image, its products' data."""
        source = self.source
        members = [(i, source.token(i)) for i in source.members.get(collection_id, [])]
        if any(token is None for _, token in members):
            return None
        collection = next(c for c in source.collections if c.id == collection_id)
        data = [sorted(vars(collection).items()),
                source.image_sizes.get(collection.image_hash or ""), members]
        return hashlib.sha256(repr(data).encode("utf-8", "surrogatepass")).hexdigest()

    # --- what a page shows ---------------------------------------------------------
    def absolute(self, page: str, language: str | None = None) -> str:
        base = self.shop.base_url
        if not base:
            return ""
        return base + prefix_of(language or self.language, self.default) + page

    def context(self, job: PageJob, **extra: object) -> dict:
        """The template context of ``job`` (``extra``: what the search page is given)."""
        return getattr(self, f"_{job.kind}")(job, **extra)

    def page_context(self, page: str, title: str, description: str, *,
                     image: ImageView | None = None, kind: str = "website",
                     jsonld: list[dict] | None = None, exists_in: list[str] | None = None,
                     fallback: str = "", **extra: object) -> dict:
        """A page's context; ``exists_in`` names the languages the page exists in (all
        when None); a language link of one it does not exist in leads to ``fallback``."""
        depth = page.count("/") + self.prefix.count("/")
        root = "../" * depth
        languages = []
        for lang in self.shop.languages:
            exists = exists_in is None or lang in exists_in
            languages.append(LanguageLink(
                lang, language_name(lang),
                root + prefix_of(lang, self.default) + (page if exists else fallback)
                + "index.html", lang == self.language,
                self.absolute(page, lang) if exists else "", exists))
        og_image = self.shop.base_url + image.large if image and self.shop.base_url else ""
        return {
            **self.common, "t": self.t, "lang": self.language, "root": root,
            "home": root + self.prefix, "path": page, "languages": languages,
            "page": PageMeta(title, " ".join(description.split())[:200],
                             self.absolute(page), og_image,
                             image.large_size if og_image and image else None, kind),
            "jsonld": [script_json(j) for j in (jsonld or [])],
            "channels": self.channels, "cart_json": self.cart_json,
            "fragments": self.fragments, **extra,
        }

    def _home(self, job: PageJob) -> dict:
        source, views, shop = self.source, self.views, self.shop
        chosen, more = home_products(source)
        views.reader.read([*chosen, *more, *(i.product_id for d in source.drops
                                              for i in d.shown)])
        featured = views.products(chosen)
        logo = views.image(shop.logo_hash, shop.name)
        return self.page_context(
            "", shop.name, shop.tagline or shop.name,
            image=featured[0].cover if featured else logo, jsonld=[self._organization(logo)],
            featured=featured, products=views.products(more),
            collections=[Link(c.title, page_of("collection", c.slug))
                         for c in source.collections if c.slug],
            drops=[d for d in map(views.drop, source.drops) if not d.ended],
            posts=self.posts[:3])

    def _organization(self, logo: ImageView | None) -> dict:
        shop = self.shop
        logo_url = shop.base_url + logo.large if logo and shop.base_url else ""
        return organization_jsonld(shop.name, self.absolute(""), logo_url,
                                   [{"kind": c.kind, "value": c.value} for c in shop.channels])

    def _product(self, job: PageJob) -> dict:
        data = self.views.reader.get(int(job.key or 0))
        assert data is not None, job.key  # an entry of the index is published
        product, shop = self.views.product(data), self.shop
        url = self.absolute(product.url)
        ld = product_jsonld(product, shop.currency, url,
                            [shop.base_url + i.large for i in product.images]
                            if shop.base_url else [], shop.name)
        return self.page_context(
            product.url, f"{product.title} · {shop.name}", product.description
            or product.title, image=product.cover, kind="product", jsonld=[ld],
            product=product, product_json=script_json(self.product_script(product)))

    def _collection(self, job: PageJob) -> dict:
        collection = next(c for c in self.source.collections if c.id == job.key)
        view = self.views.collection(collection)
        return self.page_context(view.url, f"{view.title} · {self.shop.name}",
                                 view.description or view.title, image=view.image,
                                 collection=view)

    def _drop(self, job: PageJob) -> dict:
        drop = self.views.drop(next(d for d in self.source.drops if d.slug == job.key))
        first = drop.items[0].product.cover if drop.items else None
        return self.page_context(drop.url, f"{drop.name} · {self.shop.name}",
                                 drop.description or drop.name, image=first, drop=drop)

    def _posts(self, job: PageJob) -> dict:
        heading = self.t("posts.heading")
        return self.page_context("posts/", f"{heading} · {self.shop.name}", heading,
                                 posts=self.posts)

    def _post(self, job: PageJob) -> dict:
        post = next(p for p in self.posts if p.slug == job.key)
        views = self.views
        return self.page_context(
            job.page, f"{post.display_title} · {self.shop.name}",
            post.excerpt or post.display_title, post=post,
            post_images=[views.image(i.hash, i.alt) for i in post.images],
            post_products=views.products(post.product_ids),
            exists_in=self.post_languages[post.slug], fallback="posts/")

    def _about(self, job: PageJob) -> dict:
        return self.page_context("about/", f"{self.t('shop.about')} · {self.shop.name}",
                                 self.shop.about or self.shop.name,
                                 ask_json=self.source.ask_json)

    def _search(self, job: PageJob, *, search_json: str) -> dict:
        return self.page_context("search/", f"{self.t('shop.search')} · {self.shop.name}",
                                 self.t("search.label"), search_json=search_json)

    def _cart(self, job: PageJob) -> dict:
        return self.page_context("cart/", f"{self.t('cart.heading')} · {self.shop.name}",
                                 self.t("cart.heading"), noindex=True)

    def _offline(self, job: PageJob) -> dict:
        return self.page_context(
            "offline/", f"{self.t('offline.heading')} · {self.shop.name}",
            self.t("offline.heading"), noindex=True, prefix=self.prefix,
            prefixes=[prefix_of(lang, self.default) for lang in self.shop.languages])

    def not_found(self, sites: list[SitePages]) -> dict:
        """404.html's context, this (the default) language first, then ``sites``' others:
        60-not-found.js keeps the buyer's. Hosts serve it at any depth, so its links start
        from the site root (the base URL's path, not the whole URL: same origin wherever
        served)."""
        name = self.shop.name
        context = self.page_context("", f"{self.t('shop.not_found')} · {name}", name,
                                    noindex=True)
        root = context["root"] = context["home"] = urlsplit(self.shop.base_url).path or "/"
        for link in context["languages"]:
            link.href = root + prefix_of(link.code, self.default)
        ordered = sorted(sites, key=lambda site: site is not self)
        context["not_found"] = [{"code": site.language, "t": site.t, "prefix": site.prefix,
                                 "home": root + site.prefix} for site in ordered]
        # What its script, run in the head, chooses from: each language's folder and title.
        context["not_found_languages"] = [
            {"lang": site.language, "prefix": site.prefix,
             "title": f"{site.t('shop.not_found')} · {name}"} for site in ordered]
        return context

    def product_script(self, product: ProductView) -> dict:
        """What 20-product.js reads: variants with prices, SKUs, stock, and drop windows."""
        cover = product.cover
        return {
            "id": product.id, "title": product.title, "url": product.url,
            "price": product.price, "sku": product.sku,
            "a": product.availability, "q": product.quantity,
            "img": cover.small if cover else "", "locale": self.language,
            "currency": self.shop.currency,
            "options": [o.name for o in product.options],
            "variants": [{"id": v.id, "sku": v.sku, "o": v.options, "price": v.price,
                          "compare": v.compare, "a": v.availability, "q": v.quantity,
                          "s": v.stock_text, "image": v.image}
                         for v in product.variants],
            "drops": [{"start": d.starts_at, "end": d.ends_at, "vid": d.variant_id,
                       "price": d.price, "left": d.remaining} for d in product.drops],
        }


@dataclass(slots=True)
class ShopView:
    """What every page shows of the shop (base.html's header, the about page)."""

    name: str
    tagline: str
    about_paragraphs: list[str]
    logo: LogoView | None


def shop_view(source: Source, logo: LogoView | None) -> ShopView:
    shop = source.shop
    return ShopView(shop.name, shop.tagline, paragraphs(shop.about), logo)
