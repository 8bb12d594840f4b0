"""Every path the program writes goes through one guard (core/paths.py): the shop file
and its companions are never an output, and a bad path is one sentence with nothing
written and nothing left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.safety import corpus
from tests.safety.conftest import run_cli
from tests.safety.test_opening import one_sentence
from weidian_desktop.core import paths
from weidian_desktop.core.errors import ShopInUseError
from weidian_desktop.core.store import ShopStore

LONG = "x" * 300


@pytest.fixture
def shop(tmp_path: Path, corpus_cache: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return corpus.copy_of(corpus.good_shop, folder, corpus_cache)


def _unchanged(shop: Path, before: dict[str, str], listed: list[str]) -> None:
    assert corpus.digests(shop.parent) == before
    assert corpus.names(shop.parent) == listed


ZIP_TARGETS = {
    "the shop itself": (lambda s: s, "shop file itself"),
    "its log": (lambda s: s.with_name(s.name + "-wal"), "belongs to the shop file"),
    "its index": (lambda s: s.with_name(s.name + "-shm"), "belongs to the shop file"),
    "its journal": (lambda s: s.with_name(s.name + "-journal"), "belongs to the shop file"),
    "its backup": (lambda s: s.with_name(s.name + ".v1.bak"), "belongs to the shop file"),
    "another shop": (lambda s: s.with_name("other.weidian"), "ends in .weidian"),
    "a link to the shop": (lambda s: s.with_name("link.zip"), "shop file"),
    "inside the export": (lambda s: s.parent / "site" / "shop.zip", "inside the folder"),
    "a missing folder": (lambda s: s.parent / "nope" / "x.zip", "does not exist"),
    "a folder": (lambda s: s.parent / "existing", "is a folder"),
    "a long name": (lambda s: s.parent / f"{LONG}.zip", "too long"),
    "under the shop file": (lambda s: s / "x.zip", "is a file, not a folder"),
}


@pytest.mark.parametrize("target", sorted(ZIP_TARGETS))
def test_export_zip_never_lands_on_the_shop_or_a_bad_path(target: str, shop: Path) -> None:
    (shop.parent / "existing").mkdir()
    (shop.parent / "link.zip").symlink_to(shop)
    before, listed = corpus.digests(shop.parent), corpus.names(shop.parent)
    make, phrase = ZIP_TARGETS[target]
    message = one_sentence(run_cli("export", shop, shop.parent / "site", "--zip",
                                   make(shop)))
    assert phrase in message
    _unchanged(shop, before, listed)  # no site, no .partial, no -wal or -shm left


OUTDIRS = {
    "the shop file": (lambda s: s, "shop file itself"),
    "under the shop file": (lambda s: s / "site", "is a file, not a folder"),
    "a long name": (lambda s: s.parent / LONG, "too long"),
    "a file": (lambda s: s.parent / "notes.txt", "is a file"),
}


@pytest.mark.parametrize("target", sorted(OUTDIRS))
def test_export_outdir_is_a_folder_that_can_be(target: str, shop: Path) -> None:
    (shop.parent / "notes.txt").write_text("mine")
    before, listed = corpus.digests(shop.parent), corpus.names(shop.parent)
    make, phrase = OUTDIRS[target]
    assert phrase in one_sentence(run_cli("export", shop, make(shop)))
    _unchanged(shop, before, listed)


def test_export_with_a_zip_beside_it_still_works(shop: Path) -> None:
    run = run_cli("export", shop, shop.parent / "deep" / "site", "--zip",
                  shop.parent / "site.zip")
    assert run.code == 0, run.err
    assert (shop.parent / "site.zip").stat().st_size > 1000
    assert not [p for p in corpus.names(shop.parent) if "partial" in p]


MEDIA = {
    "qr": ["qr", "{shop}", "--shop", "-o"],
    "poster": ["poster", "{shop}", "--shop", "-o"],
    "share": ["share", "{shop}", "--product", "tea", "-o"],
    "po": ["orders", "po", "{shop}", "-o"],
}
SUFFIX = {"qr": ".png", "poster": ".pdf", "share": ".png", "po": ".csv"}


@pytest.mark.parametrize("command", sorted(MEDIA))
@pytest.mark.parametrize("target", ["long", "missing folder", "folder", "under the shop",
                                    "shop by content"])
def test_media_outputs_go_through_the_guard(command: str, target: str, shop: Path) -> None:
    suffix = SUFFIX[command]
    (shop.parent / f"dir{suffix}").mkdir()
    disguised = shop.with_name(f"copy{suffix}")  # a shop file under another name
    disguised.write_bytes(shop.read_bytes())
    before, listed = corpus.digests(shop.parent), corpus.names(shop.parent)
    output = {"long": shop.parent / f"{LONG}{suffix}",
              "missing folder": shop.parent / "nope" / f"x{suffix}",
              "folder": shop.parent / f"dir{suffix}",
              "under the shop": shop / f"x{suffix}",
              "shop by content": disguised}[target]
    argv = [a.format(shop=shop) for a in MEDIA[command]]
    message = one_sentence(run_cli(*argv, output))
    assert any(p in message for p in ("too long", "does not exist", "is a folder",
                                      "is a file, not a folder", "is a shop file")), message
    _unchanged(shop, before, listed)


@pytest.mark.parametrize("command", ["new", "demo"])
@pytest.mark.parametrize("target", ["long", "missing folder", "under a file", "a folder"])
def test_new_shops_are_refused_on_bad_paths(command: str, target: str, tmp_path: Path
                                            ) -> None:
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "folder.weidian").mkdir()
    before = corpus.names(tmp_path)
    path = {"long": tmp_path / f"{LONG}.weidian",
            "missing folder": tmp_path / "nope" / "s.weidian",
            "under a file": tmp_path / "file.txt" / "s.weidian",
            "a folder": tmp_path / "folder.weidian"}[target]
    argv = ["new", path, "--name", "S"] if command == "new" else ["demo", path]
    one_sentence(run_cli(*argv))
    assert corpus.names(tmp_path) == before


# --- the guard and the writer themselves -------------------------------------------------
def test_protected_names_and_contents(tmp_path: Path, shop: Path) -> None:
    other_db = tmp_path / "notes.sqlite"
    other_db.write_bytes(b"SQLite format 3\x00" + b"\0" * 200)
    for path in (shop, Path(f"{shop}-wal"), Path(f"{shop}.before-import.bak"),
                 Path(f"{shop}.lock"), tmp_path / "x.WEIDIAN", tmp_path / "y.weidian-shm",
                 Path(f"{other_db}-journal")):
        assert paths.protected_reason(path, shop), path
    for path in (tmp_path / "site.zip", tmp_path / "shop.weidian.zip", tmp_path / "qr.png"):
        assert paths.protected_reason(path, shop) is None, path


def test_atomic_output_leaves_nothing_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with pytest.raises(RuntimeError), paths.atomic_output(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("disk gone")
    assert list(tmp_path.iterdir()) == []
    paths.write_file(target, b"whole")
    assert target.read_bytes() == b"whole" and list(tmp_path.iterdir()) == [target]


def test_a_folder_that_cannot_be_written_is_one_sentence(tmp_path: Path) -> None:
    from tests.safety.test_opening import read_only

    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder), pytest.raises(paths.OutputPathError, match="could not be written"):
        paths.write_file(folder / "x.png", b"data")
    assert list(folder.iterdir()) == []


def test_save_copy_never_over_its_own_log_or_a_shop_open_elsewhere(shop: Path) -> None:
    with ShopStore.open(shop) as store:
        with pytest.raises(paths.OutputPathError):
            store.save_copy(Path(f"{shop}-wal"))
        with pytest.raises(paths.OutputPathError, match="over the shop file"):
            store.save_copy(shop)
        other = shop.with_name("other.weidian")
        store.save_copy(other)  # a copy is a shop file; an older copy may be replaced
        with ShopStore.open(other) as busy:
            with pytest.raises(ShopInUseError):
                store.save_copy(other)
            assert busy.scalar("SELECT name FROM shop") == "Fuzz shop"
        store.save_copy(other)
    assert not [n for n in os.listdir(shop.parent) if "partial" in n]


def test_a_fifo_as_output_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    assert paths.protected_reason(fifo) is None  # looked at without opening it
    assert paths.protected_reason(tmp_path / "pipe.png-wal") is None
