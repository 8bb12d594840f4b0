"""Supplier stocklists: import catalogues, search them, pick items into the shop, sync.

The functions the CLI and the UI call are re-exported here, each imported on first use
(PEP 562): ``pick`` must not pay for every importer, nor a command for any of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

# Eager: ``pick`` names both a module and its function, and the function must win even
# after ``stocklists.pick`` (the module) is imported on its own.
from .pick import MarkupRule, PickResult, pick, pick_items

_WHERE = {
    "FORMATS": "detect", "LABELS": "detect", "detect_format": "detect",
    "format_label": "detect",
    "ImportPreview": "importer", "ImportReport": "importer", "apply_import": "importer",
    "import_file": "importer", "preview_import": "importer",
    "Margin": "picked", "margins": "picked",
    "Problem": "rows", "StockRow": "rows",
    "SearchResult": "search", "search_stock": "search",
    "Flag": "sync", "SyncPlan": "sync", "flagged_ids": "sync", "flagged_products": "sync",
}

if TYPE_CHECKING:
    from .detect import FORMATS, LABELS, detect_format, format_label
    from .importer import ImportPreview, ImportReport, apply_import, import_file, preview_import
    from .picked import Margin, margins
    from .rows import Problem, StockRow
    from .search import SearchResult, search_stock
    from .sync import Flag, SyncPlan, flagged_ids, flagged_products

__all__ = [
    "FORMATS",
    "LABELS",
    "Flag",
    "ImportPreview",
    "ImportReport",
    "Margin",
    "MarkupRule",
    "PickResult",
    "Problem",
    "SearchResult",
    "StockRow",
    "SyncPlan",
    "apply_import",
    "detect_format",
    "flagged_ids",
    "flagged_products",
    "format_label",
    "import_file",
    "margins",
    "pick",
    "pick_items",
    "preview_import",
    "search_stock",
]


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # the next look-up is a plain one
    return value
