"""URL slugs: ASCII, unique per kind, and always safe as a single folder name."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata

MAX_LENGTH = 60
# Folder names Windows refuses, and names the exported site itself uses.
RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "index", "assets", "static", "search", "about", "posts"}
    | {f"com{i}" for i in range(10)}
    | {f"lpt{i}" for i in range(10)}
)
# The tables whose rows have slugs; a slug is unique within its table.
SLUG_TABLES = frozenset({"products", "collections", "drops", "posts"})
_SAFE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def slugify(text: str, *, prefix: str = "p") -> str:
    """A readable ASCII slug; text with no Latin letters gets a short stable id.

    "Caffè Crema" -> "caffe-crema"; "真丝围巾" -> "p-k3m9x2" (the same title always
    gives the same id). Never empty, never a path separator, ``..`` or a reserved name.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:MAX_LENGTH].rstrip("-")
    latin = sum(ch.isascii() and ch.isalpha() for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    # Mostly non-Latin titles ("LV 手袋") would lose their meaning in ASCII; an id
    # keeps URLs short and stable instead of pretending to be readable.
    if not slug or (letters and latin * 2 < letters):
        slug = f"{prefix}-{short_id(text)}"
    if slug in RESERVED:
        slug = f"{slug}-{prefix}"
    return slug


def short_id(text: str) -> str:
    """Six base-36 characters derived from the text (stable across runs)."""
    number = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")
    alphabet = "0123456789abcdefghjkmnpqrstvwxyz"
    chars = []
    for _ in range(6):
        number, rem = divmod(number, len(alphabet))
        chars.append(alphabet[rem])
    return "".join(chars)


def is_safe_slug(slug: str) -> bool:
    """True for a slug that can be written as one folder name and one URL segment."""
    return bool(_SAFE.match(slug)) and len(slug) <= MAX_LENGTH and slug not in RESERVED


def unique_slug(conn: sqlite3.Connection, table: str, wanted: str,
                exclude_id: int | None = None) -> str:
    """``wanted`` or ``wanted-2``, ``wanted-3``… whichever is free in ``table``."""
    if table not in SLUG_TABLES:
        raise ValueError(f"no slugs in table {table}")
    base = wanted[: MAX_LENGTH - 4].rstrip("-")
    candidate, n = wanted, 1
    while True:
        row = conn.execute(f"SELECT id FROM {table} WHERE slug = ?", (candidate,)).fetchone()
        if row is None or row[0] == exclude_id:
            return candidate
        n += 1
        candidate = f"{base}-{n}"
