"""Cover thumbnails made off the GUI thread, so painting the table never waits for Pillow."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap

from ...core.errors import WeidianError
from ...core.images import image_bytes
from ...core.store import ShopStore
from ...media.images import thumbnail

BATCH = 24  # about one screen of rows


class _Channel(QObject):
    done = Signal(dict)  # hash -> JPEG/PNG bytes (b"" when the image cannot be read)


class _Job(QRunnable):
    def __init__(self, blobs: dict[str, bytes], size: int, channel: _Channel) -> None:
        super().__init__()
        self._blobs, self._size, self._channel = blobs, size, channel

    def run(self) -> None:
        out = {}
        for image_hash, data in self._blobs.items():
            try:
                out[image_hash] = thumbnail(data, self._size)
            except WeidianError:
                out[image_hash] = b""
        try:
            self._channel.done.emit(out)
        except RuntimeError:  # the loader is gone (page closed)
            pass


class ThumbnailLoader(QObject):
    """Icons by image hash: cached ones at once, others made in a worker, then ``ready``."""

    ready = Signal(list)  # hashes whose icons just arrived

    def __init__(self, store: ShopStore, size: int, parent: QObject | None = None,
                 cache_size: int = 600) -> None:
        super().__init__(parent)
        self._store, self._size, self._cache_size = store, size, cache_size
        self._icons: OrderedDict[str, QIcon] = OrderedDict()
        self._wanted: list[str] = []
        self._busy: set[str] = set()
        # One thread: thumbnails wait their turn instead of taking both cores from the GUI.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._channel = _Channel(self)
        self._channel.done.connect(self._arrived)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)

    def icon(self, image_hash: str) -> QIcon | None:
        icon = self._icons.get(image_hash)
        if icon is None and image_hash not in self._busy and image_hash not in self._wanted:
            self._wanted.append(image_hash)
            self._timer.start(0)  # after this paint: one batch for the whole screen
        return icon

    def forget(self) -> None:
        self._icons.clear()

    def wait(self) -> None:
        """Finish every requested thumbnail (tests and benchmarks)."""
        while self._wanted or self._busy:
            if self._wanted and not self._timer.isActive():
                self._start()
            self._pool.waitForDone(50)
            QCoreApplication.processEvents()

    def _start(self) -> None:
        if self._store.conn is None:  # the shop closed (its window too) before this ran
            self._wanted.clear()
            return
        batch, self._wanted = self._wanted[:BATCH], self._wanted[BATCH:]
        blobs = {}
        for image_hash in batch:
            try:
                blobs[image_hash] = image_bytes(self._store, image_hash)  # a blob read: fast
            except WeidianError:
                continue
        self._busy.update(blobs)
        if blobs:
            self._pool.start(_Job(blobs, self._size, self._channel))
        if self._wanted:
            self._timer.start(0)

    def _arrived(self, thumbs: dict[str, bytes]) -> None:
        for image_hash, data in thumbs.items():
            self._busy.discard(image_hash)
            pixmap = QPixmap()
            if data:
                pixmap.loadFromData(data)
            self._icons[image_hash] = QIcon(pixmap)  # scaled to the view's iconSize
            while len(self._icons) > self._cache_size:
                self._icons.popitem(last=False)
        self.ready.emit(list(thumbs))
