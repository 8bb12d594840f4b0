"""A total edited in the machine line is named total_edited even when the shop's prices
changed since the buyer's visit: the checksum is tried with the totals the message itself
shows (the readable total, the readable lines' sum), not only with today's prices."""

from __future__ import annotations

import pytest

from weidian_desktop.core.orders import get_order, record_order

from .conftest import cart_message

ITEMS = {"XM-001-1": 2, "XM-002": 1, "XM-003": 1}
CART_TOTAL = 2 * 12900 + 6800 + 4800  # 37400, what the cart showed


def _reprice(store, sku: str, price: int) -> None:
    with store.atomic() as db:
        db.execute("UPDATE products SET price = ? WHERE sku = ?", [price, sku])


@pytest.mark.parametrize("edit", ["readable kept", "readable edited too"])
def test_edited_total_with_a_price_change_is_total_edited(order_shop, edit: str) -> None:
    _reprice(order_shop, "XM-002", 7200)  # the mug costs more since the buyer's visit
    text = cart_message(ITEMS).replace(f" {CART_TOTAL} ", " 100 ")
    if edit == "readable edited too":
        text = text.replace("¥374.00", "¥1.00")
    result = record_order(order_shop, text)
    codes = [w.code for w in result.warnings]
    assert "checksum_mismatch" not in codes
    assert codes[:2] == ["total_edited", "price_changed"], codes
    order = get_order(order_shop, result.order_id)
    assert order["total"] == CART_TOTAL + 400 and order["message_total"] == 100
    edited = next(w for w in result.warnings if w.code == "total_edited")
    assert "¥374.00" in edited.message and "¥1.00" in edited.message


def test_other_edits_still_break_the_checksum(order_shop) -> None:
    _reprice(order_shop, "XM-002", 7200)
    text = cart_message(ITEMS).replace(f" {CART_TOTAL} ", " 100 ").replace("XM-002*1",
                                                                            "XM-002*2")
    codes = [w.code for w in record_order(order_shop, text).warnings]
    assert "checksum_mismatch" in codes and "total_edited" not in codes
