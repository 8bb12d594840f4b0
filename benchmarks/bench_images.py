"""Image and products-table figures: 100 pasted 12 MP photos on every core; 10,000-row table.

The photos (4000x3000 JPEGs with gradients and sensor-like noise, each different) are
generated once into the temporary folder and reused by later runs.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageChops

from weidian_desktop.core.images import add_image, add_product_images
from weidian_desktop.core.products import Product, ProductImage, create_product, create_products
from weidian_desktop.core.store import ShopStore
from weidian_desktop.media.images import PreparedImage
from weidian_desktop.media.ingest import ImageSource, prepare_images, shutdown_pool

PHOTOS = 100
SIZE = (4000, 3000)
SINGLE = 10  # photos timed on one core, for the comparison
TABLE_PRODUCTS = 10_000
COVERS = 40  # distinct cover photos over the 10,000 products
PHOTO_DIR = Path(tempfile.gettempdir()) / "weidian-bench-photos-v1"


def _base() -> Image.Image:
    """A smooth scene (three gradients as channels) under grain: compresses like a photo."""
    small = (SIZE[0] // 4, SIZE[1] // 4)
    r = Image.linear_gradient("L").resize(small)
    g = Image.radial_gradient("L").resize(small)
    b = Image.linear_gradient("L").rotate(90).resize(small)
    scene = Image.merge("RGB", (r, g, b)).resize(SIZE, Image.Resampling.BICUBIC)
    grain = Image.effect_noise(SIZE, 28).convert("RGB")
    return ImageChops.add(scene, grain, scale=1.6, offset=-40)


def photos() -> list[Path]:
    PHOTO_DIR.mkdir(exist_ok=True)
    paths = [PHOTO_DIR / f"IMG_{n:04d}.jpg" for n in range(PHOTOS)]
    if all(p.exists() for p in paths):
        return paths
    base = _base()
    rng = random.Random(7)
    for n, path in enumerate(paths):
        if path.exists():
            continue
        # Each photo differs (shift, tint), so none is stored as a duplicate.
        shifted = ImageChops.offset(base, rng.randrange(SIZE[0]), rng.randrange(SIZE[1]))
        tint = Image.new("RGB", SIZE, (rng.randrange(40), rng.randrange(40), n % 40))
        ImageChops.add(shifted, tint).save(path, "JPEG", quality=92)
    return paths


def bench_paste(tmp: Path) -> tuple[list[tuple[str, float, str]], list[PreparedImage]]:
    paths = photos()
    megabytes = sum(p.stat().st_size for p in paths) / 2**20
    sources = [ImageSource(path=p) for p in paths]
    start = time.perf_counter()
    prepare_images(sources[:SINGLE], parallel=False)
    single = (time.perf_counter() - start) / SINGLE
    load = os.getloadavg()[0]  # the machine is shared: say how busy it was
    start = time.perf_counter()
    prepared = prepare_images(sources, parallel=True)
    parallel_wall = time.perf_counter() - start
    shutdown_pool()
    store = ShopStore.create(tmp / "photos.weidian", name="Bench")
    pid = create_product(store, Product(title="相机测试 Camera test", price=100))
    start = time.perf_counter()
    add_product_images(store, pid, prepared)
    stored = time.perf_counter() - start
    store.close()
    return [
        ("paste 100 photos of 12 MP, input size", megabytes, "MB"),
        ("paste 12 MP photo, one core", single, "s/photo"),
        ("paste 100 photos of 12 MP, all cores (pool)", parallel_wall / PHOTOS, "s/photo"),
        ("paste 100 photos: speed-up over one core", single * PHOTOS / parallel_wall,
         f"x with {os.cpu_count()} cores, load average {load:.1f}"),
        ("paste 100 photos: store in one transaction", stored, "s"),
        ("paste 100 photos: total", parallel_wall + stored, "s"),
    ], prepared


def bench_table(tmp: Path, covers: list[PreparedImage]) -> list[tuple[str, float, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from weidian_desktop.ui.pages.products_page import ProductsPage

    app = QApplication.instance() or QApplication([])
    store = ShopStore.create(tmp / "table.weidian", name="Bench")
    hashes = [add_image(store, c) for c in covers[:COVERS]]
    create_products(store, [
        Product(title=f"{'桂花乌龙茶' if i % 7 == 0 else 'Silk scarf'} {i}", price=1000 + i,
                sku=f"B-{i}", status="published",
                images=[ProductImage(hashes[i % len(hashes)])])
        for i in range(TABLE_PRODUCTS)])
    start = time.perf_counter()
    page = ProductsPage(store, QUndoStack())
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    page.table.viewport().repaint()  # the first screen painted, rows fetched for it
    first = time.perf_counter() - start
    page.model.thumbnails.wait()
    with_covers = time.perf_counter() - start
    start = time.perf_counter()
    page.apply_search("乌龙")
    page.table.viewport().repaint()
    filtered = time.perf_counter() - start
    shown = page.model.rowCount()
    start = time.perf_counter()
    page.table.sortByColumn(page.model.PRICE, page.table.horizontalHeader().sortIndicatorOrder())
    page.table.viewport().repaint()
    sorted_ = time.perf_counter() - start
    page.model.thumbnails.wait()  # no worker left running when the page goes
    page.close()
    page.deleteLater()
    app.processEvents()
    store.close()
    return [
        ("products table, 10,000 products: first screen", first * 1000, "ms"),
        ("products table: first screen's covers in", with_covers * 1000, "ms"),
        (f"products table: filter as typed ({shown} matches)", filtered * 1000, "ms"),
        ("products table: sort by price", sorted_ * 1000, "ms"),
    ]


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        paste, prepared = bench_paste(Path(tmp))
        return bench_table(Path(tmp), prepared) + paste


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name}: {value:.3f} {unit}")
