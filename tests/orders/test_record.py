"""Recording orders: prices rebuilt by the shop, drops and coupons, duplicates, statuses."""

from __future__ import annotations

import pytest

from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.order_parse import OrderRefused
from weidian_desktop.core.order_pricing import drop_item_sold
from weidian_desktop.core.orders import (
    change_status,
    delete_order,
    get_order,
    list_orders,
    preview_order,
    record_order,
    revert_status_change,
)

from .conftest import cart_message


def codes(result) -> list[str]:
    return [w.code for w in result.warnings]


def count(store, table: str) -> int:
    return store.scalar(f"SELECT COUNT(*) FROM {table}")


def test_a_clean_message_is_recorded_with_the_buyer_and_campaign(order_shop) -> None:
    text = "你好，我要下单：\n" + cart_message({"XM-001-1": 2, "XM-002": 1}) + "\n谢谢！"
    result = record_order(order_shop, text, channel="wechat")
    assert not result.duplicate and result.warnings == []
    order = get_order(order_shop, result.order_id)
    assert order["reference"] == "WD-7K3M9Q" and order["status"] == "requested"
    assert (order["buyer_name"], order["buyer_phone"]) == ("张三", "+86 138 0013 8000")
    assert order["buyer_address"] == "浙江省杭州市西湖区文三路 100 号"
    assert order["buyer_note"] == "周末送货" and order["campaign"] == "poster-a4"
    assert order["channel"] == "wechat" and order["message"] == text.strip()
    assert [(ln["sku"], ln["variant_title"], ln["quantity"], ln["unit_price"])
            for ln in order["lines"]] == [("XM-001-1", "朱红", 2, 12900),
                                          ("XM-002", "", 1, 6800)]
    assert (order["subtotal"], order["discount"], order["total"]) == (32600, 0, 32600)
    assert [e["to_status"] for e in order["events"]] == ["requested"]


def test_the_same_message_twice_is_recognised_not_recorded_again(order_shop) -> None:
    text = cart_message({"XM-002": 1})
    first = record_order(order_shop, text)
    again = record_order(order_shop, "> " + text.replace("\n", "\n> "))  # quoted this time
    assert again.duplicate and again.order_id == first.order_id
    assert count(order_shop, "orders") == 1 and count(order_shop, "order_lines") == 1


def test_same_reference_with_other_items_is_refused(order_shop) -> None:
    record_order(order_shop, cart_message({"XM-002": 1}))
    with pytest.raises(OrderRefused) as refused:
        record_order(order_shop, cart_message({"XM-002": 3}))
    assert refused.value.code == "reference_conflict"
    assert count(order_shop, "order_lines") == 1


def test_drop_price_applies_and_the_drop_counts_down(order_shop) -> None:
    result = record_order(order_shop, cart_message({"XM-003": 3}))
    assert result.warnings == [] and result.total == 3 * 4800
    item = order_shop.query("SELECT * FROM drop_items")[0]
    assert drop_item_sold(order_shop, item) == 3
    record_order(order_shop, cart_message({"XM-003": 8}, reference="WD-AAAAAA"))
    third = record_order(order_shop, cart_message({"XM-003": 1}, reference="WD-BBBBBB"))
    assert "drop_sold_out" in codes(third)  # 3 + 8 already take more than the cap of 10
    change_status(order_shop, result.order_id, "cancelled")
    assert drop_item_sold(order_shop, item) == 9  # cancelled orders give their units back


def test_after_the_drop_the_regular_price_is_charged_and_flagged(order_shop) -> None:
    result = record_order(order_shop, cart_message({"XM-003": 1}), at="2030-01-01T00:00:00Z")
    assert result.total == 5800 and "price_changed" in codes(result)
    assert get_order(order_shop, result.order_id)["lines"][0]["drop_id"] is None


