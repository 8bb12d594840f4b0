"""export_shop: the shop file in, a static HTML5 shop folder (and zip) out.

An export runs five stages, in this order, each handing the next a typed object:

1. load (load.py): the shop as the pages show it, in one read transaction -> ``Source``
2. plan (plan.py): what every page shares, which pages changed -> ``SiteParts``, ``Plan``
3. render (work.py, parallel.py, render.py, finish.py): pages rendered and image variants
   copied or encoded, on every core where fork is safe -> ``Report`` per process
4. write (writer.py, inplace.py): everything goes through one ``Writer``, a new folder's
   or the previous export's
5. commit: the writer makes it the folder's, with a marker for the next export

If another connection committed while the export read the shop (snapshot.py), it starts
again from load, and refuses after a few tries; a failure or Cancel at any stage leaves
the previous export as it was.
"""

from __future__ import annotations

import contextlib
import gc
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..core.clock import utc_now
from ..core.errors import Cancelled
from ..core.formats import format_number
from ..core.i18n import _, current_language, ngettext
from ..core.paths import check_output_file, check_output_folder
from ..core.progress import CancelFn, ProgressFn, check_cancel, report
from ..core.store import ShopStore
from . import parallel
from .finish import search_index, site_files
from .images import (
    Encoded,
    cache_variants,
    cached_keys,
    image_error,
    prepare_encoding,
    variant_path,
)
from .inplace import InPlaceWriter
from .load import ProductReader, load
from .marker import MARKER
from .plan import CANCELLED, Plan, plan_site, site_parts
from .render import Renderer
from .snapshot import ShopChanged, Snapshot
from .tally import COPY_WORK, ENCODE_WORK, Tally, stage
from .work import COPY, ENCODE, MISSING, PAGES, Report, Task, WorkerSetup, read_spool
from .writer import SiteWriter, Writer, write_zip

# Reads of a shop that another connection keeps changing, before the export refuses.
ATTEMPTS = 3
# Tasks: pages per chunk, and variants to copy or images to encode per chunk.
PAGE_CHUNK, COPY_CHUNK, ENCODE_CHUNK = 100, 400, 4
CACHE_BATCH = 256  # new variants per cache transaction


@dataclass
class ExportResult:
    """What an export wrote: the folder, its pages, files written anew, kept and deleted,
    the zip."""

    outdir: Path
    pages: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)  # the previous export's, gone now
    images_encoded: int = 0
    processes: int = 1  # that rendered the pages: more than one on all cores
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

    ``now`` (UTC ISO text, default the current time) only decides which drops are public
    or over and which posts are still scheduled; all else depends on the shop file alone.
    Raises Cancelled when ``cancel()`` turns true; the previous export is then untouched.
    """
    if not isinstance(store_or_path, ShopStore):
        # Open in the app or read-only: read it, just do not cache new image variants.
        with ShopStore.open_or_read(store_or_path) as store:
            return export_shop(store, outdir, base_url=base_url, zip_path=zip_path,
                               progress=progress, cancel=cancel, now=now)
    started = time.perf_counter()
    # Never the shop file, its companions or a file under it; the zip never inside OUTDIR.
    check_output_folder(outdir, shop=store_or_path.path)
    if zip_path is not None:
        check_output_file(zip_path, shop=store_or_path.path, inside=Path(outdir), field="zip")
    with _few_collections():
        for attempt in range(ATTEMPTS):
            try:
                result = _export(store_or_path, Path(outdir), base_url, now or utc_now(),
                                 progress, cancel)
                break
            except ShopChanged:
                if attempt == ATTEMPTS - 1:
                    raise
    if zip_path is not None:
        result.zip_path = Path(zip_path).resolve()
        write_zip(result.outdir, result.zip_path, result.written + result.kept)
    result.seconds = time.perf_counter() - started
    return result


@contextlib.contextmanager
def _few_collections() -> Iterator[None]:
    """An export allocates millions of short-lived objects and makes few cycles: young
    objects are collected every 100,000 allocations, not 700, and what existed before
    (the shop loaded, compiled templates) is frozen out of collections: a quarter of a
    one-change re-export's time went to the collector (measured)."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def open_writer(outdir: Path) -> Writer:
    """The previous export's writer when ``outdir`` holds one, else a new folder's."""
    return InPlaceWriter(outdir) if (outdir / MARKER).is_file() else SiteWriter(outdir)


