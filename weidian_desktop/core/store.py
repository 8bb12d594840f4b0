"""The shop file: create, validate, open and close a ``*.weidian`` SQLite database."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .clock import utc_now
from .errors import ShopFileError
from .lock import ShopLock
from .migrations import SCHEMA_VERSION, migrate

# "WDSH" in the SQLite header tells a shop file from any other SQLite database.
APPLICATION_ID = 0x57445348
SUFFIX = ".weidian"
_MAGIC = b"SQLite format 3\x00"

if TYPE_CHECKING:
    import sqlite_utils


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with the pragmas every shop connection needs.

    Used by the store and by worker threads, which each open their own
    connection (a connection belongs to the thread that made it).
    """
    mode = "ro" if read_only else "rw"  # never "rwc": opening must not create a file
    uri = f"{Path(path).resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, timeout=10.0)
    conn.execute("PRAGMA foreign_keys = ON")  # off by default in every new connection
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def _configure_writer(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed action survives power loss; cheap at one commit per action.
    conn.execute("PRAGMA synchronous = FULL")


def inspect_header(path: Path) -> None:
    """Refuse, without touching it, a file that cannot be a healthy SQLite database."""
    name = path.name
    if not path.exists():
        raise ShopFileError(f"{name} does not exist.")
    if path.is_dir():
        raise ShopFileError(f"{name} is a folder, not a shop file.")
    size = path.stat().st_size
    if size == 0:
        raise ShopFileError(f"{name} is empty (0 bytes), so it holds no shop.")
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise ShopFileError(f"{name} is not a Weidian shop file (it is not an SQLite database).")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    # The in-header page count is trustworthy only when "version-valid-for"
    # matches the change counter (SQLite's own rule).
    declared = page_count * page_size if valid_for == change_counter else 0
    # A checkpoint killed half-way leaves page 1 (with the new count) written and later
    # pages not yet: the write-ahead log still holds them all and SQLite replays it on
    # open. Only without a log is a short file really truncated.
    wal = path.with_name(path.name + "-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        declared = 0
    if page_size < 512 or size % page_size or size < declared:
        raise ShopFileError(
            f"{name} is truncated ({size} bytes where {max(declared, page_size)} or more "
            "were expected); restore it from a copy."
        )


class ShopStore:
    """An open shop file: one locked writer connection wrapped by sqlite-utils."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: ShopLock | None) -> None:
        self.path = path
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self.read_only = lock is None
        self._lock = lock

    # --- opening -----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> ShopStore:
        """Open an existing shop file, migrating it forward (after a backup) if older.

        ``read_only`` skips the writer lock, so a report can read a shop that is
        open in the app; it refuses files that would need a migration.
        """
        path = Path(path)
        inspect_header(path)
        lock = None
        if not read_only:
            lock = ShopLock(path)
            lock.acquire()
        conn = None
        try:
            conn = connect(path, read_only=read_only)
            version = _validate(conn, path)
            if read_only:
                if version < SCHEMA_VERSION:
                    raise ShopFileError(
                        f"{path.name} was made by an older version; open it in the app "
                        "once to upgrade it."
                    )
            else:
                _configure_writer(conn)
                migrate(conn, path)
            return cls(path, conn, lock)
        except BaseException:
            if conn is not None:
                conn.close()
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, name: str, currency: str = "CNY",
               language: str = "zh-CN", timezone: str = "Asia/Shanghai") -> ShopStore:
        """Write a new shop file with its shopfront row and open it.

        The file is built under a temporary name and linked into place, so a
        failure leaves nothing behind and an existing file is never overwritten.
        """
        from .shop import validate_shop_fields  # late: shop.py imports this module

        path = Path(path)
        fields = validate_shop_fields(
            {"name": name, "currency": currency, "default_language": language,
             "timezone": timezone}
        )
        if path.exists():
            raise ShopFileError(f"{path.name} already exists; choose another name.")
        if not path.parent.is_dir():
            raise ShopFileError(f"The folder {path.parent} does not exist.")
        temp = path.with_name(f".{path.name}.{os.getpid()}.creating")
        try:
            conn = sqlite3.connect(temp)
            try:
                _configure_writer(conn)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate(conn, None)
                now = utc_now()
                conn.execute("BEGIN IMMEDIATE")
                conn.execute(
                    "INSERT INTO shop (id, name, currency, default_language, languages, "
                    "timezone, created_at, updated_at) "
                    "VALUES (1, ?, ?, ?, json_array(?), ?, ?, ?)",
                    (fields["name"], fields["currency"], fields["default_language"],
                     fields["default_language"], fields["timezone"], now, now),
                )
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            try:
                os.link(temp, path)  # fails instead of replacing a file made meanwhile
            except FileExistsError:
                raise ShopFileError(f"{path.name} already exists; choose another name.") from None
        finally:
            for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
                leftover.unlink(missing_ok=True)
        return cls.open(path)

    # --- use ---------------------------------------------------------------------
    @property
    def db(self) -> sqlite_utils.Database:
        """The connection wrapped by sqlite-utils, made when first needed.

        Late: importing sqlite-utils costs a command more than the rest of its start-up,
        and reading a shop (an export, a list) never needs it.
        """
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """One user action: everything inside commits together or not at all."""
        if self.read_only:
            raise ShopFileError(f"{self.path.name} is open read-only.")
        with self.db.atomic():
            yield self.db

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        """Rows of a read query as dicts."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def scalar(self, sql: str, params: tuple | dict = ()) -> object:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """A consistent copy of the open shop (SQLite's ``VACUUM INTO``)."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ShopFileError("Choose a different file name for the copy.")
        if target.exists():
            target.unlink()
        self.conn.execute("VACUUM INTO ?", (str(target),))
        return target

    def for_thread(self) -> ShopStore:
        """This open shop on a new connection, for a worker thread of this process.

        Call it in the thread that will use it (a connection belongs to the thread
        that made it). The process already holds the writer lock, so the new store
        shares it: no second lock is taken and closing it leaves the lock held.
        """
        conn = connect(self.path, read_only=self.read_only)
        if not self.read_only:
            conn.execute("PRAGMA synchronous = FULL")  # per connection, like the main one
        twin = ShopStore(self.path, conn, None)
        twin.read_only = self.read_only  # lock None would otherwise mean read-only
        return twin

    def close(self) -> None:
        """Checkpoint the WAL into the main file, so copying it copies the whole shop."""
        if self.conn is None:
            return
        try:
            if not self.read_only:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> ShopStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _validate(conn: sqlite3.Connection, path: Path) -> int:
    """Check identity, version and integrity by reading only; return user_version."""
    name = path.name
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ShopFileError(f"{name} is damaged and cannot be read ({exc}).") from None
    if app_id != APPLICATION_ID:
        raise ShopFileError(
            f"{name} is an SQLite database of another program, not a Weidian shop file."
        )
    if version > SCHEMA_VERSION:
        raise ShopFileError(
            f"{name} was made by a newer version of Weidian Desktop (file format {version}; "
            f"this version reads up to {SCHEMA_VERSION}); update the app to open it."
        )
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        # SQLite packs several findings into one row, after a "*** in database" line.
        lines = [ln.strip() for p in problems for ln in str(p).splitlines()]
        first = next((ln for ln in lines if ln and not ln.startswith("***")), "unreadable")
        raise ShopFileError(
            f"{name} is damaged (SQLite integrity check: {first}); restore it from a copy."
        )
    return version
