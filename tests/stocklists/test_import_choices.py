"""What an import settles first: the supplier, the currency, the language; emptied suppliers."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

from weidian_desktop.core.products import get_product
from weidian_desktop.core.shop import update_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import MarkupRule, import_file, pick, preview_import
from weidian_desktop.stocklists.detect import detect_format
from weidian_desktop.stocklists.import_choices import (
    catalogue_language,
    detect_language,
    sample_rows,
    stated_currency,
    suggest_supplier,
    vanishing,
)
from weidian_desktop.stocklists.reading import read_source
from weidian_desktop.stocklists.search import item_label

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stocklists"
APPAREL = FIXTURES / "apparel_shopify.csv"  # English titles, dollars, sizes


def apparel_csv(folder: Path, name: str = "apparel.csv") -> Path:
    """The English Shopify export under ``name`` (a file's name decides its supplier)."""
    path = folder / name
    shutil.copyfile(APPAREL, path)
    return path


def test_a_new_file_is_a_new_supplier_named_from_it(store: ShopStore, tmp_path: Path) -> None:
    assert suggest_supplier(store, tmp_path / "Spring_apparel_2025-03.csv") == "Spring apparel"
    import_file(store, FIXTURES / "generic_semicolon.csv", supplier="Bottega",
                currency="EUR")
    # The same supplier's next list, dated differently, goes to the same supplier...
    assert suggest_supplier(store, tmp_path / "generic_semicolon v2.csv") == "Bottega"
    assert suggest_supplier(store, tmp_path / "bottega.csv") == "Bottega"  # ...as its name
    assert suggest_supplier(store, tmp_path / "apparel.csv") == "apparel"
    # The command line without --supplier files it the same way.
    report = import_file(store, apparel_csv(tmp_path), currency="USD")
    assert report.supplier == "apparel"


def test_the_currency_is_the_files_then_the_suppliers(store: ShopStore, tmp_path) -> None:
    feed = read_source(FIXTURES / "merchant_feed.tsv")  # "19.99 USD"
    assert stated_currency(sample_rows(feed, detect_format(feed))) == "USD"
    shopify = read_source(apparel_csv(tmp_path))
    assert stated_currency(sample_rows(shopify, "shopify")) is None  # Shopify never says
    # Without --currency the file's own wins over the shop's (CNY): no dollars made yuan.
    assert preview_import(store, FIXTURES / "merchant_feed.tsv").currency == "USD"
    import_file(store, apparel_csv(tmp_path), supplier="Apparel Co", currency="USD")
    assert preview_import(store, apparel_csv(tmp_path, "apparel-2.csv"),
                          supplier="Apparel Co").currency == "USD"  # the supplier's last


def test_the_language_of_the_titles(store: ShopStore, tmp_path: Path) -> None:
    assert detect_language(["真丝围巾 Silk scarf", "手工陶瓷杯"]) == "zh-CN"
    assert detect_language(["Sciarpa di lana con frange", "Borsa in pelle per la spesa",
                            "Tazza della nonna"]) == "it"
    assert detect_language(["Wollschal", "Ledertasche"]) is None  # not told: ask
    rows = sample_rows(read_source(apparel_csv(tmp_path)), "shopify")
    assert rows and rows[0].title == "Classic Varsity Top"
    preview = preview_import(store, apparel_csv(tmp_path), currency="USD")
    assert preview.language == "en"


def test_picked_titles_keep_their_language(store: ShopStore, tmp_path: Path) -> None:
    update_shop(store, languages=["zh-CN", "en"])  # a Chinese shop that also speaks English
    import_file(store, apparel_csv(tmp_path), supplier="Apparel", currency="USD")
    assert catalogue_language(store, "Apparel") == "en"
    [pid] = pick(store, "Apparel", ["OBS-1"], markup=MarkupRule(rate=Decimal("7.2")))
    product = get_product(store, pid)
    # The English tab holds the English title as its own, not "empty: shows the Chinese".
    assert product.translations["en"]["title"] == "Ocean Blue Shirt"
    assert product.title == "Ocean Blue Shirt"  # the Chinese text is the seller's to write


def test_an_import_that_would_empty_a_supplier_is_flagged(store: ShopStore,
                                                          tmp_path: Path) -> None:
    import_file(store, FIXTURES / "generic_semicolon.csv", supplier="Bottega",
                currency="EUR")
    had = int(store.scalar("SELECT count(*) FROM stock_items"))
    preview = preview_import(store, apparel_csv(tmp_path), supplier="Bottega", currency="USD")
    found = vanishing(store, preview.supplier_id, preview.supplier,
                      len(preview.plan.discontinued))
    assert found is not None and (found.gone, found.had) == (had, had)
    again = preview_import(store, FIXTURES / "generic_semicolon.csv", supplier="Bottega",
                           currency="EUR")
    assert vanishing(store, again.supplier_id, again.supplier,
                     len(again.plan.discontinued)) is None


def test_variants_are_told_apart_by_their_options() -> None:
    assert item_label("Classic Varsity Top", {"Size": "M", "Colour": "Navy"}) == \
        "Classic Varsity Top — Size: M · Colour: Navy"
    assert item_label("Mug", '{"Colour": "White"}') == "Mug — Colour: White"
    assert item_label("Mug", {}) == "Mug"
