"""Supplier prices: three decimals are never silently read as thousands, ambiguous ones are
decided by the file's other prices (or the currency) and the rule is reported; amounts no
price can reach are refused per line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.conftest import run_cli
from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.money import ambiguous_separator, parse_money
from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists.importer import preview_import


def _preview(store: ShopStore, tmp_path: Path, lines: list[str], currency: str = "CNY"
             ) -> tuple[dict[str, int | None], list[str], list[str]]:
    path = tmp_path / "supplier.csv"
    path.write_text("sku,title,price,compare at price\n" + "\n".join(lines) + "\n",
                    encoding="utf-8")
    preview = preview_import(store, path, format="generic", currency=currency,
                             supplier="S")
    prices = {row.sku: row.price for row in preview.parsed.rows}
    skipped = [f"{p.line}: {p.reason}" for p in preview.parsed.problems if p.skipped]
    notes = [p.reason for p in preview.parsed.problems if not p.skipped]
    return prices, skipped, notes


def test_three_decimals_are_not_thousands_when_the_file_uses_a_decimal_point(
        store: ShopStore, tmp_path: Path) -> None:
    prices, skipped, notes = _preview(store, tmp_path, [
        '"A",Tea,0.125,', '"B",Cup,2.999,', '"C",Pot,1.234,', '"D",Bag,17.99,'])
    assert prices == {"D": 1799}  # none of them became 125.00, 2,999.00 or 1,234.00
    assert len(skipped) == 3 and all("more than 2 decimals" in s for s in skipped)
    assert any("'2.999'" in n and "decimal point" in n and "'0.125'" in n for n in notes)


def test_a_three_decimal_currency_keeps_them_exactly(store: ShopStore, tmp_path: Path
                                                     ) -> None:
    prices, skipped, _notes = _preview(store, tmp_path, [
        "A,Tea,0.125,", "B,Cup,2.999,", "C,Pot,1.234,"], currency="KWD")
    assert prices == {"A": 125, "B": 2999, "C": 1234} and not skipped


def test_thousands_separators_proven_by_the_file(store: ShopStore, tmp_path: Path) -> None:
    prices, skipped, notes = _preview(store, tmp_path, [
        'A,Tea,1.234,', 'B,Bag,"1.234.567",', 'C,Cup,"1.299,50",'], currency="EUR")
    assert prices == {"A": 123400, "B": 123456700, "C": 129950} and not skipped
    assert any("thousands separator" in n and "'1.234'" in n for n in notes)


def test_a_decimal_comma_file_reads_dots_as_groups(store: ShopStore, tmp_path: Path
                                                   ) -> None:
    prices, skipped, notes = _preview(store, tmp_path, [
        'A,Tea,"12,50",', 'B,Cup,"2,999",', 'C,Pot,1.234,'], currency="EUR")
    assert prices == {"A": 1250, "C": 123400}
    assert skipped == ["3: price '2,999' has more than 2 decimals for EUR"]
    assert len(notes) == 2


def test_no_evidence_falls_back_to_the_currency_and_says_so(store: ShopStore, tmp_path: Path
                                                            ) -> None:
    prices, _skipped, notes = _preview(store, tmp_path, ["A,Tea,1.234,", "B,Cup,25,"])
    assert prices == {"A": 123400, "B": 2500}
    assert notes == ["The price '1.234' was read with '.' as a thousands separator, because "
                     "CNY has 2 decimals and no other price in the file shows how '.' is "
                     "meant; if that is wrong, correct the file."]


def test_no_note_when_nothing_is_ambiguous(store: ShopStore, tmp_path: Path) -> None:
    prices, skipped, notes = _preview(store, tmp_path, ["A,Tea,1299,", 'B,Cup,"1,299.00",'])
    assert prices == {"A": 129900, "B": 129900} and not skipped and not notes


@pytest.mark.parametrize(("text", "sep"), [("1.234", "."), ("2,999", ","), ("¥1.234", "."),
                                           ("0.125", None), ("1234.567", None),
                                           ("1.234.567", None), ("17.99", None)])
def test_which_prices_are_ambiguous(text: str, sep: str | None) -> None:
    assert ambiguous_separator(text) == sep


def test_zero_point_is_never_a_thousands_group() -> None:
    with pytest.raises(ValidationError, match="more than 2 decimals"):
        parse_money("0.125", "CNY")
    assert parse_money("0.125", "KWD") == 125


# --- amounts no price can be ------------------------------------------------------------
@pytest.mark.parametrize("value", ["99999999999999999999", "1" + "0" * 400, "1000000000",
                                   "1e999"])
def test_huge_amounts_are_refused_in_one_sentence(value: str) -> None:
    with pytest.raises(ValidationError):
        parse_money(value, "CNY")
    assert parse_money("999999999.99", "CNY") == 99999999999


def test_huge_prices_and_counts_skip_their_line_only(shop_path: Path, tmp_path: Path) -> None:
    catalogue = tmp_path / "big.csv"
    catalogue.write_text(
        "Handle,Title,Variant SKU,Variant Price,Variant Compare At Price,"
        "Variant Inventory Qty\n"
        "tea,Tea,T-1,99999999999999999999,,3\n"
        "cup,Cup,C-1,12.00,99999999999999999999,3\n"
        "pot,Pot,P-1,12.00,,99999999999999999999\n"
        "bag,Bag,B-1,12.00,15.00,2\n", encoding="utf-8")
    run = run_cli("import", shop_path, catalogue, "--format", "shopify")
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    assert run.out.count("more than 1,000,000,000") == 3
    with ShopStore.open(shop_path, read_only=True) as store:
        assert store.query("SELECT sku, price FROM stock_items") == [
            {"sku": "B-1", "price": 1200}]


@pytest.mark.parametrize("rule", [["--markup", "1e30"], ["--markup", "99999999999"],
                                  ["--add", "999999999"]])
def test_a_markup_beyond_any_price_skips_the_items(rule: list[str], shop_path: Path,
                                                   tmp_path: Path) -> None:
    catalogue = tmp_path / "c.csv"
    catalogue.write_text("sku,title,price\nA,Tea,12\nB,Cup,2.99\n", encoding="utf-8")
    assert run_cli("import", shop_path, catalogue).code == 0
    run = run_cli("pick", shop_path, "--supplier", "c", "--all", *rule)
    assert run.code == 0, run.err
    assert run.out.count("lower the markup") == 2 and "Picked 0 products" in run.out


@pytest.mark.parametrize("language", ["en", "it", "zh-CN"])
def test_typed_prices_have_the_same_limit(language: str) -> None:
    from weidian_desktop.core.price_input import parse_price_input

    with pytest.raises(ValidationError, match="1,000,000,000 CNY"):
        parse_price_input("99999999999999999999", "CNY", language)
    assert parse_price_input("999999999", "CNY", language) == 99999999900
