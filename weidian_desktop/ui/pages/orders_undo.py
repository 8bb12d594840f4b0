"""Undo commands for the Orders page; each calls core functions and nothing else."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...core.orders import (
    RecordResult,
    StatusChange,
    change_statuses,
    delete_order,
    record_order,
    revert_status_changes,
)
from ...core.store import ShopStore
from ..undo import UndoCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrdersUndo", text)


class RecordOrderCommand(UndoCommand):
    """A pasted message recorded as an order (push_done: the page records it first, to
    tell a duplicate); undo removes it, redo records it again."""

    def __init__(self, store: ShopStore, text: str, result: RecordResult,
                 changed: Callable[[int | None], None]) -> None:
        super().__init__(_tr("Record order {0}").format(result.reference))
        self._store, self._text, self._changed = store, text, changed
        self.result = result

    def apply(self) -> None:
        self.result = record_order(self._store, self._text)
        self._changed(self.result.order_id)

    def revert(self) -> None:
        delete_order(self._store, self.result.order_id)
        self._changed(None)


class StatusCommand(UndoCommand):
    """Orders moved to a status (with an optional tracking number); undo moves them back.

    ``changes`` are those of a move already made (marking ordered, with push_done).
    """

    def __init__(self, store: ShopStore, order_ids: list[int], status: str, label: str,
                 changed: Callable[[int | None], None], tracking: str | None = None,
                 changes: list[StatusChange] | None = None) -> None:
        super().__init__(label)
        self._store, self._ids, self._status = store, order_ids, status
        self._tracking, self._changed = tracking, changed
        self._changes: list[StatusChange] = changes or []

    def apply(self) -> None:
        self._changes = change_statuses(self._store, self._ids, self._status,
                                        tracking_number=self._tracking)
        self._changed(self._ids[0] if len(self._ids) == 1 else None)

    def revert(self) -> None:
        revert_status_changes(self._store, self._changes)
        self._changed(self._ids[0] if len(self._ids) == 1 else None)
