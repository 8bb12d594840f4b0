"""What chat apps and buyers do to a message, and the clear outcome of each."""

from __future__ import annotations

import textwrap

import pytest

from weidian_desktop.core.order_parse import OrderRefused
from weidian_desktop.core.orders import get_order, record_order

from .conftest import cart_message

ITEMS = {"XM-001-1": 2, "XM-002": 1, "XM-003": 1}


def recorded(store, text: str):
    result = record_order(store, text)
    return result, get_order(store, result.order_id)


def assert_nothing_recorded(store) -> None:
    for table in ("orders", "order_lines", "order_events"):
        assert store.scalar(f"SELECT COUNT(*) FROM {table}") == 0, table


def assert_like_cart(order) -> None:
    assert [(ln["sku"], ln["quantity"]) for ln in order["lines"]] == list(ITEMS.items())
    assert order["total"] == 2 * 12900 + 6800 + 4800
    assert order["buyer_name"] == "张三" and order["campaign"] == "poster-a4"


@pytest.mark.parametrize("width", [12, 20, 33, 50])
def test_rewrapped_lines_are_joined_again(order_shop, width) -> None:
    text = "\n".join(textwrap.fill(line, width, break_long_words=True) or ""
                     for line in cart_message(ITEMS).split("\n"))
    result, order = recorded(order_shop, text)
    assert result.warnings == []
    assert_like_cart(order)
    # A wrap inside a word comes back as a space: the address reads the same.
    assert order["buyer_address"].replace(" ", "") == "浙江省杭州市西湖区文三路100号"


def test_lines_joined_into_one_and_odd_spaces(order_shop) -> None:
    text = cart_message(ITEMS).replace("\n", " ").replace(" ", "\u00a0", 3)
    result, order = recorded(order_shop, "Buyer wrote: " + text + " ok?")
    assert result.warnings == []
    assert_like_cart(order)
    assert order["buyer_phone"] == "+86 138 0013 8000"


def test_windows_line_ends_full_width_and_smart_dashes(order_shop) -> None:
    text = cart_message(ITEMS).replace("\n", "\r\n")
    machine = text.splitlines()[-1]
    mangled = machine.replace("#WD1", "＃ＷＤ１").replace("-", "\u2011")
    result, order = recorded(order_shop, text.replace(machine, mangled))
    assert result.warnings == []
    assert_like_cart(order)


@pytest.mark.parametrize("quote", ["email", "nested", "wechat", "whatsapp", "telegram"])
def test_quoted_in_a_reply(order_shop, quote) -> None:
    text = cart_message(ITEMS)
    if quote == "email":
        mangled = ("Sure, here it is again.\n\nOn Mon, 张三 wrote:\n"
                   + "\n".join("> " + ln for ln in text.split("\n")))
    elif quote == "nested":
        mangled = "\n".join(">> " + ln if i % 2 else "> > " + ln
                            for i, ln in enumerate(text.split("\n")))
    elif quote == "wechat":
        mangled = f"「张三：{text}」\n- - - - - - - - - - - - - - -\n收到，马上安排"
    elif quote == "whatsapp":
        mangled = f"[22/11/26, 10:15] 张三: {text}\n[22/11/26, 10:16] 张三: 谢谢!"
    else:
        mangled = f"张三, [22.11.26 10:15]\n{text}\n\nXiaoman, [22.11.26 10:20]\n收到"
    result, order = recorded(order_shop, mangled)
    assert result.warnings == []
    assert_like_cart(order)


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.8, 0.95, 0.99])
def test_truncated_message_is_refused(order_shop, keep) -> None:
    text = cart_message(ITEMS)
    with pytest.raises(OrderRefused) as refused:
        record_order(order_shop, text[: int(len(text) * keep)])
    assert refused.value.code == "truncated"
    assert "cut off" in str(refused.value) and "WD-7K3M9Q" in str(refused.value)
    assert_nothing_recorded(order_shop)


def test_readable_total_edited_is_recorded_at_shop_prices(order_shop) -> None:
    text = cart_message(ITEMS).replace("¥374.00", "¥274.00")
    assert "¥274.00" in text
    result, order = recorded(order_shop, text)
    assert [w.code for w in result.warnings] == ["total_edited"]
    assert order["total"] == 37400


def test_machine_line_total_edited_is_named(order_shop) -> None:
    text = cart_message(ITEMS).replace(" 37400 ", " 27400 ")
    result, order = recorded(order_shop, text)
    assert [w.code for w in result.warnings] == ["total_edited"]
    assert order["total"] == 37400 and order["message_total"] == 27400


def test_machine_line_items_edited_breaks_the_checksum(order_shop) -> None:
    text = cart_message(ITEMS).replace("XM-002*1", "XM-002*5")
    result, order = recorded(order_shop, text)
    assert {"checksum_mismatch", "items_differ"} <= {w.code for w in result.warnings}
    assert order["lines"][1]["quantity"] == 5  # the order line is what gets recorded


