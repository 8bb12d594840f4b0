"""Search as the seller types: Chinese through trigrams, short words, literal syntax, filters."""

from __future__ import annotations

from pathlib import Path

import pytest

from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import import_file, search_stock
from weidian_desktop.stocklists import search as search_module
from weidian_desktop.stocklists.search import categories, suppliers

ROWS = """sku,title,category,brand,price,availability
C-1,纯棉T恤 白色,服装 > 上衣,棉记,39.90,in stock
C-2,真丝围巾 红色,配饰 > 围巾,Silko,129.00,sold out
C-3,"Scarf ""AND"" hat -set*",配饰,Silko,88.00,on request
C-4,Cotton tee,服装,棉记,25.00,in stock
"""


@pytest.fixture
def supplier_id(store: ShopStore, tmp_path: Path) -> int:
    path = tmp_path / "list.csv"
    path.write_text(ROWS, encoding="utf-8")
    return import_file(store, path, supplier="S").supplier_id


def skus(store: ShopStore, text: str = "", **filters) -> list[str]:
    return [i["sku"] for i in search_stock(store, text, **filters).items]


def test_chinese_and_short_words(store: ShopStore, supplier_id: int) -> None:
    assert skus(store, "纯棉T恤") == ["C-1"]
    assert skus(store, "围巾") == ["C-2"]  # two characters: no trigram, LIKE finds it
    assert skus(store, "真丝围巾 红色") == ["C-2"]
    assert skus(store, "棉") == ["C-1", "C-4"]  # brand 棉记 matches too
    assert skus(store, "scarf") == ["C-3"]


def test_what_the_seller_types_is_never_query_syntax(store: ShopStore,
                                                     supplier_id: int) -> None:
    for text in ('"AND"', "-set*", 'Scarf "AND', "hat -set*", "NOT OR", "(((", "*"):
        result = search_stock(store, text)  # none of these may raise
        assert result.items == [] or [i["sku"] for i in result.items] == ["C-3"], text
    assert skus(store, '"AND"') == ["C-3"]


def test_filters_and_sorts(store: ShopStore, supplier_id: int) -> None:
    assert skus(store, category="服装", sort="price") == ["C-4", "C-1"]  # and sub-categories
    assert skus(store, category="配饰 > 围巾") == ["C-2"]
    assert skus(store, min_price=3000, max_price=10000, sort="-price") == ["C-3", "C-1"]
    assert skus(store, availability="sold_out") == ["C-2"]
    assert skus(store, availability=["in_stock", "on_request"], sort="title") == [
        "C-4", "C-3", "C-1"]
    assert skus(store, supplier_id=supplier_id + 1) == []
    assert skus(store, sort="newest") == ["C-4", "C-3", "C-2", "C-1"]
    with pytest.raises(ValidationError, match="Sort 'cheap'"):
        search_stock(store, sort="cheap")
    assert ("服装 > 上衣", 1) in categories(store, supplier_id)
    assert suppliers(store)[0]["items"] == 4


def test_counts_stop_at_the_cap(store: ShopStore, supplier_id: int,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_module, "COUNT_CAP", 2)
    result = search_stock(store, limit=1)
    assert (len(result.items), result.total, result.capped) == (1, 2, True)
    assert search_stock(store, "纯棉T恤").capped is False


def test_best_match_ranks_up_to_the_cap_then_keeps_file_order(
        store: ShopStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "linen.csv"
    path.write_text("sku,title,category,price\nL-1,Plain shirt,Linen goods,10\n"
                    "L-2,Linen shirt,Tops,10\n", encoding="utf-8")
    import_file(store, path, supplier="L")
    assert skus(store, "linen") == ["L-2", "L-1"]  # a title match outranks a category one
    monkeypatch.setattr(search_module, "COUNT_CAP", 1)
    assert skus(store, "linen") == ["L-1", "L-2"]
    assert skus(store, "linen", sort="newest") == ["L-2", "L-1"]


def test_reimport_keeps_the_index_true(store: ShopStore, supplier_id: int,
                                       tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(ROWS.replace("39.90", "45.00").replace("真丝围巾 红色", "羊绒围巾 红色"),
                    encoding="utf-8")
    report = import_file(store, path, supplier="S")
    assert report.updated == 2  # C-1's price (index untouched), C-2's title (re-indexed)
    assert skus(store, "纯棉T恤") == ["C-1"]
    assert skus(store, "真丝围巾") == [] and skus(store, "羊绒围巾") == ["C-2"]
    with store.atomic() as db:  # FTS5 compares its index with the items; raises if out of step
        db.execute("INSERT INTO stock_items_fts(stock_items_fts, rank) "
                   "VALUES ('integrity-check', 1)")
