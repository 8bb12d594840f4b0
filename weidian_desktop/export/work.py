"""The render stage's work, cut into tasks any process can do, and the worker that does them.

A ``Task`` is plain data: pages to render (``pages.PageJob``), cached image variants to
copy, or images whose new variants to encode. A ``Worker`` does tasks in one process with
that process's own reader and connection: pages and copies go straight to the writer
(the main process's, or a shared writer's folder from a forked one); new variants go to
its spool file, from which the main process writes and caches them once all is rendered
(its connection is in the export's read transaction until then). What the main process
needs back from a forked worker travels in its ``Report``.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, NamedTuple

from ..core.store import connect
from .images import Encoded, ImageKey, cached_variants, encode, image_bytes, variant_path
from .load import ProductReader, Source
from .marker import SearchEntry
from .plan import SiteParts
from .render import Renderer

PAGES, COPY, ENCODE = "pages", "copy", "encode"
MISSING = "missing"  # an image the shop file no longer has (it changed meanwhile)


class Task(NamedTuple):
    """A chunk of work: page jobs, variant keys to copy, or (image hash, its variant keys)
    to encode."""

    kind: str
    items: tuple


@dataclass
class Report:
    """What one process did that the main process needs back."""

    written: list[str] = field(default_factory=list)  # files it put into the writer
    entries: dict[str, dict[str, SearchEntry]] = field(default_factory=dict)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (image hash, why)
    spool: str = ""  # its file of new variants (Encoded, pickled one after another)


def read_spool(path: str) -> Iterator[Encoded]:
    """The variants a worker encoded, in the order it made them."""
    if not path or not os.path.exists(path):
        return
    with open(path, "rb") as spool:
        while True:
            try:
                yield pickle.load(spool)
            except (EOFError, pickle.UnpicklingError):  # the end, or a worker cut short
                return


class Worker:
    """Does tasks in one process; ``report()`` says what came of them."""

    def __init__(self, renderer: Renderer, conn: sqlite3.Connection,
                 put: Callable[[str, bytes], None], spool: str) -> None:
        self.renderer = renderer
        self.conn = conn
        self.put = put
        self.spool_path = spool
        self._spool: BinaryIO | None = None
        self._report = Report(spool=spool)

    def do(self, task: Task) -> None:
        if task.kind == PAGES:
            for path, data in self.renderer.render_all(list(task.items)):
                self._put(path, data)
        elif task.kind == COPY:
            self._copy(list(task.items))
        else:
            for image_hash, keys in task.items:
                self._encode(image_hash, list(keys))

    def _put(self, path: str, data: bytes) -> None:
        self.put(path, data)
        self._report.written.append(path)

    def _copy(self, keys: list[ImageKey]) -> None:
        found = cached_variants(self.conn, keys)
        lost: dict[str, list[ImageKey]] = {}
        for key in keys:
            if key in found:
                self._put(variant_path(key), found.pop(key))
            else:  # left the cache since the plan: made again
                lost.setdefault(key[0], []).append(key)
        for image_hash, missing in lost.items():
            self._encode(image_hash, missing)

    def _encode(self, image_hash: str, keys: list[ImageKey]) -> None:
        data = image_bytes(self.conn, image_hash)
        made = MISSING if data is None else encode(data, keys)
        if isinstance(made, str):
            self._report.failed.append((image_hash, made))
            return
        if self._spool is None:
            self._spool = open(self.spool_path, "ab")  # closed by report()
        for variant in made:
            pickle.dump(variant, self._spool, pickle.HIGHEST_PROTOCOL)
        self._spool.flush()  # whole images on disk, should the export stop (pipeline)

    def report(self) -> Report:
        """What this worker did (its spool closed, its search entries included)."""
        if self._spool is not None:
            self._spool.close()
            self._spool = None
        self._report.entries = self.renderer.entries
        return self._report


@dataclass
class WorkerSetup:
    """What a forked process needs to make its own Worker: its own connection and reader
    (sqlite3 connections do not survive fork), the writer's ``put`` (a shared writer's)."""

    source: Source
    parts: SiteParts
    db_path: Path
    put: Callable[[str, bytes], None]
    folder: str  # where spools and reports go

    def worker(self, renderer: Renderer | None = None) -> Worker:
        """A Worker with this process's ``renderer`` (the main process's), or with its own
        connection and renderer (a forked process)."""
        if renderer is None:
            conn = connect(self.db_path, read_only=True)
            conn.execute("BEGIN")  # its reads are one state too (snapshot.py checks it)
            renderer = Renderer(self.source, self.parts, ProductReader(conn, self.source))
        return Worker(renderer, renderer.reader.conn, self.put,
                      os.path.join(self.folder, f"{os.getpid()}.spool"))
