"""Undo commands for products and their images; each calls core functions and nothing else."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ...core.images import (
    add_product_images,
    product_images,
    remove_product_image,
    reorder_product_images,
    set_alt,
    set_cover,
    set_product_images,
)
from ...core.product_list import BulkSnapshot, bulk_snapshot, restore_bulk
from ...core.products import (
    Product,
    bulk_update,
    create_product,
    delete_products,
    restore_products,
    update_product,
)
from ...core.store import ShopStore
from ...media.images import PreparedImage
from ..undo import Changed, UndoCommand


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ProductsUndo", text, "", n)


class SaveProductCommand(UndoCommand):
    """A product added (``before`` None) or its editor saved; one transaction each way."""

    def __init__(self, store: ShopStore, before: Product | None, after: Product,
                 changed: Changed) -> None:
        text = (_tr("Add product “{0}”") if before is None else _tr("Edit product “{0}”"))
        super().__init__(text.format(after.title))
        self._store, self._changed = store, changed
        self._before, self._after = before, copy.deepcopy(after)

    @property
    def product_id(self) -> int | None:
        return self._after.id

    def apply(self) -> None:
        after = copy.deepcopy(self._after)
        if self._before is None:
            create_product(self._store, after)
            self._after = copy.deepcopy(after)  # keep id, slug and variant ids for redo
        else:
            update_product(self._store, after)
            self._after = copy.deepcopy(after)
        self._changed(self._after.id)

    def revert(self) -> None:
        if self._before is None:
            assert self._after.id is not None
            delete_products(self._store, [self._after.id])
            self._changed(None)
        else:
            update_product(self._store, copy.deepcopy(self._before))
            self._changed(self._before.id)


class DeleteProductsCommand(UndoCommand):
    """Products deleted; undo puts them back under their old ids, slugs and images."""

    def __init__(self, store: ShopStore, ids: Sequence[int], changed: Changed) -> None:
        # Named first: lupdate does not see a plural written inside super().__init__(…).
        label = _tr("Delete %n product(s)", len(ids))
        super().__init__(label)
        self._store, self._ids, self._changed = store, list(ids), changed
        self._gone: list[Product] = []

    def apply(self) -> None:
        self._gone = delete_products(self._store, self._ids)
        self._changed(None)

    def revert(self) -> None:
        # No copy: restore_products leaves the snapshots as they are (a deep copy of
        # 10,000 products took longer than restoring them).
        restore_products(self._store, self._gone)
        self._changed(self._ids[0] if len(self._ids) == 1 else None)


class BulkEditCommand(UndoCommand):
    """Price by percent, status or collection for a selection; undo restores snapshots."""

    def __init__(self, store: ShopStore, ids: Sequence[int], label: str, changed: Changed, *,
                 price_percent: float | None = None, status: str | None = None,
                 add_collection: int | None = None) -> None:
        super().__init__(label)
        self._store, self._ids, self._changed = store, list(ids), changed
        self._args = {"price_percent": price_percent, "status": status,
                      "add_collection": add_collection}
        self._before: BulkSnapshot | None = None

    def apply(self) -> None:
        if self._before is None:  # once: redo after undo starts from the same state
            self._before = bulk_snapshot(self._store, self._ids)
        bulk_update(self._store, self._ids, **self._args)  # type: ignore[arg-type]
        self._changed(None)

    def revert(self) -> None:
        assert self._before is not None
        restore_bulk(self._store, self._before)
        self._changed(None)


def _pairs(store: ShopStore, product_id: int) -> list[tuple[str, str]]:
    return [(i.hash, i.alt) for i in product_images(store, product_id)]


class AddImagesCommand(UndoCommand):
    """Pasted or dropped images stored and attached in one transaction."""

    def __init__(self, store: ShopStore, product_id: int, images: Sequence[PreparedImage],
                 changed: Changed) -> None:
        label = _tr("Add %n image(s)", len(images))  # outside super(): see above
        super().__init__(label)
        self._store, self._id, self._changed = store, product_id, changed
        self._images = list(images)
        self._before: list[tuple[str, str]] = []
        self._after: list[tuple[str, str]] | None = None

    def apply(self) -> None:
        if self._after is None:
            self._before = _pairs(self._store, self._id)
            add_product_images(self._store, self._id, self._images)
            self._after = _pairs(self._store, self._id)
        else:  # the blobs are still in the file: attach them again by hash
            set_product_images(self._store, self._id, self._after)
        self._changed(self._id)

    def revert(self) -> None:
        set_product_images(self._store, self._id, self._before)
        self._changed(self._id)


class ImageOrderCommand(UndoCommand):
    """The images reordered by dragging, or one chosen as the cover."""

    def __init__(self, store: ShopStore, product_id: int, before: Sequence[str],
                 after: Sequence[str], changed: Changed, *, cover: bool = False) -> None:
        super().__init__(_tr("Choose cover image") if cover else _tr("Reorder images"))
        self._store, self._id, self._changed = store, product_id, changed
        self._before, self._after, self._cover = list(before), list(after), cover

    def apply(self) -> None:
        if self._cover:
            set_cover(self._store, self._id, self._after[0])
        else:
            reorder_product_images(self._store, self._id, self._after)
        self._changed(self._id)

    def revert(self) -> None:
        reorder_product_images(self._store, self._id, self._before)
        self._changed(self._id)


class AltTextCommand(UndoCommand):
    """The text that describes an image to buyers who cannot see it."""

    def __init__(self, store: ShopStore, product_id: int, image_hash: str, old: str, new: str,
                 changed: Changed) -> None:
        super().__init__(_tr("Edit alt text"))
        self._store, self._id, self._hash, self._changed = store, product_id, image_hash, changed
        self._old, self._new = old, new

    def apply(self) -> None:
        set_alt(self._store, self._id, self._hash, self._new)
        self._changed(self._id)

    def revert(self) -> None:
        set_alt(self._store, self._id, self._hash, self._old)
        self._changed(self._id)


class RemoveImageCommand(UndoCommand):
    """An image taken off the product; its blob stays, so undo puts it back in place."""

    def __init__(self, store: ShopStore, product_id: int, image_hash: str,
                 changed: Changed) -> None:
        super().__init__(_tr("Remove image"))
        self._store, self._id, self._hash, self._changed = store, product_id, image_hash, changed
        self._before: list[tuple[str, str]] = []

    def apply(self) -> None:
        self._before = _pairs(self._store, self._id)
        remove_product_image(self._store, self._id, self._hash)
        self._changed(self._id)

    def revert(self) -> None:
        set_product_images(self._store, self._id, self._before)
        self._changed(self._id)
