"""Stocklist figures: import 100,000 supplier rows, search them; beside sqlite-utils.

Baselines, on the same generated CSV: ``sqlite-utils insert DB items FILE --csv``
(a plain insert: no parsing of prices, no diff, no full-text index) for the import,
and a ``LIKE '%term%'`` query on that sqlite-utils table for search (what finding
text costs without an index). Ratios are ours / baseline. Import times are printed as
wall clock and as CPU time: on a shared machine the wall clock mostly measures the queue.
Usage: python benchmarks/bench_stocklists.py
"""

from __future__ import annotations

import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import import_file, search_stock

N = 100_000
QUERIES = 200
LIKE_QUERIES = 30
COMMON = ["cotton", "纯棉", "shirt"]  # each in roughly a third of the titles or more
RARE = ["zircon", "翡翠手镯", "ZX-7"]  # each in a handful of rows
_ADJ = ["Soft", "Classic", "Slim", "Warm", "Light", "Vintage", "Casual", "Summer", "Winter"]
_NOUN = ["shirt", "scarf", "hat", "bag", "dress", "coat", "jeans", "sweater", "skirt", "belt"]
_ZH = ["纯棉", "真丝", "羊毛", "帆布", "皮革", "亚麻", "针织", "牛仔"]
_ZH_NOUN = ["围巾", "T恤", "连衣裙", "外套", "帽子", "包", "毛衣", "裤子"]
_CATS = ["Clothing > Tops", "Clothing > Bottoms", "Accessories > Scarves", "Bags",
         "Accessories > Hats", "Shoes", "服装 > 上衣", "服装 > 裤子"]


def write_supplier_csv(path: Path, rows: int = N, seed: int = 7) -> None:
    """A supplier CSV like the ones sellers get: mixed Chinese/English, some HTML."""
    rnd = random.Random(seed)
    lines = ["sku,title,description,category,brand,price,stock,image"]
    for i in range(rows):
        material = "cotton" if rnd.random() < 0.35 else rnd.choice(["linen", "wool", "silk"])
        title = (f"{rnd.choice(_ADJ)} {material} {rnd.choice(_NOUN)} "
                 f"{rnd.choice(_ZH)}{rnd.choice(_ZH_NOUN)} {i % 97}")
        if i % 20_000 == 1234:
            title += " zircon 翡翠手镯 ZX-7"
        description = f"{material.title()} {rnd.choice(_NOUN)}, sizes S-XL, ships in 48h."
        if i % 10 == 0:
            description = f"<p>{description}</p><ul><li>Care: hand wash</li></ul>"
        price = f"{rnd.randint(5, 900)}.{rnd.randint(0, 99):02d}"
        lines.append(f'SKU-{i:06d},"{title}","{description}",{rnd.choice(_CATS)},'
                     f"Brand{i % 50},{price},{rnd.randint(0, 500)},"
                     f"https://img.example/{i}.jpg")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def _sqlite_utils() -> str:
    local = Path(sys.executable).with_name("sqlite-utils")
    return str(local) if local.exists() else (shutil.which("sqlite-utils") or "sqlite-utils")


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(samples: list[float], fn: object, *args: object, **kwargs: object) -> None:
    start = time.perf_counter()
    fn(*args, **kwargs)  # type: ignore[operator]
    samples.append((time.perf_counter() - start) * 1000)


def run() -> list[tuple[str, float, str]]:
    """Wall and CPU seconds: CPU time stays meaningful on a machine shared with others."""
    figures: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "supplier.csv"
        write_supplier_csv(csv_path)
        baseline_db = folder / "baseline.db"
        start, cpu = time.perf_counter(), _cpu_children()
        subprocess.run([_sqlite_utils(), "insert", str(baseline_db), "items", str(csv_path),
                        "--csv"], check=True, capture_output=True)
        baseline, baseline_cpu = time.perf_counter() - start, _cpu_children() - cpu
        store = ShopStore.create(folder / "bench.weidian", name="Bench")
        start, cpu = time.perf_counter(), time.process_time()
        report = import_file(store, csv_path, supplier="Big")
        ours, ours_cpu = time.perf_counter() - start, time.process_time() - cpu
        assert report.items == N, report.summary()
        figures += [("stocklists.import_100000_rows", ours, "s"),
                    ("stocklists.import_100000_rows_cpu", ours_cpu, "s"),
                    ("stocklists.sqlite_utils_insert_100000_rows", baseline, "s"),
                    ("stocklists.sqlite_utils_insert_100000_rows_cpu", baseline_cpu, "s"),
                    ("stocklists.import_vs_sqlite_utils", ours / baseline, "x"),
                    ("stocklists.import_vs_sqlite_utils_cpu", ours_cpu / baseline_cpu, "x")]
        start, cpu = time.perf_counter(), time.process_time()
        import_file(store, csv_path, supplier="Big")
        figures += [("stocklists.reimport_unchanged_100000_rows",
                     time.perf_counter() - start, "s"),
                    ("stocklists.reimport_unchanged_100000_rows_cpu",
                     time.process_time() - cpu, "s")]
        plain = sqlite3.connect(baseline_db)
        for kind, terms in (("rare", RARE), ("common", COMMON)):
            ours_ms: list[float] = []
            like_ms: list[float] = []
            for n in range(QUERIES):
                term = terms[n % len(terms)]
                _timed(ours_ms, search_stock, store, term, supplier_id=report.supplier_id,
                       limit=50)
            for n in range(LIKE_QUERIES):  # each is a full scan: fewer keep the run short
                term, like = terms[n % len(terms)], f"%{terms[n % len(terms)]}%"
                _timed(like_ms, _like_scan, plain, like)
            p50, p95 = _percentiles(ours_ms)
            _b50, b95 = _percentiles(like_ms)
            figures += [(f"stocklists.search_{kind}_p50", p50, "ms"),
                        (f"stocklists.search_{kind}_p95", p95, "ms"),
                        (f"stocklists.like_scan_{kind}_p95", b95, "ms"),
                        (f"stocklists.search_{kind}_p95_vs_like_scan", p95 / b95, "x")]
        price_ms: list[float] = []
        for n in range(LIKE_QUERIES):
            _timed(price_ms, search_stock, store, COMMON[n % len(COMMON)],
                   supplier_id=report.supplier_id, limit=50, sort="price")
        figures.append(("stocklists.search_common_by_price_p95", _percentiles(price_ms)[1],
                        "ms"))
        plain.close()
        store.close()
    return figures


def _like_scan(plain: sqlite3.Connection, like: str) -> None:
    plain.execute("SELECT * FROM items WHERE title LIKE ? OR description LIKE ? LIMIT 50",
                  (like, like)).fetchall()
    plain.execute("SELECT count(*) FROM items WHERE title LIKE ? OR description LIKE ?",
                  (like, like)).fetchone()


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name}: {value:.3f} {unit}")
