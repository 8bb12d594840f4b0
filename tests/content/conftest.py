"""Helpers for the posts, health and FAQ tests: image rows and products made quickly."""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Callable

import pytest

from weidian_desktop.core.clock import utc_now
from weidian_desktop.core.products import Product, ProductImage, create_product
from weidian_desktop.core.store import ShopStore


def fake_images(store: ShopStore, count: int, salt: str = "") -> list[str]:
    """``count`` image rows (a PNG header of the recorded size and a unique tail, enough
    for check's header test): the tests only need the references."""
    hashes = []
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", 800, 800, 8, 2, 0, 0, 0)
    header = (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr
              + struct.pack(">I", zlib.crc32(ihdr)))
    with store.atomic() as db:
        for n in range(count):
            data = header + f"image {salt} {n}".encode()
            digest = hashlib.sha256(data).hexdigest()
            db["images"].insert({"hash": digest, "data": data, "mime": "image/jpeg",
                                 "width": 800, "height": 800, "byte_size": len(data),
                                 "created_at": utc_now()}, ignore=True)
            hashes.append(digest)
    return hashes


@pytest.fixture
def make_product(store: ShopStore) -> Callable[..., int]:
    """A published product that passes every content rule unless told otherwise."""
    counter = iter(range(10_000))

    def make(title: str = "Handmade ceramic mug", *, photos: int = 3, alt: str = "A mug",
             **fields: object) -> int:
        n = next(counter)
        images = [ProductImage(h, alt) for h in fake_images(store, photos, salt=f"{title}{n}")]
        values: dict = {"description": "Glazed by hand in small batches.", "price": 6800,
                        "status": "published", **fields}
        return create_product(store, Product(title=title, images=images, **values))

    return make
