"""Forward-only schema migrations, tracked by ``PRAGMA user_version``."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from .errors import ShopFileError
from .i18n import _
from .schema_v1 import SCHEMA_V1
from .schema_v2 import SCHEMA_V2

# A step takes the connection inside an open transaction and brings the schema
# from version N to N+1. Steps are never edited once released; add a new one.
Step = Callable[[sqlite3.Connection], None]


def _v1(conn: sqlite3.Connection) -> None:
    for statement in _split_sql(SCHEMA_V1):
        conn.execute(statement)


def _v2(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA_V2:
        conn.execute(statement)


MIGRATIONS: list[Step] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)


def _split_sql(script: str) -> list[str]:
    """Split a schema script into statements (executescript would COMMIT for us)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


# What a schema is made of, for comparing a file with what each version creates: every
# table (with its columns), index, trigger and view, by name.
Shape = dict[tuple[str, str], frozenset[str]]
_shapes: dict[tuple[Step, ...], list[Shape]] = {}


def shape(conn: sqlite3.Connection) -> Shape:
    """The objects of the schema ``conn`` sees (SQLite's own ``sqlite_*`` left out)."""
    out: Shape = {}
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master "
                                   "WHERE name NOT LIKE 'sqlite~_%' ESCAPE '~'"):
        columns: frozenset[str] = frozenset()
        if kind == "table":
            columns = frozenset(row[1] for row in conn.execute(
                "SELECT * FROM pragma_table_info(?)", (name,)))
        out[(kind, name)] = columns
    return out


def _version_shapes() -> list[Shape]:
    """The schema after 0, 1, … SCHEMA_VERSION steps, built once in memory."""
    key = tuple(MIGRATIONS)
    if key not in _shapes:
        conn = sqlite3.connect(":memory:")
        try:
            shapes = [shape(conn)]
            for step in MIGRATIONS:
                step(conn)
                shapes.append(shape(conn))
        finally:
            conn.close()
        _shapes[key] = shapes
    return _shapes[key]


def _holds(found: Shape, wanted: Shape) -> bool:
    return all(key in found and columns <= found[key] for key, columns in wanted.items())


def detect_version(conn: sqlite3.Connection) -> int | None:
    """The schema version the file really has, whatever ``user_version`` says.

    It is the number of steps whose objects are all there while nothing a later step
    makes is; None when the tables match no version (half of a step, or objects of a
    later step without an earlier one's). Tables, indexes or triggers a user added with
    another SQLite tool are not counted against it.
    """
    shapes = _version_shapes()
    found = shape(conn)
    for version in range(len(shapes) - 1, -1, -1):
        here = shapes[version]
        # Whatever a later step adds (an object, or columns of one) must be absent.
        later = any(key in found and (key not in here or (cols - here[key]) & found[key])
                    for key, cols in shapes[-1].items())
        if _holds(found, here) and not later:
            return version
    return None


def real_version(conn: sqlite3.Connection, path: Path) -> int:
    """``detect_version``, or a refusal naming the file when its tables match none."""
    version = detect_version(conn)
    if version is None:
        raise ShopFileError(_(
            "{name} has tables that match no version of the shop file (another program "
            "changed them); restore it from a copy.").format(name=path.name))
    if version == 0:
        raise ShopFileError(_("{name} holds no shop (its tables are missing); restore it "
                              "from a copy.").format(name=path.name))
    return version


def backup_path(path: Path, version: int) -> Path:
    """Where the copy taken before migrating from ``version`` is written."""
    return path.with_name(f"{path.name}.v{version}.bak")


def write_backup(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the live database to ``target`` through SQLite's online backup API."""
    if target.exists():
        target.unlink()
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
    finally:
        dest.close()


def migrate(conn: sqlite3.Connection, path: Path | None, current: int | None = None) -> int:
    """Run every pending step, each atomically; back the file up first if it had data.

    ``current`` is the version the file really has (``real_version``); when
    ``user_version`` says otherwise (another tool changed it) only the number is put
    right. Returns the version the file had before. ``path`` is None for a brand-new
    file, which needs no backup.
    """
    declared = conn.execute("PRAGMA user_version").fetchone()[0]
    current = declared if current is None else current
    if current >= SCHEMA_VERSION:
        if declared != current:
            conn.execute(f"PRAGMA user_version = {current}")
        return current
    if current > 0 and path is not None:
        write_backup(conn, backup_path(path, current))
    for version in range(current, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            # user_version lives in the file header and is part of the transaction.
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current
