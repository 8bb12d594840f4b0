"""A pick from the Stocklists page: the worker that makes it, and its undo (deletes them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.store import ShopStore
from ...stocklists import MarkupRule, pick_items
from ...stocklists.pick import Unpicked, restore_picked, unpick
from ..tasks import CancelFn, ProgressFn
from ..undo import UndoCommand


class PickCommand(UndoCommand):
    """Products picked from a supplier (in the shop worker, so pushed with push_done);
    undo deletes them, redo puts the same ones back."""

    def __init__(self, store: ShopStore, product_ids: list[int],
                 changed: Callable[[], None]) -> None:
        # Named first: lupdate does not see a plural written inside super().__init__(…).
        label = QCoreApplication.translate("PickCommand", "Pick %n product(s)", "",
                                           len(product_ids))
        super().__init__(label)
        self._store, self._changed = store, changed
        self.product_ids = product_ids
        self._unpicked: Unpicked | None = None

    def apply(self) -> None:
        if self._unpicked is not None:
            self.product_ids = restore_picked(self._store, self._unpicked)
            self._unpicked = None
        self._changed()

    def revert(self) -> None:
        self._unpicked = unpick(self._store, self.product_ids)
        self._changed()


def pick_work(supplier: str, skus: list[str], rule: MarkupRule,
              availability: str) -> Callable[[ShopStore, ProgressFn, CancelFn], Any]:
    """The pick as work for run_shop_task: on the shop worker, one transaction."""
    def work(store: ShopStore, progress: ProgressFn, cancel: CancelFn) -> Any:
        return pick_items(store, supplier, skus, markup=rule, availability=availability,
                          progress=progress, cancel=cancel)

    return work
