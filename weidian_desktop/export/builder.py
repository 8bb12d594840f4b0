"""export_shop: the shop file in, a static HTML5 shop folder (and zip) out."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from ..core.clock import utc_now
from ..core.errors import Cancelled
from ..core.i18n import _
from ..core.paths import check_output_file, check_output_folder
from ..core.shop import check_base_url
from ..core.store import ShopStore
from . import parallel
from .catalog import Catalog, load_catalog
from .images import (
    ImageKey,
    produce,
    variant_files,
    variant_path,
)
from .inplace import InPlaceWriter
from .marker import MARKER
from .plan import CANCELLED, finish_site, plan_site
from .writer import SiteWriter, write_zip

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
    # Open in the app or read-only: read it, just do not cache new image variants.
    with ShopStore.open_or_read(store_or_path) as store:
        return _export(store, Path(outdir), base_url, zip_path, progress, cancel, now)


def _export(store: ShopStore, outdir: Path, base_url: str | None, zip_path, progress,
            cancel, now: str | None) -> ExportResult:
    started = time.perf_counter()
    # Never the shop file, its companions or a file under it; the zip never inside OUTDIR.
    check_output_folder(outdir, shop=store.path)
    if zip_path is not None:
        check_output_file(zip_path, shop=store.path, inside=outdir, field="zip")
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
        plan = plan_site(store, catalog, now, writer.manifest, writer.has, cancel,
                         writer.search)
        image_keys = _all_images(store, catalog, plan.posts)
        result = ExportResult(outdir=outdir.resolve(), pages=plan.pages())
        # For the progress bar: finish_site adds 404.html, robots.txt, the sitemap, the web
        # app manifest, two icons and sw.js to the pages and files planned.
        total = len(plan.inline) + len(plan.files) + 7 + len(plan.reused) + len(image_keys) \
            + len(plan.jobs)
        vanished = writer.keep_present(plan.reused)
        if vanished:
            raise RuntimeError(f"{vanished[0]} vanished from the previous export during the "
                               "export")
        missing = [image_keys[p] for p in writer.keep_present(list(image_keys))]
        search: dict = {}  # the search entries to keep, made by local()

        def local() -> None:
            """This process's share while the workers render: the pages without a
            digest, the site-wide files, sw.js last."""
            nonlocal search
            files, search = finish_site(plan, store, catalog, cancel)
            for path in sorted(files):
                writer.put(path, files[path])

        def tick(count: int) -> None:
            if cancel is not None and cancel():
                raise Cancelled(_(CANCELLED))
            if progress is not None:
                progress(count, 0, "")  # chunks done here, not overall: a busy bar

        # Pages are rendered and cached variants copied by forked workers for a first
        # export (parallel.py): the new folder is filled by path, no coordination needed.
        # Each worker reads the products of the pages it renders, a chunk at a time, on
        # its own connection (as cheap per product as one bulk read, and in parallel).
        uncached = parallel.run(plan.jobs, missing, writer.put, conn=store.conn,
                                db_path=store.path, parallel=first, tick=tick, local=local,
                                prepare=catalog.preload, on_fork=catalog.reconnect)
        if first:
            seen = set(writer.stats.written)  # the workers' writes are not in it
            made = set(uncached)
            writer.stats.written += [p for p in chain(plan.emitted, (
                variant_path(k) for k in missing if k not in made)) if p not in seen]
        done = total - len(uncached)
        # Variants the shop file has never made: made on all cores and cached, so a
        # re-export (or one cancelled half-way) never encodes them again.
        for key, data, encoded in produce(store, uncached, cancel=cancel):
            writer.put(variant_path(key), data)
            result.images_encoded += encoded
            done += 1
            if progress and done % 10 == 0:
                progress(done, total, variant_path(key))
        writer.commit(plan.manifest, search)
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
