"""export_shop: the shop file in, a static HTML5 shop folder (and zip) out."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from urllib.parse import urlsplit

from ..core.clock import utc_now
from ..core.errors import Cancelled, ShopInUseError
from ..core.images import image_bytes
from ..core.shop import check_base_url
from ..core.store import ShopStore
from . import assets, fingerprint, parallel, seo
from .catalog import Catalog, load_catalog
from .content_views import ask_index_json, posts_views, sitemap_paths
from .drop_views import coupon_rules, drops_export, ics_files
from .images import (
    ICON_SIZES,
    ImageKey,
    app_icon,
    cached_keys,
    produce,
    variant_files,
    variant_path,
)
from .inplace import InPlaceWriter
from .pages import LanguageSite, prefix_of
from .parallel import Job
from .render import environment
from .views import ViewMaker, paragraphs
from .writer import MARKER, SiteWriter, write_zip

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


@dataclass
class ExportResult:
    """What an export wrote: the folder, its pages, files written anew and kept, the zip."""

    outdir: Path
    pages: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    images_encoded: int = 0
    zip_path: Path | None = None
    seconds: float = 0.0

    @property
    def files(self) -> int:
        return len(self.written) + len(self.kept)


def export_shop(store_or_path: ShopStore | str | os.PathLike[str], outdir: str | os.PathLike[str],
                *, base_url: str | None = None, zip_path: str | os.PathLike[str] | None = None,
                progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                now: str | None = None) -> ExportResult:
    """Export the shop to ``outdir`` (replacing a previous export there, atomically).

    ``now`` (UTC ISO text, default the current time) only decides which drops are over
    and which posts are still scheduled; everything else depends on the shop file alone.
    Raises Cancelled when ``cancel()`` turns true; the previous export is then untouched.
    """
    if isinstance(store_or_path, ShopStore):
        return _export(store_or_path, Path(outdir), base_url, zip_path, progress, cancel, now)
    try:
        store = ShopStore.open(store_or_path)
    except ShopInUseError:  # open in the app: read it, just do not cache new image variants
        store = ShopStore.open(store_or_path, read_only=True)
    with store:
        return _export(store, Path(outdir), base_url, zip_path, progress, cancel, now)


def _export(store: ShopStore, outdir: Path, base_url: str | None, zip_path, progress,
            cancel, now: str | None) -> ExportResult:
    started = time.perf_counter()
    now = now or utc_now()
    catalog = load_catalog(store, now)
    if base_url is not None:
        catalog.shop.base_url = check_base_url(base_url)
    # A previous export is updated in place (only changed files move); a first one is
    # built beside the folder and renamed into place.
    writer: SiteWriter | InPlaceWriter = (InPlaceWriter if (outdir / MARKER).is_file()
                                          else SiteWriter)(outdir, cancel)
    try:
        first = isinstance(writer, SiteWriter)
        if first:
            # A first export renders every page, possibly in forked children (parallel.py)
            # which must not read the file: everything is read now, in bulk.
            catalog.load_all()
        rendered = _render(store, catalog, now, writer.manifest, writer.has, cancel, progress,
                           search=writer.search)
        files, image_keys = rendered.files, rendered.images
        result = ExportResult(outdir=outdir.resolve(), pages=sorted(
            [p for p in files if p.endswith(".html")] + rendered.reused + rendered.emitted))
        total = len(files) + len(rendered.reused) + len(image_keys) + len(rendered.emitted)
        vanished = writer.keep_present(rendered.reused)
        if vanished:
            raise RuntimeError(f"{vanished[0]} vanished from the previous export during the "
                               "export")
        done = len(rendered.reused)
        for path in sorted(files):
            writer.put(path, files[path])
            done += 1
            if progress and done % 50 == 0:
                progress(done, total, path)
        missing = sorted(image_keys[p] for p in writer.keep_present(list(image_keys)))
        done += len(image_keys) - len(missing)
        # Variants the shop file has never made are made first (on all cores) and cached;
        # then pages are rendered and cached variants copied, by forked workers for a
        # first export (parallel.py): the new folder is filled by path, no coordination.
        have = cached_keys(store.conn, missing)
        for key, data, encoded in produce(store, [k for k in missing if k not in have],
                                          cancel=cancel):
            writer.put(variant_path(key), data)
            result.images_encoded += encoded
            done += 1
            if progress and done % 10 == 0:
                progress(done, total, variant_path(key))
        copies = [k for k in missing if k in have]
        catalog.preload(rendered.needs)

        def tick(count: int) -> None:
            if cancel is not None and cancel():
                raise Cancelled("Export cancelled; the previous export was left as it was.")
            if progress is not None:
                progress(count, 0, "")  # chunks done here, not overall: a busy bar

        parallel.run(rendered.jobs, copies, writer.put, conn=store.conn, db_path=store.path,
                     parallel=first, tick=tick)
        if first:
            seen = set(writer.stats.written)  # the children's writes are not in it
            writer.stats.written += [p for p in chain(rendered.emitted, map(
                variant_path, copies)) if p not in seen]
        writer.commit(rendered.manifest, rendered.search)
    except BaseException:
        writer.abandon()
        raise
    if progress:
        progress(total, total, "")
    result.written, result.kept = sorted(writer.stats.written), sorted(writer.stats.kept)
    if zip_path is not None:
        result.zip_path = Path(zip_path).resolve()
        write_zip(result.outdir, result.zip_path, result.written + result.kept)
    result.seconds = time.perf_counter() - started
    return result


def _all_images(store: ShopStore, catalog: Catalog, posts: list[dict]) -> dict[str, ImageKey]:
    """Every image variant the pages show, by file path (read from the file: most products
    are not loaded), in the order of their hashes."""
    hashes = {h for (h,) in store.conn.execute(  # a join: DISTINCT costs twice as much
        "SELECT pi.image_hash FROM product_images pi JOIN products p ON p.id = pi.product_id "
        "WHERE p.status = 'published'")}
    hashes |= {c.image_hash for c in catalog.collections if c.image_hash}
    hashes |= {i["hash"] for post in posts for i in post["images"]}
    hashes |= {c.qr_image_hash for c in catalog.shop.channels if c.qr_image_hash}
    if catalog.shop.logo_hash:
        hashes.add(catalog.shop.logo_hash)
    sizes = catalog.image_sizes
    known = sorted(h for h in hashes if h in sizes)
    return dict(chain.from_iterable(map(variant_files, known, map(sizes.__getitem__, known))))


@dataclass
class Rendered:
    """The rendered files, pages kept as they were, the page manifest, images needed."""

    files: dict[str, bytes]
    reused: list[str]
    manifest: dict[str, str]
    images: dict[str, ImageKey]  # by file path
    emitted: list[str] = field(default_factory=list)  # the jobs' pages
    search: dict = field(default_factory=dict)  # the search entries, for the next export
    jobs: list[Job] = field(default_factory=list)  # pages to render and write (parallel.py)
    needs: list[int] = field(default_factory=list)  # products the jobs show


def _render(store: ShopStore, catalog: Catalog, now: str, previous: dict[str, str],
            has_old: Callable[[str], bool], cancel: CancelFn | None = None,
            progress: ProgressFn | None = None, search: dict | None = None) -> Rendered:
    """What changed: pages with a digest as jobs (rendered by parallel.run, possibly on
    other cores), the other files rendered here."""
    shop = catalog.shop
    manifest: dict[str, str] = {}
    reused: list[str] = []
    emitted: list[str] = []
    jobs: list[Job] = []
    pending: list[int] = []  # products the jobs show: read in bulk before rendering
    colors = assets.theme(shop.theme_color)
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
    default_maker = ViewMaker(catalog, shop.default_language)
    posts = posts_views(store, now=now)
    common = {"shop": {"name": shop.name, "tagline": shop.tagline,
                       "about_paragraphs": paragraphs(shop.about),
                       "logo": default_maker.image(shop.logo_hash, shop.name)},
              "theme": colors, "assets": names, "zone": shop.timezone}
    # Drops and coupons (issue 7, export/drop_views.py): status per language, cart rules, .ics.
    common["drops_export"] = drops_export(store, now, shop.languages, shop.currency)
    common["coupon_rules"] = {"rules": coupon_rules(store, now), "currency": shop.currency}
    files.update(ics_files(store, shop.name, shop.base_url))
    env = environment()
    ask_json = ask_index_json(store)
    sitemap: list[tuple[str, list[tuple[str, str]]]] = []
    files_digest = fingerprint.files_fingerprint()
    bases: dict[str, str] = {}  # per template: what its pages share
    due_posts = {f"posts/{v['slug']}/" for v in posts if f"posts/{v['slug']}/"
                 in sitemap_paths(posts)}
    templates = {}
    # The last export's search entries hold only while words and prices read the same.
    search_base = hashlib.sha256(f"{files_digest}{shop.currency}".encode()).hexdigest()
    old_search = (search or {}).get("entries", {}) if (search or {}).get("base") == search_base \
        else {}
    new_search: dict[str, dict] = {}
    sites = []
    for language in shop.languages:
        site = LanguageSite(catalog, language, common, posts, ask_json,
                            old_search.get(language))
        sites.append(site)
        prefix = prefix_of(language, shop.default_language)
        stamps: dict[str, str] = {}  # per template: its base and the language, to prefix
        for count, (path, template, make_context, digest, needs, local) in enumerate(
                site.pages()):
            if count % 64 == 0:
                if cancel is not None and cancel():
                    raise Cancelled("Export cancelled; the previous export was left as it was.")
                if progress is not None:
                    progress(count, 0, "")  # total unknown while pages render: a busy bar
            full = prefix + path + "index.html"
            if shop.base_url and template not in ("cart.html", "search.html") and (
                    not path.startswith("posts/") or path == "posts/" or path in due_posts):
                sitemap.append((site.absolute(path), [(lang, site.absolute(path, lang))
                                                      for lang in shop.languages]))
            if digest is not None:
                stamp = stamps.get(template)
                if stamp is None:
                    if template not in bases:
                        bases[template] = fingerprint.base_fingerprint(
                            catalog, common, env, template, files_digest)
                    # 80 bits of the base tell its versions apart; prefixed, not hashed
                    # with the page's digest: 10,000 hashes less per export.
                    stamp = stamps[template] = f"{bases[template][:20]}/{language}/"
                manifest[full] = stamp + digest
                if previous.get(full) == manifest[full] and has_old(full):
                    reused.append(full)  # same inputs, same bytes: not even rendered
                    continue
            if template not in templates:
                templates[template] = env.get_template(template)
            if digest is not None and not local:
                # In the manifest, so sw.js's version needs not its bytes: the writer
                # takes it straight from the renderer, possibly on another core.
                jobs.append((full, templates[template], make_context,
                             names["page_js"].get(template)))
                emitted.append(full)
                pending.extend(needs)
                continue
            context = make_context()
            context["page_js"] = names["page_js"].get(template)
            files[full] = templates[template].render(context).encode("utf-8")
        if language == shop.default_language:
            site404 = LanguageSite(catalog, language, common, posts, ask_json)
            context = site404.context("", shop.name, shop.name, noindex=True)
            # Hosts serve 404.html at any depth, so its links start from the site root.
            # The base URL's path, not the whole URL: same origin wherever the site is served.
            context["root"] = context["home"] = urlsplit(shop.base_url).path or "/"
            for lang in context["languages"]:
                lang["href"] = context["root"] + prefix_of(lang["code"], shop.default_language)
            context["page_js"] = None
            files["404.html"] = env.get_template("404.html").render(context).encode("utf-8")
    for site in sites:
        new_search[site.language] = site.search_cache
    files["robots.txt"] = seo.robots(shop.base_url)
    if shop.base_url:
        files["sitemap.xml"] = seo.sitemap(sitemap)
    files["manifest.webmanifest"] = assets.manifest(shop.name, shop.default_language, colors)
    logo = image_bytes(store, shop.logo_hash) if shop.logo_hash else None
    for size in ICON_SIZES:
        files[f"img/icon-{size}.png"] = app_icon(logo, size, colors["color"])
    core = [names["css"], names["js"], *names["page_js"].values(), "404.html",
            "manifest.webmanifest", "img/icon-192.png"]
    for language in shop.languages:
        prefix = prefix_of(language, shop.default_language)
        core += [f"{prefix}{p}index.html" for p in ("", "cart/", "search/", "about/")]
    # The service worker's cache name changes with any page: reused pages through the
    # manifest (their inputs), rendered files through their bytes.
    version = hashlib.sha256(b"".join(hashlib.sha256(files[p]).digest() for p in sorted(files)
                                      if p not in manifest)
                             + "\n".join(map("\t".join, manifest.items())).encode()
                             ).hexdigest()[:12]
    files["sw.js"] = assets.service_worker(version, core)
    return Rendered(files, reused, manifest, _all_images(store, catalog, posts), emitted,
                    {"base": search_base, "entries": new_search}, jobs, pending)