def test_coupon_is_applied_and_its_uses_follow_orders(order_shop) -> None:
    text = cart_message({"XM-001-1": 2, "XM-002": 1}, coupon="SPRING10", discount=3260)
    assert "Coupon SPRING10" in text or "优惠码 SPRING10" in text or "SPRING10 −" in text
    result = record_order(order_shop, text)
    assert result.warnings == [] and result.total == 29340
    once = record_order(order_shop, cart_message({"XM-002": 1}, coupon="ONCE", discount=1000,
                                                 reference="WD-CCCCCC"))
    assert once.total == 5800 and once.warnings == []
    again = record_order(order_shop, cart_message({"XM-002": 1}, coupon="ONCE", discount=1000,
                                                  reference="WD-DDDDDD"))
    assert "coupon_not_applied" in codes(again) and again.total == 6800
    change_status(order_shop, once.order_id, "cancelled")
    fourth = record_order(order_shop, cart_message({"XM-002": 1}, coupon="ONCE", discount=1000,
                                                   reference="WD-EEEEEE"))
    assert fourth.warnings == [] and fourth.total == 5800


def test_unknown_coupon_and_sold_out_product_are_named(order_shop) -> None:
    result = record_order(order_shop, cart_message({"XM-004": 1}, coupon="NOPE", discount=100))
    assert {"coupon_unknown", "sold_out", "price_changed"} <= set(codes(result))


def test_nothing_is_half_recorded_when_writing_fails(order_shop, monkeypatch) -> None:
    import sqlite_utils.db

    def disk_full(*args, **kwargs):  # the lines fail after the order row was inserted
        raise OSError("disk full")

    monkeypatch.setattr(sqlite_utils.db.Table, "insert_all", disk_full)
    with pytest.raises(OSError):
        record_order(order_shop, cart_message({"XM-002": 1}))
    monkeypatch.undo()
    assert count(order_shop, "orders") == 0 and count(order_shop, "order_events") == 0
    assert record_order(order_shop, cart_message({"XM-002": 1})).total == 6800


def test_status_flow_history_and_undo(order_shop) -> None:
    oid = record_order(order_shop, cart_message({"XM-002": 1})).order_id
    confirmed = change_status(order_shop, oid, "confirmed")
    shipped = change_status(order_shop, oid, "shipped", tracking_number="SF123456789")
    assert get_order(order_shop, oid)["tracking_number"] == "SF123456789"
    with pytest.raises(ValidationError, match="cannot go back"):
        change_status(order_shop, oid, "confirmed")
    with pytest.raises(ValidationError, match="undo the later change first"):
        revert_status_change(order_shop, confirmed)
    revert_status_change(order_shop, shipped)
    order = get_order(order_shop, oid)
    assert order["status"] == "confirmed" and order["tracking_number"] == ""
    assert [e["to_status"] for e in order["events"]] == ["requested", "confirmed"]
    change_status(order_shop, oid, "delivered")
    with pytest.raises(ValidationError, match="delivered order"):
        change_status(order_shop, oid, "cancelled")


def test_list_filters_and_delete(order_shop) -> None:
    a = record_order(order_shop, cart_message({"XM-002": 1})).order_id
    record_order(order_shop, cart_message({"XM-003": 1}, reference="WD-FFFFFF", campaign=None))
    change_status(order_shop, a, "confirmed")
    assert [o["reference"] for o in list_orders(order_shop, status="confirmed")] == ["WD-7K3M9Q"]
    assert len(list_orders(order_shop, search="桂花")) == 1
    assert len(list_orders(order_shop, campaign="poster-a4")) == 1
    drop_id = order_shop.scalar("SELECT id FROM drops")
    assert [o["reference"] for o in list_orders(order_shop, drop_id=drop_id)] == ["WD-FFFFFF"]
    delete_order(order_shop, a)
    assert count(order_shop, "order_lines") == 1 and count(order_shop, "order_events") == 1


def test_preview_writes_nothing(order_shop) -> None:
    quote, warnings, reference = preview_order(order_shop, cart_message({"XM-002": 2}))
    assert (reference, quote.total, warnings) == ("WD-7K3M9Q", 13600, [])
    assert count(order_shop, "orders") == 0
