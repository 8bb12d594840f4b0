"""Exported images: three widths in WebP and JPEG, made in worker processes, cached in the file.

A variant's file name carries the image hash, width and format, so its bytes follow from
its name: a re-export links a file it already has without even reading the cache.
"""

from __future__ import annotations

import functools
import io
import multiprocessing
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from PIL import Image

from ..core.errors import Cancelled
from ..core.i18n import _
from ..core.store import ShopStore
from ..media.images import make_variant

WIDTHS = (360, 720, 1080)
FORMATS = ("webp", "jpeg")
EXTENSIONS = {"webp": "webp", "jpeg": "jpg", "png": "png"}
ICON_SIZES = (192, 512)
BATCH = 32  # images per round trip to the pool and per cache transaction

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


def image_view(image_hash: str, alt: str, size: tuple[int, int]) -> dict:
    """What a template needs for <picture>: srcsets per format, fallback src, width, height."""
    widths = _widths(size)
    keys = {fmt: [(image_hash, w, fmt) for w in widths] for fmt in FORMATS}
    middle = keys["jpeg"][min(1, len(widths) - 1)]
    width, height = variant_size(size, middle[1])
    return {
        "hash": image_hash, "alt": alt, "width": width, "height": height,
        "keys": [k for fmt in FORMATS for k in keys[fmt]],
        "srcset": {fmt: [(variant_path(k), k[1]) for k in keys[fmt]] for fmt in FORMATS},
        "src": variant_path(middle), "small": variant_path(keys["jpeg"][0]),
        "large": variant_path(keys["jpeg"][-1]),
        "large_size": variant_size(size, keys["jpeg"][-1][1]),
    }


def can_fork() -> bool:
    """Whether this process may fork: fork is fast and needs no importable __main__, but
    copying a process whose other threads hold locks (the app's worker thread, Qt) can
    deadlock the child. Asked by the encoder pool here and by parallel.py's renderers."""
    alone = threading.active_count() == 1 and threading.current_thread() is threading.main_thread()
    return alone and "fork" in multiprocessing.get_all_start_methods()


def _make(job: tuple[bytes, list[tuple[int, str]]]) -> list[tuple[int, str, bytes, int]]:
    """Worker: every (width, format) of one image; returns (asked width, fmt, bytes, height)."""
    data, wanted = job
    out = []
    for width, fmt in wanted:
        encoded, _real, height = make_variant(data, width, fmt)
        out.append((width, fmt, encoded, height))
    return out


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


def produce(store: ShopStore, keys: Iterable[ImageKey], *, cache: bool = True,
            cancel: Callable[[], bool] | None = None,
            workers: int | None = None) -> Iterator[tuple[ImageKey, bytes, bool]]:
    """``(key, bytes, encoded)`` of each variant: from the shop file's cache, else encoded
    on all cores (``encoded`` True).

    New variants are cached in one transaction per batch, so a re-export (or one
    cancelled half-way) never encodes them again.
    """
    pending = sorted(set(keys))
    by_hash: dict[str, list[ImageKey]] = {}
    for start in range(0, len(pending), 256):
        chunk = pending[start:start + 256]
        cached = cached_variants(store.conn, chunk)
        for key in chunk:
            if key in cached:
                yield key, cached.pop(key), False
            else:
                by_hash.setdefault(key[0], []).append(key)
    if not by_hash:
        return
    hashes = sorted(by_hash)
    count = max(1, min(workers or os.cpu_count() or 1, len(hashes)))
    context = multiprocessing.get_context("fork" if can_fork() else "spawn")
    with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
        for start in range(0, len(hashes), BATCH):
            if cancel is not None and cancel():
                raise Cancelled(_("Export cancelled; the previous export was left as it was."))
            batch = hashes[start:start + BATCH]
            jobs = [(_blob(store, h), [(k[1], k[2]) for k in by_hash[h]]) for h in batch]
            results = list(pool.map(_make, jobs))
            rows = [(h, width, fmt, height, data)
                    for h, made in zip(batch, results, strict=True)
                    for width, fmt, data, height in made]
            if cache and not store.read_only:
                with store.atomic():
                    store.conn.executemany(
                        "INSERT OR REPLACE INTO image_variants (image_hash, width, format, "
                        "height, data) VALUES (?, ?, ?, ?, ?)", rows)
            for h, width, fmt, _height, data in rows:
                yield (h, width, fmt), data, True


def _blob(store: ShopStore, image_hash: str) -> bytes:
    row = store.conn.execute("SELECT data FROM images WHERE hash = ?", (image_hash,)).fetchone()
    return bytes(row[0])


# The logo's own sizes, twice its CSS width: 40 px in the header, 96 px on the home page.
LOGO_WIDTHS = {"header": 80, "hero": 192}


@functools.lru_cache(maxsize=8)
def logo_file(image_hash: str, data: bytes, width: int) -> tuple[str, bytes, int]:
    """``(path, JPEG bytes, real width)`` of the logo at ``width`` px (never enlarged); the
    name carries the image's hash, so a new logo is a new file (remembered: the logo
    rarely changes between exports)."""
    body, real, _height = make_variant(data, width, "jpeg")
    return f"img/logo-{image_hash[:16]}-{real}.jpg", body, real


@functools.lru_cache(maxsize=8)
def app_icon(data: bytes | None, size: int, color: str) -> bytes:
    """A square PNG for the home screen: the logo centred on white, or the theme colour
    (remembered: every export writes the icons, few change them)."""
    canvas = Image.new("RGB", (size, size), "white" if data else color)
    if data:
        opened = Image.open(io.BytesIO(data))
        opened.draft("RGB", (size, size))
        logo = opened.convert("RGBA")
        logo.thumbnail((int(size * 0.8),) * 2, Image.Resampling.LANCZOS)
        canvas.paste(logo, ((size - logo.width) // 2, (size - logo.height) // 2), logo)
    out = io.BytesIO()
    canvas.save(out, "PNG", optimize=True)
    return out.getvalue()
