"""Shop-file figures: create 10,000 products in one action, reopen the file, check it."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from weidian_desktop.core.check import run_check
from weidian_desktop.core.products import Product, ProductOption, Variant, create_products
from weidian_desktop.core.store import ShopStore

N = 10_000


def _products() -> list[Product]:
    return [
        Product(title=f"真丝围巾 Silk scarf {i}", description="Hand-rolled edges. " * 12,
                price=12900 + i, sku=f"SC-{i}", status="published", tags=["scarf", "silk"],
                options=[ProductOption("Colour", ["Red", "Blue"])],
                variants=[Variant(["Red"], sku=f"SC-{i}-R"), Variant(["Blue"], sku=f"SC-{i}-B")])
        for i in range(N)
    ]


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.weidian"
        store = ShopStore.create(path, name="Bench")
        products = _products()
        start = time.perf_counter()
        create_products(store, products)
        created = time.perf_counter() - start
        store.close()
        start = time.perf_counter()
        store = ShopStore.open(path)
        reopened = time.perf_counter() - start
        start = time.perf_counter()
        run_check(store)
        checked = time.perf_counter() - start
        store.close()
        size = path.stat().st_size / 1e6
    return [
        ("store.create_10000_products_one_action", created, "s"),
        ("store.reopen_10000_products", reopened, "s"),
        ("store.check_10000_products", checked, "s"),
        ("store.file_size_10000_products", size, "MB"),
    ]


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name}: {value:.3f} {unit}")
