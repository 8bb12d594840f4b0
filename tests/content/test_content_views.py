"""Posts and FAQ as the export sees them: views, contact links, sitemap, safe JSON."""

from __future__ import annotations

import json
from collections.abc import Callable

from weidian_desktop.core.faq import FaqEntry, create_faq
from weidian_desktop.core.posts import Post, create_post
from weidian_desktop.core.shop import Channel, get_shop, set_channels
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export.content_views import (
    ask_index_json,
    contact_links,
    posts_views,
    sitemap_paths,
)


def test_posts_views_mark_scheduled_posts_and_keep_them_out_of_the_sitemap(
        store: ShopStore, make_product: Callable) -> None:
    mug = make_product("Ceramic mug")
    draft = make_product("Secret bowl", status="draft")
    create_post(store, Post("recommendation", body="One\n\nTwo", product_ids=[mug, draft],
                            publish_at="2026-01-01T00:00:00Z", slug="old"))
    create_post(store, Post("short", body="Soon", publish_at="2026-12-01T00:00:00Z",
                            slug="soon"))
    create_post(store, Post("short", body="Hidden", status="draft", slug="draft"))
    views = posts_views(store, now="2026-06-01T00:00:00Z")
    assert [(v["slug"], v["scheduled"]) for v in views] == [("soon", True), ("old", False)]
    assert views[1]["paragraphs"] == ["One", "Two"]
    assert [p["slug"] for p in views[1]["products"]] == ["ceramic-mug"]  # drafts stay out
    assert sitemap_paths(views) == ["posts/old/"]


def test_contact_links_prefill_the_question_where_the_channel_allows(store: ShopStore) -> None:
    set_channels(store, [Channel("wechat", "xiaoman_goods"), Channel("whatsapp", "+8613800138000"),
                         Channel("sms", "+393331234567"), Channel("email", "a@b.example"),
                         Channel("telegram", "xiaoman_goods")])
    links = {link["kind"]: link for link in contact_links(get_shop(store))}
    assert links["whatsapp"]["href"] == "https://wa.me/8613800138000?text={q}"
    assert links["sms"]["href"] == "sms:+393331234567?body={q}"
    assert links["email"]["href"] == "mailto:a@b.example?subject=Question&body={q}"
    assert links["telegram"]["copy"] and links["wechat"]["href"] is None


def test_ask_index_json_cannot_close_its_script_element(store: ShopStore) -> None:
    create_faq(store, FaqEntry("Is </script><script>alert(1)</script> ok?", "Yes & <b>no</b>"))
    text = ask_index_json(store)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["entries"][0]["a"] == "Yes & <b>no</b>"
