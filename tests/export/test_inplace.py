"""In-place re-export: journal, crash half-way through a commit, deleted pages, old markers."""

from __future__ import annotations

from pathlib import Path

import pytest

from weidian_desktop.core.products import find_product, update_product
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop, inplace
from weidian_desktop.export.marker import MARKER, read_marker

from .conftest import NOW
from .test_builder import snapshot


def _rename_mug(store: ShopStore, title: str) -> None:
    mug = find_product(store, "mug")
    mug.title = title
    update_product(store, mug)


def test_crash_in_the_middle_of_a_commit_is_finished_by_the_next_export(
        small_shop: ShopStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    _rename_mug(small_shop, "白瓷杯")
    calls = {"n": 0}
    real = inplace._replace

    def dies_after_two(source: str, target: str) -> None:
        calls["n"] += 1
        if calls["n"] > 2:
            raise KeyboardInterrupt("power cut")  # not an OSError: nothing may catch it
        real(source, target)

    monkeypatch.setattr(inplace, "_replace", dies_after_two)
    with pytest.raises(KeyboardInterrupt):
        export_shop(small_shop, out, now=NOW)
    assert (out / inplace.JOURNAL).is_file() and (out / inplace.STAGING).is_dir()
    monkeypatch.setattr(inplace, "_replace", real)
    export_shop(small_shop, out, now=NOW)  # replays the journal, then exports as usual
    export_shop(small_shop, tmp_path / "clean", now=NOW)
    assert snapshot(out) == snapshot(tmp_path / "clean")
    assert "白瓷杯" in (out / "p/mug/index.html").read_text(encoding="utf-8")


def test_journal_alone_is_replayed(small_shop: ShopStore, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The replay by itself (what an export does first) completes the interrupted commit."""
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    _rename_mug(small_shop, "Mug two")
    monkeypatch.setattr(inplace, "_replace", lambda s, t: (_ for _ in ()).throw(
        KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        export_shop(small_shop, out, now=NOW)
    assert "Mug two" not in (out / "p/mug/index.html").read_text(encoding="utf-8")
    monkeypatch.undo()
    assert inplace.apply_journal(out) is True
    assert "Mug two" in (out / "p/mug/index.html").read_text(encoding="utf-8")
    assert not (out / inplace.JOURNAL).exists() and not (out / inplace.STAGING).exists()
    assert inplace.apply_journal(out) is False


def test_unpublished_product_pages_are_deleted(small_shop: ShopStore, tmp_path: Path) -> None:
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    assert (out / "p/mug/index.html").is_file()
    with small_shop.atomic():
        small_shop.conn.execute("UPDATE products SET status = 'draft' WHERE slug = 'mug'")
    result = export_shop(small_shop, out, now=NOW)
    assert not (out / "p/mug").exists() and not (out / "en/p/mug").exists()
    export_shop(small_shop, tmp_path / "clean", now=NOW)
    assert snapshot(out) == snapshot(tmp_path / "clean")
    assert "p/mug/index.html" not in result.pages
    assert sorted(read_marker(out).files or []) == sorted(set(snapshot(out)) - {MARKER})
