"""What an export writes, decided before anything is rendered: which pages changed, which
are kept, which go to the parallel renderers, and the site-wide files made at the end.

``plan_site`` walks every page of every language once, cheaply (no page is rendered): a
page with a digest (products, collections) whose digest is unchanged is kept; a changed
one becomes a job for parallel.run; the few pages without a digest (home, search, drops,
posts, about, cart, 404) are rendered by ``finish_site`` in this process, while forked
workers render the jobs. ``finish_site`` also makes robots.txt, the sitemap, the web app
manifest, the icons and, last, the service worker, whose version covers every page.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..core.errors import Cancelled
from ..core.i18n import N_, _
from ..core.images import image_bytes
from ..core.store import ShopStore
from . import assets, fingerprint, seo
from .catalog import Catalog
from .content_views import ask_index_json, posts_views, sitemap_paths
from .drop_views import coupon_rules, drops_export, ics_files
from .images import ICON_SIZES, LOGO_WIDTHS, app_icon, logo_file
from .pages import LanguageSite, prefix_of
from .parallel import Job
from .render import environment
from .views import ViewMaker, paragraphs

CANCELLED = N_("Export cancelled; the previous export was left as it was.")
# (file path, template name, context maker, page script name): rendered by finish_site.
Inline = tuple[str, str, Callable[[], dict], str | None]


@dataclass
class Plan:
    """The pages of an export and what is known of them before rendering."""

    files: dict[str, bytes]  # made already: styles, scripts, calendar files
    reused: list[str]  # unchanged pages the last export has
    manifest: dict[str, str]  # page -> digest of what it shows (pages with a digest)
    jobs: list[Job] = field(default_factory=list)  # changed pages with a digest
    inline: list[Inline] = field(default_factory=list)  # pages rendered by finish_site
    posts: list[dict] = field(default_factory=list)
    sites: list[LanguageSite] = field(default_factory=list)
    sitemap: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    names: dict = field(default_factory=dict)  # hashed names of the styles and scripts
    colors: dict = field(default_factory=dict)
    search_base: str = ""

    @property
    def emitted(self) -> list[str]:
        """The jobs' pages."""
        return [job[0] for job in self.jobs]

    def pages(self) -> list[str]:
        """Every page of the export, sorted."""
        return sorted([p for p, *_ in self.inline] + ["404.html"] + self.reused + self.emitted)


def _assets(colors: dict) -> tuple[dict, dict[str, bytes]]:
    css = assets.stylesheet(colors)
    names: dict = {"css": assets.hashed_name("shop", css, "css"), "page_js": {}}
    files: dict[str, bytes] = {names["css"]: css}
    for bundle, js in assets.scripts().items():
        name = assets.hashed_name(bundle.removesuffix(".html"), js, "js")
        files[name] = js
        if bundle == "shop":
            names["js"] = name
        else:
            names["page_js"][bundle] = name
    return names, files


def plan_site(store: ShopStore, catalog: Catalog, now: str, previous: dict[str, str],
              has_old: Callable[[str], bool], cancel: Callable[[], bool] | None = None,
              search: dict | None = None) -> Plan:
    """Every page, sorted into kept, jobs and inline (see the module's docstring)."""
    shop = catalog.shop
    colors = assets.theme(shop.theme_color)
    names, files = _assets(colors)
    posts = posts_views(store, now=now)
    default_maker = ViewMaker(catalog, shop.default_language)
    logo = default_maker.image(shop.logo_hash, shop.name)
    if logo is not None:  # served at the size it is shown at, not the photos' 360 px
        data = image_bytes(store, logo["hash"])
        for use, width in LOGO_WIDTHS.items():
            path, body, real = logo_file(logo["hash"], data, width)
            files[path] = body
            logo[use] = {"src": path, "width": real}
    common = {"shop": {"name": shop.name, "tagline": shop.tagline,
                       "about_paragraphs": paragraphs(shop.about), "logo": logo},
              "theme": colors, "assets": names, "zone": shop.timezone}
    # Drops and coupons (export/drop_views.py): status per language, cart rules, .ics.
    common["drops_export"] = drops_export(store, now, shop.languages, shop.currency)
    common["coupon_rules"] = {"rules": coupon_rules(store, now), "currency": shop.currency}
    files.update(ics_files(store, shop.name, shop.base_url))
    env = environment()
    ask_json = ask_index_json(store)
    files_digest = fingerprint.files_fingerprint()
    # The last export's search entries hold only while words and prices read the same.
    search_base = hashlib.sha256(f"{files_digest}{shop.currency}".encode()).hexdigest()
    old_search = (search or {}).get("entries", {}) \
        if (search or {}).get("base") == search_base else {}
    plan = Plan(files, [], {}, posts=posts, names=names, colors=colors,
                search_base=search_base)
    due_posts = set(sitemap_paths(posts))
    bases: dict[str, str] = {}  # per template: what its pages share
    templates: dict = {}
    for language in shop.languages:
        site = LanguageSite(catalog, language, common, posts, ask_json,
                            old_search.get(language))
        plan.sites.append(site)
        prefix = prefix_of(language, shop.default_language)
        stamps: dict[str, str] = {}  # per template: its base and the language, to prefix
        for count, (path, template, make_context, digest, needs, local) in enumerate(
                site.pages()):
            if count % 256 == 0 and cancel is not None and cancel():
                raise Cancelled(_(CANCELLED))
            full = prefix + path + "index.html"
            if shop.base_url and template not in ("cart.html", "search.html", "offline.html") and (
                    not path.startswith("posts/") or path == "posts/" or path in due_posts):
                plan.sitemap.append((site.absolute(path), [(lang, site.absolute(path, lang))
                                                           for lang in shop.languages]))
            page_js = names["page_js"].get(template)
            if digest is not None:
                stamp = stamps.get(template) or _stamp(stamps, bases, template, language,
                                                       catalog, common, files_digest)
                plan.manifest[full] = stamp + digest
                if previous.get(full) == plan.manifest[full] and has_old(full):
                    plan.reused.append(full)  # same inputs, same bytes: not even rendered
                    continue
            if digest is None or local:
                plan.inline.append((full, template, make_context, page_js))
                continue
            if template not in templates:
                templates[template] = env.get_template(template)
            # In the manifest, so sw.js's version needs not its bytes: the writer takes
            # it straight from the renderer, possibly on another core.
            plan.jobs.append((full, templates[template], make_context, page_js, needs))
    return plan


