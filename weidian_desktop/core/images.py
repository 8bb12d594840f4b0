"""Image blobs in the shop file: store once by hash, attach to products, cache variants."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from .clock import utc_now
from .errors import NotFoundError, ValidationError
from .i18n import _
from .store import ShopStore

MAX_ALT = 250  # a screen reader reads alt text aloud; a paragraph does not belong there


@dataclass(frozen=True)
class PreparedImage:
    """An image ready to store: clean bytes, their SHA-256, MIME type and pixel size.

    Defined here, where it is stored; media.images.prepare_image makes one from pasted
    bytes (core never imports media: the dependency points downwards only).
    """

    hash: str
    data: bytes
    mime: str
    width: int
    height: int


@dataclass(frozen=True)
class ProductImageInfo:
    """One image of a product as listed: hash, place (0 is the cover), alt text, size."""

    hash: str
    position: int
    alt: str
    mime: str
    width: int
    height: int
    byte_size: int


def add_image(store: ShopStore, prepared: PreparedImage) -> str:
    """Store a prepared image once (a second add of the same bytes is a no-op); its hash."""
    if hashlib.sha256(prepared.data).hexdigest() != prepared.hash:
        raise ValidationError(_("The image's hash does not match its bytes."), field="image")
    with store.atomic() as db:
        db.execute(
            "INSERT OR IGNORE INTO images (hash, data, mime, width, height, byte_size, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (prepared.hash, prepared.data, prepared.mime, prepared.width, prepared.height,
             len(prepared.data), utc_now()))
    return prepared.hash


def _require_product(store: ShopStore, product_id: int) -> None:
    if store.scalar("SELECT 1 FROM products WHERE id = ?", (product_id,)) is None:
        raise NotFoundError(_("There is no product with id {product_id}.").format(
                                product_id=product_id))


def _hashes(store: ShopStore, product_id: int) -> list[str]:
    return [r[0] for r in store.conn.execute(
        "SELECT image_hash FROM product_images WHERE product_id = ? "
        "ORDER BY position, image_hash", (product_id,))]


def _renumber(store: ShopStore, product_id: int, hashes: Sequence[str]) -> None:
    store.conn.executemany(
        "UPDATE product_images SET position = ? WHERE product_id = ? AND image_hash = ?",
        [(n, product_id, h) for n, h in enumerate(hashes)])


def _require_attached(store: ShopStore, product_id: int, image_hash: str) -> list[str]:
    hashes = _hashes(store, product_id)
    if image_hash not in hashes:
        _require_product(store, product_id)
        raise NotFoundError(_("Image {image_hash} is not an image of product {product_id}.").format(
                                image_hash=image_hash[:12], product_id=product_id))
    return hashes


def add_product_images(store: ShopStore, product_id: int,
                       images: Sequence[PreparedImage],
                       alts: Sequence[str] | None = None) -> list[str]:
    """Store the images and append them to the product's images, as one action.

    An image the product already has keeps its place; its hash is still returned.
    """
    if alts is not None and len(alts) != len(images):
        raise ValidationError(_("Give one alt text per image."), field="alt")
    with store.atomic():
        _require_product(store, product_id)
        current = _hashes(store, product_id)
        added = []
        for n, prepared in enumerate(images):
            image_hash = add_image(store, prepared)
            added.append(image_hash)
            if image_hash in current:
                continue
            store.conn.execute(
                "INSERT INTO product_images (product_id, image_hash, position, alt) "
                "VALUES (?, ?, ?, ?)",
                (product_id, image_hash, len(current), _clean_alt(alts[n] if alts else "")))
            current.append(image_hash)
        _touch(store, product_id)
    return added


def reorder_product_images(store: ShopStore, product_id: int, hashes: Sequence[str]) -> None:
    """Put the product's images in this order (the first becomes the cover)."""
    with store.atomic():
        current = _hashes(store, product_id)
        if not current:
            _require_product(store, product_id)
        if sorted(hashes) != sorted(current):
            raise ValidationError(
                _("The new order must list each of the product's {n} images exactly once.").format(
                    n=len(current)), field="images")
        _renumber(store, product_id, hashes)
        _touch(store, product_id)


