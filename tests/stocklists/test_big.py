"""A generated 100,000-row supplier CSV imports whole, finds Chinese, and re-imports as a sync."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import import_file, search_stock

ROWS = 100_000
_WORDS = ("真丝围巾", "纯棉T恤", "Wool hat", "Linen shirt", "羊毛大衣")


def write_catalogue(path: Path, price_of=lambda i: f"{i % 900 + 5}.{i % 100:02d}") -> None:
    lines = ["sku,title,category,price,stock"]
    lines += [f"S{i:06d},{_WORDS[i % 5]} {i},{'服装 > 上衣' if i % 3 else 'Accessories'},"
              f"{price_of(i)},{i % 7}" for i in range(ROWS)]
    lines[77_778] = "S077777,,Accessories,1.00,1"  # one bad line in the middle: no title
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.slow
def test_100000_rows_import_search_and_resync(store: ShopStore, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    write_catalogue(path)
    started = time.process_time()
    report = import_file(store, path, supplier="Big")
    cpu = time.process_time() - started
    assert (report.rows, report.items, report.added) == (ROWS, ROWS - 1, ROWS - 1)
    assert [(p.line, p.reason) for p in report.skipped] == [(77_779, "the line has no title")]
    assert cpu < 30  # ~2 s of CPU here; a regression to per-row indexing shows at once
    assert store.scalar("SELECT count(*) FROM stock_items_fts WHERE stock_items_fts "
                        "MATCH '\"羊毛大衣\"'") == ROWS // 5
    found = search_stock(store, "羊毛大衣 99999", supplier_id=report.supplier_id)
    assert [i["sku"] for i in found.items] == ["S099999"]
    assert search_stock(store, "围巾", supplier_id=report.supplier_id).capped
    # Every 1,000th price changes and the last 10 rows are gone: a sync, not a reload.
    write_catalogue(path, lambda i: "1.00" if i % 1000 == 0 else f"{i % 900 + 5}.{i % 100:02d}")
    text = path.read_text(encoding="utf-8").splitlines()[:-10]
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    again = import_file(store, path, supplier="Big")
    assert (again.added, again.updated, again.discontinued) == (0, 100, 10)
    assert search_stock(store, "S099995", supplier_id=report.supplier_id).items == []
