"""The Posts page's editor: kind, text, publish time on the shop's clock, products, photos."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QSize, Qt, QTime, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import from_iso, to_iso
from ...core.formats import format_weekday_datetime
from ...core.posts import KINDS, Post, PostImage
from ...core.store import ShopStore
from ..i18n import current_language

THUMB = 72


def thumbnail(store: ShopStore, image_hash: str) -> QIcon:
    """A small icon of a stored image (decoded from its blob)."""
    data = store.scalar("SELECT data FROM images WHERE hash = ?", (image_hash,))
    pixmap = QPixmap()
    if data is None or not pixmap.loadFromData(bytes(data)):
        pixmap = QPixmap(THUMB, THUMB)
        pixmap.fill(Qt.GlobalColor.lightGray)
    return QIcon(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation))


class PhotoPicker(QDialog):
    """Choose photos among those already in the shop (products' photos)."""

    def __init__(self, store: ShopStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose photos"))
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        rows = store.query("SELECT image_hash, min(alt) AS alt FROM product_images "
                           "GROUP BY image_hash ORDER BY min(product_id), min(position) LIMIT 600")
        for r in rows:
            item = QListWidgetItem(thumbnail(store, r["image_hash"]), "")
            item.setData(Qt.ItemDataRole.UserRole, (r["image_hash"], r["alt"]))
            item.setToolTip(r["alt"])
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> list[tuple[str, str]]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]


class PostEditor(QWidget):
    """Edits one post; `post()` reads the form back as a core Post."""

    saveRequested = Signal()

    def __init__(self, store: ShopStore, languages: list[str], timezone: str,
                 suggestions: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.zone = store, ZoneInfo(timezone)
        self._editing: Post | None = None
        names = {"short": self.tr("Short post"), "article": self.tr("Article"),
                 "recommendation": self.tr("Product recommendation"),
                 "nine_grid": self.tr("9-photo post")}
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        self.title = QLineEdit()
        self.body = QPlainTextEdit()
        self.language = QComboBox()
        self.language.addItem(self.tr("Every language"), None)
        for tag in languages:
            self.language.addItem(tag, tag)
        self.publish = QDateTimeEdit()
        self.publish.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.publish.setCalendarPopup(True)
        self.suggested = QComboBox()
        self.suggested.addItem(self.tr("Buyers online at…"), None)
        for iso in suggestions:
            self.suggested.addItem(format_weekday_datetime(
                iso, current_language(), self.zone.key), iso)
        self.suggested.setVisible(bool(suggestions))
        self.suggested.activated.connect(self._use_suggestion)
        when = QHBoxLayout()
        when.addWidget(self.publish, 1)
        when.addWidget(self.suggested, 1)
        when.addWidget(QLabel(timezone))
        self.status = QComboBox()
        self.status.addItem(self.tr("Published"), "published")
        self.status.addItem(self.tr("Draft"), "draft")
        self.products = QListWidget()
        self.products.setMaximumHeight(130)
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(THUMB, THUMB))
        self.photos.setMaximumHeight(THUMB * 2 + 40)
        self.photos.setMovement(QListView.Movement.Snap)
        self.photos.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        photo_buttons = QHBoxLayout()
        for label, slot in ((self.tr("Add photos…"), self.add_photos),
                            (self.tr("Remove photo"), self.remove_photo),
                            (self.tr("Alt text…"), self.edit_alt)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            photo_buttons.addWidget(button)
        photo_buttons.addStretch(1)
        save = QPushButton(self.tr("Save post"))
        save.clicked.connect(self.saveRequested)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.body)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Publish at"), when)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Products"), self.products)
        form.addRow(self.tr("Photos"), self.photos)
        form.addRow("", photo_buttons)
        form.addRow("", save)
        form.addRow("", self.message)
        self.reload_products()

    def _local(self, iso: str) -> datetime:
        return from_iso(iso).astimezone(self.zone)

    def _use_suggestion(self, index: int) -> None:
        iso = self.suggested.itemData(index)
        if iso:
            self._set_publish(iso)

    def _set_publish(self, iso: str) -> None:
        local = self._local(iso)
        self.publish.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                           QTime(local.hour, local.minute)))

    def publish_iso(self) -> str:
        """The chosen time, read on the shop's clock, as stored UTC text."""
        qdate, qtime = self.publish.date(), self.publish.time()
        local = datetime(qdate.year(), qdate.month(), qdate.day(), qtime.hour(), qtime.minute(),
                         tzinfo=self.zone)
        return to_iso(local)

    def reload_products(self) -> None:
        self.products.clear()
        for r in self.store.query("SELECT id, slug, title FROM products ORDER BY position, id"):
            item = QListWidgetItem(f"{r['title']} [{r['slug']}]")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, r["id"])
            self.products.addItem(item)

    def _add_photo(self, image_hash: str, alt: str) -> None:
        item = QListWidgetItem(thumbnail(self.store, image_hash), "")
        item.setData(Qt.ItemDataRole.UserRole, image_hash)
        item.setData(Qt.ItemDataRole.UserRole + 1, alt)
        item.setToolTip(alt or self.tr("(no alt text)"))
        self.photos.addItem(item)

    def add_photos(self) -> None:
        picker = PhotoPicker(self.store, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            have = {self.photos.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.photos.count())}
            for image_hash, alt in picker.chosen():
                if image_hash not in have:
                    self._add_photo(image_hash, alt)

    def remove_photo(self) -> None:
        for item in self.photos.selectedItems():
            self.photos.takeItem(self.photos.row(item))

    def edit_alt(self) -> None:
        from PySide6.QtWidgets import QInputDialog  # late: only when asked

        items = self.photos.selectedItems()
        if not items:
            return
        alt, ok = QInputDialog.getText(self, self.tr("Alt text"), self.tr("Describe the photo"),
                                       text=items[0].data(Qt.ItemDataRole.UserRole + 1))
        if ok:
            items[0].setData(Qt.ItemDataRole.UserRole + 1, alt.strip())
            items[0].setToolTip(alt.strip())

    def load(self, post: Post | None, default_publish: str) -> None:
        """Show a post (or an empty form for a new one)."""
        self._editing = post
        post = post or Post("short", publish_at=default_publish)
        self.kind.setCurrentIndex(max(0, self.kind.findData(post.kind)))
        self.title.setText(post.title)
        self.body.setPlainText(post.body)
        self.language.setCurrentIndex(max(0, self.language.findData(post.language)))
        self._set_publish(post.publish_at or default_publish)
        self.status.setCurrentIndex(max(0, self.status.findData(post.status)))
        for i in range(self.products.count()):
            item = self.products.item(i)
            linked = item.data(Qt.ItemDataRole.UserRole) in post.product_ids
            item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
        self.photos.clear()
        for image in post.images:
            self._add_photo(image.hash, image.alt)
        self.message.clear()

    def post(self) -> Post:
        """The form as a Post, keeping the id and slug of the post being edited."""
        products = [self.products.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.products.count())
                    if self.products.item(i).checkState() == Qt.CheckState.Checked]
        images = [PostImage(self.photos.item(i).data(Qt.ItemDataRole.UserRole),
                            self.photos.item(i).data(Qt.ItemDataRole.UserRole + 1) or "")
                  for i in range(self.photos.count())]
        editing = self._editing
        return Post(self.kind.currentData(), self.title.text(), self.body.toPlainText(),
                    self.language.currentData(), self.publish_iso(), self.status.currentData(),
                    editing.slug if editing else None, products, images,
                    editing.id if editing else None)
