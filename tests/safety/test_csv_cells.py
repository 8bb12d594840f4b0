"""Purchase-order CSV cells a spreadsheet would run as a formula get a leading quote,
including those hidden behind a line feed or leading spaces (spreadsheets trim them)."""

from __future__ import annotations

import pytest

from weidian_desktop.core.purchase_orders import neutralise


@pytest.mark.parametrize("cell", [
    "=1+1", "+1 555", "-2", "@SUM(A1)", "\t=1", "\r=1", "\n=HYPERLINK(\"http://x\")",
    "   =HYPERLINK(\"http://x\")", " \n @SUM(A1)", "\u00a0=1", "\u3000=1", "＝1+1", "\n",
    "\r\n+1"])
def test_formula_cells_are_quoted(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["plain", "1=1", "a@b.example", "  Tab street", "王 =",
                                  "", "12.50"])
def test_other_cells_are_left_alone(cell: str) -> None:
    assert neutralise(cell) == cell
