"""Helpers shared by the command modules: opening the shop, printing results."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from ..core.store import ShopStore


def shop_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("shop", metavar="SHOP", type=Path, help="the shop file (*.weidian)")


@contextlib.contextmanager
def opened(path: Path, *, read_only: bool = False) -> Iterator[ShopStore]:
    """The shop file, open for the length of one command and closed cleanly after."""
    store = ShopStore.open(path, read_only=read_only)
    try:
        yield store
    finally:
        store.close()
