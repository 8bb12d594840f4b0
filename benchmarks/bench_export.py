"""Export figures: home page bytes (gzip), the demo's export, 10,000 products with one image.

Timings, with the shop open as in the app: a cold export (every image variant encoded on
all cores and cached in the shop file), a warm export into an empty folder (cache filled:
what Hugo's page build does), a re-export with nothing changed and the median of five
after changing one product (the peer's rebuild is a median of five too). When a ``hugo``
binary is on PATH, ../shared/peers/hugo/hugo_peer.py runs in the same process and the
ratios ours / Hugo are printed too.
Usage: python benchmarks/bench_export.py [--products N]
"""

from __future__ import annotations

import gzip
import io
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

from weidian_desktop.core.clock import utc_now
from weidian_desktop.core.products import (
    Product,
    ProductImage,
    create_products,
    find_product,
    update_product,
)
from weidian_desktop.core.store import ShopStore
from weidian_desktop.demo import build_demo
from weidian_desktop.export import export_shop

N = 10_000
HUGO_PEER = Path(__file__).resolve().parents[2] / "shared" / "peers" / "hugo" / "hugo_peer.py"


def home_bytes(site: Path) -> int:
    """Gzipped bytes of the home page and the CSS and JS it loads (the first round trip)."""
    html = (site / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:href|src)="(assets/[^"]+\.(?:css|js))"', html)
    parts = [html.encode("utf-8")] + [(site / ref).read_bytes() for ref in refs]
    return sum(len(gzip.compress(p, 9)) for p in parts)


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def big_shop(path: Path, count: int) -> Path:
    """``count`` published products, each with its own 400x400 JPEG (distinct bytes)."""
    store = ShopStore.create(path, name="Bench shop", currency="CNY", language="zh-CN")
    now = utc_now()
    hashes = []
    with store.atomic():
        for i in range(count):
            im = Image.new("RGB", (400, 400), (i * 7 % 256, i * 13 % 256, i * 29 % 256))
            ImageDraw.Draw(im).text((20, 20), str(i), fill="white")
            out = io.BytesIO()
            im.save(out, "JPEG", quality=85)
            data = out.getvalue()
            import hashlib

            digest = hashlib.sha256(data).hexdigest()
            store.conn.execute("INSERT OR IGNORE INTO images (hash, data, mime, width, height, "
                               "byte_size, created_at) VALUES (?, ?, 'image/jpeg', 400, 400, "
                               "?, ?)", (digest, data, len(data), now))
            hashes.append(digest)
    create_products(store, (Product(
        f"商品 {i} Product {i}", slug=f"product-{i}", price=1000 + i, sku=f"B-{i:05d}",
        status="published", description=f"Product {i}, made in small batches.",
        images=[ProductImage(hashes[i], f"Product {i}")], position=i)
        for i in range(count)))
    store.close()
    return path


def _hugo(pages: int, folder: Path) -> dict[str, float]:
    """Hugo's cold full build and median one-product rebuild (s), when hugo is installed."""
    if shutil.which("hugo") is None or not HUGO_PEER.is_file():
        return {}
    done = subprocess.run([sys.executable, str(HUGO_PEER), "--dir", str(folder / "hugo"),
                           "--pages", str(pages)], capture_output=True, text=True,
                          timeout=1800)
    out = done.stdout
    figures = {}
    cold = re.search(r"cold full build: ([\d.]+) s", out)
    if cold:
        figures["cold"] = float(cold.group(1))
    rebuilds = [int(ms) / 1000 for ms in re.findall(
        r"incremental rebuild after editing one product: hugo says (\d+) ms", out)]
    if rebuilds:
        figures["rebuild"] = statistics.median(rebuilds)
    return figures


def run(products: int = N) -> list[tuple[str, float, str]]:
    figures: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        # Hugo first, and nothing deleted until both have run: on ext4 creating files soon
        # after deleting many is several times slower (the inode allocator skips recently
        # freed inodes), which would tax whichever side ran after the other's clean-up.
        hugo = _hugo(products, root)
        demo = build_demo(root / "demo.weidian")
        seconds, _ = _timed(lambda: export_shop(demo, root / "demo-site"))
        figures.append(("export.demo_full_cold", seconds, "s"))
        figures.append(("export.home_html_css_js_gzip", float(home_bytes(root / "demo-site")),
                        "bytes"))
        seconds, _ = _timed(lambda: export_shop(demo, root / "demo-site"))
        figures.append(("export.demo_reexport_unchanged", seconds, "s"))

        shop = big_shop(root / "big.weidian", products)
        label = f"{products}_products"
        # As the app does it: the shop is open (opening checks the whole file, 0.1-0.2 s
        # for this 1 GB one: the CLI's cost, printed apart) and the seller exports again.
        seconds, store = _timed(lambda: ShopStore.open(shop))
        figures.append((f"export.{label}_open_shop_file", seconds, "s"))
        with store:
            seconds, result = _timed(lambda: export_shop(store, root / "big-site"))
            figures.append((f"export.{label}_full_cold_images_encoded", seconds, "s"))
            figures.append((f"export.{label}_files", float(result.files), "files"))
            seconds, _ = _timed(lambda: export_shop(store, root / "big-site-2"))
            figures.append((f"export.{label}_full_warm_cache_empty_folder", seconds, "s"))
            full = seconds
            seconds, _ = _timed(lambda: export_shop(store, root / "big-site"))
            figures.append((f"export.{label}_reexport_unchanged", seconds, "s"))
            changes = []
            for n in range(5):  # a median: one run on a shared machine says little
                product = find_product(store, f"product-{17 + 997 * n}")
                product.title = f"Changed title {n}"
                update_product(store, product)
                seconds, result = _timed(lambda: export_shop(store, root / "big-site"))
                changes.append(seconds)
            one_change = statistics.median(changes)
        figures.append((f"export.{label}_reexport_one_change", one_change, "s"))
        figures.append((f"export.{label}_reexport_one_change_written",
                        float(len(result.written)), "files"))
    if "cold" in hugo:  # Hugo builds pages only: compared with our export, cache warm
        figures.append((f"export.hugo_{label}_cold_build", hugo["cold"], "s"))
        figures.append(("export.full_vs_hugo_ratio", full / hugo["cold"], "x"))
    if "rebuild" in hugo:
        figures.append((f"export.hugo_{label}_rebuild_one_change", hugo["rebuild"], "s"))
        figures.append(("export.one_change_vs_hugo_rebuild_ratio", one_change / hugo["rebuild"],
                        "x"))
    return figures


if __name__ == "__main__":
    count = int(sys.argv[sys.argv.index("--products") + 1]) if "--products" in sys.argv else N
    for name, value, unit in run(count):
        print(f"{name}: {value:.3f} {unit}")
