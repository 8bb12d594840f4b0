"""Undoable edits of drops and coupons: each command calls core functions and nothing else."""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy

from PySide6.QtGui import QUndoCommand

from ...core.coupons import Coupon, create_coupon, delete_coupon, restore_coupon, update_coupon
from ...core.drops import DeletedDrop, Drop, create_drop, delete_drop, restore_drop, update_drop
from ...core.store import ShopStore

Changed = Callable[[int | None], None]


class DropCommand(QUndoCommand):
    """Add, edit or delete one drop (its text names it, as the Edit menu shows)."""

    def __init__(self, store: ShopStore, text: str, changed: Changed, *,
                 add: Drop | None = None, edit: tuple[Drop, Drop] | None = None,
                 delete: int | None = None) -> None:
        super().__init__(text)
        self._store, self._changed = store, changed
        self._add, self._edit, self._delete = add, edit, delete
        self._gone: DeletedDrop | None = None

    def redo(self) -> None:
        if self._add is not None:
            drop = deepcopy(self._add)
            self._add.id = create_drop(self._store, drop)
            self._add.slug = drop.slug  # redo after undo gets the same address back
            self._changed(self._add.id)
        elif self._edit is not None:
            update_drop(self._store, deepcopy(self._edit[1]))
            self._changed(self._edit[1].id)
        elif self._delete is not None:
            self._gone = delete_drop(self._store, self._delete)
            self._changed(None)

    def undo(self) -> None:
        if self._add is not None and self._add.id is not None:
            delete_drop(self._store, self._add.id)
            self._changed(None)
        elif self._edit is not None:
            update_drop(self._store, deepcopy(self._edit[0]))
            self._changed(self._edit[0].id)
        elif self._gone is not None:
            restore_drop(self._store, self._gone)
            self._changed(self._gone.drop.id)


class CouponCommand(QUndoCommand):
    """Add, edit or delete one coupon."""

    def __init__(self, store: ShopStore, text: str, changed: Changed, *,
                 add: Coupon | None = None, edit: tuple[Coupon, Coupon] | None = None,
                 delete: int | None = None) -> None:
        super().__init__(text)
        self._store, self._changed = store, changed
        self._add, self._edit, self._delete = add, edit, delete
        self._gone: Coupon | None = None

    def redo(self) -> None:
        if self._add is not None:
            self._add.id = create_coupon(self._store, deepcopy(self._add))
            self._changed(self._add.id)
        elif self._edit is not None:
            update_coupon(self._store, deepcopy(self._edit[1]))
            self._changed(self._edit[1].id)
        elif self._delete is not None:
            self._gone = delete_coupon(self._store, self._delete)
            self._changed(None)

    def undo(self) -> None:
        if self._add is not None and self._add.id is not None:
            delete_coupon(self._store, self._add.id)
            self._changed(None)
        elif self._edit is not None:
            update_coupon(self._store, deepcopy(self._edit[0]))
            self._changed(self._edit[0].id)
        elif self._gone is not None:
            restore_coupon(self._store, self._gone)
            self._changed(self._gone.id)