def _stamp(stamps: dict[str, str], bases: dict[str, str], template: str, language: str,
           catalog: Catalog, common: dict, files_digest: str) -> str:
    """What prefixes a page's digest in the manifest: its template's base and language."""
    if template not in bases:
        bases[template] = fingerprint.base_fingerprint(catalog, common, environment(),
                                                       template, files_digest)
    # 80 bits of the base tell its versions apart; prefixed, not hashed with the page's
    # digest: 10,000 hashes less per export.
    stamps[template] = f"{bases[template][:20]}/{language}/"
    return stamps[template]


def finish_site(plan: Plan, store: ShopStore, catalog: Catalog,
                cancel: Callable[[], bool] | None = None) -> tuple[dict[str, bytes], dict]:
    """The pages without a digest and the site-wide files; the search entries to keep."""
    shop, env, files = catalog.shop, environment(), dict(plan.files)
    for full, template, make_context, page_js in plan.inline:
        if cancel is not None and cancel():
            raise Cancelled(_(CANCELLED))
        context = make_context()
        context["page_js"] = page_js
        files[full] = env.get_template(template).render(context).encode("utf-8")
    default = next(s for s in plan.sites if s.language == shop.default_language)
    context = default.context("", f"{default.maker.t('shop.not_found')} · {shop.name}",
                              shop.name, noindex=True)
    # Hosts serve 404.html at any depth, so its links start from the site root.
    # The base URL's path, not the whole URL: same origin wherever the site is served.
    context["root"] = context["home"] = urlsplit(shop.base_url).path or "/"
    for lang in context["languages"]:
        lang["href"] = context["root"] + prefix_of(lang["code"], shop.default_language)
    # In every language, the default first: the page's script keeps the buyer's.
    context["not_found"] = [{"code": site.language, "t": site.maker.t, "prefix": site.prefix,
                             "home": context["root"] + site.prefix} for site in
                            sorted(plan.sites, key=lambda site: site is not default)]
    # What its script, run in the head, chooses from: each language's folder and title.
    context["not_found_languages"] = [
        {"lang": n["code"], "prefix": n["prefix"],
         "title": f"{n['t']('shop.not_found')} · {shop.name}"} for n in context["not_found"]]
    context["page_js"] = plan.names["page_js"].get("404.html")
    files["404.html"] = env.get_template("404.html").render(context).encode("utf-8")
    files["robots.txt"] = seo.robots(shop.base_url)
    if shop.base_url:
        files["sitemap.xml"] = seo.sitemap(plan.sitemap)
    colors, names = plan.colors, plan.names
    files["manifest.webmanifest"] = assets.manifest(shop.name, shop.default_language, colors)
    logo = image_bytes(store, shop.logo_hash) if shop.logo_hash else None
    for size in ICON_SIZES:
        files[f"img/icon-{size}.png"] = app_icon(logo, size, colors["color"])
    # What the service worker saves at once: the styles and scripts, and in each language
    # the pages the offline page lists and the offline page itself. (Not the icon: the
    # browser fetches it for the tab and the home screen, so saving it fetched it twice.)
    core = [names["css"], names["js"], "manifest.webmanifest",
            *{js for page, js in names["page_js"].items() if page != "404.html"}]
    logo = plan.sites[0].common["shop"]["logo"] if plan.sites else None
    if logo is not None:  # in every page's header
        core += [logo[use]["src"] for use in LOGO_WIDTHS]
    for language in shop.languages:
        prefix = prefix_of(language, shop.default_language)
        core += [f"{prefix}{p}index.html" for p in ("", "cart/", "search/", "about/",
                                                     "offline/")]
    # The service worker's cache name changes with any page: pages with a digest through
    # the manifest (their inputs), the rest through their bytes.
    version = hashlib.sha256(b"".join(hashlib.sha256(files[p]).digest() for p in sorted(files)
                                      if p not in plan.manifest)
                             + "\n".join(map("\t".join, plan.manifest.items())).encode()
                             ).hexdigest()[:12]
    files["sw.js"] = assets.service_worker(version, core)
    search = {"base": plan.search_base,
              "entries": {site.language: site.search_cache for site in plan.sites}}
    return files, search
