"""The message format: field encoding, checksum, and JS (the cart) agreeing with Python."""

from __future__ import annotations

import json
import random
import re
import subprocess
from pathlib import Path

import pytest

from weidian_desktop.core.order_message import (
    Buyer,
    MessageItem,
    OrderMessage,
    build_message,
    checksum,
    decode_field,
    encode_field,
    message_words,
    new_reference,
)
from weidian_desktop.core.order_parse import parse_message

JS = (Path(__file__).resolve().parents[2] / "weidian_desktop" / "export" / "static" / "js"
      / "40-order-message.js")
SKU_CHARS = "ABCxyz019-._/:+=@!$&()~'\"%é朱红ß🙂"


def random_orders(seed: int, n: int) -> list[dict]:
    rng = random.Random(seed)

    def word(k: int) -> str:
        return "".join(rng.choice(SKU_CHARS) for _ in range(rng.randint(1, k)))

    out = []
    for _ in range(n):
        items = [{"sku": word(10), "title": word(12) + " " + word(5), "variant": rng.choice(
            ["", word(4)]), "quantity": rng.randint(1, 20), "price": rng.randint(0, 999999)}
            for _ in range(rng.randint(1, 4))]
        coupon = rng.choice([None, {"code": word(8), "discount": rng.randint(0, 5000)}])
        out.append({
            "shop": "小满杂货铺 " + word(6), "currency": rng.choice(["CNY", "EUR", "JPY", "USD"]),
            "locale": rng.choice(["zh-CN", "en", "it"]), "reference": new_reference(),
            "campaign": rng.choice(["", "poster-a4", word(9), "-"]), "coupon": coupon,
            "items": items, "buyer": {"name": word(6), "phone": "+39 02 1234 5678",
                                      "address": "Via Roma 1\n20100 Milano", "note": word(20)}})
    return out


def python_text(order: dict, words: dict | None = None) -> str:
    coupon = order["coupon"] or {}
    return build_message(OrderMessage(
        order["shop"], order["currency"], order["locale"],
        [MessageItem(i["sku"], i["title"], i["quantity"], i["price"], i["variant"])
         for i in order["items"]], reference=order["reference"], coupon=coupon.get("code"),
        discount=coupon.get("discount", 0), campaign=order["campaign"] or None,
        buyer=Buyer(**order["buyer"])))


def same_digits(text: str) -> str:
    return re.sub(r"(?<=\d)[.,\u00a0\u202f ](?=\d)", "", text)


def run_js(orders: list[dict]) -> list[dict]:
    """Build each order in node with the cart's script and the catalogue's words."""
    orders = [{**o, "words": message_words(o["locale"])} for o in orders]
    script = ("require(process.argv[1]); const orders = JSON.parse(require('fs')"
              ".readFileSync(0, 'utf8'));"
              "process.stdout.write(JSON.stringify(orders.map(o => WD.orderMessage.build(o))));")
    done = subprocess.run(["node", "-e", script, str(JS)], input=json.dumps(orders),
                          capture_output=True, text=True, check=True, timeout=60)
    return json.loads(done.stdout)


@pytest.mark.parametrize("value", ["XM-001-1", "-", "", "a b,c*d#e%f", "朱红🙂", "50%OFF"])
def test_fields_encode_to_safe_ascii_and_back(value) -> None:
    encoded = encode_field(value)
    assert encoded.isascii() and not any(ch in encoded for ch in " ,*#\"'")
    assert decode_field(encoded) == (value or None)


def test_checksum_is_six_base32_characters_and_detects_a_change() -> None:
    head = "#WD1 WD-7K3M9Q XM-001-1*2,XM-002*1 SPRING10 29340 poster-a4"
    check = checksum(head)
    assert len(check) == 6 and set(check) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    assert checksum(head.replace("29340", "29341")) != check


def test_python_message_parses_back() -> None:
    for order in random_orders(1, 40):
        text = python_text(order)
        if order["currency"] != "CNY":
            continue
        parsed, warnings = parse_message(text, order["currency"])
        assert parsed.verified and warnings == []
        assert [c for c, _ in parsed.line.items] == [i["sku"] for i in order["items"]]
        assert parsed.line.campaign == (order["campaign"] or None)


def test_js_and_python_build_the_same_message_and_checksum() -> None:
    orders = random_orders(7, 150)
    built = run_js(orders)
    for order, js in zip(orders, built, strict=True):
        # Babel and the browser's ICU may group thousands differently ("7514,38 €" against
        # "7.514,38 €"); everything else, the machine line above all, is identical.
        assert same_digits(js["text"]) == same_digits(python_text(order)), order
        assert js["line"] == python_text(order).splitlines()[-1]
        assert js["reference"] == order["reference"]
        assert js["line"] == js["text"].splitlines()[-1]


def test_js_makes_references_and_an_id_code_without_sku() -> None:
    order = random_orders(3, 1)[0]
    order["reference"] = ""
    order["items"] = [{"productId": 12, "title": "No SKU", "quantity": 2, "price": 100},
                      {"variantId": 34, "title": "No SKU either", "quantity": 1, "price": 5}]
    js = run_js([order])[0]
    assert js["reference"].startswith("WD-") and len(js["reference"]) == 9
    assert " !p12*2,!v34*1 " in js["line"]
    parsed, _ = parse_message(js["text"], order["currency"])
    assert parsed.verified and parsed.line.items == (("!p12", 2), ("!v34", 1))


def test_the_readme_example_is_a_valid_message() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Order request message format", 1)[1]
    example = section.split("```", 2)[1]
    parsed, warnings = parse_message(example, "CNY")
    assert parsed.verified and warnings == []
    assert parsed.line.items == (("XM-001-1", 2), ("XM-002", 1))
    assert (parsed.line.coupon, parsed.line.total) == ("SPRING10", 29340)
    assert parsed.buyer.address == "浙江省杭州市西湖区文三路 100 号"


@pytest.mark.parametrize(("language", "header", "label"), [
    ("zh-CN", "订单请求 WD-7K3M9Q — ", "姓名：张三"), ("it", "Richiesta ordine WD-7K3M9Q — ",
                                                   "Nome: 张三"),
    ("en", "Order request WD-7K3M9Q — ", "Name: 张三")])
def test_message_in_the_shop_language_reads_back(language, header, label) -> None:
    text = build_message(OrderMessage(
        "小满杂货铺", "CNY", language, [MessageItem("XM-001-1", "真丝围巾", 2, 12900, "朱红")],
        reference="WD-7K3M9Q", coupon="SPRING10", discount=2580,
        buyer=Buyer("张三", "+86 138 0013 8000", "杭州", "")))
    assert text.startswith(header) and label in text.splitlines()
    parsed, warnings = parse_message(text, "CNY")
    assert parsed.verified and warnings == [] and parsed.total_text
    assert parsed.buyer.name == "张三" and parsed.items[0].code == "XM-001-1"
