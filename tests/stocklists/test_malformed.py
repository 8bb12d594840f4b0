"""Files that are no catalogue: one clear sentence naming the file, and the shop untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from weidian_desktop.core.errors import ImportFileError
from weidian_desktop.core.store import ShopStore
from weidian_desktop.stocklists import import_file
from weidian_desktop.stocklists.reading import MAX_LINE

from .conftest import snapshot

# file in tests/fixtures/stocklists/malformed: words its sentence must contain
CORPUS = {
    "wrong_encoding.csv": "not in an encoding",
    "truncated.csv": "ends inside a quoted value that starts on line 3",
    "truncated_row.csv": "stops in the middle of line 4",
    "truncated_gbk.csv": "ends in the middle of a character",
    "binary.bin": "binary file",
    "empty.csv": "is empty (0 bytes)",
    "blank.csv": "only blank space",
    "header_only.csv": "header line but no rows",
    "mixed_delimiters.csv": "mixes delimiters: the header uses semicolons but line 4 uses commas",
    "not_a_catalogue.txt": "does not look like a catalogue",
    "workbook.xlsx": "Excel workbook",
    "page.html": "web page",
    "data.json": "is JSON",
    "broken_feed.xml": "not well-formed XML",
    "all_rows_bad.csv": "has no line that could be imported (line 2: the line has no price)",
    "bomb.xml": "declares XML entities",
}


def test_the_corpus_is_complete(fixtures: Path) -> None:
    assert sorted(p.name for p in (fixtures / "malformed").iterdir()) == sorted(CORPUS)


def _refused(store: ShopStore, path: Path) -> str:
    before = snapshot(store)
    with pytest.raises(ImportFileError) as caught:
        import_file(store, path, supplier="Bad")
    assert snapshot(store) == before  # not even the supplier was created
    message = str(caught.value)
    assert message.startswith(path.name + " ") and message.endswith(".")
    assert message.count(". ") == 0 and "\n" not in message  # one sentence
    return message


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_malformed_file_is_refused_in_one_sentence(store: ShopStore, fixtures: Path,
                                                   name: str) -> None:
    assert CORPUS[name] in _refused(store, fixtures / "malformed" / name)


def test_refused_file_leaves_an_existing_stocklist_alone(store: ShopStore,
                                                         fixtures: Path) -> None:
    import_file(store, fixtures / "generic_gbk.csv", supplier="Bad")
    _refused(store, fixtures / "malformed" / "truncated.csv")
    assert store.scalar("SELECT count(*) FROM stock_items WHERE status = 'active'") == 4


def test_one_enormous_line(store: ShopStore, tmp_path: Path) -> None:
    # Written here rather than committed: a megabyte of one line is no fixture to keep.
    path = tmp_path / "enormous.csv"
    path.write_text("sku,title,price\n" + "A" * (MAX_LINE + 10) + "\n", encoding="utf-8")
    assert "has a line of 1,000,010 characters (line 2)" in _refused(store, path)


def test_missing_file(store: ShopStore, tmp_path: Path) -> None:
    assert "does not exist" in _refused(store, tmp_path / "nowhere.csv")


def test_oversized_file_is_refused_before_reading(store: ShopStore, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("weidian_desktop.stocklists.reading.MAX_BYTES", 100)
    path = tmp_path / "big.csv"
    path.write_text("sku,title,price\n" + "A1,Shirt,1.00\n" * 20, encoding="utf-8")
    assert "split it into smaller files" in _refused(store, path)
