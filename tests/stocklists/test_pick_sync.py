"""Pick with markup, undo a pick, re-import as a sync that respects the seller's edits, flags."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from i18n_pseudo import english

from weidian_desktop.core.errors import NotFoundError, ValidationError
from weidian_desktop.core.products import get_product, update_product
from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import (
    MarkupRule,
    flagged_ids,
    flagged_products,
    import_file,
    margins,
    pick,
    pick_items,
)
from weidian_desktop.stocklists.pick import restore_picked, round_price, unpick


def write(path: Path, rows: str) -> Path:
    path.write_text("sku,title,price,parent,size,stock\n" + rows, encoding="utf-8")
    return path


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    return write(tmp_path / "s.csv", "A-1,Silk scarf 真丝围巾,100.00,,,3\n"
                                     "T-S,Tee,20.00,TEE,S,0\nT-M,Tee,22.00,TEE,M,4\n")


MAPPING = {"sku": "sku", "title": "title", "price": "price", "group_key": "parent",
           "option:Size": "size", "quantity": "stock"}


@pytest.mark.parametrize(("minor", "rounding", "expected"), [
    (5387, ".90", 5390), (5391, ".90", 5490), (5387, ".99", 5399), (5300, "whole", 5300),
    (5301, "whole", 5400), (5387, "none", 5387), (123, ".99", 199)])
def test_rounding_lifts_to_the_next_ending(minor: int, rounding: str, expected: int) -> None:
    assert round_price(minor, rounding, 2) == expected


def test_markup_percent_fixed_rate_and_refusals() -> None:
    assert MarkupRule(Decimal(30), 200, ".90").price(3990, "CNY", "CNY") == 5390
    assert MarkupRule(Decimal(0), 0, "whole", Decimal("7.2")).price(1000, "USD", "CNY") == 7200
    assert MarkupRule(fixed=0).price(1000, "JPY", "JPY") == 1000
    with pytest.raises(ValidationError, match="exchange rate"):
        MarkupRule(Decimal(10)).price(1000, "USD", "CNY")
    with pytest.raises(ValidationError, match="above zero"):
        MarkupRule(Decimal(-100))
    with pytest.raises(ValidationError, match="Rounding"):
        MarkupRule(rounding=".95")


def test_pick_groups_variants_and_is_on_request(store: ShopStore, catalogue: Path) -> None:
    import_file(store, catalogue, supplier="S", mapping=MAPPING)
    result = pick_items(store, "S", all=True, markup=MarkupRule(Decimal(50), 0, "whole"))
    assert len(result.product_ids) == 2 and result.skipped == []
    scarf, tee = (get_product(store, i) for i in result.product_ids)
    assert (scarf.price, scarf.availability, scarf.quantity) == (15000, "on_request", None)
    assert [(v.options, v.price, v.supplier_price) for v in tee.variants] == [
        (["S"], 3000, 2000), (["M"], 3300, 2200)]
    assert [m.percent for m in margins(store)] == [33.3, 33.3]
    again = pick_items(store, "S", ["A-1"])
    assert again.product_ids == []
    assert [(sku, english(reason)) for sku, reason in again.skipped] == [
        ("A-1", "it is already in the shop")]
    with pytest.raises(NotFoundError, match="no item with SKU 'NOPE'"):
        pick(store, "S", ["NOPE"])
    with pytest.raises(NotFoundError, match="no supplier named"):
        pick(store, "Nobody", all=True)


def test_in_stock_pick_carries_counts(store: ShopStore, catalogue: Path) -> None:
    import_file(store, catalogue, supplier="S", mapping=MAPPING)
    [pid] = pick(store, "S", ["A-1"], availability="in_stock")
    assert (get_product(store, pid).availability, get_product(store, pid).quantity) == (
        "in_stock", 3)


def test_unpick_and_restore_keep_ids_and_markup(store: ShopStore, catalogue: Path) -> None:
    import_file(store, catalogue, supplier="S", mapping=MAPPING)
    ids = pick(store, "S", all=True, markup=MarkupRule(Decimal(10)))
    undone = unpick(store, ids)
    assert store.scalar("SELECT count(*) FROM products") == 0
    assert store.scalar("SELECT count(*) FROM variants") == 0
    assert margins(store) == []
    assert restore_picked(store, undone) == ids
    assert [m.amount for m in margins(store)] == [1000, 200]
    # The restored products still follow the supplier: their rule was put back too.
    write(catalogue, "A-1,Silk scarf 真丝围巾,200.00,,,3\nT-S,Tee,20.00,TEE,S,0\n"
                     "T-M,Tee,22.00,TEE,M,4\n")
    import_file(store, catalogue, supplier="S")
    assert get_product(store, ids[0]).price == 22000


def test_reimport_syncs_but_never_overwrites_the_sellers_edits(store: ShopStore,
                                                               catalogue: Path) -> None:
    import_file(store, catalogue, supplier="S", mapping=MAPPING)
    scarf_id, tee_id = pick(store, "S", all=True, markup=MarkupRule(Decimal(100)))
    scarf = get_product(store, scarf_id)
    scarf.title, scarf.overrides = "My own scarf title", ["title"]
    update_product(store, scarf)
    write(catalogue, "A-1,Silk scarf NEW,150.00,,,3\nT-M,Tee,25.00,TEE,M,4\nN-1,Hat,5,,,1\n")
    report = import_file(store, catalogue, supplier="S")
    assert (report.added, report.updated, report.discontinued) == (1, 2, 1)
    scarf = get_product(store, scarf_id)
    assert (scarf.title, scarf.price, scarf.supplier_price) == ("My own scarf title", 30000,
                                                                15000)
    tee = get_product(store, tee_id)
    assert [(v.options, v.price) for v in tee.variants] == [(["S"], 4000), (["M"], 5000)]
    assert [(f.product_id, f.sku) for f in flagged_products(store)] == [(tee_id, "T-S")]
    assert flagged_ids(store, [scarf_id, tee_id, 999]) == {tee_id}
    # The supplier lists it again: no longer discontinued, no longer flagged.
    write(catalogue, "A-1,Silk scarf NEW,150.00,,,3\nT-M,Tee,25.00,TEE,M,4\n"
                     "T-S,Tee,20.00,TEE,S,0\nN-1,Hat,5,,,1\n")
    assert import_file(store, catalogue, supplier="S").updated == 1
    assert flagged_products(store) == []


def test_a_bad_line_does_not_discontinue_its_item(store: ShopStore, catalogue: Path) -> None:
    import_file(store, catalogue, supplier="S", mapping=MAPPING)
    write(catalogue, "A-1,Silk scarf 真丝围巾,lots,,,3\nT-S,Tee,20.00,TEE,S,0\n"
                     "T-M,Tee,22.00,TEE,M,4\n")
    report = import_file(store, catalogue, supplier="S")
    assert report.discontinued == 0 and [p.line for p in report.skipped] == [2]
