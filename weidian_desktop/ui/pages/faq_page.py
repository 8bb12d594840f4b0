"""The FAQ page: questions and answers with keywords, and a box to try them as a buyer would."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import WeidianError
from ...core.faq import (
    FaqEntry,
    ask_index,
    best_answers,
    create_faq,
    delete_faq,
    get_faq,
    list_faq,
    reorder_faq,
    restore_faq,
    update_faq,
)
from ...core.shop import get_shop
from ...core.store import ShopStore
from ..table_model import row_table
from ..undo import RecordCommand, RecordKind, UndoCommand, push

_KEYWORD_SPLIT = re.compile(r"[,，、;；\n]+")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FaqPage", text)


# Each step calls core functions only; deleting takes a list, the page deletes one.
FAQ_ENTRIES: RecordKind[FaqEntry, list[FaqEntry]] = RecordKind(
    create_faq, update_faq, lambda store, entry_id: delete_faq(store, [entry_id]), restore_faq,
    lambda gone: gone[0].id if gone else None)


class ReorderFaqCommand(UndoCommand):
    """The entries given a new order; undo puts the old one back."""

    def __init__(self, store: ShopStore, old: list[int], new: list[int],
                 changed: Callable[[], None]) -> None:
        super().__init__(_tr("Reorder FAQ"))
        self._store, self._old, self._new, self._changed = store, old, new, changed

    def apply(self) -> None:
        reorder_faq(self._store, self._new)
        self._changed()

    def revert(self) -> None:
        reorder_faq(self._store, self._old)
        self._changed()


class FaqPage(QWidget):
    """Entries in the order buyers see them, an editor, and a try-it box."""

    def __init__(self, store: ShopStore, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FaqPage")
        self.store = store
        self.undo_stack = undo_stack or QUndoStack(self)
        self.languages = get_shop(store).languages
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Language"),
                                              self.tr("Keywords")])
        self._entries: list[FaqEntry] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.table = row_table(self.model, single=True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._load_selected())
        buttons = QHBoxLayout()
        for label, slot in ((self.tr("New"), self.new_entry), (self.tr("Delete"), self.delete),
                            (self.tr("Move up"), lambda: self.move_entry(-1)),
                            (self.tr("Move down"), lambda: self.move_entry(1))):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table)

        self.language = QComboBox()
        self.language.addItem(self.tr("Every language"), None)
        for tag in self.languages:
            self.language.addItem(tag, tag)
        self.question = QLineEdit()
        self.answer = QPlainTextEdit()
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(self.tr("shipping, delivery, 发货, spedizione"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        save = QPushButton(self.tr("Save entry"))
        save.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Answer"), self.answer)
        form.addRow(self.tr("Keywords"), self.keywords)
        form.addRow("", save)
        form.addRow("", self.message)
        editor = QGroupBox(self.tr("Entry"))
        editor.setLayout(form)

        self.trial = QLineEdit()
        self.trial.setPlaceholderText(self.tr("Type a question as a buyer would…"))
        self.trial.textChanged.connect(lambda _: self.try_question())
        self.trial_result = QLabel()
        self.trial_result.setWordWrap(True)
        self.trial_result.setTextFormat(Qt.TextFormat.PlainText)
        trial = QGroupBox(self.tr("Try the Ask box"))
        trial_layout = QVBoxLayout(trial)
        trial_layout.addWidget(self.trial)
        trial_layout.addWidget(self.trial_result)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(editor, 1)
        right_layout.addWidget(trial)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    # --- reading -----------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        self._entries = list_faq(self.store)
        self.model.removeRows(0, self.model.rowCount())
        for entry in self._entries:
            self.model.appendRow([QStandardItem(entry.question),
                                  QStandardItem(entry.language or self.tr("all")),
                                  QStandardItem(", ".join(entry.keywords))])
        if keep is not None:
            self.select_entry(keep)
        self.try_question()

    def select_entry(self, entry_id: int) -> None:
        """Select an entry (the Health page asks for this) and load it into the editor."""
        row = next((n for n, e in enumerate(self._entries) if e.id == entry_id), None)
        if row is None:
            return
        self.table.selectionModel().select(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()].id if rows else None

    def _load_selected(self) -> None:
        entry_id = self.selected_id()
        entry = get_faq(self.store, entry_id) if entry_id else FaqEntry("", "")
        self.language.setCurrentIndex(max(0, self.language.findData(entry.language)))
        self.question.setText(entry.question)
        self.answer.setPlainText(entry.answer)
        self.keywords.setText(", ".join(entry.keywords))
        self.message.clear()

    def _entry_from_form(self) -> FaqEntry:
        keywords = [k.strip() for k in _KEYWORD_SPLIT.split(self.keywords.text()) if k.strip()]
        return FaqEntry(self.question.text(), self.answer.toPlainText(), keywords,
                        self.language.currentData())

    def try_question(self) -> None:
        question = self.trial.text().strip()
        if not question:
            self.trial_result.setText(self.tr("The shop's Ask box shows the best answers here."))
            return
        answers = best_answers(question, ask_index(self.store), self.languages[0])
        if not answers:
            self.trial_result.setText(self.tr("No answer: the buyer is offered to send the "
                                              "question to you."))
            return
        self.trial_result.setText("\n\n".join(f"{e['q']}\n{e['a']}" for e, _ in answers))

    # --- actions -----------------------------------------------------------------------
    def new_entry(self) -> None:
        self.table.clearSelection()
        self._load_selected()
        self.question.setFocus()

    def save(self) -> None:
        """Save the editor as a new entry or over the selected one (one undoable action)."""
        entry = self._entry_from_form()
        entry_id = self.selected_id()
        try:
            if entry_id is None:
                push(self.undo_stack, RecordCommand(FAQ_ENTRIES, self.store, _tr("Add FAQ entry"),
                                                    self.refresh, add=entry))
            else:
                old = get_faq(self.store, entry_id)
                entry.id, entry.position = old.id, old.position
                push(self.undo_stack, RecordCommand(
                    FAQ_ENTRIES, self.store, _tr("Edit FAQ entry"), self.refresh,
                    edit=(old, entry)))
        except WeidianError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Saved."))

    def delete(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            push(self.undo_stack, RecordCommand(FAQ_ENTRIES, self.store, _tr("Delete FAQ entry"),
                                                self.refresh, delete=entry_id))

    def move_entry(self, step: int) -> None:
        """The selected entry one place up (-1) or down (1); not QWidget.move."""
        entry_id = self.selected_id()
        ids = [e.id for e in self._entries if e.id is not None]
        if entry_id is None:
            return
        row = ids.index(entry_id)
        if not 0 <= row + step < len(ids):
            return
        new = list(ids)
        new[row], new[row + step] = new[row + step], new[row]
        push(self.undo_stack, ReorderFaqCommand(self.store, ids, new,
                                                lambda: self.refresh(select=entry_id)))
