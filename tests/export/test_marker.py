"""The export marker: its line format reads back what was written, refuses what would break
a line, and nothing an edited marker says can end the search page's script element."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from weidian_desktop.core.products import find_product, update_product
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop, marker
from weidian_desktop.export.marker import (
    MARKER,
    MARKER_TEXT,
    Marker,
    SearchEntry,
    SearchIndex,
    marker_bytes,
    read_marker,
)

from .conftest import NOW
from .test_builder import snapshot

SEARCH = SearchIndex("b" * 64, {"zh-CN": {"1": SearchEntry("7", '{"t":"杯\\tcup"}')},
                                 "en": {}})


def test_what_is_written_reads_back(tmp_path: Path) -> None:
    pages = {"p/mug/index.html": "abc/zh-CN/-42", "c/tea/index.html": "f" * 64}
    (tmp_path / MARKER).write_bytes(marker_bytes(Marker(pages, ["b", "a/x.html"], SEARCH)))
    marker._LAST.clear()  # from the file, not from memory
    got = read_marker(tmp_path)
    assert got.pages == pages and list(got.pages) == list(pages)  # order kept
    assert got.files == ["a/x.html", "b"]
    assert got.search == SEARCH


@pytest.mark.parametrize("bad", ["p/a\tb/index.html", "p/a\nb/index.html", "#pages"])
def test_a_field_that_would_break_a_line_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="refusing to record"):
        marker_bytes(Marker({bad: "1"}, []))
    with pytest.raises(ValueError, match="refusing to record"):
        marker_bytes(Marker({}, [bad]))


def test_damaged_and_old_markers_read_as_nothing_or_as_they_were(tmp_path: Path) -> None:
    marker._LAST.clear()
    (tmp_path / MARKER).write_bytes(MARKER_TEXT + b"#format 3\n#pages\nonly-one-field\n")
    assert read_marker(tmp_path).pages == {} and read_marker(tmp_path).files is None
    (tmp_path / MARKER).write_bytes(MARKER_TEXT + json.dumps(
        {"format": 2, "pages": {"p/a/index.html": "1"}, "files": ["x"]}).encode())
    old = read_marker(tmp_path)
    assert old.pages == {"p/a/index.html": "1"} and old.files == ["x"]


def test_an_edited_marker_is_read_again_not_taken_from_memory(small_shop: ShopStore,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    assert read_marker(out) is read_marker(out)  # remembered: not parsed twice
    text = (out / MARKER).read_bytes()
    (out / MARKER).write_bytes(text.replace(b"#pages\n", b"#pages\nzz/index.html\t1\n", 1))
    assert read_marker(out).pages["zz/index.html"] == "1"


def test_search_entries_from_an_edited_marker_cannot_end_the_script(
        small_shop: ShopStore, tmp_path: Path) -> None:
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    text = (out / MARKER).read_bytes().decode("utf-8")
    # Every cached entry becomes a script tag; then a product changes, so the search page
    # is made again from the cache.
    lines = [line if line.count("\t") != 2 or line.startswith("#") else
             "\t".join([*line.split("\t")[:2], '"</script><script>alert(1)</script>"'])
             for line in text.split("\n")]
    (out / MARKER).write_text("\n".join(lines), encoding="utf-8")
    mug = find_product(small_shop, "mug")
    mug.price += 100
    update_product(small_shop, mug)
    export_shop(small_shop, out, now=NOW)
    page = (out / "search/index.html").read_text(encoding="utf-8")
    assert "alert(1)" not in page
    export_shop(small_shop, tmp_path / "clean", now=NOW)
    assert snapshot(out) == snapshot(tmp_path / "clean")


@pytest.mark.parametrize("body", [
    b'{"format": 2, "pages": 5, "files": 7}', b'{"format": 2, "pages": [1, 2], "files": [3]}',
    b'{"p/a/index.html": [1]}', b"[1, 2]", b'"text"', b"\xff\xfe", b"#format 3\n#entries\tx\n",
    b"#format 3\n#search\t" + b"b" * 64 + b"\n#entries\ten\n1\t2\n"])
def test_a_marker_of_any_shape_reads_as_strings_or_as_nothing(tmp_path: Path,
                                                              body: bytes) -> None:
    marker._LAST.clear()
    (tmp_path / MARKER).write_bytes(MARKER_TEXT + body)
    got = read_marker(tmp_path)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in got.pages.items())
    assert got.files is None or all(isinstance(f, str) for f in got.files)
