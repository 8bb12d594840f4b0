"""Render pages and copy cached image variants on all cores: forked workers share a queue.

Only for a first export (the writer fills a new folder by path, so workers need no
coordination) and only where fork is safe (one thread: the CLI, the benchmark); the app's
worker thread does the same work in its own process. The work is cut into chunks of pages
and of image variants; their numbers go into two pipes before forking, and the parent
and its children each read the next number when free (a 4-byte read from a pipe is
atomic), so whoever is faster takes more: nothing is split up front by guesswork. A child
shares the parent's catalogue and compiled templates through fork, reads products and
image bytes on its own connection and writes what it makes itself; all that comes back is
its exit code and a file naming the variants the shop file's cache did not have.
"""

from __future__ import annotations

import gc
import json
import math
import os
import shutil
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from jinja2 import Template

from ..core.store import connect
from .images import ImageKey, cached_variants, can_fork, variant_path

# (file path, compiled template, context maker, page script name, products it shows)
Job = tuple[str, Template, Callable[[], dict], str | None, tuple[int, ...]]
Chunk = tuple[str, list]  # ("pages", jobs) or ("images", keys)
MIN_WORK = 2000  # pages (an image variant counts a quarter): below, forking costs more
PAGE_CHUNK, IMAGE_CHUNK = 64, 512  # per chunk at least: a few ms of work each
MAX_CHUNKS = 4096  # their numbers must fit the pipe's buffer (64 KiB) before anyone reads
INDEX = 4  # bytes per chunk number


