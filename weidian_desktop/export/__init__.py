"""The static HTML5 shop: ``export_shop(store_or_path, outdir, ...)`` builds it
(pipeline.py walks the stages); ``export_in_child`` runs it in a process of its own, for a
caller with threads (the app)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .pipeline import ExportResult, export_shop

if TYPE_CHECKING:
    from .host import export_in_child
else:
    def export_in_child(*args: Any, **kwargs: Any) -> ExportResult:
        """host.export_in_child (imported when first used: the command line never is)."""
        from .host import export_in_child as run

        return run(*args, **kwargs)

__all__ = ["ExportResult", "export_in_child", "export_shop"]
