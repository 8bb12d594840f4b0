"""Fixtures for QR, poster and share-image tests: a writable demo copy with a drop in it."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from weidian_desktop.core.clock import to_iso
from weidian_desktop.core.store import ShopStore

DROP_SLUG = "winter-drop"


def add_drop(store: ShopStore, slug: str = DROP_SLUG, *, products: dict[str, tuple[int, int]]
             | None = None, name: str = "冬日限定 · 周五晚八点") -> int:
    """A published drop starting tomorrow (written straight to the tables core/drops.py
    owns, so these tests do not wait for that module)."""
    products = products or {"silk-scarf": (9900, 20), "ceramic-mug": (5500, 30),
                            "osmanthus-oolong": (4800, 50), "wool-beanie": (6900, 25)}
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
    now = to_iso(datetime.now(UTC))
    with store.atomic() as db:
        drop_id = db["drops"].insert({
            "slug": slug, "name": name, "description": "四款冬季好物，限时一天，售完即止。",
            "timezone": "Asia/Shanghai", "preview_at": to_iso(start - timedelta(days=2)),
            "starts_at": to_iso(start), "ends_at": to_iso(start + timedelta(days=1)),
            "status": "published", "created_at": now, "updated_at": now}).last_pk
        for position, (product, (price, cap)) in enumerate(products.items()):
            pid = store.scalar("SELECT id FROM products WHERE slug = ?", (product,))
            db["drop_items"].insert({"drop_id": drop_id, "product_id": pid,
                                     "drop_price": price, "quantity_cap": cap,
                                     "position": position})
    return int(drop_id)


@pytest.fixture(scope="session")
def media_shop(demo_shop: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo shop with a drop (session-scoped: treat it as read-only)."""
    path = tmp_path_factory.mktemp("media") / "media.weidian"
    shutil.copy(demo_shop, path)
    store = ShopStore.open(path)
    try:
        add_drop(store)
    finally:
        store.close()
    return path


@pytest.fixture
def media_store(media_shop: Path):
    """The media shop, open read-only for one test."""
    store = ShopStore.open(media_shop, read_only=True)
    yield store
    store.close()
