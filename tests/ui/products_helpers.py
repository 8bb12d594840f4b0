"""Shared set-up for the Products page tests: a page on a shop, photos, product factories."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QUndoStack

from weidian_desktop.core.collections import Collection, create_collection
from weidian_desktop.core.products import Product, create_products
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.pages.products_page import ProductsPage


def make_page(qtbot, store: ShopStore) -> ProductsPage:
    page = ProductsPage(store, QUndoStack())
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def photo_bytes(colour: tuple[int, int, int], size: tuple[int, int] = (120, 90)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


def photo_file(folder: Path, name: str, colour: tuple[int, int, int]) -> Path:
    path = folder / name
    path.write_bytes(photo_bytes(colour))
    return path


def add_products(store: ShopStore, n: int, *, collection: bool = False) -> list[int]:
    """n products with prices 10.00, 20.00, … so sort and bulk edits are easy to check."""
    cid = create_collection(store, Collection("茶与食品")) if collection else None
    products = [Product(title=f"{'乌龙茶' if i % 2 else 'Scarf'} {i:05d}", price=1000 * (i + 1),
                        sku=f"SKU-{i}", status="draft",
                        collection_ids=[cid] if cid and i % 3 == 0 else [])
                for i in range(n)]
    return create_products(store, products)


def visible_titles(page: ProductsPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, model.TITLE)) for r in range(model.rowCount())]
