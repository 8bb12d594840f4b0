"""The editor's images panel: paste, drop or browse to add (prepared off the GUI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QPixmap,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import WeidianError
from ...core.images import image_bytes, product_images
from ...core.store import ShopStore
from ...media.images import PreparedImage, thumbnail
from ...media.ingest import ImageSource, prepare_images
from ..tasks import TaskHandle, run_task
from ..undo import Changed, push
from .image_strip import ALT_ROLE, HASH_ROLE, ICON_PX, ImageStrip, sources_from_mime
from .products_undo import AddImagesCommand, AltTextCommand, ImageOrderCommand, RemoveImageCommand

FILE_FILTER = "*.jpg *.jpeg *.jpe *.jfif *.png *.webp *.gif *.bmp *.tif *.tiff"


def _button(text: str) -> QToolButton:
    """A compact button: the editor is the narrow side of the page."""
    button = QToolButton()
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


class ProductImagesPanel(QWidget):
    """Images of one saved product; every change is one undoable command on the stack."""

    failed = Signal(str)  # one sentence for the editor's message line
    done = Signal(str)  # the undo text of what was just done, for the status bar
    needsProduct = Signal()  # images arrived before the product was saved

    def __init__(self, store: ShopStore, undo_stack: QUndoStack, changed: Changed,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._stack, self._changed = store, undo_stack, changed
        self._product_id: int | None = None
        self._thumbs: dict[str, QPixmap] = {}
        self.task: TaskHandle[list[PreparedImage]] | None = None  # the last ingest
        self.strip = ImageStrip()
        self.strip.orderChanged.connect(self.reorder)
        self.strip.sourcesDropped.connect(self.add_sources)
        self.strip.itemSelectionChanged.connect(self._update_buttons)
        self.strip.itemDoubleClicked.connect(lambda _item: self.ask_alt())
        # Short labels; tooltips say the rest.
        self.add_button = _button(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add photos from files"))
        self.add_button.clicked.connect(self.browse)
        self.paste_button = _button(self.tr("Paste"))
        self.paste_button.setToolTip(self.tr("Paste photos ({0})").format(
            QKeySequence(QKeySequence.StandardKey.Paste).toString(
                QKeySequence.SequenceFormat.NativeText)))
        self.paste_button.clicked.connect(self.paste)
        self.cover_button = _button(self.tr("Cover"))
        self.cover_button.setToolTip(self.tr("Make the selected photo the cover"))
        self.cover_button.clicked.connect(self.make_cover)
        self.alt_button = _button(self.tr("Alt text…"))
        self.alt_button.setToolTip(self.tr("Describe the photo for buyers who cannot see it"))
        self.alt_button.clicked.connect(self.ask_alt)
        self.remove_button = _button(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self._add_strip_actions()
        # Buttons in a column beside the strip: a row of them was wider than the editor
        # once translated (Italian, the pseudo-locale).
        column = QVBoxLayout()
        column.setSpacing(2)
        for button in (self.add_button, self.paste_button, self.cover_button, self.alt_button,
                       self.remove_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            column.addWidget(button)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The strip has a fixed height; spare height belongs to the description instead.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.strip, 1)
        layout.addLayout(column)
        self._update_buttons()

    def _add_strip_actions(self) -> None:
        """Right-click menu and keys: everything a drag does, for the keyboard too."""
        self.strip.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._actions = {}
        for key, text, shortcut, slot in (
                ("cover", self.tr("Make the selected photo the cover"), "", self.make_cover),
                ("alt", self.tr("Alt text…"), "F2", self.ask_alt),
                ("remove", self.tr("Remove"), "Del", self.remove_selected)):
            action = QAction(text, self.strip)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.strip.addAction(action)
            self._actions[key] = action
        # Ctrl+Left/Right move the selected photo: a drag for those who cannot drag.
        for keys, step in (("Ctrl+Left", -1), ("Ctrl+Right", 1)):
            QShortcut(QKeySequence(keys), self.strip, lambda step=step: self.move_selected(step),
                      context=Qt.ShortcutContext.WidgetShortcut)

    def move_selected(self, step: int) -> None:
        chosen = self.strip.selected_hash()
        if chosen is not None:
            row = self.strip.hashes().index(chosen)
            self.strip.move_image(row, row + step)

    # --- showing ---------------------------------------------------------------------
    def set_product(self, product_id: int | None) -> None:
        self._product_id = product_id
        self.reload()

    def reload(self) -> None:
        shown = []
        if self._product_id is not None:
            for info in product_images(self._store, self._product_id):
                shown.append((info.hash, info.alt, self._thumb(info.hash)))
        self.strip.set_images(shown)
        self._update_buttons()

    def _thumb(self, image_hash: str) -> QPixmap:
        if image_hash not in self._thumbs:
            pixmap = QPixmap()
            pixmap.loadFromData(thumbnail(image_bytes(self._store, image_hash), ICON_PX * 2))
            self._thumbs[image_hash] = pixmap
        return self._thumbs[image_hash]

    def _update_buttons(self) -> None:
        selected = self.strip.selected_hash() is not None
        hashes = self.strip.hashes()
        not_cover = selected and hashes[:1] != [self.strip.selected_hash()]
        self.cover_button.setEnabled(not_cover)
        self.alt_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        for key, enabled in (("cover", not_cover), ("alt", selected), ("remove", selected)):
            self._actions[key].setEnabled(enabled)

    # --- adding ----------------------------------------------------------------------
    def paste(self) -> None:
        sources = sources_from_mime(QGuiApplication.clipboard().mimeData())
        if not sources:
            self.failed.emit(self.tr("The clipboard holds no image or image file."))
            return
        self.add_sources(sources)

    def browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), str(Path.home()),
            self.tr("Images ({0})").format(FILE_FILTER))
        if names:
            self.add_sources([ImageSource(path=Path(n)) for n in names])

    def add_sources(self, sources: list[ImageSource]) -> None:
        """Prepare the images off the GUI thread (every core), then store them in one go."""
        if self._product_id is None:
            self.needsProduct.emit()  # the editor saves the new product first
            if self._product_id is None:
                return
        product_id = self._product_id
        label = self.tr("Adding %n photo(s)…", "", len(sources))
        self.task = run_task(
            self, label,
            lambda progress, cancel: prepare_images(sources, progress=progress, cancel=cancel),
            lambda prepared: self._store_prepared(product_id, prepared),
            self._ingest_failed)

    def _store_prepared(self, product_id: int, prepared: list[PreparedImage]) -> None:
        self._do(AddImagesCommand(self._store, product_id, prepared, self._changed))

    def _ingest_failed(self, exc: BaseException) -> None:
        self.failed.emit(str(exc) if isinstance(exc, WeidianError) else repr(exc))

    # --- changing ----------------------------------------------------------------------
    def _do(self, command: AddImagesCommand | AltTextCommand | ImageOrderCommand |
            RemoveImageCommand) -> None:
        try:
            push(self._stack, command)
        except WeidianError as exc:
            self.failed.emit(str(exc))
        else:
            self.done.emit(command.text())

    def reorder(self, hashes: list[str]) -> None:
        if self._product_id is not None and hashes != self.strip.hashes():
            self._do(ImageOrderCommand(self._store, self._product_id, self.strip.hashes(),
                                       hashes, self._changed))

    def make_cover(self) -> None:
        chosen = self.strip.selected_hash()
        if self._product_id is None or chosen is None:
            return
        before = self.strip.hashes()
        after = [chosen, *(h for h in before if h != chosen)]
        if after != before:
            self._do(ImageOrderCommand(self._store, self._product_id, before, after,
                                       self._changed, cover=True))

    def ask_alt(self) -> None:
        chosen = self.strip.selected_hash()
        if chosen is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Alt text"),
            self.tr("Describe the photo for buyers who cannot see it:"),
            QLineEdit.EchoMode.Normal, self.strip.selected_alt())
        if ok:
            self.set_alt(chosen, text)

    def set_alt(self, image_hash: str, text: str) -> None:
        alts = {self.strip.item(n).data(HASH_ROLE): self.strip.item(n).data(ALT_ROLE)
                for n in range(self.strip.count())}
        old = alts.get(image_hash, "")
        if self._product_id is not None and old != " ".join(text.split()):
            self._do(AltTextCommand(self._store, self._product_id, image_hash, old, text,
                                    self._changed))

    def remove_selected(self) -> None:
        chosen = self.strip.selected_hash()
        if self._product_id is not None and chosen is not None:
            self._do(RemoveImageCommand(self._store, self._product_id, chosen, self._changed))
