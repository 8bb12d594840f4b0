"""Media figures: 1,000 QR PNGs and matrices, a 100-page product-poster PDF, 240 labels."""

from __future__ import annotations

import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from weidian_desktop.core.store import ShopStore  # noqa: E402
from weidian_desktop.demo import build_demo  # noqa: E402
from weidian_desktop.media import fonts, pdf_draw, qr  # noqa: E402
from weidian_desktop.media.posters import (  # noqa: E402
    PosterOptions,
    load_job,
    render_labels,
    render_products,
)

BASE = "https://xiaoman.example.com/p/"


def _items(store: ShopStore, count: int) -> tuple:
    """``count`` products cycled from the demo's, each with its own slug and link."""
    job = load_job(store, "labels")
    demo = [load_job(store, "product", item.slug).subject for item in job.items]
    items = [dataclasses.replace(demo[n % len(demo)], slug=f"item-{n}",
                                 url=f"{BASE}item-{n}/") for n in range(count)]
    return job.shop, items


def _cold() -> None:
    """Forget every QR code made so far: each run encodes its links afresh."""
    qr._matrix.cache_clear()
    pdf_draw._qr_path.cache_clear()


def _median(work, runs: int = 5) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of ``runs`` cold runs.

    CPU time is reported too because the machine is shared: with other work on the
    cores the wall clock counts the waiting, the CPU time only this work.
    """
    walls, cpus = [], []
    for _ in range(runs):
        _cold()
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def run() -> list[tuple[str, float, str]]:
    figures: list[tuple[str, float, str]] = []
    # Distinct links (the matrix cache holds 256), the way a label run would make them.
    wall, cpu = _median(lambda: [qr.qr_png(f"{BASE}product-{n:04d}/?src=bench", box=8)
                               for n in range(1000)], runs=3)
    figures += [("qr_png_1000", wall, "s"), ("qr_png_1000_cpu", cpu, "s")]
    # The matrix alone (the QR library's share of a poster or label run), uncached.
    wall, cpu = _median(lambda: [qr._matrix.__wrapped__(f"{BASE}item-{n:04d}/?src=bench", "M")
                                 for n in range(1000)], runs=3)
    figures += [("qr_matrix_1000", wall, "s"), ("qr_matrix_1000_cpu", cpu, "s")]

    start = time.perf_counter()
    fonts.register_reportlab_font()
    figures.append(("font_first_registration", time.perf_counter() - start, "s"))

    with tempfile.TemporaryDirectory() as tmp:
        path = build_demo(Path(tmp) / "bench.weidian")
        store = ShopStore.open(path, read_only=True)
        try:
            shop, items = _items(store, 240)
        finally:
            store.close()
        pdf: list[bytes] = []
        wall, cpu = _median(lambda: pdf.append(
            render_products(shop, items[:100], PosterOptions("A5"))))
        figures.append(("product_posters_100_pages_A5", wall, "s (goal < 1.5)"))
        figures.append(("product_posters_100_pages_A5_cpu", cpu, "s"))
        figures.append(("product_posters_100_pages_size", len(pdf[-1]) / 2**20, "MB"))
        labels: list[bytes] = []
        wall, cpu = _median(lambda: labels.append(
            render_labels(shop, items, PosterOptions("A4"))))
        figures.append(("label_sheet_240_labels_10_pages", wall, "s"))
        figures.append(("label_sheet_240_labels_10_pages_cpu", cpu, "s"))
        figures.append(("label_sheet_240_size", len(labels[-1]) / 2**20, "MB"))
    return figures


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name}: {value:.3f} {unit}")
