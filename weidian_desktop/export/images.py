"""Exported images: up to three widths in WebP and JPEG, encoded once and cached in the file.

A variant's file name carries the image hash, width and format, so its bytes follow from
its name: a re-export keeps a file it already has without even reading the cache, and a
variant encoded while the shop changed is still right (the hash names its source bytes).
Pillow is imported only where pictures are decoded: most exports copy cached bytes.
"""

from __future__ import annotations

import functools
import io
import sqlite3
import struct
import warnings
import zlib
from collections.abc import Iterable
from typing import NamedTuple

from ..core.errors import ImageError
from ..core.i18n import _
from ..core.image_header import MAX_PIXELS, image_header
from ..core.store import ShopStore

WIDTHS = (360, 720, 1080)
FORMATS = ("webp", "jpeg")
EXTENSIONS = {"webp": "webp", "jpeg": "jpg", "png": "png"}
ICON_SIZES = (192, 512)

ImageKey = tuple[str, int, str]  # (image hash, real width, format)


def variant_size(size: tuple[int, int], width: int) -> tuple[int, int]:
    """The size make_variant gives ``width`` (never wider than the image itself)."""
    w, h = size
    real = min(width, w)
    return real, max(1, round(h * real / w))


def variant_path(key: ImageKey) -> str:
    """``img/ab/cdef…-720.webp``: 256 folders by the hash's first byte, because one folder
    of 40,000 files is slow to fill, and to fill from two processes at once (each creation
    locks the folder) is slower still."""
    image_hash, width, fmt = key
    return f"img/{image_hash[:2]}/{image_hash[2:20]}-{width}.{EXTENSIONS[fmt]}"


# A width is made only if it is at most this share of the next one: a 360 px copy of a
# 400 px photo saves a fifth of the bytes and costs a file, an encode and a cache entry.
STEP = 0.75


@functools.cache
def _widths(size: tuple[int, int]) -> tuple[int, ...]:
    """The widths an image is exported in: WIDTHS capped at its own, near ones merged."""
    widths = sorted({variant_size(size, w)[0] for w in WIDTHS})
    kept = [widths[-1]]
    for width in reversed(widths[:-1]):
        if width <= STEP * kept[-1]:
            kept.append(width)
    return tuple(reversed(kept))


def variant_keys(image_hash: str, size: tuple[int, int]) -> list[ImageKey]:
    """Every variant an image is exported in (the keys ``image_view`` lists)."""
    return [(image_hash, w, fmt) for fmt in FORMATS for w in _widths(size)]


@functools.lru_cache(maxsize=1 << 16)
def variant_files(image_hash: str, size: tuple[int, int]) -> tuple[tuple[str, ImageKey], ...]:
    """(file path, key) of every variant of an image; remembered, since every re-export
    lists every image of the shop (40,000 paths for 10,000 photos)."""
    return tuple((variant_path(k), k) for k in variant_keys(image_hash, size))


class Srcset(NamedTuple):
    """(file path, width) of each variant, per format."""

    webp: list[tuple[str, int]]
    jpeg: list[tuple[str, int]]


class ImageView(NamedTuple):
    """What a template needs for <picture>: srcsets, fallback src, width, height, alt."""

    hash: str
    alt: str
    width: int
    height: int
    srcset: Srcset
    src: str
    small: str
    large: str
    large_size: tuple[int, int]


def image_view(image_hash: str, alt: str, size: tuple[int, int]) -> ImageView:
    widths = _widths(size)
    keys = {fmt: [(image_hash, w, fmt) for w in widths] for fmt in FORMATS}
    middle = keys["jpeg"][min(1, len(widths) - 1)]
    width, height = variant_size(size, middle[1])
    return ImageView(
        image_hash, alt, width, height,
        Srcset(*([(variant_path(k), k[1]) for k in keys[fmt]] for fmt in FORMATS)),
        variant_path(middle), variant_path(keys["jpeg"][0]), variant_path(keys["jpeg"][-1]),
        variant_size(size, keys["jpeg"][-1][1]))


def cached_keys(conn: sqlite3.Connection) -> set[ImageKey]:
    """The variants the shop file's cache holds (their keys only: an index read)."""
    return {(h, int(w), f) for h, w, f in
            conn.execute("SELECT image_hash, width, format FROM image_variants")}


