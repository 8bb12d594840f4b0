"""Posts: short posts, articles, product recommendations and 9-photo posts, with a publish time.

The exported shop shows them as a feed (home page and /posts/) and one page per post. A
post whose publish time is still ahead is written into the export with that time and
the buyer's browser keeps it hidden until then (no server can publish it later); it is
left out of the sitemap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .clock import from_iso, utc_now
from .errors import NotFoundError, ValidationError
from .i18n import _
from .schedule import suggest_times
from .shop import check_language
from .slugs import is_safe_slug, slugify, unique_slug
from .store import ShopStore, last_id

KINDS = ("short", "article", "recommendation", "nine_grid")
STATUSES = ("draft", "published")
MAX_IMAGES = {"short": 9, "recommendation": 9, "nine_grid": 9, "article": 30}
MAX_BODY = {"short": 2000, "recommendation": 2000, "nine_grid": 2000, "article": 50_000}
MAX_PRODUCTS = 20


@dataclass
class PostImage:
    """A photo of a post in display order."""

    hash: str
    alt: str = ""


@dataclass
class Post:
    """Everything about a post; also the snapshot that undo restores."""

    kind: str
    title: str = ""
    body: str = ""
    language: str | None = None
    publish_at: str | None = None  # UTC ISO text; None: now
    status: str = "published"
    slug: str | None = None
    product_ids: list[int] = field(default_factory=list)
    images: list[PostImage] = field(default_factory=list)
    id: int | None = None


def post_title(post: Post, length: int = 40) -> str:
    """The title, or for a short post the start of its first line."""
    if post.title:
        return post.title
    first = next((line.strip() for line in post.body.splitlines() if line.strip()), "")
    return first if len(first) <= length else first[:length - 1].rstrip() + "…"


def validate_post(post: Post) -> Post:
    """Check a post before it is written; raises ValidationError naming the field."""
    if post.kind not in KINDS:
        raise ValidationError(_("Post kind {kind!r} is not one of short, article, "
                                "recommendation, nine_grid.").format(
                                  kind=post.kind), field="kind")
    post.title = " ".join((post.title or "").split())
    post.body = (post.body or "").strip()
    if len(post.title) > 120:
        raise ValidationError(_("The post title is longer than 120 characters."), field="title")
    if len(post.body) > MAX_BODY[post.kind]:
        raise ValidationError(_("The text is longer than {n} characters.").format(
                                  n=MAX_BODY[post.kind]),
                              field="body")
    if post.kind == "article" and not post.title:
        raise ValidationError(_("An article needs a title."), field="title")
    if post.kind in ("short", "article") and not post.body:
        raise ValidationError(_("Write the post's text first."), field="body")
    if post.kind == "recommendation" and not post.product_ids:
        raise ValidationError(_("A recommendation needs at least one product."),
                              field="product_ids")
    if post.kind == "nine_grid" and not post.images:
        raise ValidationError(_("A 9-photo post needs at least one photo."), field="images")
    if len(post.images) > MAX_IMAGES[post.kind]:
        raise ValidationError(_("This kind of post holds at most {n} photos.").format(
                                  n=MAX_IMAGES[post.kind]),
                              field="images")
    if len({i.hash for i in post.images}) != len(post.images):
        raise ValidationError(_("The same photo is in the post twice."), field="images")
    post.product_ids = list(dict.fromkeys(post.product_ids))
    if len(post.product_ids) > MAX_PRODUCTS:
        raise ValidationError(_("A post links at most {n} products.").format(
                                  n=MAX_PRODUCTS),
                              field="product_ids")
    if post.status not in STATUSES:
        raise ValidationError(_("Status {status!r} is not draft or published.").format(
                                  status=post.status),
                              field="status")
    post.publish_at = post.publish_at or utc_now()
    try:
        from_iso(post.publish_at)
    except ValueError:
        raise ValidationError(_("Publish time {publish_at!r} is not a time like "
                                "2026-11-22T08:00:00Z.").format(
                                  publish_at=post.publish_at), field="publish_at") from None
    post.language = check_language(post.language) if post.language else None
    if post.slug is not None and not is_safe_slug(post.slug):
        raise ValidationError(_("{slug!r} cannot be used in a web address; use lower-case "
                                "letters, digits and dashes.").format(
                                  slug=post.slug), field="slug")
    return post


def _check_links(store: ShopStore, post: Post) -> None:
    for pid in post.product_ids:
        if store.scalar("SELECT 1 FROM products WHERE id = ?", (pid,)) is None:
            raise NotFoundError(_("Product {id} linked from the post no longer exists.").format(
                                    id=pid))
    for image in post.images:
        if store.scalar("SELECT 1 FROM images WHERE hash = ?", (image.hash,)) is None:
            raise NotFoundError(_("A photo of the post ({hash}…) is not in the shop.").format(
                                    hash=image.hash[:12]))


def _write(store: ShopStore, post: Post, *, new: bool) -> int:
    db = store.db
    now = utc_now()
    wanted = post.slug or slugify(post_title(post) or f"{post.kind} {post.publish_at}",
                                  prefix="post")
    slug = unique_slug(store.conn, "posts", wanted, exclude_id=post.id)
    row: dict[str, object] = {
        "slug": slug, "kind": post.kind, "title": post.title, "body": post.body,
        "language": post.language, "publish_at": post.publish_at, "status": post.status,
        "updated_at": now}
    if new:
        row["created_at"] = now
        if post.id is not None:
            row["id"] = post.id  # undo of a delete puts the post back under its id
        post_id = last_id(db.table("posts").insert(row))
    else:
        if post.id is None:
            raise ValueError("only a post with an id can be rewritten")
        post_id = post.id
        db.table("posts").update(post_id, row)
        db.execute("DELETE FROM post_products WHERE post_id = ?", [post_id])
        db.execute("DELETE FROM post_images WHERE post_id = ?", [post_id])
    post.id, post.slug = post_id, slug
    if post.product_ids:
        db.table("post_products").insert_all(
            {"post_id": post_id, "product_id": pid, "position": i}
            for i, pid in enumerate(post.product_ids))
    if post.images:
        db.table("post_images").insert_all(
            {"post_id": post_id, "image_hash": img.hash, "position": i, "alt": img.alt}
            for i, img in enumerate(post.images))
    return post_id


def create_post(store: ShopStore, post: Post) -> int:
    """Add a post (one transaction); returns its id."""
    validate_post(post)
    with store.atomic():
        _check_links(store, post)
        return _write(store, post, new=True)


def update_post(store: ShopStore, post: Post) -> None:
    """Replace a post's fields, products and photos (one transaction)."""
    if post.id is None:
        raise ValueError("update_post needs a post with an id")
    validate_post(post)
    with store.atomic():
        if store.scalar("SELECT 1 FROM posts WHERE id = ?", (post.id,)) is None:
            raise NotFoundError(_("Post {id} no longer exists.").format(id=post.id))
        _check_links(store, post)
        _write(store, post, new=False)


