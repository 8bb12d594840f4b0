"""Undo: an action is done before it joins the stack, so a refused one never lands there."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.faq import FaqEntry, list_faq
from weidian_desktop.ui import undo
from weidian_desktop.ui.pages.faq_page import FAQ_ENTRIES
from weidian_desktop.ui.undo import RecordCommand, UndoCommand, push, push_done


class Counter(UndoCommand):
    def __init__(self, refuse: bool = False) -> None:
        super().__init__("count")
        self.value, self.refuse = 0, refuse

    def apply(self) -> None:
        if self.refuse:
            raise ValidationError("The count is refused.")
        self.value += 1

    def revert(self) -> None:
        self.value -= 1


def test_a_refused_action_stays_off_the_stack(qapp) -> None:
    stack = QUndoStack()
    with pytest.raises(ValidationError, match="refused"):
        push(stack, Counter(refuse=True))
    assert stack.count() == 0


def test_push_does_the_action_once_and_undo_redo_repeat_it(qapp) -> None:
    stack, command = QUndoStack(), Counter()
    push(stack, command)
    assert (command.value, stack.count()) == (1, 1)
    stack.undo()
    assert command.value == 0
    stack.redo()
    assert command.value == 1


def test_push_done_keeps_work_done_elsewhere_without_doing_it_again(qapp) -> None:
    stack, command = QUndoStack(), Counter()
    command.value = 1  # done in a worker
    push_done(stack, command)
    assert (command.value, stack.count()) == (1, 1)
    stack.undo()
    stack.redo()
    assert command.value == 1


def test_one_record_command_adds_edits_and_deletes(qapp, store) -> None:
    stack, shown = QUndoStack(), []
    entry = FaqEntry(question="Do you ship abroad?", answer="Yes, by post.")
    push(stack, RecordCommand(FAQ_ENTRIES, store, "add", shown.append, add=entry))
    added = list_faq(store)[0]
    assert entry.id == added.id and shown == [added.id]
    edited = FaqEntry(**{**vars(added), "answer": "Yes, by air mail."})
    push(stack, RecordCommand(FAQ_ENTRIES, store, "edit", shown.append, edit=(added, edited)))
    push(stack, RecordCommand(FAQ_ENTRIES, store, "delete", shown.append, delete=added.id))
    assert list_faq(store) == []
    stack.undo()
    assert list_faq(store)[0].answer == "Yes, by air mail."
    stack.undo()
    assert list_faq(store)[0].answer == "Yes, by post."
    stack.undo()
    assert list_faq(store) == []
    stack.redo()
    assert [e.id for e in list_faq(store)] == [added.id]  # the same entry back
    with pytest.raises(ValidationError):
        push(stack, RecordCommand(FAQ_ENTRIES, store, "add", shown.append,
                                  add=FaqEntry(question="", answer="x")))
    # Not pushed: a push would have dropped the two steps still to redo.
    assert (stack.index(), stack.count()) == (1, 3)


def test_every_undo_command_goes_through_push() -> None:
    """One way to keep a refused action off the stack: no page pushes by itself."""
    ui = Path(undo.__file__).parent
    for path in ui.rglob("*.py"):
        if path.name == "undo.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert "QUndoCommand" not in text, path.name
        assert "stack.push(" not in text, path.name
