"""The export folder is untrusted: its marker and journal may be old, crafted or edited, its
folders may be links. Only a file the marker names AND the export can have written (by name
and place) is ever deleted; every trap ends in one sentence or is put right, never in a
traceback, and never stops the exports after it."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.products import find_product, update_product
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop, inplace
from weidian_desktop.export.marker import MARKER, MARKER_TEXT, Marker, marker_bytes

from .conftest import NOW
from .test_builder import snapshot

USER_FILES = {"CNAME": b"shop.example.com\n", ".nojekyll": b"",
              "notes.txt": b"my notes\n", "docs/how-i-publish.md": b"# notes\n",
              "google1234.html": b"google-site-verification: google1234.html\n"}


def _rename_mug(store: ShopStore, title: str) -> None:
    mug = find_product(store, "mug")
    mug.title = title
    update_product(store, mug)


def _add_user_files(out: Path) -> None:
    for name, data in USER_FILES.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)


def _assert_user_files(out: Path) -> None:
    for name, data in USER_FILES.items():
        assert (out / name).read_bytes() == data, name


def _unpublish(store: ShopStore, slug: str) -> None:
    with store.atomic():
        store.conn.execute("UPDATE products SET status = 'draft' WHERE slug = ?", (slug,))


@pytest.mark.parametrize("old", ["text-only", "json-pages", "json-format-2"])
def test_an_old_marker_never_costs_the_user_their_own_files(
        small_shop: ShopStore, tmp_path: Path, old: str) -> None:
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    files = sorted(snapshot(out))
    pages = {p: "0" * 64 for p in files if p.endswith(".html")}
    body = {"text-only": b"", "json-pages": json.dumps(pages).encode(),
            "json-format-2": json.dumps({"format": 2, "pages": pages, "files": files
                                         + sorted(USER_FILES)}).encode()}[old]
    (out / MARKER).write_bytes(MARKER_TEXT + body)
    _add_user_files(out)
    _unpublish(small_shop, "tea")
    export_shop(small_shop, out, now=NOW)
    _assert_user_files(out)
    export_shop(small_shop, tmp_path / "clean", now=NOW)
    site, clean = snapshot(out), snapshot(tmp_path / "clean")
    assert {p: site[p] for p in clean} == clean
    # Left behind: only files of the old export that its marker does not name (nothing
    # proves they were the export's), never a file the marker names.
    named = {"text-only": set(), "json-pages": set(pages), "json-format-2": set(files)}[old]
    left = set(site) - set(clean) - set(USER_FILES)
    assert left <= set(files) - named
    assert ("p/tea/index.html" in left) == (old == "text-only")
    export_shop(small_shop, out, now=NOW)  # and the next one still works
    _assert_user_files(out)


def test_a_crafted_marker_cannot_delete_the_shop_or_what_is_not_the_exports(
        tmp_path: Path, small_shop: ShopStore) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    mine = folder / "mine.weidian"
    small_shop.save_copy(mine)
    # (mine.weidian's own -wal and -shm are SQLite's, made and removed as it opens it.)
    companions = {name: b"x" for name in ("other.weidian", "other.weidian-wal",
                                          "other.weidian-shm", "other.weidian-journal",
                                          "mine.weidian.v1.bak")}
    for name, data in companions.items():
        (folder / name).write_bytes(data)
    _add_user_files(folder)
    listed = sorted([*companions, "mine.weidian", "mine.weidian-wal", "mine.weidian-shm",
                     *USER_FILES, "p/../notes.txt",
                     "../outside.txt", "/etc/hostname", "p/x/../../CNAME"])
    (tmp_path / "outside.txt").write_text("outside")
    # A marker as this version writes it, listing what must never be deleted (and paths
    # that climb out).
    (folder / MARKER).write_bytes(marker_bytes(Marker(files=listed)))
    export_shop(mine, folder, now=NOW)
    with ShopStore.open(mine) as again:  # still there, still the shop
        assert find_product(again, "mug").title == "陶瓷杯"
    for name, data in companions.items():
        assert (folder / name).read_bytes() == data, name
    _assert_user_files(folder)
    assert (tmp_path / "outside.txt").read_text() == "outside"
    assert (folder / "index.html").is_file()


def test_marker_and_journal_naming_paths_outside_do_not_wedge_the_export(
        small_shop: ShopStore, tmp_path: Path) -> None:
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    (tmp_path / "victim.txt").write_text("keep me")
    (out / inplace.JOURNAL).write_text(json.dumps(
        {"put": [["../victim.txt", "../../victim.txt"]], "delete": ["../victim.txt",
                                                                     "p/../../victim.txt"]}))
    text = (out / MARKER).read_bytes()
    (out / MARKER).write_bytes(text.replace(b"#files\n", b"#files\n../victim.txt\n"))
    _rename_mug(small_shop, "After the trap")
    export_shop(small_shop, out, now=NOW)
    assert (tmp_path / "victim.txt").read_text() == "keep me"
    assert not (out / inplace.JOURNAL).exists()
    assert "After the trap" in (out / "p/mug/index.html").read_text(encoding="utf-8")
    export_shop(small_shop, out, now=NOW)


def test_a_symlinked_page_folder_is_refused_in_one_sentence_and_wedges_nothing(
        small_shop: ShopStore, tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    export_shop(small_shop, out, now=NOW)
    shutil.move(out / "p", elsewhere)
    (out / "p").symlink_to(elsewhere)
    before = snapshot(elsewhere)
    _rename_mug(small_shop, "Escaped")
    for _ in range(2):  # the same sentence again, not a traceback or a left-over journal
        with pytest.raises(ValidationError, match="link") as caught:
            export_shop(small_shop, out, now=NOW)
        assert str(out) in str(caught.value) or "p" in str(caught.value)
        assert not (out / inplace.JOURNAL).exists()
        assert snapshot(elsewhere) == before
    (out / "p").unlink()
    export_shop(small_shop, out, now=NOW)  # the seller removed the link: all is well again
    assert "Escaped" in (out / "p/mug/index.html").read_text(encoding="utf-8")
    assert snapshot(elsewhere) == before


@pytest.mark.parametrize("name", [inplace.STAGING, inplace.JOURNAL + ".partial"])
def test_bookkeeping_names_that_are_links_are_replaced_not_followed(
        small_shop: ShopStore, tmp_path: Path, name: str) -> None:
    out, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    export_shop(small_shop, out, now=NOW)
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("precious")
    target = elsewhere if name == inplace.STAGING else elsewhere / "precious.txt"
    (out / name).symlink_to(target)
    _rename_mug(small_shop, "Linked")
    export_shop(small_shop, out, now=NOW)
    assert (elsewhere / "precious.txt").read_text() == "precious"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["precious.txt"]
    assert "Linked" in (out / "p/mug/index.html").read_text(encoding="utf-8")
    export_shop(small_shop, out, now=NOW)


def test_a_link_where_a_first_export_is_built_is_removed_not_followed(
        small_shop: ShopStore, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("precious")
    for pid in (12345, os.getpid()):  # a stale one, and this process's own name
        (tmp_path / f".site.building-{pid}").symlink_to(elsewhere)
    export_shop(small_shop, tmp_path / "site", now=NOW)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["precious.txt"]
    assert (tmp_path / "site/index.html").is_file()


@pytest.mark.parametrize("name", [inplace.JOURNAL, inplace.JOURNAL + ".partial"])
def test_a_folder_where_the_journal_goes_is_refused_not_deleted(
        small_shop: ShopStore, tmp_path: Path, name: str) -> None:
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    (out / name).mkdir()
    (out / name / "mine.txt").write_text("mine")
    for _ in range(2):
        with pytest.raises(ValidationError, match="is a folder"):
            export_shop(small_shop, out, now=NOW)
    assert (out / name / "mine.txt").read_text() == "mine"
    shutil.rmtree(out / name)
    export_shop(small_shop, out, now=NOW)
