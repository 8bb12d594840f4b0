"""Forward-only schema migrations, tracked by ``PRAGMA user_version``."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

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


def migrate(conn: sqlite3.Connection, path: Path | None) -> int:
    """Run every pending step, each atomically; back the file up first if it had data.

    Returns the version the file had before. ``path`` is None for a brand-new file,
    which needs no backup.
    """
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current >= SCHEMA_VERSION:
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
