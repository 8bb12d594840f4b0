"""`check` findings about stored values another program may have written: images that are
no image or a decompression bomb, FAQ keywords that are not the JSON list the app writes."""

from __future__ import annotations

import sqlite3

from .check import Finding
from .faq import keywords_are_json, read_keywords
from .i18n import N_, _
from .image_header import MAX_PIXELS, image_header
from .store import ShopStore

# Enough of each image for its header: a JPEG's frame header may follow 64 KB of EXIF.
_HEAD_BYTES = 131072
# Where an image shows, to name it in a finding: (SQL giving hash and a name, template).
_USES = (
    ("SELECT pi.image_hash, p.title FROM product_images pi JOIN products p "
     "ON p.id = pi.product_id", N_("the product {name!r}")),
    ("SELECT v.image_hash, p.title FROM variants v JOIN products p ON p.id = v.product_id "
     "WHERE v.image_hash IS NOT NULL", N_("the product {name!r}")),
    ("SELECT image_hash, title FROM collections WHERE image_hash IS NOT NULL",
     N_("the collection {name!r}")),
    ("SELECT logo_hash, name FROM shop WHERE logo_hash IS NOT NULL", N_("the shop's logo")),
    ("SELECT qr_image_hash, kind FROM channels WHERE qr_image_hash IS NOT NULL",
     N_("the {name} channel's QR image")),
    ("SELECT pi.image_hash, p.slug FROM post_images pi JOIN posts p ON p.id = pi.post_id",
     N_("the post {name!r}")),
)


def _where_used(store: ShopStore, wanted: set[str]) -> dict[str, str]:
    used: dict[str, str] = {}
    for sql, template in _USES:
        try:
            rows = store.conn.execute(sql).fetchall()
        except sqlite3.Error:  # a table another tool dropped: named nowhere, still found
            continue
        for image_hash, name in rows:
            if image_hash in wanted and image_hash not in used:
                used[image_hash] = _(template).format(name=name)
    return used


def image_findings(store: ShopStore) -> list[Finding]:
    """An error for each stored image that is not an image, claims too many pixels (a
    decompression bomb) or another size than recorded."""
    bad: dict[str, tuple[str, dict[str, object]]] = {}  # hash -> (template, its values)
    for image_hash, head, width, height in store.conn.execute(
            "SELECT hash, substr(data, 1, ?), width, height FROM images", (_HEAD_BYTES,)):
        found = image_header(bytes(head or b""))
        if found is None:
            bad[image_hash] = (_("The stored image {image} ({where}) is not an image the "
                                 "shop can show; add the photo again."), {})
        elif found[1] * found[2] > MAX_PIXELS:
            bad[image_hash] = (_(
                "The stored image {image} ({where}) claims {width}×{height} pixels, far "
                "beyond any photo (a decompression bomb); remove it and add the photo "
                "again."), {"width": found[1], "height": found[2]})
        elif (found[1], found[2]) != (width, height):
            bad[image_hash] = (_(
                "The stored image {image} ({where}) is {width}×{height} pixels but is "
                "recorded as {stored}; add the photo again."),
                {"width": found[1], "height": found[2], "stored": f"{width}×{height}"})
    used = _where_used(store, set(bad))
    return [Finding("error", "image", template.format(
                image=image_hash[:12], where=used.get(image_hash, _("not used anywhere")),
                **values))
            for image_hash, (template, values) in bad.items()]


def faq_findings(store: ShopStore) -> list[Finding]:
    """A warning for each FAQ entry whose keywords are not the JSON list the app writes."""
    out = []
    for question, raw in store.conn.execute("SELECT question, keywords FROM faq_entries "
                                            "ORDER BY position, id"):
        if not keywords_are_json(raw):
            out.append(Finding("warning", "faq-keywords", _(
                "The keywords of the FAQ entry {question!r} are not a JSON list (another "
                "program changed them); they are read as {keywords}; save the entry once to "
                "store them properly.").format(
                    question=question, keywords=", ".join(read_keywords(raw)) or "none")))
    return out
