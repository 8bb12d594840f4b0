"""A stored image the export cannot decode (a decompression bomb, bytes that are no image):
one sentence naming the product and the image, the previous export left as it was."""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path

import pytest

from weidian_desktop.core.clock import utc_now
from weidian_desktop.core.errors import ImageError
from weidian_desktop.core.products import Product, ProductImage, create_product
from weidian_desktop.core.shop import update_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop

from .conftest import NOW


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def png_bomb(side: int = 30000) -> bytes:
    """A PNG whose header says ``side`` x ``side`` pixels (black and white), a few bytes
    of data: what a decompression bomb looks like to a decoder."""
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (1 + side // 8) * 4)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", rows)
            + _chunk(b"IEND", b""))


def _store_raw(store: ShopStore, data: bytes, size: tuple[int, int], mime: str) -> str:
    """Put bytes in the images table as a damaged or hostile file would have them."""
    digest = hashlib.sha256(data).hexdigest()
    with store.atomic():
        store.conn.execute(
            "INSERT INTO images (hash, data, mime, width, height, byte_size, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", (digest, data, mime, *size, len(data), utc_now()))
    return digest


@pytest.mark.parametrize("data, size", [
    (png_bomb(), (30000, 30000)),
    (b"these bytes are no picture at all " * 20, (400, 300)),
], ids=["bomb", "not-an-image"])
def test_an_undecodable_product_image_is_named_in_one_sentence(
        small_shop: ShopStore, tmp_path: Path, data: bytes, size: tuple[int, int]) -> None:
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    before = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    digest = _store_raw(small_shop, data, size, "image/png")
    create_product(small_shop, Product("Broken photo lamp", slug="lamp", price=100,
                                       status="published",
                                       images=[ProductImage(digest, "lamp")]))
    with pytest.raises(ImageError) as caught:
        export_shop(small_shop, out, now=NOW)
    message = str(caught.value)
    assert "Broken photo lamp" in message and digest[:12] in message
    assert "BytesIO" not in message and "0x" not in message and "\n" not in message.strip()
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == before


def test_an_undecodable_logo_is_named_in_one_sentence(small_shop: ShopStore,
                                                      tmp_path: Path) -> None:
    digest = _store_raw(small_shop, png_bomb(), (30000, 30000), "image/png")
    update_shop(small_shop, logo_hash=digest)
    with pytest.raises(ImageError, match="logo"):
        export_shop(small_shop, tmp_path / "site", now=NOW)
    assert not (tmp_path / "site").exists()


def test_a_refused_export_writes_nothing_into_the_shop(small_shop: ShopStore,
                                                       tmp_path: Path) -> None:
    """The photos that could be encoded are not cached either: a refusal writes nothing."""
    digest = _store_raw(small_shop, png_bomb(), (30000, 30000), "image/png")
    create_product(small_shop, Product("Broken photo lamp", slug="lamp", price=100,
                                       status="published", images=[ProductImage(digest, "")]))
    with pytest.raises(ImageError):
        export_shop(small_shop, tmp_path / "site", now=NOW)
    assert small_shop.scalar("SELECT count(*) FROM image_variants") == 0


def test_a_cancelled_export_keeps_the_variants_it_made(small_shop: ShopStore, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel is the seller's choice, not a refusal: the next export need not encode again."""
    from weidian_desktop.core.errors import Cancelled
    from weidian_desktop.export import pipeline, work

    monkeypatch.setattr(pipeline, "ENCODE_CHUNK", 1)  # a task per image
    encoded: list[str] = []
    real = work.Worker._encode

    def encode(self, image_hash, keys):
        encoded.append(image_hash)
        real(self, image_hash, keys)

    monkeypatch.setattr(work.Worker, "_encode", encode)
    with pytest.raises(Cancelled):  # pressed once the first image is encoded
        export_shop(small_shop, tmp_path / "site", now=NOW, cancel=lambda: bool(encoded))
    assert len(encoded) == 1  # the other two images were never started
    assert small_shop.scalar("SELECT count(DISTINCT image_hash) FROM image_variants") == 1
    assert not (tmp_path / "site").exists()