def set_cover(store: ShopStore, product_id: int, image_hash: str) -> None:
    """Make one of the product's images the cover; the others keep their order."""
    with store.atomic():
        hashes = _require_attached(store, product_id, image_hash)
        hashes.remove(image_hash)
        _renumber(store, product_id, [image_hash, *hashes])
        _touch(store, product_id)


def set_alt(store: ShopStore, product_id: int, image_hash: str, alt: str) -> None:
    """Set the text that describes the image to buyers who cannot see it."""
    text = _clean_alt(alt)
    with store.atomic():
        _require_attached(store, product_id, image_hash)
        store.conn.execute(
            "UPDATE product_images SET alt = ? WHERE product_id = ? AND image_hash = ?",
            (text, product_id, image_hash))
        _touch(store, product_id)


def remove_product_image(store: ShopStore, product_id: int, image_hash: str) -> None:
    """Detach an image from the product; its blob stays in the shop file.

    Keeping the blob lets undo put the image back by its hash alone.
    """
    with store.atomic():
        hashes = _require_attached(store, product_id, image_hash)
        store.conn.execute(
            "DELETE FROM product_images WHERE product_id = ? AND image_hash = ?",
            (product_id, image_hash))
        hashes.remove(image_hash)
        _renumber(store, product_id, hashes)
        _touch(store, product_id)


def set_product_images(store: ShopStore, product_id: int,
                       images: Sequence[tuple[str, str]]) -> None:
    """Make the product's images exactly these stored ``(hash, alt)`` pairs, in order.

    Undo uses it: a removed or added image comes back (or goes) by its hash alone,
    since a detached image's blob stays in the file.
    """
    with store.atomic():
        _require_product(store, product_id)
        for image_hash, _alt in images:
            if store.scalar("SELECT 1 FROM images WHERE hash = ?", (image_hash,)) is None:
                raise NotFoundError(_("There is no image {image_hash} in the shop file.").format(
                                        image_hash=image_hash[:12]))
        store.conn.execute("DELETE FROM product_images WHERE product_id = ?", (product_id,))
        store.conn.executemany(
            "INSERT INTO product_images (product_id, image_hash, position, alt) "
            "VALUES (?, ?, ?, ?)",
            [(product_id, h, n, _clean_alt(alt)) for n, (h, alt) in enumerate(images)])
        _touch(store, product_id)


def product_images(store: ShopStore, product_id: int) -> list[ProductImageInfo]:
    """The product's images in display order, cover first."""
    rows = store.conn.execute(
        "SELECT p.image_hash, p.position, p.alt, i.mime, i.width, i.height, i.byte_size "
        "FROM product_images p JOIN images i ON i.hash = p.image_hash "
        "WHERE p.product_id = ? ORDER BY p.position, p.image_hash", (product_id,))
    return [ProductImageInfo(*row) for row in rows]


def image_bytes(store: ShopStore, image_hash: str) -> bytes:
    """The stored bytes of an image."""
    row = store.conn.execute("SELECT data FROM images WHERE hash = ?", (image_hash,)).fetchone()
    if row is None:
        raise NotFoundError(_("There is no image {image_hash} in the shop file.").format(
                                image_hash=image_hash[:12]))
    return bytes(row[0])


def _clean_alt(alt: str) -> str:
    text = " ".join((alt or "").split())  # one line: alt text is read as one sentence
    if len(text) > MAX_ALT:
        raise ValidationError(_("Alt text is {n} characters; keep it under {max_alt}.").format(
                                  n=len(text), max_alt=MAX_ALT),
                              field="alt")
    return text


def _touch(store: ShopStore, product_id: int) -> None:
    # The export is incremental: a product whose images changed must be rewritten.
    store.conn.execute("UPDATE products SET updated_at = ? WHERE id = ?",
                       (utc_now(), product_id))
