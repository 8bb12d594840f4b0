"""Render many pages on all cores: forked children render slices and write them themselves.

Only for a first export (the writer fills a new folder by path, so children can write
without coordinating) and only where fork is safe (one thread: the CLI, the benchmark);
the app's worker thread renders in its own process. A child shares the parent's catalogue
and compiled templates through fork, renders every n-th page and writes it; nothing is
sent back but its exit code, so the pages never cross a pipe.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import traceback
from collections.abc import Callable

from jinja2 import Template

# (file path, compiled template, context maker, page script name)
Job = tuple[str, Template, Callable[[], dict], str | None]
MIN_PAGES = 2000  # below this, forking costs more than it saves


def _render_slice(jobs: list[Job], emit: Callable[[str, bytes], None],
                  tick: Callable[[int], None] | None = None) -> None:
    for count, (path, template, make_context, page_js) in enumerate(jobs):
        if tick is not None and count % 64 == 0:
            tick(count)  # cancel and progress, in the parent only
        context = make_context()
        context["page_js"] = page_js
        emit(path, template.render(context).encode("utf-8"))


def _child(jobs: list[Job], emit: Callable[[str, bytes], None]) -> None:
    try:
        _render_slice(jobs, emit)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
    os._exit(0)  # no atexit, no finalizers: the shop file's connection is the parent's


def _can_fork() -> bool:
    alone = threading.active_count() == 1 and threading.current_thread() is threading.main_thread()
    return alone and "fork" in multiprocessing.get_all_start_methods()


def render_pages(jobs: list[Job], emit: Callable[[str, bytes], None], *,
                 parallel: bool, tick: Callable[[int], None] | None = None) -> None:
    """Render and ``emit`` every job; with ``parallel``, on up to all cores."""
    workers = min(os.cpu_count() or 1, 4)
    if not parallel or workers < 2 or len(jobs) < MIN_PAGES or not _can_fork():
        _render_slice(jobs, emit, tick)
        return
    gc.collect()
    gc.freeze()  # the children's copy-on-write pages stay shared while they run
    children = []
    try:
        for k in range(1, workers):
            pid = os.fork()
            if pid == 0:
                _child(jobs[k::workers], emit)
            children.append(pid)
        _render_slice(jobs[0::workers], emit, tick)
    finally:
        failed = [pid for pid in children if os.waitpid(pid, 0)[1] != 0]
        gc.unfreeze()
    if failed:
        raise RuntimeError(f"{len(failed)} page rendering process(es) failed; see the "
                           "messages above")
