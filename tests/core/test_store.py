"""The shop file: creation, pragmas, refusals that leave bad files untouched, locking."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from weidian_desktop.core import migrations
from weidian_desktop.core.errors import ShopFileError, ShopInUseError
from weidian_desktop.core.products import Product, create_product
from weidian_desktop.core.store import APPLICATION_ID, ShopStore, inspect_header


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_has_schema_pragmas_and_shop(store: ShopStore) -> None:
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    tables = set(store.db.table_names())
    for needed in ("shop", "channels", "products", "variants", "images", "product_images",
                   "collections", "suppliers", "stock_items", "drops", "drop_items", "coupons",
                   "posts", "faq_entries", "orders", "order_lines"):
        assert needed in tables
    assert store.scalar("SELECT name FROM shop") == "Test shop"


def test_foreign_keys_are_enforced(store: ShopStore) -> None:
    with pytest.raises(sqlite3.IntegrityError), store.atomic() as db:
        db.execute("INSERT INTO product_images (product_id, image_hash, position) "
                   "VALUES (999, ?, 0)", ["0" * 64])


def test_create_refuses_existing_file_and_bad_fields(tmp_path: Path, shop_path: Path) -> None:
    before = digest(shop_path)
    with pytest.raises(ShopFileError, match="already exists"):
        ShopStore.create(shop_path, name="Again")
    assert digest(shop_path) == before
    with pytest.raises(Exception, match="ISO 4217"):
        ShopStore.create(tmp_path / "x.weidian", name="X", currency="XYZ")
    assert not (tmp_path / "x.weidian").exists()
    assert [p.name for p in tmp_path.iterdir()] == [shop_path.name]


def test_close_checkpoints_so_the_file_alone_is_the_whole_shop(shop_path: Path,
                                                                tmp_path: Path) -> None:
    with ShopStore.open(shop_path) as store:
        create_product(store, Product(title="Tea", price=500))
    assert not Path(f"{shop_path}-wal").exists()
    copy = tmp_path / "copy" / "c.weidian"
    copy.parent.mkdir()
    shutil.copyfile(shop_path, copy)
    with ShopStore.open(copy) as store:
        assert store.scalar("SELECT title FROM products") == "Tea"


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()


def _damaged(path: Path) -> None:
    with ShopStore.open(path) as store:
        for i in range(300):
            create_product(store, Product(title=f"Product {i} " + "x" * 150, price=i))
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'products'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    # Scribble over the products table's root page, leaving the file header intact.
    start = (root - 1) * page
    data[start + 16 : start + page] = bytes((i * 37) % 251 for i in range(page - 16))
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    with ShopStore.open(path) as store:
        for i in range(200):
            create_product(store, Product(title=f"Product {i} " + "y" * 150,
                                          description="z" * 300, price=i))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _other_program(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()


BAD_FILES = {
    "empty": (lambda p: p.write_bytes(b""), "empty"),
    "text": (lambda p: p.write_text("name,price\nTea,5\n"), "not an SQLite database"),
    "short": (lambda p: p.write_bytes(b"SQLite format 3\x00"), "not an SQLite database"),
    "truncated": (_truncated, "truncated"),
    "newer": (_newer, "newer version"),
    "damaged": (_damaged, "damaged"),
    "other-program": (_other_program, "another program"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_files_get_one_sentence_and_stay_byte_identical(kind: str, shop_path: Path) -> None:
    make, phrase = BAD_FILES[kind]
    make(shop_path)
    before = digest(shop_path)
    with pytest.raises(ShopFileError) as info:
        ShopStore.open(shop_path)
    message = str(info.value)
    assert phrase in message and shop_path.name in message
    assert "\n" not in message and message.endswith(".")
    assert digest(shop_path) == before
    # Nothing is left beside it either, and it can be tried again with the same answer.
    assert sorted(p.name for p in shop_path.parent.iterdir()) == [shop_path.name]
    with pytest.raises(ShopFileError):
        ShopStore.open(shop_path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ShopFileError, match="does not exist"):
        ShopStore.open(tmp_path / "nope.weidian")
    assert not (tmp_path / "nope.weidian").exists()


HOLDER = """
import sys, time
from weidian_desktop.core.store import ShopStore
store = ShopStore.open(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


def test_second_process_is_told_the_file_is_in_use(shop_path: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(shop_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(ShopInUseError, match="already open"):
            ShopStore.open(shop_path)
        # A read-only look (what `check` falls back to) still works.
        with ShopStore.open(shop_path, read_only=True) as reader:
            assert reader.scalar("SELECT name FROM shop") == "Test shop"
            with pytest.raises(ShopFileError, match="read-only"), reader.atomic():
                pass
    finally:
        holder.kill()
        holder.wait()
    # The kernel dropped the lock with the process: no stale lock after a crash.
    ShopStore.open(shop_path).close()


def test_same_process_second_open_is_refused(store: ShopStore) -> None:
    with pytest.raises(ShopInUseError):
        ShopStore.open(store.path)


def test_migration_backs_up_first_and_steps_forward(shop_path: Path, monkeypatch) -> None:
    with ShopStore.open(shop_path) as store:
        create_product(store, Product(title="Kept", price=100))
    old = migrations.SCHEMA_VERSION

    def add_column(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE products ADD COLUMN weight_grams INTEGER")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, add_column])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", old + 1)
    monkeypatch.setattr("weidian_desktop.core.store.SCHEMA_VERSION", old + 1)
    with ShopStore.open(shop_path) as store:
        assert store.scalar("PRAGMA user_version") == old + 1
        assert "weight_grams" in store.db["products"].columns_dict
        assert store.scalar("SELECT title FROM products") == "Kept"
    backup = migrations.backup_path(shop_path, old)
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old
    assert conn.execute("SELECT title FROM products").fetchone()[0] == "Kept"
    conn.close()


def test_failed_migration_step_leaves_previous_version(shop_path: Path, monkeypatch) -> None:
    old = migrations.SCHEMA_VERSION

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", old + 1)
    monkeypatch.setattr("weidian_desktop.core.store.SCHEMA_VERSION", old + 1)
    with pytest.raises(RuntimeError):
        ShopStore.open(shop_path)
    conn = sqlite3.connect(shop_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"
                        ).fetchone()[0] == 0
    conn.close()


def test_save_copy_is_consistent(store: ShopStore, tmp_path: Path) -> None:
    create_product(store, Product(title="Copied", price=1))
    copy = store.save_copy(tmp_path / "copy.weidian")
    with ShopStore.open(copy) as other:
        assert other.scalar("SELECT title FROM products") == "Copied"


def test_a_short_file_with_its_log_beside_it_is_a_checkpoint_cut_short(shop_path: Path) -> None:
    """Killed during a checkpoint, the file's first page may already count pages written
    only later; the log beside it still holds them, so the header alone is no verdict."""
    with ShopStore.open(shop_path) as store:
        for i in range(200):
            create_product(store, Product(title=f"Product {i}", description="z" * 300))
    data = shop_path.read_bytes()
    shop_path.write_bytes(data[: len(data) // 2 // 4096 * 4096])  # whole pages, fewer
    wal = shop_path.with_name(shop_path.name + "-wal")
    wal.write_bytes(b"\0" * 32)  # any log: inspect_header only asks whether there is one
    inspect_header(shop_path)  # no refusal on the page count
    wal.unlink()
    with pytest.raises(ShopFileError, match="truncated"):
        inspect_header(shop_path)
