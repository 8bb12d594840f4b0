"""Posts and FAQ as the export sees them: views, channel links, sitemap, safe JSON."""

from __future__ import annotations

import json
from collections.abc import Callable

from weidian_desktop.core.faq import FaqEntry, create_faq
from weidian_desktop.core.posts import Post, create_post
from weidian_desktop.core.shop import Channel, get_shop, set_channels
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export.content_views import posts_views, sitemap_paths
from weidian_desktop.export.load import load
from weidian_desktop.export.pages import channel_href


def test_posts_views_mark_scheduled_posts_and_keep_them_out_of_the_sitemap(
        store: ShopStore, make_product: Callable) -> None:
    mug = make_product("Ceramic mug")
    draft = make_product("Secret bowl", status="draft")
    create_post(store, Post("recommendation", body="One\n\nTwo", product_ids=[mug, draft],
                            publish_at="2026-01-01T00:00:00Z", slug="old"))
    create_post(store, Post("short", body="Soon", publish_at="2026-12-01T00:00:00Z",
                            slug="soon"))
    create_post(store, Post("short", body="Hidden", status="draft", slug="draft"))
    source = load(store, "2026-06-01T00:00:00Z")
    views = posts_views(source.posts, source.post_products, now=source.now)
    assert [(v.slug, v.scheduled) for v in views] == [("soon", True), ("old", False)]
    assert views[1].paragraphs == ["One", "Two"]
    assert views[1].product_ids == [mug]  # drafts stay out
    assert sitemap_paths(views) == ["posts/old/"]


def test_channel_links_lead_to_the_channel(store: ShopStore) -> None:
    set_channels(store, [Channel("wechat", "xiaoman_goods"), Channel("whatsapp", "+8613800138000"),
                         Channel("sms", "+393331234567"), Channel("email", "a@b.example"),
                         Channel("telegram", "xiaoman_goods")])
    links = {c.kind: channel_href(c.kind, c.value) for c in get_shop(store).channels}
    assert links == {"whatsapp": "https://wa.me/8613800138000", "sms": "sms:+393331234567",
                     "email": "mailto:a@b.example", "telegram": "https://t.me/xiaoman_goods",
                     "wechat": None}


def test_ask_index_json_cannot_close_its_script_element(store: ShopStore) -> None:
    create_faq(store, FaqEntry("Is </script><script>alert(1)</script> ok?", "Yes & <b>no</b>"))
    text = load(store, "2026-06-01T00:00:00Z").ask_json
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["entries"][0]["a"] == "Yes & <b>no</b>"
