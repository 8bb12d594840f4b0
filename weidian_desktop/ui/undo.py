"""Undo for every page: a command is done once before it joins the stack, so a refused
action (one sentence) never lands there; one add/edit/delete command for record kinds."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.store import ShopStore


class Record(Protocol):
    """A record as the core reads and writes it (FaqEntry, Post, Drop, Coupon)."""

    id: int | None


R = TypeVar("R", bound=Record)
G = TypeVar("G")  # what deleting it returns, so that undo can put it back

Changed = Callable[[int | None], None]  # called with the record to show, or None


class UndoCommand(QUndoCommand):
    """An undoable action: ``apply()`` does it, ``revert()`` takes it back.

    QUndoStack.push() runs redo() and keeps the command even when it raises; push()
    below does the first run itself, so an action the core refuses stays off the stack
    and its error reaches the page that shows it.
    """

    _applied = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # done already, by push() or by the work that made it
            return
        self.apply()

    def undo(self) -> None:
        self.revert()


def push(stack: QUndoStack, command: UndoCommand) -> None:
    """Do the action now; only if it succeeds is it put on the undo stack."""
    command.apply()  # a WeidianError goes to the caller, who shows its sentence
    command._applied = True
    stack.push(command)


def push_done(stack: QUndoStack, command: UndoCommand) -> None:
    """Put an action that is already done (in a worker, or by the page) on the stack."""
    command._applied = True
    stack.push(command)


@dataclass(frozen=True)
class RecordKind(Generic[R, G]):
    """How the core adds, saves, deletes and puts back one kind of record."""

    create: Callable[[ShopStore, R], int]
    update: Callable[[ShopStore, R], None]
    delete: Callable[[ShopStore, int], G]
    restore: Callable[[ShopStore, G], None]
    restored_id: Callable[[G], int | None]  # the record to show after undoing a delete
    # Fields the core fills in when adding (a slug): kept, so redo after undo gets them back.
    kept: tuple[str, ...] = ()


class RecordCommand(UndoCommand, Generic[R, G]):
    """Add (``add``), edit (``edit=(old, new)``) or delete (``delete=id``) one record."""

    def __init__(self, kind: RecordKind[R, G], store: ShopStore, text: str, changed: Changed,
                 *, add: R | None = None, edit: tuple[R, R] | None = None,
                 delete: int | None = None) -> None:
        super().__init__(text)
        self._kind, self._store, self._changed = kind, store, changed
        self._add, self._edit, self._delete = add, edit, delete
        self._gone: G | None = None

    def apply(self) -> None:
        kind, store = self._kind, self._store
        if self._add is not None:
            record = deepcopy(self._add)  # the core may fill it in; ours stays as typed
            self._add.id = kind.create(store, record)
            for name in kind.kept:
                setattr(self._add, name, getattr(record, name))
            self._changed(self._add.id)
        elif self._edit is not None:
            kind.update(store, deepcopy(self._edit[1]))
            self._changed(self._edit[1].id)
        elif self._delete is not None:
            self._gone = kind.delete(store, self._delete)
            self._changed(None)

    def revert(self) -> None:
        kind, store = self._kind, self._store
        if self._add is not None:
            if self._add.id is not None:
                kind.delete(store, self._add.id)
            self._changed(None)
        elif self._edit is not None:
            kind.update(store, deepcopy(self._edit[0]))
            self._changed(self._edit[0].id)
        elif self._gone is not None:
            kind.restore(store, self._gone)
            self._changed(kind.restored_id(self._gone))

