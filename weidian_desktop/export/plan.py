"""Plan, the export's second stage: what an export writes, decided before anything renders.

``site_parts`` makes what every page shares (styles, scripts, theme, the shop's header,
drop and coupon data, posts, calendar files). ``plan_site`` walks every page of every
language once, cheaply (nothing is rendered): a page whose digest is unchanged since the
last export is kept as it is; a changed one becomes a job any process may render; pages
without a digest (home, drops, posts, about, cart) are rendered by the main process, and
the search pages last, once every product's entry is known.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain

from ..core.i18n import N_, _
from ..core.progress import CancelFn, check_cancel
from . import assets, fingerprint
from .assets import AssetNames, Theme
from .content_views import PostView, posts_views, sitemap_paths
from .drop_views import coupon_rules, drops_export, ics_files
from .images import ImageKey, icon_paths, logo_view, variant_files
from .load import Source
from .marker import Marker, SearchIndex
from .pages import PageJob, SitePages, shop_view
from .render import environment

CANCELLED = N_("Export cancelled; the previous export was left as it was.")
# Pages the search engines' sitemap leaves out: they hold nothing to find.
UNLISTED = ("cart.html", "search.html", "offline.html")


@dataclass
class SiteParts:
    """What every page of the export shares, made once before any page is."""

    common: dict  # context values of every page: shop, theme, assets, drops, coupons, zone
    posts: list[PostView]
    names: AssetNames
    colors: Theme
    files: dict[str, bytes]  # made already: styles, scripts, calendar files


def site_parts(source: Source) -> SiteParts:
    shop = source.shop
    colors = assets.theme(shop.theme_color)
    names, files = assets.styles_and_scripts(colors)
    files.update(ics_files(source))
    size = source.image_sizes.get(shop.logo_hash or "")
    logo = logo_view(shop.logo_hash or "", size) if size is not None else None
    common = {"shop": shop_view(source, logo),
              "theme": colors, "assets": names, "zone": shop.timezone,
              "drops_export": drops_export(source),
              "coupon_rules": {"rules": coupon_rules(source), "currency": shop.currency}}
    posts = posts_views(source.posts, source.post_products, now=source.now)
    return SiteParts(common, posts, names, colors, files)


@dataclass
class Plan:
    """The pages of an export and what is known of them before rendering."""

    reused: list[str] = field(default_factory=list)  # unchanged pages the last export has
    manifest: dict[str, str] = field(default_factory=dict)  # page -> digest of its inputs
    jobs: list[PageJob] = field(default_factory=list)  # changed pages with a digest
    local: list[PageJob] = field(default_factory=list)  # without one: the main process's
    search: list[PageJob] = field(default_factory=list)  # rendered last
    sitemap: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    search_base: str = ""  # what every search entry depends on
    old_search: SearchIndex = field(default_factory=SearchIndex)  # entries still valid
    images: dict[str, ImageKey] = field(default_factory=dict)  # every variant, by path
    icons: bool = True  # whether the home-screen icons are made (else the last ones kept)
    icon_files: list[str] = field(default_factory=list)  # and the logo's sizes

    def pages(self) -> list[str]:
        """Every page of the export, sorted."""
        return sorted(chain((j.path for j in chain(self.jobs, self.local, self.search)),
                            ["404.html"], self.reused))


def plan_site(source: Source, parts: SiteParts, sites: dict[str, SitePages],
              previous: Marker, has_old: Callable[[str], bool],
              cancel: CancelFn | None = None) -> Plan:
    """Every page, sorted into kept, jobs, local and search (see the module's docstring)."""
    shop = source.shop
    files_digest = fingerprint.files_fingerprint()
    # The last export's search entries hold only while words and prices read the same.
    base = hashlib.sha256(f"{files_digest}{shop.currency}".encode()).hexdigest()
    plan = Plan(search_base=base, images=_images(source),
                old_search=previous.search if previous.search.base == base else SearchIndex())
    _plan_icons(plan, source, parts, files_digest, previous, has_old)
    due_posts = set(sitemap_paths(parts.posts))
    stamps: dict[str, str] = {}  # template -> its base fingerprint (shared by languages)
    for site in sites.values():
        _plan_language(plan, site, stamps, due_posts, previous.pages, has_old, cancel,
                       lambda template: fingerprint.base_fingerprint(
                           source, parts.common, environment(), template, files_digest))
    return plan


def _plan_language(plan: Plan, site: SitePages, stamps: dict[str, str], due_posts: set[str],
                   previous: dict[str, str], has_old: Callable[[str], bool],
                   cancel: CancelFn | None, base: Callable[[str], str]) -> None:
    """One language's pages into the plan (ten thousand a language: kept lean)."""
    shop, manifest, reused = site.shop, plan.manifest, plan.reused
    prefixes: dict[str, str] = {}  # template -> what prefixes its pages' digests
    for count, job in enumerate(site.jobs()):
        if count % 256 == 0:
            check_cancel(cancel, _(CANCELLED))
        if shop.base_url and job.template not in UNLISTED and (
                not job.page.startswith("posts/") or job.page == "posts/"
                or job.page in due_posts):
            plan.sitemap.append((site.absolute(job.page), [
                (lang, site.absolute(job.page, lang)) for lang in shop.languages]))
        if job.digest is not None:
            prefix = prefixes.get(job.template)
            if prefix is None:
                if job.template not in stamps:
                    stamps[job.template] = base(job.template)
                # 80 bits of the base tell its versions apart; prefixed, not hashed with
                # the page's digest: 10,000 hashes less per export.
                prefix = prefixes[job.template] = f"{stamps[job.template][:20]}/{site.language}/"
            digest = manifest[job.path] = prefix + job.digest
            if previous.get(job.path) == digest and has_old(job.path):
                reused.append(job.path)  # same inputs, same bytes: not rendered
                continue
        (plan.search if job.kind == "search" else plan.local if job.digest is None
         else plan.jobs).append(job)


def _plan_icons(plan: Plan, source: Source, parts: SiteParts, files_digest: str,
                previous: Marker, has_old: Callable[[str], bool]) -> None:
    """The icons and the logo's sizes follow from the logo and the theme colour: in the
    manifest like pages, and kept while those are the same (Pillow then stays unloaded)."""
    paths = plan.icon_files = icon_paths(parts.common["shop"].logo)
    # The paths name the sizes: a version that makes other sizes makes them anew.
    made_of = f"{files_digest}:{source.shop.logo_hash or ''}:{parts.colors.color}:{paths}"
    digest = "icon/" + hashlib.sha256(made_of.encode()).hexdigest()
    plan.manifest.update(dict.fromkeys(paths, digest))
    plan.icons = not all(previous.pages.get(p) == digest and has_old(p) for p in paths)


def _images(source: Source) -> dict[str, ImageKey]:
    """Every image variant the pages show, by file path, in the order of their hashes."""
    sizes = source.image_sizes
    known = sorted(h for h in source.image_hashes if h in sizes)
    return dict(chain.from_iterable(map(variant_files, known, map(sizes.__getitem__, known))))
