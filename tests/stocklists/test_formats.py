"""The project's own fixtures, one or more per format, import with exact counts and values.

The files are written by tests/fixtures/stocklists/make_fixtures.py; the counts
below were made by reading that script, not by running the importer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from weidian_desktop.core.errors import ImportFileError
from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import detect_format, import_file
from weidian_desktop.stocklists.reading import read_source

from .conftest import counts

# file: (detected format, encoding, products, items, images, skipped lines, warnings)
EXPECTED = {
    "merchant_feed.tsv": ("merchant", "utf-8", 4, 6, 7, [7, 8], [6]),
    "merchant_feed.xml": ("merchant", "utf-8", 2, 3, 4, [41], []),
    "merchant_feed_atom.xml": ("merchant", "utf-8", 2, 2, 2, [], []),
    "taobao_pack_gbk.csv": ("taobao", "gb18030", 3, 6, 3, [7, 8], []),
    "shopify_2024.csv": ("shopify", "utf-8", 2, 3, 6, [7], [6]),
    "shopify_legacy.csv": ("shopify", "utf-8", 2, 3, 3, [5], [6]),
    "shopify_trimmed.csv": ("shopify", "utf-8", 3, 3, 0, [4], []),
    "woocommerce_small.csv": ("woocommerce", "utf-8", 2, 4, 5, [7, 8, 9, 10], []),
    "generic_utf16.txt": ("generic", "utf-16", 4, 4, 3, [], []),
    "generic_gbk.csv": ("generic", "gb18030", 4, 4, 4, [5], [3]),
    "generic_semicolon.csv": ("generic", "utf-8-sig", 3, 3, 2, [], []),
    "generic_price_headers.csv": ("generic", "utf-8", 2, 2, 0, [], []),
    "generic_price_currency.csv": ("generic", "utf-8", 2, 2, 0, [], []),
}


def items(store: ShopStore) -> dict[str, dict]:
    rows = store.query("SELECT * FROM stock_items")
    for row in rows:
        row["options"] = json.loads(row["options"])
        row["image_urls"] = json.loads(row["image_urls"])
    return {r["sku"]: r for r in rows}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_imports_with_exact_counts(store: ShopStore, fixtures: Path, name: str) -> None:
    fmt, encoding, products, n_items, images, skipped, warnings = EXPECTED[name]
    assert detect_format(read_source(fixtures / name)) == fmt
    report = import_file(store, fixtures / name, supplier="S")
    assert (report.format, report.encoding) == (fmt, encoding)
    assert (report.products, report.items, report.images) == (products, n_items, images)
    assert counts(store, "S") == (products, n_items, images)
    assert [p.line for p in report.problems if p.skipped] == skipped
    assert [p.line for p in report.problems if not p.skipped] == warnings
    stored = json.loads(str(store.scalar("SELECT problems FROM imports")))
    assert [p["line"] for p in stored] == sorted(skipped + warnings)


def test_merchant_tsv_values(store: ShopStore, fixtures: Path) -> None:
    import_file(store, fixtures / "merchant_feed.tsv", supplier="M")
    got = items(store)
    assert got["TS-RED-M"]["price"] == 1599 and got["TS-RED-M"]["compare_at_price"] == 1999
    assert got["TS-RED-M"]["currency"] == "USD"  # from "19.99 USD", not the shop's CNY
    assert got["TS-RED-S"]["options"] == {"Color": "Red", "Size": "S"}
    assert got["TS-RED-S"]["group_key"] == "TS"
    assert got["TS-RED-S"]["description"] == "Soft cotton tee."
    assert got["TS-RED-S"]["category"] == "Apparel > Tops"
    assert got["TS-RED-S"]["image_urls"] == ["https://img.example/tee-red.jpg",
                                             "https://img.example/tee-back.jpg",
                                             "https://img.example/tee-side.jpg"]
    assert got["TS-BLU-S"]["availability"] == "sold_out"
    assert got["MUG-01"]["availability"] == "on_request"  # preorder
    assert got["MUG-01"]["barcode"] == "4006381333931"
    assert got["SCARF-01"]["availability"] == "in_stock"  # the older "in stock" spelling
    assert got["SCARF-01"]["barcode"] is None
    assert got["CAP-01"]["availability"] == "on_request" and got["CAP-01"]["image_urls"] == []


def test_merchant_xml_values(store: ShopStore, fixtures: Path) -> None:
    report = import_file(store, fixtures / "merchant_feed.xml", supplier="X")
    got = items(store)
    assert got["SH-1-39"]["price"] == 4900 and got["SH-1-39"]["currency"] == "EUR"
    assert got["SH-1-38"]["options"] == {"Size": "38"}
    assert got["SH-1-38"]["image_urls"][1:] == ["https://img.example/shoe-2.jpg",
                                                "https://img.example/shoe-3.jpg"]
    assert got["SH-1-38"]["price"] == 5900  # not the shipping price nested in the item
    assert got["BAG-7"]["description"] == "Roomy canvas bag."  # CDATA HTML, script dropped
    assert got["BAG-7"]["category"] == "Bags > Totes"
    assert "no id" in report.problems[0].reason


def test_atom_feed_prefers_g_id(store: ShopStore, fixtures: Path) -> None:
    import_file(store, fixtures / "merchant_feed_atom.xml", supplier="A")
    got = items(store)
    assert set(got) == {"LAMP-1", "VASE-2"}  # not Atom's own <id>tag:…</id>
    assert got["LAMP-1"]["title"] == "Desk lamp 台灯"


def test_taobao_pack_values(store: ShopStore, fixtures: Path) -> None:
    import_file(store, fixtures / "taobao_pack_gbk.csv", supplier="淘宝供应商")
    got = items(store)
    assert got["SJ-001-RED"]["title"] == "真丝围巾 女 春秋 百搭"
    assert got["SJ-001-RED"]["options"] == {"颜色分类": "酒红色"}
    assert got["SJ-001-RED"]["image_urls"] == [
        "https://img.alicdn.com/imgextra/i1/scarf1.jpg",
        "https://img.alicdn.com/imgextra/i2/scarf2.jpg"]
    assert got["SJ-001-RED"]["description"] == "100%桑蚕丝，手工卷边。"
    assert got["TX-100-WH-M"]["options"] == {"颜色分类": "白色", "尺码": "M"}
    assert (got["TX-100-WH-M"]["price"], got["TX-100-WH-M"]["quantity"]) == (4290, 50)
    assert got["TX-100-BK-L"]["image_urls"] == ["https://img.alicdn.com/imgextra/i3/tee.jpg"]
    assert got["MK-9"]["availability"] == "sold_out" and got["MK-9"]["image_urls"] == []
    assert got["MK-9"]["barcode"] == "6901234567892" and got["MK-9"]["currency"] == "CNY"


def test_shopify_2024_dialect_values(store: ShopStore, fixtures: Path) -> None:
    import_file(store, fixtures / "shopify_2024.csv", supplier="New")
    got = items(store)
    assert (got["SC-R"]["availability"], got["SC-R"]["quantity"]) == ("in_stock", 5)
    assert got["SC-B"]["availability"] == "on_request"  # continue selling when out of stock
    assert got["SC-R"]["description"] == "Hand-rolled edges.\n\nPure silk."
    assert got["SC-R"]["category"] == "Apparel & Accessories > Scarves"
    assert got["SC-B"]["image_urls"] == [
        "https://img.example/scarf-blue.jpg", "https://img.example/scarf-1.jpg",
        "https://img.example/scarf-2.jpg", "https://img.example/scarf-3.jpg"]
    assert got["TC-1"]["price"] == 3550 and got["TC-1"]["options"] == {}


def test_shopify_legacy_continue_policy_is_on_request(store: ShopStore, fixtures: Path) -> None:
    report = import_file(store, fixtures / "shopify_legacy.csv", supplier="Old")
    got = items(store)
    assert got["LS-S"]["availability"] == "in_stock"
    assert got["LS-M"]["availability"] == "on_request"
    assert got["WH-1"]["price"] == 1200  # "12,00"
    assert "no title" in report.skipped[0].reason and report.skipped[0].field == "Title"


def test_trimmed_shopify_export_imports(store: ShopStore, fixtures: Path) -> None:
    """Handle, Title, Body (HTML), Vendor, Variant Price: what sellers keep of an export."""
    report = import_file(store, fixtures / "shopify_trimmed.csv", supplier="Trim")
    got = items(store)
    assert set(got) == {"silk-scarf", "tea-cup", "linen-bag"}  # the handle is the SKU
    scarf = got["silk-scarf"]
    assert (scarf["title"], scarf["price"], scarf["brand"]) == ("Silk scarf 真丝围巾", 12900,
                                                                "Silko")
    assert scarf["description"] == "Hand-rolled edges." and scarf["options"] == {}
    assert scarf["availability"] == "in_stock"  # no inventory tracker: always sold
    assert got["linen-bag"]["price"] == 104900
    assert "wool-hat" in report.skipped[0].reason


def test_shopify_without_a_price_or_title_column_is_refused(tmp_path: Path,
                                                             store: ShopStore) -> None:
    before = list(store.conn.iterdump())
    for header, column in (("Handle,Title,Vendor", "Variant Price"),
                           ("URL handle,Price", "Title")):
        path = tmp_path / "trim.csv"
        path.write_text(f"{header}\nsilk-scarf,Silk,Silko\n", encoding="utf-8")
        with pytest.raises(ImportFileError) as info:
            import_file(store, path, supplier="T")
        assert str(info.value).startswith(f"trim.csv is a Shopify product CSV without a "
                                          f"{column} column;")
    assert list(store.conn.iterdump()) == before


def test_generic_reader_knows_common_price_headers(store: ShopStore, fixtures: Path) -> None:
    import_file(store, fixtures / "generic_price_headers.csv", supplier="PH")
    import_file(store, fixtures / "generic_price_currency.csv", supplier="PC")
    got = items(store)
    assert (got["PH-1"]["price"], got["PH-2"]["price"]) == (2400, 950)  # "Variant Price"
    assert (got["PC-1"]["price"], got["PC-2"]["title"]) == (1490, "Silk tie")  # "Price (EUR)"
    mapping = json.loads(str(store.scalar(
        "SELECT column_mapping FROM suppliers WHERE name = 'PC'")))
    assert mapping["price"] == "Price (EUR)" and mapping["sku"] == "Item code"


def test_woocommerce_values(store: ShopStore, fixtures: Path) -> None:
    import_file(store, fixtures / "woocommerce_small.csv", supplier="W")
    got = items(store)
    assert set(got) == {"MUG-WHT", "MUG-BLK", "MUG-red", "SCARF"}
    assert got["MUG-BLK"]["group_key"] == "MUG"  # parent named as "id:10"
    assert got["MUG-BLK"]["availability"] == "sold_out"
    assert (got["MUG-WHT"]["availability"], got["MUG-WHT"]["quantity"]) == ("in_stock", 12)
    assert got["MUG-red"]["price"] == 1200
    assert got["MUG-WHT"]["description"] == "Enamel mug.\n\nDishwasher safe."
    assert got["MUG-WHT"]["category"] == "Home > Kitchen"
    assert got["SCARF"]["options"] == {}  # attributes of a simple product are not options
    assert (got["SCARF"]["price"], got["SCARF"]["compare_at_price"]) == (1900, 2500)


def test_generic_files_guess_their_columns(store: ShopStore, fixtures: Path) -> None:
    import_file(store, fixtures / "generic_utf16.txt", supplier="U16")
    import_file(store, fixtures / "generic_gbk.csv", supplier="GBK")
    import_file(store, fixtures / "generic_semicolon.csv", supplier="IT")
    got = items(store)
    assert got["A-001"]["description"] == "手工卷边\n100%桑蚕丝"  # a quoted newline
    assert (got["A-002"]["quantity"], got["A-002"]["availability"]) == (0, "sold_out")
    assert got["A-004"]["title"] == "陶瓷杯 “福”" and got["A-004"]["price"] == 1880
    assert got["G-2"]["category"] == "服装 > 裤子" and got["G-2"]["barcode"] is None
    assert got["G-5"]["image_urls"] == ["https://img.example/g5.jpg",
                                        "https://img.example/g5b.jpg"]
    assert got["IT-1"]["price"] == 1250 and got["IT-2"]["price"] == 129900
    assert got["IT-1"]["description"] == "Calda; morbida.\nLavare a mano."
    mapping = json.loads(str(store.scalar(
        "SELECT column_mapping FROM suppliers WHERE name = 'IT'")))
    assert mapping["title"] == "Nome" and mapping["price"] == "Prezzo"
