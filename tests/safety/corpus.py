"""Damaged, foreign and tampered shop files, built on demand for the safety tests and the
fuzz test. Each builder takes a folder and returns the file to hand to a command."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

from weidian_desktop.core import migrations
from weidian_desktop.core.store import APPLICATION_ID, ShopStore

Builder = Callable[[Path], Path]


def digests(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` by relative path (SQLite's ``-shm`` index
    left out: a reader may update that scratch memory, it holds no data)."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and not path.name.endswith("-shm"):
            out[path.relative_to(folder).as_posix()] = hashlib.sha256(
                path.read_bytes()).hexdigest()
    return out


def names(folder: Path) -> list[str]:
    """Every name under ``folder`` (files, folders, links), relative, sorted."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


# --- shops that are fine -------------------------------------------------------------
def png(size: tuple[int, int] = (40, 30), color: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A small real PNG, made without Pillow (core tests must not need it)."""
    width, height = size
    raw = b"".join(b"\0" + bytes(color) * width for _ in range(height))
    return _png_chunks(width, height, zlib.compress(raw))


def _png_chunks(width: int, height: int, idat: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat)
            + chunk(b"IEND", b""))


def bomb_png(side: int = 30000) -> bytes:
    """A PNG that says it is side x side pixels in a few hundred bytes (a decompression
    bomb: decoding it would take gigabytes)."""
    return _png_chunks(side, side, zlib.compress(b"\0" * (side * 3 + 1) * 2))


ORDER_REFERENCE = "WD-7K3M9Q"
SUPPLIER_CSV = "sku,title,price,quantity\nA-1,Green tea,12.50,5\nA-2,Black tea,8,0\n"


def good_shop(folder: Path, name: str = "shop.weidian") -> Path:
    """A small healthy shop with something of everything a command reads: published
    products (one with a photo), a supplier with a picked item, a live drop, a coupon, a
    post, an FAQ entry, and a confirmed order."""
    from weidian_desktop.core.clock import utc_now
    from weidian_desktop.core.coupons import Coupon, create_coupon
    from weidian_desktop.core.drops import Drop, DropItem, create_drop
    from weidian_desktop.core.faq import FaqEntry, create_faq
    from weidian_desktop.core.images import add_image
    from weidian_desktop.core.order_message import (
        Buyer,
        MessageItem,
        OrderMessage,
        build_message,
    )
    from weidian_desktop.core.orders import change_status, record_order
    from weidian_desktop.core.posts import Post, create_post
    from weidian_desktop.core.products import Product, ProductImage, create_product
    from weidian_desktop.core.shop import update_shop
    from weidian_desktop.media.images import prepare_image
    from weidian_desktop.stocklists import MarkupRule, import_file, pick_items

    path = folder / name
    with ShopStore.create(path, name="Fuzz shop", currency="CNY") as store:
        image = add_image(store, prepare_image(png(), "tea.png"))
        update_shop(store, base_url="https://shop.example.com/", languages=["zh-CN", "en"],
                    logo_hash=image)
        tea = create_product(store, Product("Tea", slug="tea", price=5800, sku="T-1",
                                            status="published",
                                            images=[ProductImage(image, "tea")]))
        create_product(store, Product("Mug", slug="mug", price=6800, sku="M-1",
                                      status="published"))
        catalogue = folder / ".acme.csv"
        catalogue.write_text(SUPPLIER_CSV, encoding="utf-8")
        import_file(store, catalogue, supplier="Acme")
        catalogue.unlink()
        pick_items(store, "Acme", ["A-1"], markup=MarkupRule(percent=50),
                   status="published")
        create_drop(store, Drop("Tea day", "2020-01-01T00:00:00Z", "2099-01-01T00:00:00Z",
                                slug="tea-day", items=[DropItem(tea, drop_price=4800,
                                                                quantity_cap=10)]))
        create_coupon(store, Coupon("SPRING10"))
        create_post(store, Post("short", body="New tea is in.", slug="new-tea",
                                publish_at="2020-01-01T00:00:00Z", product_ids=[tea]))
        create_faq(store, FaqEntry("包邮吗？", "满99包邮。", ["包邮"]))
        message = build_message(OrderMessage(
            "Fuzz shop", "CNY", "zh-CN", [MessageItem("T-1", "Tea", 2, 4800),
                                          MessageItem("A-1", "Green tea", 1, 1875)],
            reference=ORDER_REFERENCE, buyer=Buyer("张三", "+86 138 0013 8000", "杭州")))
        order = record_order(store, message, at=utc_now())
        change_status(store, order.order_id, "confirmed")
    return path


def order_message() -> str:
    """A new buyer's message for the good shop (another reference than the recorded one)."""
    from weidian_desktop.core.order_message import (
        Buyer,
        MessageItem,
        OrderMessage,
        build_message,
    )

    return build_message(OrderMessage(
        "Fuzz shop", "CNY", "en", [MessageItem("M-1", "Mug", 1, 6800)],
        reference="WD-2B4C6D", coupon="SPRING10", discount=680, campaign="poster-a4",
        buyer=Buyer("Ann", "+39 333 000 0000", "Via Roma 1")))


_TEMPLATES: dict[str, Path] = {}


def copy_of(builder: Builder, folder: Path, cache: Path) -> Path:
    """``builder``'s file (and what lies beside it) copied into ``folder``; built once
    into ``cache``."""
    key = builder.__name__
    if key not in _TEMPLATES or not _TEMPLATES[key].exists():
        source = cache / key
        source.mkdir(parents=True, exist_ok=True)
        _TEMPLATES[key] = builder(source)
    made = _TEMPLATES[key]
    for item in made.parent.iterdir():
        if item.is_dir() and not item.is_symlink():
            shutil.copytree(item, folder / item.name, symlinks=True)
        else:
            shutil.copy2(item, folder / item.name, follow_symlinks=False)
    return folder / made.name


# --- files of another program ---------------------------------------------------------
def _foreign(path: Path, wal: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.executemany("INSERT INTO moz_places (url) VALUES (?)",
                     [(f"https://example.com/{i}",) for i in range(50)])
    conn.commit()
    return conn


def foreign_db(folder: Path) -> Path:
    """Another program's SQLite database, closed cleanly (rollback journal mode)."""
    path = folder / "places.weidian"
    _foreign(path, wal=False).close()
    return path


def foreign_wal_mode(folder: Path) -> Path:
    """Another program's database in WAL mode, closed cleanly: nothing beside it."""
    path = folder / "places.sqlite"
    _foreign(path, wal=True).close()
    return path


def _frozen_while_open(path: Path, conn: sqlite3.Connection, keep: tuple[str, ...]) -> None:
    """Leave ``path`` and its companions as they are while ``conn`` is still open (as a
    crash or a copy taken at that moment would), then close ``conn`` elsewhere."""
    saved = path.with_name(path.name + ".saved")
    saved.mkdir()
    for suffix in ("", *keep):
        source = path.with_name(path.name + suffix)
        if source.exists():
            shutil.copyfile(source, saved / (path.name + suffix))
    conn.close()
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    for item in saved.iterdir():
        item.rename(path.with_name(item.name))
    saved.rmdir()


def foreign_wal(folder: Path) -> Path:
    """Another program's database with changes still in its uncheckpointed ``-wal``."""
    path = folder / "history.weidian"
    conn = _foreign(path, wal=True)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE moz_places SET url = url || '#changed'")
    conn.commit()
    _frozen_while_open(path, conn, ("-wal",))
    return path


def foreign_hot_journal(folder: Path) -> Path:
    """Another program's database with a hot rollback journal (a writer died mid-way)."""
    path = folder / "cookies.weidian"
    conn = _foreign(path, wal=False)
    conn.execute("PRAGMA cache_size = 1")  # spill the change into the file before commit
    conn.execute("BEGIN")
    conn.execute("UPDATE moz_places SET url = url || '" + "x" * 2000 + "'")
    _frozen_while_open(path, conn, ("-journal",))
    return path


# --- shop files damaged or tampered with ------------------------------------------------
def _set_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def shop_version_0(folder: Path) -> Path:
    """A current shop whose user_version another tool set to 0."""
    path = good_shop(folder)
    _set_version(path, 0)
    return path


def shop_version_1(folder: Path) -> Path:
    """A current shop whose user_version another tool set back to 1."""
    path = good_shop(folder)
    _set_version(path, 1)
    return path


def shop_newer(folder: Path) -> Path:
    path = good_shop(folder)
    _set_version(path, migrations.SCHEMA_VERSION + 1)
    return path


def shop_half_migrated(folder: Path) -> Path:
    """A current shop missing one object of the last migration: matches no version."""
    path = good_shop(folder)
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX images_size")
    conn.close()
    return path


def shop_v1(folder: Path) -> Path:
    """A genuine shop file of format 1 (made before change tokens existed)."""
    path = folder / "old.weidian"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("BEGIN")
    migrations.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO shop (id, name, currency, default_language, languages, "
                 "timezone, created_at, updated_at) VALUES (1, 'Old', 'CNY', 'zh-CN', "
                 "'[\"zh-CN\"]', 'Asia/Shanghai', '2025-01-01T00:00:00Z', "
                 "'2025-01-01T00:00:00Z')")
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def shop_damaged(folder: Path) -> Path:
    """A shop whose products table's root page was scribbled over (header intact)."""
    path = good_shop(folder)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'products'"
                        ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    start = (root - 1) * page
    data[start + 16: start + page] = bytes((i * 37) % 251 for i in range(page - 16))
    path.write_bytes(bytes(data))
    return path


def shop_truncated(folder: Path) -> Path:
    path = good_shop(folder)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    return path


def not_sqlite(folder: Path) -> Path:
    path = folder / "notes.weidian"
    path.write_text("name,price\nTea,5\n", encoding="utf-8")
    return path


def empty_file(folder: Path) -> Path:
    path = folder / "empty.weidian"
    path.write_bytes(b"")
    return path


def a_folder(folder: Path) -> Path:
    path = folder / "folder.weidian"
    path.mkdir()
    return path


def missing_file(folder: Path) -> Path:
    return folder / "missing.weidian"


def _crashed(folder: Path, keep: tuple[str, ...]) -> Path:
    from weidian_desktop.core.products import Product, create_product

    path = good_shop(folder)
    store = ShopStore.open(path)
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    create_product(store, Product("Late", slug="late", price=100, status="published"))
    # As after kill -9: the last action is only in the log; the lock dies with the process.
    _frozen_while_open(path, store.conn, keep)
    store._lock.release()  # the process "died": so does its lock
    return path


def shop_crashed(folder: Path) -> Path:
    """A shop left by a killed writer: the last action only in its ``-wal``, with ``-shm``."""
    return _crashed(folder, ("-wal", "-shm"))


def shop_crashed_log_only(folder: Path) -> Path:
    """The same with the ``-wal`` but no ``-shm`` beside it (copied without it)."""
    return _crashed(folder, ("-wal",))


def _with_sql(folder: Path, *statements: tuple[str, tuple]) -> Path:
    path = good_shop(folder)
    conn = sqlite3.connect(path)
    for sql, params in statements:
        conn.execute(sql, params)
    conn.commit()
    conn.close()
    return path


def _image_row(data: bytes, width: int, height: int) -> tuple[str, tuple]:
    digest = hashlib.sha256(data).hexdigest()
    return ("INSERT INTO images (hash, data, mime, width, height, byte_size, created_at) "
            "VALUES (?, ?, 'image/png', ?, ?, ?, '2026-01-01T00:00:00Z')",
            (digest, data, width, height, len(data)))


def _attach(data: bytes, slug: str) -> tuple[str, tuple]:
    return ("INSERT INTO product_images (product_id, image_hash, position) "
            "SELECT id, ?, 5 FROM products WHERE slug = ?",
            (hashlib.sha256(data).hexdigest(), slug))


NOT_AN_IMAGE = b"this is not an image at all" * 10


def shop_bad_images(folder: Path) -> Path:
    """A shop whose stored images include a decompression bomb and a non-image blob,
    both shown on published products."""
    bomb = bomb_png()
    return _with_sql(folder, _image_row(bomb, 40, 30), _attach(bomb, "tea"),
                     _image_row(NOT_AN_IMAGE, 40, 30), _attach(NOT_AN_IMAGE, "mug"))


def shop_bad_faq(folder: Path) -> Path:
    """A shop with an FAQ entry whose keywords are not JSON (changed by another tool)."""
    return _with_sql(folder, (
        "INSERT INTO faq_entries (question, answer, keywords) VALUES (?, ?, ?)",
        ("几天发货？", "两天内。", "shipping, 发货")))


DAMAGED: dict[str, Builder] = {b.__name__: b for b in (
    foreign_db, foreign_wal_mode, foreign_wal, foreign_hot_journal, shop_version_0,
    shop_version_1, shop_newer, shop_half_migrated, shop_v1, shop_damaged, shop_truncated,
    not_sqlite, empty_file, a_folder, missing_file, shop_crashed, shop_crashed_log_only,
    shop_bad_images, shop_bad_faq)}
