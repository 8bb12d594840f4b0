"""Undoable Shop page edits: each keeps the old and new values and calls the core to apply them."""

from __future__ import annotations

from typing import Any

from ...core.shop import Channel, set_channels, update_shop
from ...core.store import ShopStore
from ..undo import UndoCommand


class ShopFieldsCommand(UndoCommand):
    """Change one or more shop settings (``update_shop``); undo writes the old values back."""

    def __init__(self, store: ShopStore, text: str, old: dict[str, Any],
                 new: dict[str, Any]) -> None:
        super().__init__(text)
        self.store = store
        self.old = dict(old)
        self.new = dict(new)

    def apply(self) -> None:
        update_shop(self.store, **self.new)

    def revert(self) -> None:
        update_shop(self.store, **self.old)


class ChannelsCommand(UndoCommand):
    """Replace the contact channels (``set_channels``); undo restores the previous list."""

    def __init__(self, store: ShopStore, text: str, old: list[Channel],
                 new: list[Channel]) -> None:
        super().__init__(text)
        self.store = store
        self.old = [Channel(c.kind, c.value, c.qr_image_hash) for c in old]
        self.new = [Channel(c.kind, c.value, c.qr_image_hash) for c in new]

    def apply(self) -> None:
        set_channels(self.store, self.new)

    def revert(self) -> None:
        set_channels(self.store, self.old)
