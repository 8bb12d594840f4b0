"""The shop file: create, validate, open and close a ``*.weidian`` SQLite database."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .clock import utc_now
from .errors import ShopFileError, ShopInUseError, ShopReadOnlyError
from .i18n import _
from .lock import ShopLock
from .migrations import SCHEMA_VERSION, migrate, real_version
from .paths import atomic_output, check_copy_target, check_new_shop
from .probe import (
    APPLICATION_ID,
    Probe,
    check_identity,
    inspect_header,
    reading_uri,
)

__all__ = ["APPLICATION_ID", "SUFFIX", "ShopStore", "connect", "inspect_header"]

SUFFIX = ".weidian"

if TYPE_CHECKING:
    import sqlite_utils
    import sqlite_utils.db


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection with the pragmas every shop connection needs.

    Used by the store and by worker threads, which each open their own
    connection (a connection belongs to the thread that made it). A read-only one
    writes nothing beside the file (probe.reading_uri).
    """
    # never "rwc": opening must not create a file
    uri = reading_uri(path) if read_only else f"{Path(path).resolve().as_uri()}?mode=rw"
    conn = sqlite3.connect(uri, uri=True, timeout=10.0)
    conn.execute("PRAGMA foreign_keys = ON")  # off by default in every new connection
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def _configure_writer(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed action survives power loss; cheap at one commit per action.
    conn.execute("PRAGMA synchronous = FULL")


def _check_file_writable(path: Path) -> None:
    """Refuse to open for writing a file that cannot be written, before anything is done.

    SQLite opens such a file read-only without a word and fails only at the first
    write, half-way through a command.
    """
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        raise ShopReadOnlyError(_(
            "{name} is read-only ({reason}), so it cannot be changed; make it writable or "
            "work on a copy.").format(name=path.name, reason=exc.strerror or exc)) from None


def _diagnose_folder(path: Path, exc: sqlite3.Error) -> ShopFileError:
    """Why a writer could not open a file that read well: mostly a folder that cannot be
    written (SQLite keeps its ``-wal`` and ``-shm`` beside the file)."""
    folder = path.parent
    try:
        probe = folder / f".{path.name}.{os.getpid()}.write-test"
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        probe.unlink()
    except OSError as err:
        return ShopReadOnlyError(_(
            "The folder {folder} cannot be written ({reason}), and {name} needs to write its "
            "log beside it; move the shop file to a folder you can write.").format(
                folder=folder, reason=err.strerror or err, name=path.name))
    return ShopFileError(_("{name} cannot be opened for writing ({reason}).").format(
        name=path.name, reason=exc))


def _build_new(temp: Path, fields: dict[str, str]) -> None:
    """The schema and the shopfront row of a new shop, written to ``temp``."""
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


def _link_new(temp: Path, path: Path) -> None:
    """Put the finished ``temp`` at ``path``, never over a file made meanwhile."""
    try:
        os.link(temp, path)
        return
    except FileExistsError:
        raise ShopFileError(_("{name} already exists; choose another name.").format(
            name=path.name)) from None
    except OSError:
        pass  # a file system without hard links (FAT, some network shares)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    except FileExistsError:
        raise ShopFileError(_("{name} already exists; choose another name.").format(
            name=path.name)) from None
    os.replace(temp, path)


# Parameters of one statement: by position or by name.
Params = tuple[object, ...] | list[object] | dict[str, object]


def last_id(table: sqlite_utils.db.Table) -> int:
    """The id of the row ``table`` inserted last (sqlite-utils types it as "anything")."""
    pk = table.last_pk
    if not isinstance(pk, int):
        raise TypeError(f"{table.name} has no integer id for its last row: {pk!r}")
    return pk


class ShopStore:
    """An open shop file: one locked writer connection wrapped by sqlite-utils."""

    def __init__(self, path: Path, conn: sqlite3.Connection, lock: ShopLock | None,
                 *, read_only: bool | None = None, probe: Probe | None = None) -> None:
        self.path = path
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self.read_only = lock is None if read_only is None else read_only
        self._lock = lock
        self._probe = probe  # a reader's connection, and the copy it may read

    # --- opening -----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> ShopStore:
        """Open an existing shop file, migrating it forward (after a backup) if older.

        Nothing is written until the file is known to be a healthy shop file
        (probe.py): a refused file stays byte-identical with nothing new beside it.
        ``read_only`` skips the writer lock, so a report can read a shop that is open
        in the app; it refuses files that would need a migration, and writes nothing.
        """
        path = Path(path)
        header = inspect_header(path)
        check_identity(path, header)
        _check_not_newer(path, header.user_version)
        if not read_only:
            _check_file_writable(path)
        lock = ShopLock(path)
        if read_only:
            # Shared: no writer of ours starts while the file is read as it is (immutable).
            held = lock.acquire_shared()
        else:
            lock.acquire()
            held = True
        probe = None
        try:
            probe = Probe(path)
            version = _validate(probe.conn, path)
            if read_only:
                if version < SCHEMA_VERSION:
                    raise ShopFileError(_(
                        "{name} was made by an older version; open it in the app once to "
                        "upgrade it.").format(name=path.name))
                probe.conn.execute("PRAGMA foreign_keys = ON")
                return cls(path, probe.conn, lock if held else None, read_only=True,
                           probe=probe)
            probe.close()
            probe = None
            try:
                conn = connect(path)
                try:
                    _configure_writer(conn)
                    migrate(conn, path, version)
                except BaseException:
                    conn.close()
                    raise
            except sqlite3.OperationalError as exc:
                raise _diagnose_folder(path, exc) from None
            return cls(path, conn, lock)
        except BaseException:
            if probe is not None:
                probe.close()
            if held:
                lock.release()
            raise

    @classmethod
    def open_or_read(cls, path: str | os.PathLike[str]) -> ShopStore:
        """Open for writing; read-only when it is open elsewhere or cannot be written.

        For commands that write into the shop only what they can do without (``check``,
        the export's cache of image variants, reports).
        """
        try:
            return cls.open(path)
        except (ShopInUseError, ShopReadOnlyError):
            return cls.open(path, read_only=True)

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
        if os.path.lexists(path):
            raise ShopFileError(_("{name} already exists; choose another name.").format(
                name=path.name))
        check_new_shop(path)
        # A short name of our own: the shop's may already be as long as names can be.
        temp = path.with_name(f".weidian-{os.getpid()}.creating")
        try:
            try:
                _build_new(temp, fields)
                _link_new(temp, path)
            except (OSError, sqlite3.Error) as exc:
                raise ShopFileError(_("{name} could not be created ({reason}); nothing was "
                                      "written.").format(name=path.name, reason=exc)) from None
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
            raise ShopFileError(_("{name} is open read-only.").format(name=self.path.name))
        with self.db.atomic():
            yield self.db

    def query(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """Rows of a read query as dicts."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def scalar(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, or None: whatever SQLite stored there."""
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """A consistent copy of the open shop (SQLite's ``VACUUM INTO``), written whole
        or not at all; never onto this shop or its log, nor a shop open elsewhere."""
        target = check_copy_target(target, self.path)
        if target.is_file():
            other = ShopLock(target)
            if other.acquire_shared():
                other.release()
            else:
                raise ShopInUseError(other._message())
        with atomic_output(target) as temp:
            self.conn.execute("VACUUM INTO ?", (str(temp),))
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
            if self._probe is not None:
                self._probe.close()
            else:
                self.conn.close()
            self.conn = None  # type: ignore[assignment]
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> ShopStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _validate(conn: sqlite3.Connection, path: Path) -> int:
    """Check identity, version, integrity and tables by reading only; return the version
    the file really has (which ``user_version`` may misstate)."""
    name = path.name
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        declared = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ShopFileError(_("{name} is damaged and cannot be read ({reason}).").format(
            name=name, reason=exc)) from None
    if app_id != APPLICATION_ID:
        raise ShopFileError(_("{name} is an SQLite database of another program, not a "
                              "Weidian shop file.").format(name=name))
    _check_not_newer(path, declared)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems != ["ok"]:
        # SQLite packs several findings into one row, after a "*** in database" line.
        lines = [ln.strip() for p in problems for ln in str(p).splitlines()]
        first = next((ln for ln in lines if ln and not ln.startswith("***")), "unreadable")
        raise ShopFileError(_(
            "{name} is damaged (SQLite integrity check: {problem}); restore it from a "
            "copy.").format(name=name, problem=first))
    return real_version(conn, path)


def _check_not_newer(path: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise ShopFileError(_(
            "{name} was made by a newer version of Weidian Desktop (file format {version}; "
            "this version reads up to {supported}); update the app to open it.").format(
                name=path.name, version=version, supported=SCHEMA_VERSION))
