"""Customer-service templates and sales summaries."""

from __future__ import annotations

import pytest

from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.order_message import Buyer
from weidian_desktop.core.order_reports import sales_summary, status_counts
from weidian_desktop.core.orders import change_status, record_order
from weidian_desktop.core.templates_service import (
    KINDS,
    default_template,
    fill_template,
    set_template,
)

from .conftest import cart_message


@pytest.mark.parametrize("language", ["zh-CN", "en", "it"])
def test_every_template_exists_and_uses_known_placeholders(language) -> None:
    for kind in KINDS:
        text = default_template(kind, language)
        assert "{name}" in text and "{shop}" in text
    assert "{tracking}" in default_template("shipped", language)


def test_filled_in_the_shop_language(order_shop) -> None:
    oid = record_order(order_shop, cart_message({"XM-001-1": 2, "XM-002": 1})).order_id
    change_status(order_shop, oid, "shipped", tracking_number="SF1234567890")
    confirmed = fill_template(order_shop, oid, "confirmed")  # the shop is zh-CN
    assert confirmed.startswith("张三您好") and "WD-7K3M9Q" in confirmed
    assert "2 × 真丝围巾 (朱红)、1 × 手工陶瓷杯" in confirmed and "¥326.00" in confirmed
    assert "SF1234567890" in fill_template(order_shop, oid, "shipped")
    italian = fill_template(order_shop, oid, "delivered", "it")
    assert italian.startswith("Ciao 张三, il tuo ordine WD-7K3M9Q")


def test_seller_wording_wins_and_resets(order_shop) -> None:
    oid = record_order(order_shop, cart_message(
        {"XM-002": 1}, buyer=Buyer("", "", "", ""))).order_id
    assert fill_template(order_shop, oid, "shipped", "en").startswith("Hello, your order")
    set_template(order_shop, "shipped", "en", "Sent! {reference} via {tracking} :)")
    assert fill_template(order_shop, oid, "shipped", "en") == "Sent! WD-7K3M9Q via — :)"
    with pytest.raises(ValidationError, match=r"\{price\} is not a placeholder"):
        set_template(order_shop, "shipped", "en", "Pay {price}")
    set_template(order_shop, "shipped", "en", "")
    assert fill_template(order_shop, oid, "shipped", "en").startswith("Hello, your order")


def test_sales_summary_per_product_drop_and_campaign(order_shop) -> None:
    record_order(order_shop, cart_message({"XM-001-1": 2, "XM-003": 1}))
    record_order(order_shop, cart_message({"XM-003": 2}, reference="WD-AAAAAA", campaign=None))
    gone = record_order(order_shop, cart_message({"XM-002": 9}, reference="WD-BBBBBB"))
    change_status(order_shop, gone.order_id, "cancelled")
    products = {r["label"]: (r["orders"], r["units"], r["revenue"])
                for r in sales_summary(order_shop, "product")}
    assert products == {"真丝围巾": (1, 2, 25800), "桂花乌龙茶": (2, 3, 14400)}
    [drop] = sales_summary(order_shop, "drop")
    assert (drop["label"], drop["units"], drop["revenue"], drop["cap"]) == ("Tea day", 3, 14400,
                                                                            10)
    campaigns = {r["key"]: (r["orders"], r["revenue"]) for r in sales_summary(order_shop,
                                                                               "campaign")}
    assert campaigns == {"poster-a4": (1, 30600), None: (1, 9600)}
    assert status_counts(order_shop) == {"requested": 2, "cancelled": 1}
    with pytest.raises(ValidationError):
        sales_summary(order_shop, "colour")
