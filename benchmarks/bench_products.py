"""Products-table figures: delete 10,000 products in one action and undo it (restore them)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from weidian_desktop.core.products import (
    Product,
    ProductImage,
    ProductOption,
    Variant,
    create_products,
    delete_products,
    get_product,
    restore_products,
)
from weidian_desktop.core.store import ShopStore

N = 10_000


def _products(image_hash: str) -> list[Product]:
    # What a picked catalogue looks like: variants, tags, a photo, one translation.
    return [
        Product(title=f"真丝围巾 Silk scarf {i}", description="Hand-rolled edges. " * 12,
                price=12900 + i, sku=f"SC-{i}", status="published", tags=["scarf", "silk"],
                options=[ProductOption("Colour", ["Red", "Blue"])],
                variants=[Variant(["Red"], sku=f"SC-{i}-R"),
                          Variant(["Blue"], sku=f"SC-{i}-B", price=13900)],
                images=[ProductImage(image_hash, "scarf")],
                translations={"it": {"title": f"Sciarpa {i}", "description": ""}})
        for i in range(N)
    ]


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        store = ShopStore.create(Path(tmp) / "bench.weidian", name="Bench")
        # A stand-in blob: product_images only needs a row in images to point at.
        image_hash = "0" * 64
        with store.atomic():
            store.conn.execute(
                "INSERT INTO images (hash, mime, width, height, byte_size, data, created_at) "
                "VALUES (?, 'image/jpeg', 1, 1, 1, x'00', '2026-01-01T00:00:00Z')",
                (image_hash,))
        ids = create_products(store, _products(image_hash))
        first = get_product(store, ids[0])
        start = time.perf_counter()
        snapshots = delete_products(store, ids)
        deleted = time.perf_counter() - start
        start = time.perf_counter()
        restore_products(store, snapshots)
        restored = time.perf_counter() - start
        assert get_product(store, ids[0]) == first, "restore changed a product"
        store.close()
    return [
        ("products.delete_10000_one_action", deleted, "s"),
        ("products.undo_delete_10000", restored, "s"),
    ]


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name}: {value:.3f} {unit}")