def _export(store: ShopStore, outdir: Path, base_url: str | None, now: str,
            progress: ProgressFn | None, cancel: CancelFn | None) -> ExportResult:
    writer = open_writer(outdir)
    snapshot = Snapshot(store)
    with tempfile.TemporaryDirectory(prefix="weidian-export-") as folder:
        try:
            stage(progress, _("Reading the shop…"))
            snapshot.begin()
            source = load(store, now, base_url)                               # 1. load
            stage(progress, ngettext("Planning the pages of {count} product…",
                                     "Planning the pages of {count} products…",
                                     len(source.entries)).format(
                count=format_number(len(source.entries), current_language())))
            parts = site_parts(source)                                        # 2. plan
            renderer = Renderer(source, parts, ProductReader(store.conn, source))
            plan = plan_site(source, parts, renderer.sites, writer.previous, writer.has,
                             cancel)
            writer.keep_present(plan.reused + ([] if plan.icons else plan.icon_files))
            setup = WorkerSetup(source, parts, store.path, writer.put, folder)
            main = setup.worker(renderer)
            local, shared, work = _tasks(plan, writer, store)
            processes = parallel.processes_for(work)
            if any(t.kind == ENCODE for queue in shared for t in queue):
                prepare_encoding()  # once, before forking, not in every process
            tally = Tally(local + [t for queue in shared for t in queue], progress, cancel)
            tally.say()
            reports = [*parallel.run(main, setup, local, shared, processes=processes,  # 3.
                                     tick=tally), main.report()]
            for child in reports[:-1]:                                        # 4. write
                writer.adopt(child.written)
            changed = snapshot.end()
            failed = sorted(f for r in reports for f in r.failed)
            if changed or any(why == MISSING for _h, why in failed):
                raise ShopChanged.of(store)
            if failed:  # a refusal writes nothing, not even the variants made meanwhile
                raise image_error(store, *failed[0])
            if tally.all_images:
                tally.say_done(_("Storing the new images in the shop file…"))
            encoded = _new_variants(store, writer, reports)
            check_cancel(cancel, _(CANCELLED))
            tally.say_done(_("Writing the search index and the shop's other files…"))
            search = search_index(source, plan, renderer, reports)
            files = site_files(source, parts, plan, renderer, search)
            if isinstance(files, str):
                raise image_error(store, source.shop.logo_hash or "", files)
            files = {**parts.files, **files}
            for path in sorted(files):
                writer.put(path, files[path])
            tally.say_done(_("Putting the new export in place…"))
            writer.commit(plan.manifest, search)                              # 5. commit
        except (Cancelled, ShopChanged):
            _stop(snapshot, writer)
            _salvage(store, folder)  # the seller's Cancel, or another program's write
            raise
        except BaseException:
            _stop(snapshot, writer)
            raise
    report(progress, 1, 1)
    stats = writer.stats
    return ExportResult(outdir=writer.outdir, pages=plan.pages(), written=sorted(stats.written),
                        kept=sorted(stats.kept), deleted=sorted(stats.deleted),
                        images_encoded=encoded, processes=processes)


def _stop(snapshot: Snapshot, writer: Writer) -> None:
    """After a failure or Cancel: the read transaction closed, the writer's work dropped
    (the previous export stays as it was)."""
    snapshot.close()
    writer.abandon()


def _tasks(plan: Plan, writer: Writer, store: ShopStore
           ) -> tuple[list[Task], list[list[Task]], float]:
    """The render stage's tasks: those for this process alone, the shared queues (pages,
    images), and how much work they are (in rendered pages' worth)."""
    missing = [plan.images[p] for p in writer.keep_present(list(plan.images))]
    have = cached_keys(store.conn) if missing else set()
    copies = [k for k in missing if k in have]
    new: dict[str, list] = {}
    for key in missing:
        if key not in have:
            new.setdefault(key[0], []).append(key)
    pages = [Task(PAGES, tuple(plan.jobs[i:i + PAGE_CHUNK]))
             for i in range(0, len(plan.jobs), PAGE_CHUNK)]
    copy = [Task(COPY, tuple(copies[i:i + COPY_CHUNK])) for i in range(0, len(copies),
                                                                         COPY_CHUNK)]
    images = sorted(new.items())
    encode = [Task(ENCODE, tuple((h, tuple(keys)) for h, keys in images[i:i + ENCODE_CHUNK]))
              for i in range(0, len(images), ENCODE_CHUNK)]
    local = [Task(PAGES, tuple(plan.local))]
    work = len(plan.jobs) + COPY_WORK * len(copies) + ENCODE_WORK * len(images)
    if writer.shared:  # any process may fill the folder
        return local, [pages, encode + copy], work
    # Only this process puts files; others may still encode (their spools come back).
    return local + pages + copy, [encode], ENCODE_WORK * len(images)


def _new_variants(store: ShopStore, writer: Writer, reports: list[Report]) -> int:
    """Write and cache the variants the workers encoded; how many."""
    count, batch = 0, []
    for r in reports:
        for variant in read_spool(r.spool):
            writer.put(variant_path(variant.key), variant.data)
            batch.append(variant)
            count += 1
            if len(batch) == CACHE_BATCH:
                _cache(store, batch)
        _cache(store, batch)
        if r.spool and os.path.exists(r.spool):
            os.unlink(r.spool)  # cached: nothing left for _salvage
    return count


def _cache(store: ShopStore, batch: list[Encoded]) -> None:
    cache_variants(store, batch)
    batch.clear()


def _salvage(store: ShopStore, folder: str) -> None:
    """After Cancel or a change by another program: cache what was encoded all the same,
    so the next export (or the next try) does not encode it again (the bytes follow from
    the image: right whatever changed). A refusal caches nothing: it writes nothing."""
    batch: list[Encoded] = []
    try:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".spool"):
                for variant in read_spool(os.path.join(folder, name)):
                    batch.append(variant)
                    if len(batch) == CACHE_BATCH:
                        _cache(store, batch)
        _cache(store, batch)
    except Exception:  # the export's own failure is what the caller hears about
        pass