def cached_variants(conn: sqlite3.Connection, keys: Iterable[ImageKey]
                    ) -> dict[ImageKey, bytes]:
    """The bytes of those of ``keys`` the shop file's cache holds."""
    # One query per chunk of images, not one per variant (40,000 queries: 0.45 s).
    wanted = set(keys)
    hashes = sorted({k[0] for k in wanted})
    found = {}
    for start in range(0, len(hashes), 500):  # under SQLite's bound-parameter limit
        part = hashes[start:start + 500]
        rows = conn.execute(
            "SELECT image_hash, width, format, data FROM image_variants WHERE image_hash "
            f"IN ({','.join('?' * len(part))})", part)
        for image_hash, width, fmt, data in rows:
            if (image_hash, width, fmt) in wanted:
                found[(image_hash, width, fmt)] = bytes(data)
    return found


class Encoded(NamedTuple):
    """A variant made from its image's bytes, to write and to cache."""

    key: ImageKey
    height: int
    data: bytes


# Why an image could not be made (what ``encode`` gives instead of its variants).
BOMB, UNREADABLE = "bomb", "unreadable"


def prepare_encoding() -> None:
    """Load Pillow and the encoder now (forked workers then share them)."""
    from ..media import images  # noqa: F401 - imported for its side effect: loaded


def _claims_too_much(data: bytes) -> bool:
    """Whether the image's header claims more pixels than a stored photo may have."""
    header = image_header(data)
    return header is not None and header[1] * header[2] > MAX_PIXELS


def encode(data: bytes, keys: list[ImageKey]) -> list[Encoded] | str:
    """The variants ``keys`` of one image's bytes, or BOMB / UNREADABLE."""
    if _claims_too_much(data):
        return BOMB
    from PIL import Image

    from ..media.images import make_variant

    out = []
    try:
        with warnings.catch_warnings():
            # Pillow only warns between its pixel limit and twice it: refused as well.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            for key in keys:
                encoded, _real, height = make_variant(data, key[1], key[2])
                out.append(Encoded(key, height, encoded))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        return BOMB
    except Exception:  # whatever stored bytes make a decoder raise
        return UNREADABLE
    return out


def image_bytes(conn: sqlite3.Connection, image_hash: str) -> bytes | None:
    row = conn.execute("SELECT data FROM images WHERE hash = ?", (image_hash,)).fetchone()
    return None if row is None else bytes(row[0])


def cache_variants(store: ShopStore, made: list[Encoded]) -> None:
    """Keep new variants in the shop file, so no export encodes them again."""
    if made and not store.read_only:
        with store.atomic():
            store.conn.executemany(
                "INSERT OR REPLACE INTO image_variants (image_hash, width, format, height, "
                "data) VALUES (?, ?, ?, ?, ?)",
                [(e.key[0], e.key[1], e.key[2], e.height, e.data) for e in made])


def image_error(store: ShopStore, image_hash: str, why: str) -> ImageError:
    """One sentence naming an image that cannot be exported and what shows it."""
    image = image_hash[:12]
    product = store.scalar(
        "SELECT p.title FROM product_images pi JOIN products p ON p.id = pi.product_id "
        "WHERE pi.image_hash = ? ORDER BY p.status = 'published' DESC, p.position, p.id",
        (image_hash,))
    if product is not None:
        text = (_("The stored image {image} of the product “{product}” is too large to open "
                  "safely (a decompression bomb); replace the photo in the product editor "
                  "and export again.") if why == BOMB else
                _("The stored image {image} of the product “{product}” is not a picture the "
                  "export can read; replace the photo in the product editor and export "
                  "again."))
        return ImageError(text.format(image=image, product=product), field="image")
    if store.scalar("SELECT 1 FROM shop WHERE logo_hash = ?", (image_hash,)):
        text = (_("The stored image {image}, the shop's logo, is too large to open safely "
                  "(a decompression bomb); choose another logo and export again.")
                if why == BOMB else
                _("The stored image {image}, the shop's logo, is not a picture the export "
                  "can read; choose another logo and export again."))
        return ImageError(text.format(image=image), field="image")
    place = store.scalar(
        "SELECT title FROM collections WHERE image_hash = ?1 UNION ALL SELECT coalesce("
        "nullif(p.title, ''), p.slug) FROM post_images i JOIN posts p ON p.id = i.post_id "
        "WHERE i.image_hash = ?1 UNION ALL SELECT kind FROM channels WHERE "
        "qr_image_hash = ?1", (image_hash,))
    text = (_("The stored image {image} (in “{place}”) is too large to open safely (a "
              "decompression bomb); replace it and export again.") if why == BOMB else
            _("The stored image {image} (in “{place}”) is not a picture the export can "
              "read; replace it and export again."))
    return ImageError(text.format(image=image, place=place or image), field="image")


