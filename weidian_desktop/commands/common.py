"""Helpers shared by the command modules: opening the shop, reading times, printing results.

Importing this module must stay cheap (every command does): the shop store is imported
when a shop is opened.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import WeidianError
from ..core.i18n import _

if TYPE_CHECKING:
    from ..core.store import ShopStore


class UsageError(WeidianError):
    """Arguments that cannot work together (exit status 2, like argparse's own errors)."""

    exit_code = 2


def shop_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shop", metavar="SHOP", type=Path, help=_("the shop file (*.weidian)"))


def json_option(parser: argparse.ArgumentParser) -> None:
    """``--json``: every list command has it, with the shape the README documents."""
    parser.add_argument("--json", action="store_true",
                        help=_("print the list as JSON (the same bytes in every language)"))


def print_json(data: Any) -> None:
    """One JSON document on one line: UTF-8 text as is, keys in their documented order."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def print_table(rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> None:
    """Rows as aligned columns two spaces apart (the ``right`` ones aligned right)."""
    if not rows:
        return
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            pad = " " * (widths[i] - width(cell))
            last = i == len(row) - 1
            cells.append(pad + cell if i in right else cell + ("" if last else pad))
        print("  ".join(cells))


@contextlib.contextmanager
def opened(path: Path, *, read_only: bool = False) -> Iterator[ShopStore]:
    """The shop file, open for the length of one command and closed cleanly after."""
    from ..core.store import ShopStore

    store = ShopStore.open(path, read_only=read_only)
    try:
        yield store
    finally:
        store.close()


@contextlib.contextmanager
def reading(path: Path) -> Iterator[ShopStore]:
    """The shop for a list or report: read-only when the app has it open or it cannot be
    written."""
    from ..core.store import ShopStore

    store = ShopStore.open_or_read(path)
    try:
        yield store
    finally:
        store.close()


def to_utc(text: str | None, zone: str, *, field: str) -> str | None:
    """A time typed with a zone (ISO 8601 with ``Z`` or an offset) or on ``zone``'s clock."""
    if text is None:
        return None
    from ..core.schedule import local_to_utc

    return local_to_utc(text, zone, field=field)


def read_text_file(path: Path, *, field: str) -> str:
    """The UTF-8 text of a file named on the command line (a BOM dropped), or one sentence
    naming it and what is wrong."""
    from ..core.errors import ValidationError

    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError(_("{path} does not exist.").format(path=path),
                              field=field) from None
    except UnicodeDecodeError:
        raise ValidationError(_("{path} is not UTF-8 text.").format(path=path),
                              field=field) from None
    except OSError as exc:
        raise ValidationError(_("{path} cannot be read ({reason}).").format(
            path=path, reason=exc.strerror), field=field) from None
