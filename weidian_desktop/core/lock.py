"""An advisory, process-wide lock that keeps a shop file to one writing process."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import ShopInUseError
from .i18n import _


class ShopLock:
    """Exclusive lock on a shop file, released on close or when the process dies.

    On POSIX it is ``flock`` on the database file itself: independent of the
    POSIX record locks SQLite uses, and dropped by the kernel when a process is
    killed, so a crash never leaves a stale lock behind. Windows locks are
    mandatory and would block SQLite's own reads, so there a sidecar file is locked.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            fd = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                os.close(fd)
                raise ShopInUseError(self._message()) from None
        else:
            import fcntl

            fd = os.open(self.path, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise ShopInUseError(self._message()) from None
        self._fd = fd

    def acquire_shared(self) -> bool:
        """A reader's share of the lock, if no writer holds it: whether it was taken.

        While a reader holds it no writer of this program starts, so the reader can
        read the file as it is, without making SQLite's ``-shm`` beside it.
        """
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            return False
        import fcntl

        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None

    def _message(self) -> str:
        return _("{name} is already open in another Weidian Desktop window or command; close "
                 "it there first.").format(name=self.path.name)
