"""A small shop for export tests: two languages, variants, one image each, a collection."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from weidian_desktop.core.collections import Collection, create_collection
from weidian_desktop.core.images import add_image
from weidian_desktop.core.products import (
    Product,
    ProductImage,
    ProductOption,
    Variant,
    create_product,
)
from weidian_desktop.core.shop import Channel, set_channels, update_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.media.images import prepare_image

NOW = "2026-11-25T00:00:00Z"


def picture(color: tuple[int, int, int], size: tuple[int, int] = (400, 300)) -> str:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG")
    return prepare_image(out.getvalue(), "photo.jpg")  # type: ignore[return-value]


@pytest.fixture
def small_shop(store: ShopStore) -> ShopStore:
    update_shop(store, languages=["zh-CN", "en"], tagline="小店 & <b>friends</b>",
                base_url="https://shop.example.com/")
    set_channels(store, [Channel("whatsapp", "+8613800138000"),
                         Channel("email", "orders@example.com")])
    collection = create_collection(store, Collection("茶", "Tea", slug="tea"))
    for n, (slug, title, price) in enumerate([("scarf", "真丝围巾", 12900),
                                              ("mug", "陶瓷杯", 6800),
                                              ("tea", "乌龙茶", 5800)]):
        image = add_image(store, picture((40 * n, 100, 150)))  # type: ignore[arg-type]
        options, variants = [], []
        if slug == "scarf":
            options = [ProductOption("颜色", ["红", "蓝"])]
            variants = [Variant(["红"], sku="S-1"), Variant(["蓝"], sku="S-2", price=13900)]
        create_product(store, Product(
            title, slug=slug, price=price, sku=None if variants else f"X-{n}",
            status="published", featured=n == 0, options=options, variants=variants,
            images=[ProductImage(image, f"{title} photo")], collection_ids=[collection],
            translations={"en": {"title": slug.title(), "description": "English"}}))
    return store


@pytest.fixture(scope="session")
def demo_site(demo_shop, tmp_path_factory) -> tuple[Path, Path]:
    """The demo shop exported once per session: (copy of the shop file, site folder).

    The export caches image variants in the shop file, so it works on a copy: the
    session's demo file stays read-only for everyone else.
    """
    folder = tmp_path_factory.mktemp("demo-export")
    shop = folder / "demo.weidian"
    shutil.copy(demo_shop, shop)
    from weidian_desktop.export import export_shop

    export_shop(shop, folder / "site")
    return shop, folder / "site"


from .shop_browser import chromium  # noqa: E402, F401  (the browser tests' shared fixture)
