"""Pages rendered and images copied by forked workers: the same bytes as one process,
failures surface, a cancel stops them all."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop, parallel

from .conftest import NOW
from .test_builder import snapshot


def test_forked_rendering_gives_the_same_export(small_shop: ShopStore, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    if not parallel.can_fork():
        pytest.skip("another thread is running: the export renders in one process here")
    export_shop(small_shop, tmp_path / "one", now=NOW)
    forks: list[int] = []
    real_fork = parallel.os.fork

    def counting_fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(parallel, "MIN_WORK", 1)
    monkeypatch.setattr(parallel, "PAGE_CHUNK", 2)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 3)
    monkeypatch.setattr(parallel.os, "fork", counting_fork)
    result = export_shop(small_shop, tmp_path / "many", now=NOW)
    assert len(forks) == 2
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "many")
    assert {"p/mug/index.html", "en/p/scarf/index.html"} <= set(result.written)


def test_a_failing_child_fails_the_export(small_shop: ShopStore, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    if not parallel.can_fork():
        pytest.skip("another thread is running: the export renders in one process here")
    monkeypatch.setattr(parallel, "MIN_WORK", 1)
    monkeypatch.setattr(parallel, "PAGE_CHUNK", 1)  # a chunk per page: work for the child
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    real = parallel.Worker.do
    parent = parallel.os.getpid()

    def broken(self, chunk):
        if parallel.os.getpid() != parent:
            raise OSError("disk full")
        time.sleep(0.3)  # a slow parent: the child surely takes a chunk of the queue
        real(self, chunk)

    monkeypatch.setattr(parallel.Worker, "do", broken)
    with pytest.raises(RuntimeError, match="rendering process"):
        export_shop(small_shop, tmp_path / "site", now=NOW)
    assert not (tmp_path / "site").exists()
