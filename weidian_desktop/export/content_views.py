"""What the export needs of posts and the FAQ, as plain data for the templates.

The page builders and templates (posts_*.html, ask_*.html) read only these dicts; every
text in them is what the seller typed, so templates escape it (Jinja autoescape).
"""

from __future__ import annotations

from urllib.parse import quote

from ..core.clock import utc_now
from ..core.faq import ask_index
from ..core.posts import Post, feed, post_title
from ..core.shop import Shop
from ..core.store import ShopStore
from .safety import script_json

QUESTION = "{q}"  # 50-ask.js puts the buyer's question (URL-encoded) here
EXCERPT = 160


def contact_links(shop: Shop, subject: str = "Question") -> list[dict]:
    """The seller's channels as Ask-box links with the question pre-filled where possible.

    WhatsApp, SMS and e-mail carry the text in the link; WeChat and Telegram links cannot,
    so the box offers to copy the question first.
    """
    links = []
    for channel in shop.channels:
        kind, value = channel.kind, channel.value
        href, copy = None, False
        if kind == "whatsapp":
            href = f"https://wa.me/{value.lstrip('+')}?text={QUESTION}"
        elif kind == "sms":
            href = f"sms:{value}?body={QUESTION}"
        elif kind == "email":
            href = f"mailto:{value}?subject={quote(subject)}&body={QUESTION}"
        elif kind == "telegram":
            href, copy = f"https://t.me/{value}", True
        elif kind == "wechat":
            copy = True
        links.append({"kind": kind, "value": value, "href": href, "copy": copy,
                      "qr_image_hash": channel.qr_image_hash})
    return links


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[:EXCERPT - 1].rstrip() + "…"


def post_view(post: Post, products: dict[int, dict], *, now: str) -> dict:
    """One post for the feed and its own page; ``scheduled`` when it is due after ``now``."""
    return {
        "id": post.id, "slug": post.slug, "kind": post.kind, "language": post.language,
        "title": post.title, "display_title": post_title(post, 60),
        "paragraphs": _paragraphs(post.body), "excerpt": _excerpt(post.body),
        "publish_at": post.publish_at, "scheduled": (post.publish_at or "") > now,
        "images": [{"hash": i.hash, "alt": i.alt} for i in post.images],
        "products": [products[p] for p in post.product_ids if p in products],
        "url": f"posts/{post.slug}/",
    }


def posts_views(store: ShopStore, *, now: str | None = None) -> list[dict]:
    """Every published post, newest first (scheduled ones marked, for the browser to hide)."""
    now = now or utc_now()
    products = {r["id"]: {"id": r["id"], "slug": r["slug"], "title": r["title"],
                          "price": r["price"]}
                for r in store.query("SELECT id, slug, title, price FROM products "
                                     "WHERE status = 'published' AND id IN "
                                     "(SELECT product_id FROM post_products)")}
    return [post_view(p, products, now=now) for p in feed(store)]


def sitemap_paths(views: list[dict]) -> list[str]:
    """Post pages for the sitemap: scheduled posts stay out until they are due."""
    return [v["url"] for v in views if not v["scheduled"]]


def ask_index_json(store: ShopStore) -> str:
    """The Ask box's index as JSON safe inside <script type="application/json">."""
    # "</script>" or "<!--" typed by the seller must not end or bend the element, nor a
    # control character make the page invalid: the export's one script-safe JSON writer.
    return str(script_json(ask_index(store)))
