"""The catalogue samples in tests/fixtures/catalog-samples/ import with exact counts.

Counted by hand from the files (see the README of the samples):
- shopify_template_2023_dialect.csv: 3 handles (example-shirt 12 variants = 4 colours x
  3 sizes, example-pants 3 sizes + 1 image-only row, example-hat 1 "Default Title"
  variant) -> 3 products, 16 variants; distinct images per product (Image Src and
  Variant Image together): shirt 6, pants 4, hat 1 -> 11. All 16 barcodes were mangled
  by Excel into scientific notation (3.65275E+11 …): 16 warnings, barcodes dropped.
- shopify_partners_dialect.csv: 20 handles, classic-varsity-top has 3 sizes and
  the other 19 one "Default Title" variant -> 20 products, 22 variants; one image per
  product -> 20. No SKUs at all: keys are made from the handle (and size).
- woocommerce_sample_products.csv: 24 rows = 2 variable parents (cc-tee with 3
  variations, cc-hoodie with 6), 11 simple (2 of them "simple, downloadable, virtual"),
  1 grouped and 1 external -> 13 products, 20 variants (variations + simple products);
  the grouped and external rows are skipped with a reason. Images per product: cc-tee 3
  (the variations reuse the parent's), cc-hoodie 7 (4 on the parent + 3 "with-logo"
  variation images), 1 for each simple product -> 21.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import import_file

from .conftest import counts

EXPECTED = {
    "shopify_template_2023_dialect.csv": ("shopify", 3, 16, 11),
    "shopify_partners_dialect.csv": ("shopify", 20, 22, 20),
    "woocommerce_sample_products.csv": ("woocommerce", 13, 20, 21),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_imports_with_exact_counts(store: ShopStore, samples: Path, name: str) -> None:
    fmt, products, items, images = EXPECTED[name]
    report = import_file(store, samples / name, supplier=name, currency="USD")
    assert report.format == fmt
    assert (report.products, report.items, report.images) == (products, items, images)
    assert counts(store, name) == (products, items, images)


def test_shopify_template_barcodes_flagged_not_trusted(store: ShopStore, samples: Path) -> None:
    report = import_file(store, samples / "shopify_template_2023_dialect.csv",
                         supplier="Acme", currency="USD")
    barcode_warnings = [p for p in report.problems if p.field == "Variant Barcode"]
    assert len(barcode_warnings) == 16 and not any(p.skipped for p in barcode_warnings)
    assert barcode_warnings[0].line == 2 and "3.65275E+11" in barcode_warnings[0].reason
    assert store.scalar("SELECT count(*) FROM stock_items WHERE barcode IS NOT NULL") == 0
    stored = json.loads(str(store.scalar("SELECT problems FROM imports")))
    assert len(stored) == 16 and stored[0]["line"] == 2


def test_shopify_template_fields(store: ShopStore, samples: Path) -> None:
    import_file(store, samples / "shopify_template_2023_dialect.csv", supplier="Acme",
                currency="USD")
    shirt = store.query("SELECT * FROM stock_items WHERE sku = 'SRT_COT_222'")[0]
    assert shirt["title"] == "Example T-Shirt" and shirt["group_key"] == "example-shirt"
    assert json.loads(shirt["options"]) == {"Color": "Blue", "Size": "M"}
    assert shirt["price"] == 2500 and shirt["currency"] == "USD"
    assert shirt["description"].startswith("A plain cotton tee, cut straight and sewn to last.")
    assert "<p>" not in shirt["description"]
    # Not tracked by Shopify (empty tracker): always sellable, no count.
    assert shirt["availability"] == "in_stock" and shirt["quantity"] is None
    pants = store.query("SELECT * FROM stock_items WHERE sku = 'PNT_DEN_405'")[0]
    assert (pants["availability"], pants["quantity"]) == ("in_stock", 10)
    assert pants["compare_at_price"] == 6495
    hat = store.query("SELECT * FROM stock_items WHERE sku = 'HAT_GRY_275'")[0]
    assert json.loads(hat["options"]) == {}  # "Title: Default Title" is no option
    assert hat["availability"] == "sold_out"  # Status archived: the supplier stopped selling


def test_partners_file_without_skus_gets_stable_keys(store: ShopStore, samples: Path) -> None:
    import_file(store, samples / "shopify_partners_dialect.csv", supplier="Partners",
                currency="USD")
    skus = {r[0] for r in store.conn.execute("SELECT sku FROM stock_items")}
    assert {"ocean-blue-shirt", "classic-varsity-top-small", "classic-varsity-top-large"} <= skus
    again = import_file(store, samples / "shopify_partners_dialect.csv",
                        supplier="Partners", currency="USD")
    assert (again.added, again.updated, again.unchanged, again.discontinued) == (0, 0, 22, 0)


def test_woocommerce_sample_variations_and_skips(store: ShopStore, samples: Path) -> None:
    report = import_file(store, samples / "woocommerce_sample_products.csv", supplier="CC",
                         currency="USD")
    skipped = {p.line: p.reason for p in report.skipped}
    assert set(skipped) == {17, 18}  # the grouped and the external product
    assert "grouped" in skipped[17] and "external" in skipped[18]
    hoodie = store.query("SELECT * FROM stock_items WHERE sku = 'cc-hoodie-red'")[0]
    assert hoodie["title"] == "Hoodie" and hoodie["group_key"] == "cc-hoodie"
    assert json.loads(hoodie["options"]) == {"Color": "Red", "Logo": "No"}
    assert (hoodie["price"], hoodie["compare_at_price"]) == (4200, 4500)  # sale price
    assert hoodie["category"] == "Clothing > Hoodies"  # inherited from the parent
    assert store.scalar("SELECT count(*) FROM stock_items WHERE group_key = 'cc-hoodie'") == 6
