"""Coupons: codes, amounts, windows, scopes and uses; each invalid one changes nothing."""

from __future__ import annotations

import pytest

from weidian_desktop.core.coupons import (
    Coupon,
    coupon_state,
    create_coupon,
    delete_coupon,
    find_coupon,
    list_coupons,
    restore_coupon,
    update_coupon,
)
from weidian_desktop.core.drops import create_drop
from weidian_desktop.core.errors import NotFoundError, ValidationError
from weidian_desktop.core.order_message import Buyer, MessageItem, OrderMessage, build_message
from weidian_desktop.core.orders import record_order

from .conftest import DropShop, bag_drop, dump


def test_codes_are_case_insensitive_and_unique(shop: DropShop) -> None:
    coupon_id = create_coupon(shop.store, Coupon("spring-10", value=10))
    assert find_coupon(shop.store, "SPRING-10").id == coupon_id
    assert list_coupons(shop.store)[0].code == "SPRING-10"
    before = dump(shop.store)
    with pytest.raises(ValidationError, match=r"^The code SPRING-10 is already used by another"):
        create_coupon(shop.store, Coupon("Spring-10"))
    assert dump(shop.store) == before


REFUSALS = [
    ({"code": "10% OFF"}, "The code '10% OFF' must be 3 to 32 letters or digits, optionally "
     "joined by single dashes (like SPRING-10)."),
    ({"code": "-AB"}, "The code '-AB' must be 3 to 32"),
    ({"value": 0}, "A percentage off must be from 1 to 100, not 0."),
    ({"value": 101}, "A percentage off must be from 1 to 100, not 101."),
    ({"kind": "fixed", "value": 0}, "An amount off must be more than CN¥0.00."),
    ({"kind": "gift"}, "Kind 'gift' is not percent or fixed."),
    ({"min_order": -1}, "The minimum order cannot be negative."),
    ({"starts_at": "2026-11-12T00:00:00Z", "ends_at": "2026-11-11T00:00:00Z"},
     "The coupon WINTER ends before it starts."),
    ({"max_uses": 0}, "The maximum number of uses must be at least 1 (leave it empty for no "
     "limit)."),
    ({"scope": "collection"}, "Choose the collection the coupon WINTER is for."),
    ({"scope": "brand"}, "Scope 'brand' is not shop, collection, product or drop."),
]


@pytest.mark.parametrize(("changes", "message"), REFUSALS)
def test_each_invalid_coupon_gets_its_sentence_and_changes_nothing(
        shop: DropShop, changes: dict, message: str) -> None:
    create_coupon(shop.store, Coupon("KEEP"))
    before = dump(shop.store)
    with pytest.raises(ValidationError) as caught:
        create_coupon(shop.store, Coupon(**{"code": "winter", **changes}))
    assert str(caught.value).startswith(message)
    assert dump(shop.store) == before


def test_scope_target_must_exist_and_only_the_named_target_is_kept(shop: DropShop) -> None:
    before = dump(shop.store)
    with pytest.raises(NotFoundError, match="The product 999 the coupon is for"):
        create_coupon(shop.store, Coupon("MUG5", scope="product", product_id=999))
    assert dump(shop.store) == before
    coupon_id = create_coupon(shop.store, Coupon("HOME", scope="collection",
                                                 collection_id=shop.home, product_id=shop.mug))
    coupon = find_coupon(shop.store, "home")
    assert (coupon.id, coupon.collection_id, coupon.product_id) == (coupon_id, shop.home, None)


def test_uses_are_counted_from_recorded_orders(shop: DropShop) -> None:
    drop_id = create_drop(shop.store, bag_drop(shop))
    create_coupon(shop.store, Coupon("BAGS", kind="fixed", value=5000, min_order=50000,
                                     starts_at="2026-11-08T12:00:00Z",
                                     ends_at="2026-11-12T12:00:00Z", scope="drop",
                                     drop_id=drop_id, max_uses=1))
    coupon = find_coupon(shop.store, "bags")
    assert coupon_state(shop.store, coupon, "2026-11-01T00:00:00Z") == "scheduled"
    assert coupon_state(shop.store, coupon, "2026-11-11T13:00:00Z") == "active"
    text = build_message(OrderMessage("Test shop", "CNY", "en", [
        MessageItem("XM-003", "Leather bag", 1, 69900)], reference="WD-7K3M9Q", coupon="bags",
        discount=5000, buyer=Buyer("Li Na", "+86 139 0000 1111", "Hangzhou", "")))
    record_order(shop.store, text, at="2026-11-11T13:00:00Z")
    assert coupon_state(shop.store, coupon, "2026-11-11T14:00:00Z") == "used_up"
    assert coupon_state(shop.store, coupon, "2026-11-13T00:00:00Z") == "expired"


def test_update_delete_restore(shop: DropShop) -> None:
    coupon_id = create_coupon(shop.store, Coupon("WINTER", value=15))
    coupon = find_coupon(shop.store, "winter")
    coupon.kind, coupon.value = "fixed", 2000
    update_coupon(shop.store, coupon)
    assert find_coupon(shop.store, "WINTER").value == 2000
    before = dump(shop.store)
    snapshot = delete_coupon(shop.store, coupon_id)
    assert list_coupons(shop.store) == []
    restore_coupon(shop.store, snapshot)
    assert dump(shop.store)["coupons"][0][:-1] == before["coupons"][0][:-1]  # not created_at
