"""An image slot (shop logo, WeChat QR): paste with Ctrl+V, drop a file or image, or browse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..media.images import MAX_INPUT_BYTES, PreparedImage, prepare_image
from .tasks import TaskHandle, run_task

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff"


def image_from_mime(mime: QMimeData) -> tuple[bytes, str | None] | None:
    """Image bytes (and a file name, if any) from a clipboard or drop: files first."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_file():
                with path.open("rb") as handle:
                    # One byte over the limit is enough for prepare_image to refuse it.
                    return handle.read(MAX_INPUT_BYTES + 1), path.name
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return qimage_png(image), None
    return None


def qimage_png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Lossless: the ingest decides the stored format.
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes the format as str; its stubs say bytes
    return bytes(data.data())


class ImageField(QFrame):
    """Shows one image and takes a new one; the data is checked and cleaned in a worker."""

    imageChanged = Signal()  # ``prepared`` changed (a new image, or removed)

    def __init__(self, caption: str, size: int = 96, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImageField")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so Ctrl+V reaches it
        self.setAcceptDrops(True)
        self.prepared: PreparedImage | None = None
        self.last_task: TaskHandle[PreparedImage] | None = None
        self._size = size
        self.preview = QLabel()
        self.preview.setObjectName("ImagePreview")
        self.preview.setFixedSize(QSize(size, size))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.hint = QLabel(caption)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("FieldHint")
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        paste = QPushButton(self.tr("Paste"))
        paste.clicked.connect(self.paste)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(lambda: self.browse())
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (paste, browse, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(self.hint)
        side.addLayout(buttons)
        side.addWidget(self.error)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(side, 1)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.paste)
        self.setStyleSheet(
            "#ImagePreview { border: 1px dashed #9aa0a6; border-radius: 8px;"
            " background: palette(base); color: palette(placeholder-text); }")
        self.show_data(None)

    # --- showing -----------------------------------------------------------------------
    def show_data(self, data: bytes | None) -> None:
        """Show stored image bytes (or the empty slot) without changing ``prepared``."""
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(QSize(self._size, self._size) * ratio,
                                   Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            scaled.setDevicePixelRatio(ratio)
            self.preview.setPixmap(scaled)
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Drop an image here"))
        self.remove.setEnabled(bool(data))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # --- taking an image ---------------------------------------------------------------
    def load(self, data: bytes, filename: str | None = None) -> TaskHandle[PreparedImage]:
        """Check and clean ``data`` off the GUI thread; the slot shows it when ready."""
        self.show_error("")

        def done(prepared: PreparedImage) -> None:
            self.prepared = prepared
            self.show_data(prepared.data)
            self.imageChanged.emit()

        def failed(exc: BaseException) -> None:
            self.show_error(str(exc))  # ImageError: one sentence naming the file

        self.last_task = run_task(self, self.tr("Preparing the image…"),
                                  lambda progress, cancel: prepare_image(data, filename),
                                  done, failed)
        return self.last_task

    def load_mime(self, mime: QMimeData) -> TaskHandle[PreparedImage] | None:
        found = image_from_mime(mime)
        if found is None:
            self.show_error(self.tr("The clipboard holds no image or image file."))
            return None
        return self.load(*found)

    def paste(self) -> TaskHandle[PreparedImage] | None:
        return self.load_mime(QGuiApplication.clipboard().mimeData())

    def browse(self, path: Path | None = None) -> TaskHandle[PreparedImage] | None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose an image"), "",
                self.tr("Images ({0})").format(IMAGE_FILTER))
            if not name:
                return None
            path = Path(name)
        with path.open("rb") as handle:
            return self.load(handle.read(MAX_INPUT_BYTES + 1), path.name)

    def clear(self) -> None:
        self.prepared = None
        self.show_error("")
        self.show_data(None)
        self.imageChanged.emit()

    # --- drag and drop -----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasImage() or mime.hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        event.acceptProposedAction()
        self.load_mime(event.mimeData())
