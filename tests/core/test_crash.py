"""SIGKILL in the middle of writing: the file stays healthy and every commit survives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from weidian_desktop.core.check import run_check
from weidian_desktop.core.products import Product, get_product
from weidian_desktop.core.store import ShopStore

WRITER = """
import sys
from weidian_desktop.core.products import Product, ProductOption, Variant, create_product
from weidian_desktop.core.store import ShopStore
store = ShopStore.open(sys.argv[1])
start = int(sys.argv[2])
for i in range(start, start + 5000):
    pid = create_product(store, Product(
        title=f"Product {i}", price=i, description="d" * 200, tags=["a", "b", "c"],
        options=[ProductOption("Size", ["S", "M"])],
        variants=[Variant(["S"], sku=f"S-{i}"), Variant(["M"], sku=f"M-{i}")]))
    # Printed only after the commit returned: the parent may count on these.
    print(pid, i, flush=True)
"""


@pytest.mark.slow
def test_sigkill_while_writing_loses_nothing_committed(shop_path: Path) -> None:
    rng = random.Random(20261122)
    committed: dict[int, int] = {}
    unreported: set[int] = set()  # committed just before the kill, never printed
    for round_no in range(12):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(shop_path), str(round_no * 10000)],
            stdout=subprocess.PIPE, text=True)
        # Kill after a random number of commits (not a random time: a loaded machine
        # would then sometimes kill before the writer got going), then a random moment
        # later, so the kill lands at every stage of a transaction.
        lines = [writer.stdout.readline() for _ in range(rng.randint(20, 120))]
        time.sleep(rng.uniform(0, 0.05))
        os.kill(writer.pid, signal.SIGKILL)
        out, _ = writer.communicate()
        for line in [*lines, *out.splitlines(keepends=True)]:
            parts = line.split()
            if len(parts) != 2 or not line.endswith("\n"):
                continue  # cut off by the kill: that commit counts as unreported
            committed[int(parts[0])] = int(parts[1])
        with ShopStore.open(shop_path) as store:
            report = run_check(store)
            assert report.ok, [f.message for f in report.findings]
            ids = {r[0] for r in store.conn.execute("SELECT id FROM products")}
            # Every reported commit is there; at most the one under way may be extra.
            assert set(committed) <= ids
            extra = ids - set(committed) - unreported
            assert len(extra) <= 1
            unreported |= extra
            # Nothing half-written: each product has all its variants and tags.
            assert store.scalar(
                "SELECT count(*) FROM products p WHERE (SELECT count(*) FROM variants v "
                "WHERE v.product_id = p.id) != 2 OR (SELECT count(*) FROM product_tags t "
                "WHERE t.product_id = p.id) != 3") == 0
            for pid in rng.sample(sorted(committed), min(5, len(committed))):
                product: Product = get_product(store, pid)
                assert product.title == f"Product {committed[pid]}"
                assert [v.sku for v in product.variants] == [f"S-{committed[pid]}",
                                                             f"M-{committed[pid]}"]
    assert len(committed) >= 12 * 20  # the writer really got going each time