def chunks(pages: list[Job], images: list[ImageKey]) -> list[Chunk]:
    """Pages in runs of 64, then variants in runs of 512 (fewer when there are very many)."""
    page_size = max(PAGE_CHUNK, math.ceil(len(pages) / (MAX_CHUNKS // 2)))
    image_size = max(IMAGE_CHUNK, math.ceil(len(images) / (MAX_CHUNKS // 2)))
    return ([("pages", pages[i:i + page_size]) for i in range(0, len(pages), page_size)]
            + [("images", images[i:i + image_size]) for i in range(0, len(images), image_size)])


class Worker:
    """Does chunks in one process; image bytes come through its own connection."""

    def __init__(self, emit: Callable[[str, bytes], None], db_path: Path,
                 conn: sqlite3.Connection | None,
                 prepare: Callable[[list[int]], None] | None = None) -> None:
        self.emit = emit
        self.db_path = db_path
        self.conn = conn  # the parent's; None in a child, which opens its own when needed
        self.prepare = prepare  # reads a chunk's products in bulk before its pages render
        self.uncached: list[ImageKey] = []  # variants the cache did not have: made later

    def do(self, chunk: Chunk) -> None:
        kind, items = chunk
        if kind == "pages":
            if self.prepare is not None:
                self.prepare([pid for job in items for pid in job[4]])
            for path, template, make_context, page_js, _needs in items:
                context = make_context()
                context["page_js"] = page_js
                self.emit(path, template.render(context).encode("utf-8"))
            return
        if self.conn is None:
            self.conn = connect(self.db_path, read_only=True)
        found = cached_variants(self.conn, items)
        for key in items:
            if key in found:
                self.emit(variant_path(key), found.pop(key))
            else:
                self.uncached.append(key)


def _number(block: bytes) -> int:
    # Every read takes 4 of a multiple of 4 bytes, under the pipe's lock: never a part.
    if len(block) != INDEX:
        raise RuntimeError("the export's work queue returned a partial chunk number")
    return int.from_bytes(block, "little")


def _drain(worker: Worker, queues: list[int], tick: Callable[[int], None] | None = None
           ) -> None:
    """Do chunks from the first queue until it is empty, then from the next."""
    count = 0
    for queue in queues:
        while block := os.read(queue, INDEX):
            if tick is not None:
                tick(count)
            worker.do(_CHUNKS[_number(block)])
            count += 1


def _child(worker: Worker, queues: list[int], report: str,
           on_fork: Callable[[], None] | None) -> None:
    try:
        worker.conn = None  # never the parent's connection: it is not fork-safe
        if on_fork is not None:
            on_fork()  # the same for whatever else reads the file (the catalogue)
        _drain(worker, queues)
        if worker.uncached:  # the parent makes them once the workers are done
            with open(os.path.join(report, str(os.getpid())), "w", encoding="utf-8") as out:
                json.dump(worker.uncached, out)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
    os._exit(0)  # no atexit, no finalizers: the shop file's connection is the parent's


_CHUNKS: list[Chunk] = []  # the work of the run under way (children see it through fork)


def run(pages: list[Job], images: list[ImageKey], emit: Callable[[str, bytes], None], *,
        conn: sqlite3.Connection, db_path: Path, parallel: bool,
        tick: Callable[[int], None] | None = None,
        local: Callable[[], None] | None = None,
        prepare: Callable[[list[int]], None] | None = None,
        on_fork: Callable[[], None] | None = None) -> tuple[list[ImageKey], int]:
    """Render and ``emit`` every page, copy every variant the shop file's cache has;
    return the others (to be made) and how many processes did it. With ``parallel``, on
    up to all cores. ``local`` is
    work for this process alone (it may read the shop file), done first, while forked
    workers start on the queues; ``tick`` (cancel and progress) runs here only.
    ``prepare`` gets each page chunk's products before it renders; ``on_fork`` runs
    first in each child, to open its own connection to the shop file."""
    work = chunks(pages, images)
    worker = Worker(emit, db_path, conn, prepare)
    workers = min(os.cpu_count() or 1, 4)
    if (not parallel or workers < 2 or len(pages) + len(images) / 4 < MIN_WORK
            or not can_fork()):
        if local is not None:
            local()
        for count, chunk in enumerate(work):
            if tick is not None:
                tick(count)
            worker.do(chunk)
        return worker.uncached, 1
    # Two queues, pages and images, each worker starting on one and helping with the other
    # once it is empty: a file made in a folder locks the folder, so two workers filling
    # p/ (or img/) at once wait on each other; one on each mostly does not.
    queues = []
    for kind in ("pages", "images"):
        queue, feed = os.pipe()
        os.write(feed, b"".join(i.to_bytes(INDEX, "little") for i, chunk in enumerate(work)
                                if chunk[0] == kind))
        os.close(feed)  # read to the end, the queue says "no more"
        queues.append(queue)
    _CHUNKS[:] = work
    # Frozen, the objects the children inherit are never touched by a collection, so
    # their copy-on-write pages stay shared while they run (no collect first: 40 ms).
    gc.freeze()
    # Rendering allocates millions of short-lived objects and makes few cycles: collect
    # young objects every 100,000 allocations, not 700 (5% of the time, measured).
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 1000)
    report = tempfile.mkdtemp(prefix="weidian-export-")
    children = []
    try:
        for k in range(1, workers):
            pid = os.fork()
            if pid == 0:
                _child(worker, queues[k % 2:] + queues[:k % 2], report, on_fork)
            children.append(pid)
        if local is not None:
            local()
        _drain(worker, queues, tick)
    finally:
        for queue in queues:
            while os.read(queue, 4096):  # on failure or cancel: the children stop soon
                pass
        failed = [pid for pid in children if os.waitpid(pid, 0)[1] != 0]
        for queue in queues:
            os.close(queue)
        _CHUNKS.clear()
        gc.set_threshold(*thresholds)
        gc.unfreeze()
        uncached = list(worker.uncached)
        for name in sorted(os.listdir(report)):
            with open(os.path.join(report, name), encoding="utf-8") as f:
                uncached += [(h, int(w), fmt) for h, w, fmt in json.load(f)]
        shutil.rmtree(report, ignore_errors=True)
    if failed:
        raise RuntimeError(f"{len(failed)} page rendering process(es) failed; see the "
                           "messages above")
    return uncached, 1 + len(children)
