"""Posts: kinds and their rules, one action each, undo, and the feed order."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from weidian_desktop.core.errors import NotFoundError, ValidationError
from weidian_desktop.core.posts import (
    Post,
    PostImage,
    create_post,
    delete_posts,
    feed,
    find_post,
    get_post,
    list_posts,
    post_title,
    restore_posts,
    update_post,
)
from weidian_desktop.core.products import delete_products
from weidian_desktop.core.store import ShopStore

from .conftest import fake_images


def test_each_kind_round_trips(store: ShopStore, make_product: Callable) -> None:
    mug, bowl = make_product("Ceramic mug"), make_product("Ceramic bowl")
    photos = [PostImage(h, f"photo {n}") for n, h in enumerate(fake_images(store, 9))]
    made = [
        Post("short", body="新品到店！\n周末见。", publish_at="2026-11-20T01:00:00Z"),
        Post("article", title="How our mugs are made", body="Long text " * 50,
             language="en", publish_at="2026-11-21T01:00:00Z"),
        Post("recommendation", body="Two favourites", product_ids=[mug, bowl, mug],
             publish_at="2026-11-22T01:00:00Z"),
        Post("nine_grid", title="Studio visit", images=photos,
             publish_at="2026-11-23T01:00:00Z"),
    ]
    ids = [create_post(store, post) for post in made]
    got = [get_post(store, i) for i in ids]
    assert got[2].product_ids == [mug, bowl]  # duplicates dropped, order kept
    assert [i.alt for i in got[3].images] == [f"photo {n}" for n in range(9)]
    assert got[0].slug.startswith("post-")  # a Chinese text gets a short stable id
    assert [p.slug for p in got[1:]] == ["how-our-mugs-are-made",
                                      "two-favourites", "studio-visit"]
    assert find_post(store, "studio-visit").id == ids[3]
    assert [p.id for p in feed(store)] == ids[::-1]  # newest first
    assert post_title(got[0]) == "新品到店！"


@pytest.mark.parametrize(("post", "field"), [
    (Post("poem", body="x"), "kind"),
    (Post("short", body="  "), "body"),
    (Post("article", body="text"), "title"),
    (Post("recommendation", body="text"), "product_ids"),
    (Post("nine_grid", title="empty"), "images"),
    (Post("short", body="x", publish_at="tomorrow"), "publish_at"),
    (Post("short", body="x", status="live"), "status"),
    (Post("short", body="x", slug="../etc"), "slug"),
    (Post("short", body="x" * 2001), "body"),
])
def test_invalid_posts_are_refused_and_nothing_is_written(store: ShopStore, post: Post,
                                                          field: str) -> None:
    with pytest.raises(ValidationError) as info:
        create_post(store, post)
    assert info.value.field == field
    assert list_posts(store) == []


def test_ten_photos_are_too_many_for_a_nine_grid(store: ShopStore) -> None:
    photos = [PostImage(h) for h in fake_images(store, 10)]
    with pytest.raises(ValidationError, match="at most 9 photos"):
        create_post(store, Post("nine_grid", images=photos))


def test_links_to_missing_things_are_refused(store: ShopStore) -> None:
    with pytest.raises(NotFoundError, match="Product 999"):
        create_post(store, Post("recommendation", product_ids=[999]))
    with pytest.raises(NotFoundError, match="photo"):
        create_post(store, Post("nine_grid", images=[PostImage("a" * 64)]))
    assert list_posts(store) == []


def test_update_delete_and_undo(store: ShopStore, make_product: Callable) -> None:
    mug = make_product("Ceramic mug")
    post_id = create_post(store, Post("recommendation", body="Try it", product_ids=[mug]))
    post = get_post(store, post_id)
    post.body, post.status = "Try this one", "draft"
    update_post(store, post)
    assert get_post(store, post_id).status == "draft"
    assert list_posts(store, status="published") == []
    snapshots = delete_posts(store, [post_id])
    with pytest.raises(NotFoundError):
        get_post(store, post_id)
    delete_products(store, [mug])  # the product goes meanwhile: the post still comes back
    restore_posts(store, snapshots)
    back = get_post(store, post_id)
    assert back.body == "Try this one" and back.product_ids == [] and back.slug == post.slug


def test_scheduled_posts_are_in_the_feed_but_not_yet_out(store: ShopStore) -> None:
    create_post(store, Post("short", body="now", publish_at="2026-01-01T00:00:00Z"))
    later = create_post(store, Post("short", body="later", publish_at="2099-01-01T08:00:00Z"))
    assert feed(store)[0].id == later
    out = list_posts(store, status="published", published_before="2026-06-01T00:00:00Z")
    assert [p.body for p in out] == ["now"]
