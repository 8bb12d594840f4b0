"""The static HTML5 shop: ``export_shop(store_or_path, outdir, ...)`` builds it."""

from .builder import ExportResult, export_shop

__all__ = ["ExportResult", "export_shop"]