def delete_posts(store: ShopStore, ids: list[int]) -> list[Post]:
    """Delete posts in one transaction; returns their snapshots so undo can restore them."""
    snapshots = [get_post(store, i) for i in ids]
    with store.atomic() as db:
        db.execute(f"DELETE FROM posts WHERE id IN ({','.join('?' * len(ids))})", ids)
    return snapshots


def restore_posts(store: ShopStore, snapshots: list[Post]) -> None:
    """Put deleted posts back under their ids and slugs (undo of a delete)."""
    with store.atomic():
        for post in snapshots:
            # A linked product may have been deleted meanwhile: keep the rest of the post.
            post.product_ids = [p for p in post.product_ids if store.scalar(
                "SELECT 1 FROM products WHERE id = ?", (p,))]
            _write(store, post, new=True)


def _post(store: ShopStore, r: dict[str, Any]) -> Post:
    pid = (r["id"],)
    return Post(
        kind=r["kind"], title=r["title"], body=r["body"], language=r["language"],
        publish_at=r["publish_at"], status=r["status"], slug=r["slug"], id=r["id"],
        product_ids=[x[0] for x in store.conn.execute(
            "SELECT product_id FROM post_products WHERE post_id = ? ORDER BY position", pid)],
        images=[PostImage(x[0], x[1]) for x in store.conn.execute(
            "SELECT image_hash, alt FROM post_images WHERE post_id = ? ORDER BY position", pid)],
    )


def get_post(store: ShopStore, post_id: int) -> Post:
    rows = store.query("SELECT * FROM posts WHERE id = ?", (post_id,))
    if not rows:
        raise NotFoundError(_("There is no post with id {post_id}.").format(post_id=post_id))
    return _post(store, rows[0])


def find_post(store: ShopStore, slug: str) -> Post:
    rows = store.query("SELECT * FROM posts WHERE slug = ?", (slug,))
    if not rows:
        raise NotFoundError(_("There is no post with the slug {slug!r}.").format(slug=slug))
    return _post(store, rows[0])


def list_posts(store: ShopStore, *, status: str | None = None,
               published_before: str | None = None) -> list[Post]:
    """Posts newest first; optionally only one status, or only those already out by a time."""
    sql, params = "SELECT * FROM posts WHERE 1", list[str]()
    if status is not None:
        sql, params = sql + " AND status = ?", [*params, status]
    if published_before is not None:
        sql, params = sql + " AND publish_at <= ?", [*params, published_before]
    rows = store.query(sql + " ORDER BY publish_at DESC, id DESC", tuple(params))
    return [_post(store, r) for r in rows]


def feed(store: ShopStore) -> list[Post]:
    """What the export writes: every published post, scheduled ones too, newest first."""
    return list_posts(store, status="published")


def suggest_publish_times(store: ShopStore, count: int = 6) -> list[str]:
    """The next times buyers are online (UTC text): the same hours drops launch at."""
    return suggest_times(store, count=count)
