"""Pages rendered and images copied by forked workers: the same bytes as one process,
failures surface, a cancel stops them all."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop, parallel, pipeline, work

from .conftest import NOW
from .test_builder import snapshot


def test_forked_rendering_gives_the_same_export(small_shop: ShopStore, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    if not parallel.can_fork():
        pytest.skip("another thread is running: the export renders in one process here")
    cold = small_shop.save_copy(tmp_path / "cold.weidian")  # no image variant cached yet
    export_shop(small_shop, tmp_path / "one", now=NOW)
    forks: list[int] = []
    real_fork = parallel.os.fork

    def counting_fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(parallel, "MIN_WORK", 1)
    monkeypatch.setattr(pipeline, "PAGE_CHUNK", 2)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 3)
    monkeypatch.setattr(parallel.os, "fork", counting_fork)
    result = export_shop(small_shop, tmp_path / "many", now=NOW)
    assert len(forks) == 2 and result.processes == 3
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "many")
    assert {"p/mug/index.html", "en/p/scarf/index.html"} <= set(result.written)
    encoded = export_shop(cold, tmp_path / "encoded", now=NOW)  # variants made by children
    assert len(forks) == 4 and encoded.images_encoded > 0
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "encoded")
    assert export_shop(cold, tmp_path / "again", now=NOW).images_encoded == 0  # cached


def test_a_failing_child_fails_the_export(small_shop: ShopStore, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    if not parallel.can_fork():
        pytest.skip("another thread is running: the export renders in one process here")
    monkeypatch.setattr(parallel, "MIN_WORK", 1)
    monkeypatch.setattr(pipeline, "PAGE_CHUNK", 1)  # a chunk per page: work for the child
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    real = work.Worker.do
    parent = parallel.os.getpid()

    def broken(self, chunk):
        if parallel.os.getpid() != parent:
            raise OSError("disk full")
        time.sleep(0.3)  # a slow parent: the child surely takes a chunk of the queue
        real(self, chunk)

    monkeypatch.setattr(work.Worker, "do", broken)
    with pytest.raises(RuntimeError, match="export process"):
        export_shop(small_shop, tmp_path / "site", now=NOW)
    assert not (tmp_path / "site").exists()


def test_progress_counts_the_pages_every_process_takes(small_shop: ShopStore, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The main process hears what the children take: the count reaches all the pages
    (not only the main process's share) and never goes back."""
    if not parallel.can_fork():
        pytest.skip("another thread is running: the export renders in one process here")
    monkeypatch.setattr(parallel, "MIN_WORK", 1)
    monkeypatch.setattr(pipeline, "PAGE_CHUNK", 1)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 3)
    real = work.Worker.do
    parent = parallel.os.getpid()

    def parent_slow(self, chunk):
        if parallel.os.getpid() == parent:
            time.sleep(0.05)  # the children take most pages
        real(self, chunk)

    monkeypatch.setattr(work.Worker, "do", parent_slow)
    heard: list[tuple[int, int, str]] = []
    result = export_shop(small_shop, tmp_path / "site", now=NOW,
                         progress=lambda done, total, text: heard.append((done, total, text)))
    assert result.processes == 3
    counts = [tuple(map(int, m.groups())) for _d, _t, text in heard
              if (m := re.fullmatch(r"(\d+) of (\d+) pages.*", text))]
    dones = [done for done, _total in counts]
    assert dones == sorted(dones) and counts[-1][0] == counts[-1][1] > 10
    bar = [(done, total) for done, total, _text in heard if total > 1]
    assert [d for d, _t in bar] == sorted(d for d, _t in bar) and bar[-1][0] == bar[-1][1]
