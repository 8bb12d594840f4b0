"""Public URLs: one builder for every page kind, campaign tags validated, no base URL refused."""

from __future__ import annotations

import pytest

from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.shop import Shop
from weidian_desktop.core.urls import (
    NO_BASE_URL,
    check_campaign,
    collection_url,
    drop_url,
    page_path,
    post_url,
    product_url,
    shop_url,
    with_campaign,
)

BASE = "https://xiaoman.example.com/"


def test_paths_of_every_kind() -> None:
    assert shop_url(BASE) == BASE
    assert product_url(BASE, "silk-scarf") == BASE + "p/silk-scarf/"
    assert collection_url(BASE, "summer") == BASE + "c/summer/"
    assert drop_url(BASE, "friday-drop") == BASE + "d/friday-drop/"
    assert post_url(BASE, "new-in") == BASE + "posts/new-in/"
    assert page_path("product", "x-1") == "p/x-1/"


def test_base_without_slash_and_in_a_subfolder() -> None:
    assert product_url("https://a.example/shop", "tea") == "https://a.example/shop/p/tea/"


def test_shop_object_is_accepted() -> None:
    shop = Shop(name="S", currency="CNY", default_language="en", languages=["en"],
                base_url=BASE)
    assert drop_url(shop, "d1", campaign="poster-a4-stall") == BASE + "d/d1/?src=poster-a4-stall"


def test_campaign_tag() -> None:
    assert shop_url(BASE, campaign="poster-a4-stall") == BASE + "?src=poster-a4-stall"
    assert with_campaign(BASE + "?a=1&src=old#top", "new") == BASE + "?a=1&src=new#top"
    assert with_campaign(BASE, None) == BASE
    for bad in ("", "-lead", "a b", "x/y", "a" * 65, "中文", "a&src=b"):
        with pytest.raises(ValidationError, match="campaign tag"):
            check_campaign(bad) if bad else with_campaign(BASE, " ")


@pytest.mark.parametrize("base", ["", "   "])
def test_no_base_url_says_what_to_set(base: str) -> None:
    with pytest.raises(ValidationError) as info:
        product_url(base, "tea")
    assert str(info.value) == NO_BASE_URL
    assert "base URL" in NO_BASE_URL and NO_BASE_URL.count(". ") == 0


@pytest.mark.parametrize("slug", ["../etc", "A", "", "a/b", "a--b", "posts"])
def test_unsafe_slug_refused(slug: str) -> None:
    with pytest.raises(ValidationError, match="slug"):
        product_url(BASE, slug)


def test_bad_base_url_refused() -> None:
    with pytest.raises(ValidationError, match="https://"):
        shop_url("ftp://x.example/")
