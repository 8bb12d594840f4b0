"""One state of the shop for one export: a read transaction, and proof nothing changed.

Everything an export shows is read inside one read transaction of the shop's connection,
so the main process sees one state however long it takes. Forked workers read on their
own connections, so they could see a later state; SQLite offers Python no way to share a
snapshot between connections, so the export proves instead that there was no later
state: ``PRAGMA data_version`` changes when any other connection commits, and it is the
same before the read transaction began and after the workers are done only if nobody
wrote meanwhile. Then every connection read the same state; otherwise the export reads
again (``export_shop`` does, a few times) or refuses in one sentence.
"""

from __future__ import annotations

from ..core.errors import ShopInUseError
from ..core.i18n import _
from ..core.store import ShopStore


class ShopChanged(ShopInUseError):
    """Another connection committed while the export was reading the shop."""

    @classmethod
    def of(cls, store: ShopStore) -> ShopChanged:
        return cls(_("{name} changed while it was being exported (another window or "
                     "command is writing to it); the previous export was left as it was: "
                     "export again once that is done.").format(name=store.path.name))


class Snapshot:
    """The read transaction of one export: ``begin``, read, ``end`` (did anyone write?)."""

    def __init__(self, store: ShopStore) -> None:
        self.store = store
        self._version: int | None = None

    def _data_version(self) -> int:
        return int(self.store.conn.execute("PRAGMA data_version").fetchone()[0])

    def begin(self) -> None:
        conn = self.store.conn
        if conn.in_transaction:  # a caller's open transaction would hide others' commits
            conn.commit()
        self._version = self._data_version()
        conn.execute("BEGIN")
        conn.execute("SELECT 1 FROM shop")  # the snapshot is taken at the first read

    def end(self) -> bool:
        """Close the read transaction; whether another connection committed since begin
        (then what was read may be more than one state: the caller raises ShopChanged)."""
        if self._version is None:
            return False
        self.store.conn.rollback()  # read only: nothing to keep
        version, self._version = self._version, None
        return self._data_version() != version

    def close(self) -> None:
        """End the transaction without checking (after a failure)."""
        if self._version is not None:
            self._version = None
            self.store.conn.rollback()
