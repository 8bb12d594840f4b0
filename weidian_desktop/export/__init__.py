"""The static HTML5 shop: ``export_shop(store_or_path, outdir, ...)`` builds it;
``export_in_child`` runs it in a process of its own, for a caller with threads (the app)."""

from .builder import ExportResult, export_shop
from .host import export_in_child

__all__ = ["ExportResult", "export_in_child", "export_shop"]
