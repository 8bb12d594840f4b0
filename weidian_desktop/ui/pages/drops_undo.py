"""How the Drops page's undoable edits reach the core: drops and coupons as record kinds."""

from __future__ import annotations

from ...core.coupons import Coupon, create_coupon, delete_coupon, restore_coupon, update_coupon
from ...core.drops import DeletedDrop, Drop, create_drop, delete_drop, restore_drop, update_drop
from ..undo import RecordKind

DROPS: RecordKind[Drop, DeletedDrop] = RecordKind(
    create_drop, update_drop, delete_drop, restore_drop, lambda gone: gone.drop.id,
    kept=("slug",))  # redo after undo gets the same address back

COUPONS: RecordKind[Coupon, Coupon] = RecordKind(
    create_coupon, update_coupon, delete_coupon, restore_coupon, lambda gone: gone.id)
