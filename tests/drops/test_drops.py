"""Drops: valid ones written in one transaction, each invalid one refused in one sentence."""

from __future__ import annotations

import pytest

from weidian_desktop.core.coupons import Coupon, create_coupon, list_coupons
from weidian_desktop.core.drops import (
    DropItem,
    create_drop,
    delete_drop,
    drop_state,
    get_drop,
    list_drops,
    remaining,
    restore_drop,
    update_drop,
)
from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.order_message import Buyer, MessageItem, OrderMessage, build_message
from weidian_desktop.core.orders import change_status, record_order

from .conftest import DropShop, bag_drop, dump


def test_a_drop_is_written_with_its_items(shop: DropShop) -> None:
    drop_id = create_drop(shop.store, bag_drop(shop))
    drop = get_drop(shop.store, drop_id)
    assert (drop.slug, drop.timezone, drop.items[0].drop_price) == (
        "singles-day-bags", "Asia/Shanghai", 69900)
    assert drop.duration.total_seconds() == 24 * 3600
    assert [d.id for d in list_drops(shop.store)] == [drop_id]


def _refusals(shop: DropShop) -> list[tuple[dict, str]]:
    return [
        ({"ends_at": "2026-11-11T12:00:00Z"},
         "The drop ends at 2026-11-11 20:00 CST, which is not after its start at "
         "2026-11-11 20:00 CST."),
        ({"preview_at": "2026-11-11T00:00:00Z"},
         "The preview starts 12 hours before the launch; it must start 1 to 7 days before it."),
        ({"preview_at": "2026-11-03T12:00:00Z"},
         "The preview starts 8 days before the launch; it must start 1 to 7 days before it."),
        ({"items": [DropItem(shop.bag, drop_price=89900)]},
         "The drop price of Leather bag, CN¥899.00, is not below its regular price of CN¥899.00."),
        ({"items": [DropItem(shop.scarf, shop.blue, drop_price=13900)]},
         "The drop price of Silk scarf (Blue), CN¥139.00, is not below its regular price of "
         "CN¥139.00."),
        ({"items": [DropItem(shop.scarf, drop_price=13000)]},  # below blue, not below red
         "The drop price of Silk scarf, CN¥130.00, is not below its regular price of CN¥129.00."),
        ({"items": [DropItem(shop.bag, quantity_cap=0)]},
         "The cap for Leather bag is 0; a drop offers at least 1 of each product."),
        ({"items": []}, "Add at least one product to the drop."),
        ({"items": [DropItem(shop.mug), DropItem(shop.mug)]}, "Ceramic mug is in the drop twice."),
        ({"name": "  "}, "The drop needs a name."),
        ({"timezone": "Mars/Olympus"}, "'Mars/Olympus' is not a time zone (for example "
         "Asia/Shanghai)."),
    ]


def test_each_invalid_drop_gets_its_sentence_and_changes_nothing(shop: DropShop) -> None:
    create_drop(shop.store, bag_drop(shop, name="Earlier", starts_at="2026-10-01T00:00:00Z",
                                     ends_at="2026-10-02T00:00:00Z", preview_at=None))
    before = dump(shop.store)
    for changes, message in _refusals(shop):
        with pytest.raises(ValidationError) as caught:
            create_drop(shop.store, bag_drop(shop, **changes))
            pytest.fail(f"accepted: {message}")
        assert str(caught.value) == message
        assert dump(shop.store) == before, message


def test_overlap_names_the_product_and_the_other_drop(shop: DropShop) -> None:
    create_drop(shop.store, bag_drop(shop))
    edit_target = create_drop(shop.store, bag_drop(
        shop, name="Mugs", items=[DropItem(shop.mug, quantity_cap=3)]))
    before = dump(shop.store)
    late = bag_drop(shop, name="Late bags", starts_at="2026-11-12T11:00:00Z",
                    ends_at="2026-11-13T12:00:00Z", preview_at=None)
    with pytest.raises(ValidationError) as caught:
        create_drop(shop.store, late)
    assert str(caught.value) == (
        "Leather bag is already in the drop “Singles' day bags” from 2026-11-11 20:00 CST to "
        "2026-11-12 20:00 CST, which overlaps “Late bags”.")
    edited = get_drop(shop.store, edit_target)  # an edit that adds the bag: refused too
    edited.items.append(DropItem(shop.bag))
    with pytest.raises(ValidationError, match="already in the drop “Singles' day bags”"):
        update_drop(shop.store, edited)
    assert dump(shop.store) == before
    # Back to back is not an overlap; another variant of the same product is not either.
    create_drop(shop.store, bag_drop(shop, name="Next day", starts_at="2026-11-12T12:00:00Z",
                                     ends_at="2026-11-13T12:00:00Z", preview_at=None))
    create_drop(shop.store, bag_drop(shop, name="Red", items=[DropItem(shop.scarf, shop.red)]))
    with pytest.raises(ValidationError, match="Silk scarf is already in the drop “Red”"):
        create_drop(shop.store, bag_drop(shop, name="All", items=[DropItem(shop.scarf)]))
    create_drop(shop.store, bag_drop(shop, name="Blue", items=[DropItem(shop.scarf, shop.blue)]))


def _order(shop: DropShop, ref: str, qty: int, at: str, coupon: str | None = None) -> int:
    text = build_message(OrderMessage("Test shop", "CNY", "en", [
        MessageItem("XM-003", "Leather bag", qty, 69900)], reference=ref, coupon=coupon,
        buyer=Buyer("Li Na", "+86 139 0000 1111", "Hangzhou", "")))
    return record_order(shop.store, text, at=at).order_id


def test_state_through_time_and_remaining_from_recorded_orders(shop: DropShop) -> None:
    drop_id = create_drop(shop.store, bag_drop(shop))
    drop = get_drop(shop.store, drop_id)
    states = [drop_state(shop.store, drop, at) for at in (
        "2026-11-01T00:00:00Z", "2026-11-08T12:00:00Z", "2026-11-11T12:00:00Z",
        "2026-11-12T12:00:00Z")]
    assert states == ["upcoming", "preview", "live", "ended"]
    first = _order(shop, "WD-7K3M9Q", 2, "2026-11-11T13:00:00Z")
    assert remaining(shop.store, drop) == {drop.items[0].id: 3}
    second = _order(shop, "WD-7K3M9R", 3, "2026-11-11T14:00:00Z")
    assert drop_state(shop.store, drop, "2026-11-11T15:00:00Z") == "sold_out"
    change_status(shop.store, second, "cancelled")  # a cancelled order gives its units back
    assert remaining(shop.store, drop) == {drop.items[0].id: 3}
    assert drop_state(shop.store, drop, "2026-11-11T15:00:00Z") == "live"
    drop.status = "draft"
    assert drop_state(shop.store, drop, "2026-11-11T15:00:00Z") == "draft"
    assert first


def test_delete_and_undo_restore_coupons_and_order_links(shop: DropShop) -> None:
    drop_id = create_drop(shop.store, bag_drop(shop))
    create_coupon(shop.store, Coupon("bags-10", scope="drop", drop_id=drop_id))
    _order(shop, "WD-7K3M9Q", 2, "2026-11-11T13:00:00Z")
    before = dump(shop.store)
    deleted = delete_drop(shop.store, drop_id)
    assert list_drops(shop.store) == [] and list_coupons(shop.store) == []
    restore_drop(shop.store, deleted)
    assert dump(shop.store) == before
    assert remaining(shop.store, get_drop(shop.store, drop_id)) == {
        deleted.drop.items[0].id: 3}
