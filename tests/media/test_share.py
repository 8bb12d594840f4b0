"""Share images: story and square sizes, QR codes that decode, post grids in posting order."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from weidian_desktop.core.errors import NotFoundError, ValidationError
from weidian_desktop.core.store import ShopStore
from weidian_desktop.media import share
from weidian_desktop.media.outputs import OutputSpec, load_output, render_output
from weidian_desktop.media.poster_data import load_shop

from .conftest import DROP_SLUG
from .helpers import decode

BASE = "https://xiaoman.example.com/"


def _share(store: ShopStore, kind: str, slug: str, fmt: str = "story",
           campaign: str | None = None) -> list[bytes]:
    spec = OutputSpec(kind, slug, "grid" if kind == "post" else fmt, campaign=campaign)
    return render_output(load_output(store, spec), "png")


def _image(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


@pytest.mark.parametrize("fmt", ["story", "square"])
@pytest.mark.parametrize(("kind", "slug", "path"), [
    ("product", "silk-scarf", "p/silk-scarf/"), ("product", "leather-bag", "p/leather-bag/"),
    ("drop", DROP_SLUG, f"d/{DROP_SLUG}/")])
def test_sizes_and_qr(media_store: ShopStore, fmt: str, kind: str, slug: str,
                      path: str) -> None:
    [data] = _share(media_store, kind, slug, fmt, campaign="moments")
    image = _image(data)
    assert image.size == share.FORMATS[fmt] and image.format == "PNG"
    assert decode(image) == [BASE + path + "?src=moments"]


def test_story_shows_the_photo(media_store: ShopStore) -> None:
    [data] = _share(media_store, "product", "leather-bag", "story")
    top = _image(data).convert("RGB").crop((0, 0, 1080, 1080))
    assert len(top.getcolors(1 << 20) or []) > 200  # a photo, not a flat panel


def test_post_grid_numbered_in_posting_order(media_store: ShopStore) -> None:
    from weidian_desktop.core.images import image_bytes
    from weidian_desktop.core.posts import find_post

    images = _share(media_store, "post", "studio-visit")
    assert len(images) == 9
    post = find_post(media_store, "studio-visit")
    for n, (data, photo) in enumerate(zip(images, post.images, strict=True)):
        tile = _image(data).convert("RGB")
        assert tile.size == (1080, 1080)
        # The tile is the post's n-th photo (compare the centre, away from the badge).
        source = share.cover(image_bytes(media_store, photo.hash), (1080, 1080))
        a = tile.crop((300, 300, 780, 780)).resize((8, 8)).tobytes()
        b = source.crop((300, 300, 780, 780)).resize((8, 8)).tobytes()
        assert max(abs(x - y) for x, y in zip(a, b, strict=True)) < 12, f"tile {n + 1}"
        assert tile.getpixel((1000, 78)) == (0, 0, 0)  # the dark number badge


def test_short_post_gets_a_qr_tile(media_store: ShopStore) -> None:
    from weidian_desktop.core.images import image_bytes
    from weidian_desktop.core.posts import find_post

    shop = load_shop(media_store)
    photos = [image_bytes(media_store, i.hash) for i in find_post(media_store,
                                                                  "studio-visit").images][:4]
    url = BASE + "posts/studio-visit/"
    tiles = share.post_grid(shop, "工作室探访", photos, url)
    assert len(tiles) == 5
    assert decode(_image(tiles[-1])) == [url]


def test_refusals(media_store: ShopStore) -> None:
    with pytest.raises(ValidationError, match="'banner' cannot be made for 'product'"):
        _share(media_store, "product", "silk-scarf", "banner")
    with pytest.raises(NotFoundError, match="no product"):
        _share(media_store, "product", "nope")
    with pytest.raises(ValidationError, match="no photos"):
        share.post_grid(load_shop(media_store), "x", [], BASE)


def test_share_images_drawn_from_threads_at_once_are_whole(media_store: ShopStore) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from weidian_desktop.media.poster_data import load_product

    shop = load_shop(media_store)
    items = [load_product(media_store, s) for s in ("silk-scarf", "leather-bag")]
    expected = [share.product_image(shop, i, "square") for i in items]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda i: share.product_image(shop, i, "square"), items * 2))
    assert results == expected * 2


def test_product_without_photo_gets_the_placeholder(media_store: ShopStore) -> None:
    from dataclasses import replace

    from weidian_desktop.media.poster_data import load_product

    shop = load_shop(media_store)
    item = replace(load_product(media_store, "silk-scarf"), photo=None)
    top = _image(share.product_image(shop, item, "square")).convert("L").crop(
        (0, 0, 1080, 600))
    colours = top.getcolors(256) or []
    most = max(colours)[1]
    assert 200 < most < 255  # a pale tint, not the theme colour as a block
    assert len(colours) > 3  # and a picture sign on it
