"""Collections: named groups of products with their own page in the exported shop."""

from __future__ import annotations

from dataclasses import dataclass

from .clock import utc_now
from .errors import NotFoundError, ValidationError
from .i18n import _
from .slugs import slugify, unique_slug
from .store import ShopStore, last_id


@dataclass
class Collection:
    """A named, ordered group of products."""

    title: str
    description: str = ""
    slug: str | None = None
    image_hash: str | None = None
    position: int = 0
    id: int | None = None


def create_collection(store: ShopStore, collection: Collection) -> int:
    """Add a collection (one transaction); returns its id."""
    title = (collection.title or "").strip()
    if not title:
        raise ValidationError(_("A collection needs a title."), field="title")
    with store.atomic() as db:
        slug = unique_slug(store.conn, "collections", collection.slug or slugify(title, prefix="c"))
        row = {"title": title, "description": collection.description, "slug": slug,
               "image_hash": collection.image_hash, "position": collection.position,
               "created_at": utc_now()}
        if collection.id is not None:
            row["id"] = collection.id
        collection.id, collection.slug = last_id(db.table("collections").insert(row)), slug
    return collection.id


def list_collections(store: ShopStore) -> list[Collection]:
    return [Collection(r["title"], r["description"], r["slug"], r["image_hash"], r["position"],
                       r["id"])
            for r in store.query("SELECT * FROM collections ORDER BY position, title")]


def rename_collection(store: ShopStore, collection_id: int, title: str) -> None:
    title = (title or "").strip()
    if not title:
        raise ValidationError(_("A collection needs a title."), field="title")
    with store.atomic() as db:
        if store.scalar("SELECT 1 FROM collections WHERE id = ?", (collection_id,)) is None:
            raise NotFoundError(_("There is no collection with id {collection_id}.").format(
                collection_id=collection_id))
        db.table("collections").update(collection_id, {"title": title})
