"""Pages rendered by forked children: the same bytes as one process, failures surface."""

from __future__ import annotations

from pathlib import Path

import pytest

from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop, parallel

from .conftest import NOW
from .test_builder import snapshot


def test_forked_rendering_gives_the_same_export(small_shop: ShopStore, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    if not parallel._can_fork():
        pytest.skip("another thread is running: the export renders in one process here")
    export_shop(small_shop, tmp_path / "one", now=NOW)
    forks: list[int] = []
    real_fork = parallel.os.fork

    def counting_fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(parallel, "MIN_PAGES", 1)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 3)
    monkeypatch.setattr(parallel.os, "fork", counting_fork)
    result = export_shop(small_shop, tmp_path / "many", now=NOW)
    assert len(forks) == 2
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "many")
    assert {"p/mug/index.html", "en/p/scarf/index.html"} <= set(result.written)


def test_a_failing_child_fails_the_export(small_shop: ShopStore, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    if not parallel._can_fork():
        pytest.skip("another thread is running: the export renders in one process here")
    monkeypatch.setattr(parallel, "MIN_PAGES", 1)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    real = parallel._render_slice
    parent = parallel.os.getpid()

    def broken(jobs, emit, tick=None):
        if parallel.os.getpid() != parent:
            raise OSError("disk full")
        real(jobs, emit, tick)

    monkeypatch.setattr(parallel, "_render_slice", broken)
    with pytest.raises(RuntimeError, match="rendering process"):
        export_shop(small_shop, tmp_path / "site", now=NOW)
    assert not (tmp_path / "site").exists()
