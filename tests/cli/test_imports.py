"""A command imports what it uses: parsing alone pulls in no heavy library.

The figures (seconds) are benchmarks/bench_cli.py's; this holds the structure that makes
them: which of the big libraries a command has imported when it is done.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("PIL", "reportlab", "segno", "qrcode", "pypdfium2", "sqlite_utils", "jinja2", "babel",
         "PySide6", "multiprocessing")
PROBE = f"""
import contextlib, io, sys
from weidian_desktop.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
print(" ".join(sorted(m for m in {HEAVY!r} if m in sys.modules)))
"""


def imported(*args: object) -> set[str]:
    result = subprocess.run([sys.executable, "-c", PROBE, *map(str, args)], capture_output=True,
                            text=True, timeout=60, check=True)
    return set(result.stdout.split())


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from weidian_desktop.core.store import ShopStore

    path = tmp_path_factory.mktemp("imports") / "empty.weidian"
    ShopStore.create(path, name="Empty").close()
    return path


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["products", "--help"],
                                  ["drops", "add", "--help"], ["qr", "--help"],
                                  ["export", "--help"], ["publish", "--help"]])
def test_parsing_imports_no_heavy_library(args: list[str]) -> None:
    assert imported(*args) == set()


@pytest.mark.parametrize("command", ["products", "drops", "coupons", "posts", "orders"])
def test_a_list_reads_the_shop_with_sqlite_and_babel_only(shop: Path, command: str) -> None:
    assert imported(command, "list", shop) <= {"babel"}


def test_an_empty_export_needs_no_printing_or_write_libraries(shop: Path, tmp_path: Path) -> None:
    loaded = imported("export", shop, tmp_path / "site")
    assert (tmp_path / "site" / "index.html").is_file()
    assert not loaded & {"reportlab", "segno", "qrcode", "pypdfium2", "sqlite_utils", "PySide6"}
