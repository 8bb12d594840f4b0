"""Encodings, delimiters, records and cells: the layer every format stands on."""

from __future__ import annotations

from pathlib import Path

import pytest
from i18n_pseudo import english

from weidian_desktop.core.errors import ImportFileError
from weidian_desktop.stocklists.html_text import html_to_text
from weidian_desktop.stocklists.reading import read_source, sniff_delimiter
from weidian_desktop.stocklists.rows import (
    RowError,
    barcode_cell,
    image_urls,
    int_cell,
    price_and_currency,
    price_cell,
    safe_sku,
)
from weidian_desktop.stocklists.tables import read_table

TEXT = "sku,title,price\nA1,真丝围巾 €,12.50\n"


@pytest.mark.parametrize(("encoding", "prefix", "found"), [
    ("utf-8", b"", "utf-8"),
    ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
    ("utf-16-le", b"\xff\xfe", "utf-16"),
    ("utf-16-be", b"\xfe\xff", "utf-16"),
    ("utf-16-le", b"", "utf-16-le"),  # no BOM: found by its zero bytes
    ("utf-16-be", b"", "utf-16-be"),
    ("gb18030", b"", "gb18030"),  # "€" is a four-byte sequence in GB18030, not in GBK
])
def test_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes,
                                found: str) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(prefix + TEXT.encode(encoding))
    source = read_source(path)
    assert (source.encoding, source.text.lstrip("\ufeff")) == (found, TEXT)


def test_gbk_file_decodes(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("货号,品名,价格\nA1,纯棉T恤 白色,39.90\n".encode("gbk"))
    assert read_source(path).text.splitlines()[1] == "A1,纯棉T恤 白色,39.90"


def test_latin1_is_not_taken_for_gbk(tmp_path: Path) -> None:
    # "èm" and "ño" are valid GBK byte pairs; only the statistics tell them apart.
    path = tmp_path / "latin.csv"
    path.write_bytes("sku,title\nA,crème mousse\nB,piñon señor\nC,à la carte\n"
                     .encode("latin-1"))
    with pytest.raises(ImportFileError, match="not in an encoding"):
        read_source(path)


@pytest.mark.parametrize(("line", "delimiter"), [
    ("sku,title,price", ","), ("sku;title;price", ";"), ("sku\ttitle\tprice", "\t"),
    ('"a;b",title,price', ","), ("title", None)])
def test_delimiter_sniffing(line: str, delimiter: str | None) -> None:
    assert sniff_delimiter(line) == delimiter


def test_records_keep_the_line_they_start_on(tmp_path: Path) -> None:
    path = tmp_path / "lines.csv"
    path.write_text('sku,title,description\nA,One,"first\nsecond\nthird"\n\nB,Two,x\n'
                    'C,"bad"quote,x\nD,Four\nE,Five,x,extra\n', encoding="utf-8")
    table = read_table(read_source(path))
    assert [(r.line, r.cells[0]) for r in table.rows] == [(2, "A"), (6, "B"), (8, "D")]
    assert [p.line for p in table.problems] == [7, 9]
    assert "cannot be read as CSV" in table.problems[0].reason
    assert "4 fields where the header has 3" in table.problems[1].reason


def test_a_few_lines_with_another_delimiter_are_reported_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "few.csv"
    rows = "".join(f"S{i};Shirt {i};10\n" for i in range(20))
    path.write_text("sku;title;price\n" + rows + "X,Odd,1\n", encoding="utf-8")
    table = read_table(read_source(path))
    assert len(table.rows) == 20
    assert table.problems[0].line == 22 and "separated by commas" in table.problems[0].reason


def test_html_becomes_safe_text() -> None:
    html = ('<div><h2>Title</h2><p>One &amp; two<br>three</p><ul><li>a</li><li>b</li></ul>'
            '<script>alert("x")</script><style>p{color:red}</style>'
            '<img src=x onerror=alert(1)><a href="javascript:evil()">link</a></div>')
    text = html_to_text(html)
    assert text == "Title\n\nOne & two\nthree\n\n• a\n• b\n\nlink"
    assert "<" not in text and "alert" not in text
    assert html_to_text("5 < 6 and 7 > 3") == "5 < 6 and 7 > 3"  # plain text stays
    assert html_to_text("a\u202eb\x00c") == "abc"  # bidi overrides and NULs are gone


@pytest.mark.parametrize(("text", "minor"), [
    ("25", 2500), ("17.99", 1799), ("1,299.00", 129900), ("1.299,00", 129900),
    ("12,50", 1250), ("¥39.9", 3990), ("", None)])
def test_price_cells(text: str, minor: int | None) -> None:
    assert price_cell(text, "CNY") == minor


@pytest.mark.parametrize("text", ["abc", "-5", "1.2.3x", "12.3456", "1e5"])
def test_bad_price_cells(text: str) -> None:
    with pytest.raises(RowError):
        price_cell(text, "CNY")


def test_prices_with_currency_codes() -> None:
    assert price_and_currency("19.99 USD", "CNY") == (1999, "USD")
    assert price_and_currency("EUR 5", "CNY") == (500, "EUR")
    assert price_and_currency("1500 JPY", "CNY") == (1500, "JPY")
    assert price_and_currency("8.00", "CNY") == (800, "CNY")
    with pytest.raises(RowError, match="unknown currency"):
        price_and_currency("8.00 XYZ", "CNY")


def test_barcodes_mangled_by_spreadsheets_are_dropped() -> None:
    assert barcode_cell("3.65275E+11")[0] is None
    assert "scientific" in english(barcode_cell("4E+12")[1])
    assert barcode_cell("4006381333931") == ("4006381333931", None)
    assert barcode_cell("4006381333931.0") == ("4006381333931", None)
    assert barcode_cell("'0012345678905") == ("0012345678905", None)


def test_other_cells() -> None:
    assert int_cell("12.0", "stock") == 12 and int_cell("", "stock") is None
    with pytest.raises(RowError):
        int_cell("1.5", "stock")
    assert image_urls(["//img.example/a.jpg", "a.jpg", "https://x/b.jpg", "https://x/b.jpg",
                       "javascript:alert(1)", "file:///etc/passwd"]) == [
        "https://img.example/a.jpg", "https://x/b.jpg"]
    assert safe_sku(" AB 12,3*#4 ") == "AB-12-3-4"