def test_unknown_sku_is_kept_with_a_warning(order_shop) -> None:
    result, order = recorded(order_shop, cart_message({"XM-002": 1, "GONE-9": 2}))
    assert "unknown_sku" in [w.code for w in result.warnings]
    gone = order["lines"][1]
    assert (gone["sku"], gone["product_id"], gone["quantity"], gone["unit_price"]) == \
        ("GONE-9", None, 2, 1000)
    assert order["total"] == 6800 + 2000


def test_only_unknown_skus_is_refused(order_shop) -> None:
    with pytest.raises(OrderRefused) as refused:
        record_order(order_shop, cart_message({"OTHER-1": 1}))
    assert refused.value.code == "no_known_items"
    assert_nothing_recorded(order_shop)


@pytest.mark.parametrize("text", [
    "", "你好，请问围巾还有货吗？", "I'd like 2 × XM-001-1 please", "#WD1 is our code",
    "#WD1 WD-ABCDEF lots of words that are not fields at all ok"])
def test_text_that_is_no_order_is_refused(order_shop, text) -> None:
    with pytest.raises(OrderRefused) as refused:
        record_order(order_shop, text)
    assert refused.value.code in ("not_an_order", "truncated")
    assert str(refused.value).endswith(".")
    assert_nothing_recorded(order_shop)


def test_two_different_orders_in_one_paste_are_refused(order_shop) -> None:
    text = cart_message({"XM-002": 1}) + "\n\n" + cart_message({"XM-003": 1},
                                                                reference="WD-2ND000")
    with pytest.raises(OrderRefused) as refused:
        record_order(order_shop, text)
    assert refused.value.code == "several_orders" and "WD-2ND000" in str(refused.value)
    assert_nothing_recorded(order_shop)


def test_lower_case_reference_and_confusable_letters(order_shop) -> None:
    text = cart_message({"XM-002": 1}, reference="WD-0011AB")
    machine = text.splitlines()[-1]
    retyped = machine.replace("WD-0011AB", "wd-Ooilab")
    result, order = recorded(order_shop, text.replace(machine, retyped))
    assert result.warnings == [] and order["reference"] == "WD-0011AB"


def test_wrapped_and_quoted_with_buyer_labels_before(order_shop) -> None:
    words = "Note: I asked my sister, Name: Li Na, to pay.\nPhone: ask me first\n\n"
    quoted = "\n".join("> " + ln for line in cart_message(ITEMS).split("\n")
                       for ln in (textwrap.wrap(line, 30) or [""]))
    result, order = recorded(order_shop, words + quoted)
    assert result.warnings == []
    assert_like_cart(order)
    assert order["buyer_note"] == "周末送货" and order["buyer_phone"] == "+86 138 0013 8000"


def _mangle(rng, text: str) -> str:
    """What chat apps do, at random: wrap, quote, re-space, change line ends."""
    lines = text.split("\n")
    if rng.random() < 0.6:
        width = rng.randint(8, 60)
        lines = [part for ln in lines for part in (textwrap.wrap(ln, width) or [""])]
    if rng.random() < 0.4:
        prefix = rng.choice(["> ", ">", "> > ", ">> ", "| "])
        lines = [prefix + ln for ln in lines]
    out = "\n".join(lines)
    if rng.random() < 0.3:
        out = out.replace(" ", rng.choice(["  ", "\u00a0", " \t"]), rng.randint(1, 5))
    if rng.random() < 0.3:
        out = out.replace("\n", "\r\n")
    return rng.choice(["", "hi!\n", "老板，下单：\n"]) + out + rng.choice(["", "\nthanks", "\n🙏"])


def test_random_chat_mangling_always_reads_the_same_order(order_shop) -> None:
    import random

    from weidian_desktop.core.order_parse import parse_message

    rng = random.Random(20261122)
    text = cart_message(ITEMS, coupon="SPRING10", discount=3740)
    for _ in range(300):
        mangled = _mangle(rng, text)
        parsed, warnings = parse_message(mangled, "CNY")
        assert parsed.verified and warnings == [], mangled
        assert parsed.line.items == tuple(ITEMS.items())
        assert parsed.buyer.name == "张三"
        assert parsed.buyer.phone.replace(" ", "") == "+8613800138000"


def test_every_cut_before_the_end_is_refused_as_truncated() -> None:
    from weidian_desktop.core.order_parse import parse_message

    text = cart_message(ITEMS, coupon="SPRING10", discount=3740)
    end = len(text)
    for cut in range(1, end):
        with pytest.raises(OrderRefused) as refused:
            parse_message(text[:cut], "CNY")
        assert refused.value.code in ("truncated", "not_an_order"), cut
        if "WD-7K3M9Q" in text[:cut]:
            assert refused.value.code == "truncated"
