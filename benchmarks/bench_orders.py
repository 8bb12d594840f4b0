"""Order figures: reading a pasted message (clean, re-wrapped narrow) and recording 1,000 orders
in a shop of 10,000 products."""

from __future__ import annotations

import tempfile
import textwrap
import time
from pathlib import Path

from weidian_desktop.core.order_message import Buyer, MessageItem, OrderMessage, build_message
from weidian_desktop.core.order_parse import parse_message
from weidian_desktop.core.orders import record_order
from weidian_desktop.core.products import Product, create_products
from weidian_desktop.core.store import ShopStore

N_PRODUCTS = 10_000
N_ORDERS = 1_000


def _message(n: int, items: int = 8) -> str:
    return build_message(OrderMessage(
        "Bench shop", "CNY", "zh-CN",
        [MessageItem(f"SKU-{(n * 7 + i) % N_PRODUCTS}", f"商品 {i}", 1 + i % 3, 1000 + i)
         for i in range(items)], reference=f"WD-{n:06d}", campaign="poster-a4",
        buyer=Buyer("张三", "+86 138 0013 8000", "浙江省杭州市西湖区文三路 100 号", "")))


def _per_call(fn, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat * 1000


def run() -> list[tuple[str, float, str]]:
    clean = _message(1)
    # Every line wrapped at 10 characters: the worst a chat app does to the #WD1 line.
    narrow = "\n".join(textwrap.fill(line, 10) or "" for line in clean.split("\n"))
    figures = [
        ("orders_parse_clean", _per_call(lambda: parse_message(clean, "CNY"), 200), "ms"),
        ("orders_parse_wrapped_10_chars", _per_call(lambda: parse_message(narrow, "CNY"), 50),
         "ms"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        store = ShopStore.create(Path(tmp) / "bench.weidian", name="Bench")
        create_products(store, [Product(f"商品 {i}", price=1000 + i, sku=f"SKU-{i}",
                                        status="published") for i in range(N_PRODUCTS)])
        messages = [_message(n) for n in range(N_ORDERS)]
        start = time.perf_counter()
        for text in messages:
            record_order(store, text)
        elapsed = time.perf_counter() - start
        figures.append(("orders_record_8_items_in_10k_shop", elapsed / N_ORDERS * 1000, "ms"))
        start = time.perf_counter()
        record_order(store, messages[0])
        figures.append(("orders_duplicate_recognised", (time.perf_counter() - start) * 1000,
                        "ms"))
        store.close()
    return figures


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name}: {value:.3f} {unit}")
