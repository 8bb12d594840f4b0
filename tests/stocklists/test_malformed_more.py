"""More bad files, and the shop FILE left byte-identical when the command line refuses one."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from weidian_desktop.cli import main
from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import import_file

from .test_malformed import CORPUS

# name: (writer of the file's bytes, words its sentence must contain)
GENERATED: dict[str, tuple[Callable[[], bytes], str]] = {
    "bom_only.csv": (lambda: b"\xef\xbb\xbf", "only blank space"),
    "byte_soup.csv": (lambda: bytes(b | 0x80 for b in random.Random(1).randbytes(5000)),
                      "not in an encoding"),
    "one_line_no_end.csv": (lambda: ("sku,title,price," + ",".join(
        f"c{i}" for i in range(300_000))).encode(), "(line 1), far longer"),
    "huge_quoted_cell.csv": (lambda: b'sku,title,price\nA,"' + b"x" * 2_000_000 + b'",1\n',
                             "(line 2), far longer"),
    "empty_feed.xml": (lambda: b'<?xml version="1.0"?><rss xmlns:g="http://base.google.com/'
                               b'ns/1.0"><channel><title>x</title></channel></rss>',
                       "without any <item> or <entry>"),
    "utf16_cut.csv": (lambda: "sku,title,price\nA,B,1\n".encode("utf-16")[:-1],
                      "ends in the middle of a character"),
    "stray_cr_header.csv": (lambda: b"sku,ti\rtle,price\nA,B,1\n", "does not look like"),
    "tabs_in_a_csv.csv": (lambda: b"sku,title,price\nA\tShirt\t1\nB\tHat\t2\nC\tBag\t3\n",
                          "header uses commas but line 2 uses tabs"),
}


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_more_bad_files_are_refused_with_the_shop_file_byte_identical(
        shop_path: Path, tmp_path: Path, name: str, capsys: pytest.CaptureFixture) -> None:
    make, words = GENERATED[name]
    path = tmp_path / name
    path.write_bytes(make())
    before = shop_path.read_bytes()
    assert main(["import", str(shop_path), str(path), "--supplier", "Bad"]) == 1
    err = capsys.readouterr().err
    assert words in err and err.startswith(f"weidian-desktop: {name} ")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert shop_path.read_bytes() == before


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_through_the_command_line_leaves_the_file_byte_identical(
        shop_path: Path, fixtures: Path, name: str, capsys: pytest.CaptureFixture) -> None:
    before = shop_path.read_bytes()
    assert main(["import", str(shop_path), str(fixtures / "malformed" / name)]) == 1
    assert CORPUS[name] in capsys.readouterr().err
    assert shop_path.read_bytes() == before


def test_classic_mac_line_ends_are_read(store: ShopStore, tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"sku,title,price\rA,Shirt,1\rB,Hat,2\r")  # Excel "CSV (Macintosh)"
    report = import_file(store, path, supplier="Mac")
    assert (report.items, report.problems) == (2, [])
