"""The bulk-load shortcuts of a big import leave the shop as the row-by-row path would."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from weidian_desktop.core.errors import Cancelled
from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import import_file, search_stock
from weidian_desktop.stocklists.rows import StockRow
from weidian_desktop.stocklists.sync import BULK_INDEX_ROWS, values

from .conftest import counts, snapshot

ROWS = BULK_INDEX_ROWS + 500  # enough to take the one-statement indexing path


def _write(path: Path) -> None:
    lines = ["sku,group,title,description,price,image"]
    for i in range(ROWS):
        group = f"G{i // 3}" if i < 300 else ""  # 100 products of three variants, then singles
        lines.append(f'S{i:05d},{group},羊毛围巾 Wool scarf {i},"<p>Warm <b>wool</b></p>",'
                     f"{i % 90 + 1}.50,https://img.example/{i % 7}.jpg")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _hashsize(store: ShopStore) -> object:
    return store.scalar("SELECT v FROM stock_items_fts_config WHERE k = 'hashsize'")


def test_bulk_import_restores_settings_and_keeps_the_index_sound(store: ShopStore,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "bulk.csv"
    _write(path)
    with store.atomic() as db:  # a shop that set its own buffer keeps it
        db.execute("INSERT INTO stock_items_fts (stock_items_fts, rank) "
                   "VALUES ('hashsize', 2000000)")
    assert gc.isenabled()
    report = import_file(store, path, supplier="Bulk")
    assert gc.isenabled()  # the collector is paused only while the import runs
    # 100 products of three variants with three images each, then one product per row.
    assert (report.products, report.items, report.images) == (100 + ROWS - 300, ROWS,
                                                              300 + ROWS - 300)
    assert counts(store, "Bulk") == (report.products, report.items, report.images)
    assert _hashsize(store) == 2000000
    with store.atomic() as db:  # an index out of step with its rows raises here
        db.execute("INSERT INTO stock_items_fts (stock_items_fts) VALUES ('integrity-check')")
    assert store.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'stock_items_ai'") == 1
    found = search_stock(store, f"羊毛围巾 {ROWS - 1}", supplier_id=report.supplier_id)
    assert [i["sku"] for i in found.items] == [f"S{ROWS - 1:05d}"]


def test_cancelled_bulk_import_leaves_the_shop_as_it_was(store: ShopStore,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "bulk.csv"
    _write(path)
    before = snapshot(store)
    with pytest.raises(Cancelled):
        import_file(store, path, supplier="Bulk", progress=lambda *_: None,
                    cancel=lambda: store.scalar("SELECT count(*) FROM stock_items") > 0)
    assert snapshot(store) == before
    assert gc.isenabled()


def test_image_list_json_is_what_json_dumps_writes() -> None:
    urls = ['https://img.example/a"b.jpg', "https://img.example/\\é中.jpg", "https://x/\x01"]
    row = StockRow(sku="S", title="T", image_urls=urls)
    assert values(row, "CNY")[-1] == json.dumps(urls, ensure_ascii=False)
