"""Opening files not yet known to be shops: foreign databases with a live log or a hot
journal, tampered versions, read-only files and folders. A refused file comes out byte for
byte as it went in, with nothing new beside it; a healthy one is read without a trace."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.safety import corpus
from tests.safety.conftest import Run, run_cli
from weidian_desktop.core import migrations
from weidian_desktop.core.errors import ShopFileError, ShopReadOnlyError
from weidian_desktop.core.store import ShopStore

CATALOGUE = "sku,title,price\nN-1,New tea,12.50\n"


def one_sentence(run: Run, code: int = 1) -> str:
    assert run.code == code, (run.code, run.out, run.err)
    assert "Traceback" not in run.err
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    return lines[0]


def _copy(builder: corpus.Builder, tmp_path: Path, cache: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return corpus.copy_of(builder, folder, cache)


# --- refused files stay as they were ---------------------------------------------------
REFUSERS = {
    "check": ["check"],
    "qr": ["qr", "{shop}", "--shop", "-o", "{out}/q.png"],
    "poster": ["poster", "{shop}", "--shop", "-o", "{out}/p.pdf"],
    "orders list": ["orders", "list"],
    "export": ["export", "{shop}", "{out}/site"],
    "import": ["import", "{shop}", "{out}/cat.csv"],
}
REFUSED = {
    "foreign_wal": "another program",
    "foreign_hot_journal": "another program",
    "foreign_wal_mode": "another program",
    "shop_newer": "newer version",
    "shop_damaged": "damaged",
    "shop_half_migrated": "match no version",
}


def _argv(template: list[str], shop: Path, out: Path) -> list[str]:
    argv = [a.format(shop=shop, out=out) for a in template]
    return argv if "{shop}" in " ".join(template) else [*argv, str(shop)]


@pytest.mark.parametrize("kind", sorted(REFUSED))
@pytest.mark.parametrize("command", sorted(REFUSERS))
def test_a_refused_file_is_left_byte_identical_with_nothing_beside_it(
        kind: str, command: str, tmp_path: Path, corpus_cache: Path) -> None:
    shop = _copy(corpus.DAMAGED[kind], tmp_path, corpus_cache)
    out = tmp_path / "out"
    out.mkdir()
    (out / "cat.csv").write_text(CATALOGUE, encoding="utf-8")
    before, listed = corpus.digests(shop.parent), corpus.names(shop.parent)
    outputs = corpus.names(out)
    message = one_sentence(run_cli(*_argv(REFUSERS[command], shop, out)))
    assert REFUSED[kind] in message and shop.name in message
    assert corpus.digests(shop.parent) == before
    assert corpus.names(shop.parent) == listed  # no -shm, -wal, .bak, lock left
    assert corpus.names(out) == outputs  # and no half-written output


def test_the_hot_journal_and_the_log_are_really_hot(tmp_path: Path, corpus_cache: Path
                                                    ) -> None:
    """The corpus is what it claims: opening these the ordinary way changes them."""
    for builder in (corpus.foreign_wal, corpus.foreign_hot_journal):
        folder = tmp_path / builder.__name__
        folder.mkdir()
        path = corpus.copy_of(builder, folder, corpus_cache)
        before = corpus.digests(folder)
        sqlite3.connect(path).execute("SELECT count(*) FROM moz_places").connection.close()
        assert corpus.digests(folder) != before


# --- healthy shops are read without a trace ---------------------------------------------
@pytest.mark.parametrize("kind", ["shop_crashed", "shop_crashed_log_only"])
def test_readers_see_the_last_action_of_a_crashed_writer_and_change_nothing(
        kind: str, tmp_path: Path, corpus_cache: Path) -> None:
    shop = _copy(corpus.DAMAGED[kind], tmp_path, corpus_cache)
    before, listed = corpus.digests(shop.parent), corpus.names(shop.parent)
    run = run_cli("qr", shop, "--product", "late", "-o", tmp_path / "late.png")
    assert run.code == 0, run.err
    assert "/p/late/" in run.out  # the product only the log holds
    assert corpus.digests(shop.parent) == before
    assert corpus.names(shop.parent) == listed


def test_a_reader_of_a_closed_shop_leaves_nothing_beside_it(tmp_path: Path,
                                                             corpus_cache: Path) -> None:
    shop = _copy(corpus.good_shop, tmp_path, corpus_cache)
    before = corpus.digests(shop.parent)
    for argv in (["qr", shop, "--shop", "-o", tmp_path / "q.svg"], ["orders", "list", shop],
                 ["poster", shop, "--product", "tea", "-o", tmp_path / "p.pdf"]):
        assert run_cli(*argv).code == 0
        assert corpus.names(shop.parent) == [shop.name]
    assert corpus.digests(shop.parent) == before


# --- a user_version another tool changed --------------------------------------------------
@pytest.mark.parametrize("kind", ["shop_version_0", "shop_version_1"])
def test_a_tampered_version_is_read_by_what_the_file_holds(kind: str, tmp_path: Path,
                                                           corpus_cache: Path) -> None:
    shop = _copy(corpus.DAMAGED[kind], tmp_path, corpus_cache)
    catalogue = tmp_path / "cat.csv"
    catalogue.write_text(CATALOGUE, encoding="utf-8")
    before = corpus.digests(shop.parent)
    # Readers read it as the current format it is, and change nothing.
    assert run_cli("qr", shop, "--product", "tea", "-o", tmp_path / "q.png").code == 0
    assert corpus.digests(shop.parent) == before
    for argv in (["check", shop], ["import", shop, catalogue, "--supplier", "S"],
                 ["pick", shop, "--supplier", "S", "--all"], ["orders", "list", shop],
                 ["export", shop, tmp_path / "site"]):
        run = run_cli(*argv)
        assert run.code == 0, (argv, run.err)
    # The first writer put the number right; no migration ran, so no backup was taken.
    assert sorted(p.name for p in shop.parent.iterdir()) == [shop.name]
    conn = sqlite3.connect(shop)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM products WHERE title = 'New tea'"
                        ).fetchone()[0] == 1
    conn.close()


def test_a_genuine_old_file_is_still_migrated_with_its_backup(tmp_path: Path,
                                                              corpus_cache: Path) -> None:
    shop = _copy(corpus.shop_v1, tmp_path, corpus_cache)
    assert "older version" in one_sentence(run_cli("qr", shop, "--shop", "-o",
                                                   tmp_path / "q.png"))
    assert corpus.names(shop.parent) == [shop.name]
    assert run_cli("check", shop).code == 0
    assert migrations.backup_path(shop, 1).is_file()
    with ShopStore.open(shop, read_only=True) as store:
        assert "product_revisions" in store.db.table_names()


def test_detect_version_counts_what_is_there(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    assert migrations.detect_version(conn) == 0
    migrations.MIGRATIONS[0](conn)
    assert migrations.detect_version(conn) == 1
    conn.execute("CREATE TABLE my_notes (x)")  # a user's own table does not count
    assert migrations.detect_version(conn) == 1
    migrations.MIGRATIONS[1](conn)
    assert migrations.detect_version(conn) == 2
    conn.execute("DROP TRIGGER products_rev_ai")  # half of step 2
    assert migrations.detect_version(conn) is None


# --- read-only files and folders -----------------------------------------------------------
@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` (file or folder) made unwritable, for root too (the immutable flag)."""
    if os.geteuid() == 0:
        made = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
        if made.returncode:
            pytest.fail(f"chattr +i failed on this file system: {made.stderr!r}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


def test_a_read_only_shop_file_is_refused_for_writing_and_read_for_the_rest(
        tmp_path: Path, corpus_cache: Path) -> None:
    shop = _copy(corpus.good_shop, tmp_path, corpus_cache)
    catalogue = tmp_path / "cat.csv"
    catalogue.write_text(CATALOGUE, encoding="utf-8")
    before = corpus.digests(shop.parent)
    with read_only(shop):
        with pytest.raises(ShopReadOnlyError):
            ShopStore.open(shop)
        message = one_sentence(run_cli("import", shop, catalogue))
        assert "read-only" in message and shop.name in message
        assert run_cli("check", shop).code == 0
        run = run_cli("export", shop, tmp_path / "site")
        assert run.code == 0, run.err
        assert (tmp_path / "site" / "index.html").is_file()
        assert run_cli("qr", shop, "--shop", "-o", tmp_path / "q.png").code == 0
    assert corpus.digests(shop.parent) == before
    assert corpus.names(shop.parent) == [shop.name]


def test_a_read_only_folder_is_named_not_called_damaged(tmp_path: Path,
                                                        corpus_cache: Path) -> None:
    shop = _copy(corpus.good_shop, tmp_path, corpus_cache)
    catalogue = tmp_path / "cat.csv"
    catalogue.write_text(CATALOGUE, encoding="utf-8")
    with read_only(shop.parent):
        with pytest.raises(ShopReadOnlyError, match="folder"):
            ShopStore.open(shop)
        message = one_sentence(run_cli("import", shop, catalogue))
        assert "damaged" not in message and "folder" in message
        assert run_cli("check", shop).code == 0
        assert run_cli("qr", shop, "--shop", "-o", tmp_path / "q.png").code == 0
        assert run_cli("export", shop, tmp_path / "site").code == 0
    assert corpus.names(shop.parent) == [shop.name]


def test_open_or_read_falls_back_only_for_in_use_and_read_only(shop_path: Path) -> None:
    with ShopStore.open(shop_path) as writer, ShopStore.open_or_read(shop_path) as reader:
        assert not writer.read_only and reader.read_only
    shop_path.write_text("not a shop")
    with pytest.raises(ShopFileError, match="not a Weidian shop file"):
        ShopStore.open_or_read(shop_path)


def test_a_pipe_given_as_the_shop_is_refused_without_reading_it(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.weidian"
    os.mkfifo(pipe)
    with pytest.raises(ShopFileError, match="not a regular file"):
        ShopStore.open(pipe)
