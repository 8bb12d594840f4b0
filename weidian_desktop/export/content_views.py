"""Posts as the export shows them (posts_*.html, post.html): typed views of loaded posts.

Every text in them is what the seller typed, so templates escape it (Jinja autoescape).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.posts import Post, post_title
from .load import ImageRef

EXCERPT = 160


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[:EXCERPT - 1].rstrip() + "…"


@dataclass(slots=True)
class PostView:
    id: int | None
    slug: str | None
    kind: str
    language: str | None
    title: str
    display_title: str
    paragraphs: list[str]
    excerpt: str
    publish_at: str | None
    scheduled: bool  # due after the export: the page hides it until then
    images: list[ImageRef]
    product_ids: list[int]  # the published products it names
    url: str


def post_view(post: Post, published: set[int], *, now: str) -> PostView:
    """One post for the feed and its own page; ``scheduled`` when it is due after ``now``."""
    return PostView(
        post.id, post.slug, post.kind, post.language, post.title, post_title(post, 60),
        _paragraphs(post.body), _excerpt(post.body), post.publish_at,
        (post.publish_at or "") > now, [ImageRef(i.hash, i.alt) for i in post.images],
        [p for p in post.product_ids if p in published], f"posts/{post.slug}/")


def posts_views(posts: list[Post], published: set[int], *, now: str) -> list[PostView]:
    """Every post loaded (published, newest first; scheduled ones marked)."""
    return [post_view(p, published, now=now) for p in posts]


def sitemap_paths(views: list[PostView]) -> list[str]:
    """Post pages for the sitemap: scheduled posts stay out until they are due."""
    return [v.url for v in views if not v.scheduled]