# The logo's own sizes, twice its CSS width: 40 px in the header, 96 px on the home page.
LOGO_WIDTHS = {"header": 80, "hero": 192}


class LogoFile(NamedTuple):
    src: str
    width: int


class LogoView(NamedTuple):
    """The shop's logo as every page's header and the home page show it: a file of its
    own at each size (not the photos' 360 px variants), named by its hash."""

    width: int
    height: int
    header: LogoFile
    hero: LogoFile

    @property
    def files(self) -> list[str]:
        """Its files' paths, smallest first."""
        return [self.header.src, self.hero.src]


def logo_view(image_hash: str, size: tuple[int, int]) -> LogoView:
    header, hero = (variant_size(size, width)[0] for width in LOGO_WIDTHS.values())
    return LogoView(size[0], size[1], LogoFile(_logo_path(image_hash, header), header),
                    LogoFile(_logo_path(image_hash, hero), hero))


def _logo_path(image_hash: str, width: int) -> str:
    return f"img/logo-{image_hash[:16]}-{width}.jpg"


def icon_paths(logo: LogoView | None = None) -> list[str]:
    """The files made of the logo and the theme colour: home-screen icons, logo sizes."""
    icons = [f"img/icon-{size}.png" for size in ICON_SIZES]
    return icons + (logo.files if logo is not None else [])


def app_icons(logo: bytes | None, color: str, view: LogoView | None = None
              ) -> dict[str, bytes] | str:
    """The home-screen icons by file path (the logo's, else the theme colour's) and the
    logo's own sizes, or BOMB / UNREADABLE when the logo cannot be decoded."""
    paths = icon_paths()
    if logo is None:  # a plain square: no need to load Pillow for it
        return {path: solid_png(size, color) for path, size in zip(paths, ICON_SIZES,
                                                                   strict=True)}
    if _claims_too_much(logo):
        return BOMB
    from PIL import Image

    from ..media.images import make_variant

    try:
        files = {path: app_icon(logo, size, color)
                 for path, size in zip(paths, ICON_SIZES, strict=True)}
        for made in (view.header, view.hero) if view is not None else ():
            files[made.src] = make_variant(logo, made.width, "jpeg")[0]
        return files
    except (Image.DecompressionBombError, Image.DecompressionBombWarning, MemoryError):
        return BOMB
    except Exception:  # whatever stored bytes make a decoder raise
        return UNREADABLE


def solid_png(size: int, color: str) -> bytes:
    """A ``size`` x ``size`` PNG of one colour (``#rrggbb``), written directly."""
    rgb = bytes.fromhex(color.lstrip("#"))
    rows = (b"\x00" + rgb * size) * size  # filter byte 0, then the pixels, per row

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


@functools.lru_cache(maxsize=8)
def app_icon(data: bytes, size: int, color: str) -> bytes:
    """A square PNG for the home screen: the logo centred on white (remembered: every
    export makes the icons it has not kept, few change them)."""
    from PIL import Image

    canvas = Image.new("RGB", (size, size), "white")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        opened = Image.open(io.BytesIO(data))
        opened.draft("RGB", (size, size))
        logo = opened.convert("RGBA")
    logo.thumbnail((int(size * 0.8),) * 2, Image.Resampling.LANCZOS)
    canvas.paste(logo, ((size - logo.width) // 2, (size - logo.height) // 2), logo)
    out = io.BytesIO()
    canvas.save(out, "PNG", optimize=True)
    return out.getvalue()
