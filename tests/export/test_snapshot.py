"""An export reads one state of the shop: a writer committing while it runs (an import, the
app) never yields a site that is half before and half after; the export notices, reads
again, and refuses in one sentence if the shop keeps changing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from weidian_desktop.core.errors import ShopInUseError
from weidian_desktop.core.products import Product, create_products
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop, parallel, pipeline

from .conftest import NOW


@pytest.fixture
def shop(small_shop: ShopStore) -> ShopStore:
    """More products than the home page shows, so the export reads products twice."""
    create_products(small_shop, (Product(f"extra {i}", slug=f"extra-{i}", price=100 + i,
                                         status="published") for i in range(30)))
    _retitle(small_shop.path, "Before")
    return small_shop


def _retitle(path: Path, word: str) -> None:
    """Another program's transaction: every product renamed at once."""
    conn = sqlite3.connect(path, timeout=10)
    with conn:
        conn.execute("UPDATE products SET title = ? || '-' || slug", (word,))
    conn.close()


def _words(site: Path) -> set[str]:
    """Which titles the default language's pages show: "Before", "After" or both."""
    found = set()
    for page in [site / "index.html", site / "search/index.html",
                 *site.glob("p/*/index.html"), *site.glob("c/*/index.html")]:
        text = page.read_text(encoding="utf-8")
        found |= {w for w in ("Before", "After") if f"{w}-" in text}
    return found


class WriterDuringExport:
    """Another program commits while the export reads products (seen through the export's
    own connection's statements): from read ``first`` on, ``times`` times."""

    def __init__(self, store: ShopStore, times: int, first: int = 2) -> None:
        self.path, self.times, self.first, self.reads = store.path, times, first, 0
        store.conn.set_trace_callback(self)

    def __call__(self, statement: str) -> None:
        if "FROM product_translations" in statement:
            self.reads += 1
            if self.first <= self.reads < self.first + self.times:
                _retitle(self.path, "After")


@pytest.fixture(params=["one process", "forked workers"])
def mode(request, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "forked workers":
        if not parallel.can_fork():
            pytest.skip("another thread is running: the export renders in one process here")
        monkeypatch.setattr(parallel, "MIN_WORK", 1)
        monkeypatch.setattr(pipeline, "PAGE_CHUNK", 1)
        monkeypatch.setattr(parallel.os, "cpu_count", lambda: 3)
    return request.param


def test_a_commit_during_the_export_never_publishes_a_mixed_site(
        shop: ShopStore, tmp_path: Path, mode: str) -> None:
    export_shop(shop, tmp_path / "warm", now=NOW)  # image variants cached
    site = tmp_path / "site"
    WriterDuringExport(shop, times=1)
    export_shop(shop, site, now=NOW)
    assert _words(site) == {"After"}  # read again once it changed: all of it new


def test_a_shop_that_keeps_changing_is_refused_in_one_sentence(
        shop: ShopStore, tmp_path: Path, mode: str) -> None:
    export_shop(shop, tmp_path / "site", now=NOW)
    before = sorted((tmp_path / "site").rglob("*"))
    with pytest.raises(ShopInUseError, match="changed while") as caught:
        WriterDuringExport(shop, times=1000, first=1)
        export_shop(shop, tmp_path / "site", now=NOW)
    assert "\n" not in str(caught.value)
    assert sorted((tmp_path / "site").rglob("*")) == before
    assert _words(tmp_path / "site") == {"Before"}
    with pytest.raises(ShopInUseError):  # a first export: nothing is left behind
        export_shop(shop, tmp_path / "new", now=NOW)
    assert not (tmp_path / "new").exists()
