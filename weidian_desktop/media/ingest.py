"""Prepare many pasted or dropped images on every core: a process pool for the Pillow work."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import ImageError
from ..core.i18n import N_, _, current_language, set_language
from ..core.progress import CancelFn, ProgressFn, check_cancel, report
from .images import PreparedImage, check_size, prepare_image


@dataclass(frozen=True)
class ImageSource:
    """One image to take in: a file on disk, or bytes (a paste) with an optional name."""

    path: Path | None = None
    data: bytes | None = None
    name: str | None = None

    def label(self) -> str:
        return self.name or (self.path.name if self.path else "")


STOPPED = N_("Stopped; no image was added.")
_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def _shared_pool() -> ProcessPoolExecutor:
    """One pool for the app's life: starting worker processes costs more than a photo."""
    global _pool
    with _pool_lock:
        if _pool is None:
            # forkserver: the GUI process has threads (Qt), and forking it is unsafe.
            context = multiprocessing.get_context("forkserver")
            _pool = ProcessPoolExecutor(max_workers=max(1, os.cpu_count() or 1),
                                        mp_context=context)
        return _pool


def shutdown_pool() -> None:
    """Stop the worker processes (at quit, and between benchmark runs)."""
    global _pool
    with _pool_lock:
        if _pool is not None:
            _pool.shutdown(cancel_futures=True)
            _pool = None


def _read(source: ImageSource) -> bytes:
    if source.data is not None:
        return source.data
    assert source.path is not None
    try:
        check_size(source.path.stat().st_size, source.label())  # before reading it
        return source.path.read_bytes()
    except OSError as exc:
        raise ImageError(_("{name} cannot be read ({reason}).").format(
                             name=source.path.name, reason=exc.strerror),
                         field="image") from None


def _prepare_one(source: ImageSource, language: str | None = None) -> PreparedImage:
    # Runs in a worker process: reads the file there, so big files never cross a pipe.
    if language is not None:
        set_language(language)  # the pool outlives a change of the app's language
    return prepare_image(_read(source), source.label() or None)


def prepare_images(sources: Sequence[ImageSource], *,
                   progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                   parallel: bool | None = None) -> list[PreparedImage]:
    """Prepare the images in order, all or none: the first refusal is raised as is.

    With more than one image the work is spread over the shared process pool (Pillow
    holds the GIL for much of a decode); a single image is done in this thread,
    which is faster than a round trip to a worker.
    """
    total = len(sources)
    if parallel is None:
        parallel = total > 1
    if not parallel:
        results = []
        for n, source in enumerate(sources, 1):
            check_cancel(cancel, _(STOPPED))
            results.append(_prepare_one(source))
            report(progress, n, total)
        return results
    try:
        return _prepare_in_pool(sources, progress, cancel)
    except BrokenProcessPool:
        # A worker died (killed, out of memory, or a main script without the
        # __main__ guard that multiprocessing needs): do the work here instead.
        shutdown_pool()
        return prepare_images(sources, progress=progress, cancel=cancel, parallel=False)


def _prepare_in_pool(sources: Sequence[ImageSource], progress: ProgressFn | None,
                     cancel: CancelFn | None) -> list[PreparedImage]:
    total = len(sources)
    pool = _shared_pool()
    futures: dict[Future[PreparedImage], int] = {
        pool.submit(_prepare_one, source, current_language()): n
        for n, source in enumerate(sources)}
    done_results: dict[int, PreparedImage] = {}
    pending = set(futures)
    try:
        while pending:
            finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            check_cancel(cancel, _(STOPPED))
            for future in finished:
                done_results[futures[future]] = future.result()  # re-raises ImageError
            if finished:
                report(progress, len(done_results), total)
    finally:
        for future in pending:
            future.cancel()  # a refusal or Cancel: the rest is not worth finishing
    return [done_results[n] for n in range(total)]
