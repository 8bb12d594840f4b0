"""The Posts page: the feed buyers see (scheduled posts marked), and the post editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtGui import (
    QBrush,
    QColor,
    QStandardItem,
    QStandardItemModel,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import from_iso, utc_now
from ...core.errors import WeidianError
from ...core.posts import (
    Post,
    create_post,
    delete_posts,
    get_post,
    list_posts,
    post_title,
    restore_posts,
    suggest_publish_times,
    update_post,
)
from ...core.shop import get_shop
from ...core.store import ShopStore
from ..column_fit import fit_columns
from ..table_model import row_table
from ..undo import RecordCommand, RecordKind, push
from .posts_editor import PostEditor


def _tr(text: str) -> str:
    return QCoreApplication.translate("PostsPage", text)


# Each step calls core functions only; deleting takes a list, the page deletes one.
POSTS: RecordKind[Post, list[Post]] = RecordKind(
    create_post, update_post, lambda store, post_id: delete_posts(store, [post_id]),
    restore_posts, lambda gone: gone[0].id if gone else None, kept=("slug",))


class PostsPage(QWidget):
    """Posts newest first; the buyer sees a scheduled post from its publish time."""

    def __init__(self, store: ShopStore, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PostsPage")
        self.store = store
        self.undo_stack = undo_stack or QUndoStack(self)
        shop = get_shop(store)
        self.zone = shop.timezone
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Publish at (shop’s clock)"), self.tr("Kind"),
                                              self.tr("Title"), self.tr("Status")])
        self._posts: list[Post] = []
        self.editor = PostEditor(store, shop.languages, shop.timezone,
                                 suggest_publish_times(store))
        self.editor.saveRequested.connect(self.save)
        self._build()
        self.refresh()
        self.new_post()

    def _build(self) -> None:
        self.table = row_table(self.model, single=True)
        fit_columns(self.table, 2)  # the title says which post a row is
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._load_selected())
        buttons = QHBoxLayout()
        for label, slot in ((self.tr("New post"), self.new_post),
                            (self.tr("Delete"), self.delete)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setSizes([520, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _kind_name(self, kind: str) -> str:
        return self.editor.kind.itemText(self.editor.kind.findData(kind))

    # --- reading -----------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        self._posts = list_posts(self.store)
        now = utc_now()
        self.model.removeRows(0, self.model.rowCount())
        for post in self._posts:
            when = from_iso(post.publish_at or now).astimezone(self.editor.zone)
            stamp = QStandardItem(when.strftime("%Y-%m-%d %H:%M"))
            status = QStandardItem(self.tr("draft") if post.status == "draft" else
                                   self.tr("scheduled") if (post.publish_at or "") > now else
                                   self.tr("published"))
            if post.status == "published" and (post.publish_at or "") > now:
                status.setForeground(QBrush(QColor("#1f6fb2")))
            self.model.appendRow([stamp, QStandardItem(self._kind_name(post.kind)),
                                  QStandardItem(post_title(post, 60)), status])
        self.editor.reload_products()
        if keep is not None:
            self.select_post(keep)

    def select_post(self, post_id: int) -> None:
        """Select a post (the Health page asks for this) and load it into the editor."""
        row = next((n for n, p in enumerate(self._posts) if p.id == post_id), None)
        if row is None:
            return
        self.table.selectionModel().select(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))
        self._load_selected()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._posts[rows[0].row()].id if rows else None

    def _load_selected(self) -> None:
        post_id = self.selected_id()
        if post_id is not None:
            self.editor.load(get_post(self.store, post_id), utc_now())

    # --- actions -----------------------------------------------------------------------
    def new_post(self) -> None:
        self.table.clearSelection()
        suggestions = suggest_publish_times(self.store)
        self.editor.load(None, suggestions[0] if suggestions else utc_now())

    def save(self) -> None:
        """Save the editor as a new post or over the selected one (one undoable action)."""
        post = self.editor.post()
        try:
            if post.id is None:
                push(self.undo_stack, RecordCommand(POSTS, self.store, _tr("Add post"),
                                                    self.refresh, add=post))
            else:
                old = get_post(self.store, post.id)
                push(self.undo_stack, RecordCommand(POSTS, self.store, _tr("Edit post"),
                                                    self.refresh, edit=(old, post)))
        except WeidianError as exc:
            self.editor.message.setText(str(exc))
            return
        self.editor.message.setText(self.tr("Saved."))

    def delete(self) -> None:
        post_id = self.selected_id()
        if post_id is not None:
            push(self.undo_stack, RecordCommand(POSTS, self.store, _tr("Delete post"),
                                                self.refresh, delete=post_id))
            self.new_post()
