"""The product's images in a row: drop or paste to add, drag to reorder, cover, alt, remove."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from ...media.ingest import ImageSource

HASH_ROLE = Qt.ItemDataRole.UserRole
ALT_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_PX = 84


def sources_from_mime(mime: QMimeData) -> list[ImageSource]:
    """What a paste or drop offers as images: local files first, then raw image bytes.

    Remote URLs (a browser drag) are never fetched: nothing goes to the network; the
    image data the browser puts beside the URL is used instead.
    """
    if mime.hasUrls():
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if files:
            return [ImageSource(path=f) for f in files]
    for fmt in mime.formats():
        if fmt.startswith("image/") and fmt not in ("image/x-qt-image",):
            data = bytes(mime.data(fmt).data())
            if data:
                return [ImageSource(data=data)]
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return [ImageSource(data=png_bytes(image))]
    return []


def png_bytes(image: QImage) -> bytes:
    """A QImage as PNG bytes (lossless, so prepare_image decides the stored format)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes the format as str; its stubs say bytes
    buffer.close()
    return bytes(array.data())


class ImageStrip(QListWidget):
    """Thumbnails of the images; the first is the cover. Emits what the user asked for."""

    orderChanged = Signal(list)  # the hashes in their new order (after a drag)
    sourcesDropped = Signal(list)  # ImageSource objects from files or a browser

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImageStrip")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(QSize(ICON_PX, ICON_PX))
        self.setGridSize(QSize(ICON_PX + 12, ICON_PX + 24))
        self.setMovement(QListView.Movement.Snap)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(4)
        self.setFixedHeight(ICON_PX + 46)  # the grid plus a horizontal scroll bar
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(True)
        self.setToolTip(self.tr("Paste (Ctrl+V) or drop photos here; drag to reorder. "
                                "The first image is the cover."))

    def set_images(self, images: list[tuple[str, str, QPixmap]]) -> None:
        """Show ``(hash, alt, pixmap)`` in order; keeps the selected image selected."""
        selected = self.selected_hash()
        self.clear()
        for n, (image_hash, alt, pixmap) in enumerate(images):
            item = QListWidgetItem(QIcon(pixmap), self.tr("Cover") if n == 0 else "")
            item.setData(HASH_ROLE, image_hash)
            item.setData(ALT_ROLE, alt)
            item.setToolTip(alt or self.tr("No alt text yet"))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            self.addItem(item)
            if image_hash == selected:
                item.setSelected(True)
                self.setCurrentItem(item)

    def hashes(self) -> list[str]:
        return [self.item(n).data(HASH_ROLE) for n in range(self.count())]

    def selected_hash(self) -> str | None:
        items = self.selectedItems()
        return items[0].data(HASH_ROLE) if items else None

    def selected_alt(self) -> str:
        items = self.selectedItems()
        return items[0].data(ALT_ROLE) if items else ""

    def select_hash(self, image_hash: str) -> None:
        for n in range(self.count()):
            if self.item(n).data(HASH_ROLE) == image_hash:
                self.setCurrentRow(n)

    def move_image(self, source: int, target: int) -> None:
        """Move one image to another place (what a drag does; also for the keyboard)."""
        hashes = self.hashes()
        if not (0 <= source < len(hashes) and 0 <= target < len(hashes)) or source == target:
            return
        hashes.insert(target, hashes.pop(source))
        self.orderChanged.emit(hashes)

    # --- drag and drop ----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.source() is self:
            super().dragEnterEvent(event)
        elif sources_from_mime(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.source() is self:
            super().dragMoveEvent(event)
        else:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        if event.source() is self:
            # Let the view say where the item landed, then report the order and let
            # the undo command (through set_images) redraw from the shop file.
            before = self.hashes()
            target = self.indexAt(event.position().toPoint()).row()
            source = self.currentRow()
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
            if target < 0:
                target = len(before) - 1
            self.move_image(source, target)
            return
        sources = sources_from_mime(event.mimeData())
        if sources:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.sourcesDropped.emit(sources)
        else:
            event.ignore()
