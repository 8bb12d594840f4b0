"""Undo for the Stocklists page: a pick is one undoable action (undo deletes its products)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...core.store import ShopStore
from ...stocklists.pick import Unpicked, restore_picked, unpick


class PickCommand(QUndoCommand):
    """Products picked from a supplier; undo deletes them, redo puts the same ones back."""

    def __init__(self, store: ShopStore, product_ids: list[int],
                 changed: Callable[[], None]) -> None:
        super().__init__(QCoreApplication.translate(
            "PickCommand", "Pick %n product(s)", "", len(product_ids)))
        self._store, self._changed = store, changed
        self.product_ids = product_ids
        self._unpicked: Unpicked | None = None

    def redo(self) -> None:
        # The first redo comes from QUndoStack.push: the pick has just been made.
        if self._unpicked is not None:
            self.product_ids = restore_picked(self._store, self._unpicked)
            self._unpicked = None
        self._changed()

    def undo(self) -> None:
        self._unpicked = unpick(self._store, self.product_ids)
        self._changed()
