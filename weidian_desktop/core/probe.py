"""Look at a file not yet known to be a shop file without changing it or leaving anything.

Opening an SQLite file the ordinary way is not a neutral act: closing the last
connection checkpoints a write-ahead log into the file and deletes it, a hot rollback
journal is played back, and even a read-only connection makes a ``-shm`` (and an empty
``-wal``) beside a WAL database. Another program's database, or a damaged file the user
may still want to rescue, must come out of a refusal byte for byte as it went in, with
nothing new beside it. So every file is first judged here:

1. its 100-byte header, read as plain bytes (SQLite or not, whose application id, which
   format version, truncated or not) — most refusals end here, before SQLite sees it;
2. then, on :func:`probe_connection`, a connection that cannot change anything: the file
   as it is (``immutable=1``) when no log lies beside it, a read-only connection when a
   log and its index are both there already, and a throw-away copy of the file with its
   log or journal when reading in place would have to create or play back something.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import ShopFileError
from .i18n import _

# "WDSH" in the SQLite header tells a shop file from any other SQLite database.
APPLICATION_ID = 0x57445348
_MAGIC = b"SQLite format 3\x00"
# What SQLite keeps beside a database while it is, or was, open.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def companion(path: Path, suffix: str) -> Path:
    """``path`` with SQLite's ``-wal``, ``-shm`` or ``-journal`` after its name."""
    return path.with_name(path.name + suffix)


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


@dataclass(frozen=True)
class Header:
    """What the first 100 bytes of an SQLite file say about it."""

    application_id: int
    user_version: int
    wal: bool  # the file is in WAL mode (a log, not a rollback journal, carries changes)


def inspect_header(path: Path) -> Header:
    """Refuse, without touching it, a file that cannot be a healthy SQLite database."""
    name = path.name
    if not path.exists():
        raise ShopFileError(_("{name} does not exist.").format(name=name))
    if path.is_dir():
        raise ShopFileError(_("{name} is a folder, not a shop file.").format(name=name))
    if not path.is_file():  # a pipe or a device: reading it could block or never end
        raise ShopFileError(_("{name} is not a regular file, so it is not a shop file.").format(
            name=name))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise ShopFileError(_("{name} cannot be read ({reason}).").format(
            name=name, reason=exc.strerror or exc)) from None
    if size == 0:
        raise ShopFileError(_("{name} is empty (0 bytes), so it holds no shop.").format(
            name=name))
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise ShopFileError(_("{name} is not a Weidian shop file (it is not an SQLite "
                              "database).").format(name=name))
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    user_version, application_id = struct.unpack(">iI", header[60:64] + header[68:72])
    valid_for = struct.unpack(">I", header[92:96])[0]
    # The in-header page count is trustworthy only when "version-valid-for"
    # matches the change counter (SQLite's own rule).
    declared = page_count * page_size if valid_for == change_counter else 0
    # A checkpoint killed half-way leaves page 1 (with the new count) written and later
    # pages not yet: the write-ahead log still holds them all and SQLite replays it on
    # open. Only without a log is a short file really truncated.
    if _has_content(companion(path, "-wal")):
        declared = 0
    if page_size < 512 or size % page_size or size < declared:
        raise ShopFileError(_(
            "{name} is truncated ({size} bytes where {expected} or more were expected); "
            "restore it from a copy.").format(name=name, size=size,
                                              expected=max(declared, page_size)))
    return Header(application_id, user_version, header[18] == 2)


def check_identity(path: Path, header: Header) -> None:
    """Refuse another program's database by its header, before SQLite opens it."""
    if header.application_id != APPLICATION_ID:
        raise ShopFileError(_("{name} is an SQLite database of another program, not a "
                              "Weidian shop file.").format(name=path.name))


def reading_uri(path: Path) -> str:
    """The URI of a connection that reads ``path`` and writes nothing beside it.

    Without a log beside it nobody is writing the file (a writer keeps its ``-wal``
    until it closes), so it is read as it is, immutable: no ``-shm`` made, which also
    works in a folder that cannot be written. With a log, SQLite must read through it.
    """
    uri = Path(path).resolve().as_uri()
    if companion(Path(path), "-wal").exists():
        return f"{uri}?mode=ro"
    return f"{uri}?mode=ro&immutable=1"


def needs_copy(path: Path) -> bool:
    """Whether reading ``path`` in place would have to create or play back something."""
    wal, shm = companion(path, "-wal"), companion(path, "-shm")
    return _has_content(companion(path, "-journal")) or (_has_content(wal)
                                                          and not shm.exists())


class Probe:
    """A connection to a file that can change nothing and leaves nothing behind.

    ``close()`` closes it and removes the copy, when one was needed.
    """

    def __init__(self, path: Path) -> None:
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        if not needs_copy(path):
            self.conn = sqlite3.connect(reading_uri(path), uri=True, timeout=10.0)
            return
        # A hot journal (or a log without its index) is played back in a copy of the
        # files, in a folder of our own: the original and its companions stay untouched.
        self._folder = tempfile.TemporaryDirectory(prefix="weidian-probe-")
        try:
            copy = Path(self._folder.name) / "shop.db"
            shutil.copyfile(path, copy)
            for suffix in ("-wal", "-journal"):
                if _has_content(companion(path, suffix)):
                    shutil.copyfile(companion(path, suffix), companion(copy, suffix))
            self.conn = sqlite3.connect(copy, timeout=10.0)
        except BaseException:
            self._folder.cleanup()
            raise

    def close(self) -> None:
        self.conn.close()
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


@contextlib.contextmanager
def probe_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A :class:`Probe`'s connection for the length of a ``with`` block."""
    probe = Probe(path)
    try:
        yield probe.conn
    finally:
        probe.close()
