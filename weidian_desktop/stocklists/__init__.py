"""Supplier stocklists: import catalogues, search them, pick items into the shop, sync.

The functions the CLI and the UI call are re-exported here.
"""

from .detect import FORMATS, LABELS, detect_format, format_label
from .importer import ImportPreview, ImportReport, apply_import, import_file, preview_import
from .pick import MarkupRule, PickResult, pick, pick_items
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
