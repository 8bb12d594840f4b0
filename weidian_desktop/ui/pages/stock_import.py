"""An import driven from the Stocklists page: file → format → columns → diff → apply off-thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ...core.errors import WeidianError
from ...core.store import ShopStore
from ...stocklists import apply_import, detect_format
from ...stocklists.generic import guess_mapping, peek
from ...stocklists.import_choices import (
    Vanishing,
    catalogue_language,
    rows_language,
    sample_rows,
    stated_currency,
    suggest_supplier,
    vanishing,
)
from ...stocklists.importer import (
    ImportPreview,
    ImportReport,
    backup_before_import,
    preview_import,
    remembered_mapping,
)
from ...stocklists.reading import Source, read_source
from ...stocklists.search import suppliers
from ..tasks import CancelFn, ProgressFn, TaskHandle, run_shop_task
from .column_mapping import ColumnMappingDialog
from .import_dialogs import ImportDefaults, ImportDiffDialog, ImportOptionsDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class ImportFlow(QObject):
    """One import at a time, each step a non-modal dialog or a worker task.

    The dialogs and the running task are kept as attributes so tests can drive them.
    Imports are not undoable: applying is one transaction, Cancel rolls it back.
    """

    finished = Signal(object)  # ImportReport
    failed = Signal(str)  # one sentence for the page's notice

    def __init__(self, store: ShopStore, locale: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.store, self.money_locale, self.widget = store, locale, parent
        self.source: Source | None = None
        self.supplier, self.format = "", "auto"
        self.currency: str | None = None
        self.language: str | None = None
        self.mapping: dict | None = None
        self.preview: ImportPreview | None = None
        self.options_dialog: ImportOptionsDialog | None = None
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.diff_dialog: ImportDiffDialog | None = None
        self.task: TaskHandle[Any] | None = None

    def _run(self, label: str, work: Callable[[ShopStore, ProgressFn, CancelFn], Any],
             on_done: Callable[[Any], None]) -> None:
        self.task = run_shop_task(self.widget, label, self.store, work, on_done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, WeidianError):
            self.failed.emit(str(exc))
        else:
            self.failed.emit(self.tr("The import stopped on an unexpected error ({0}); "
                                     "nothing was written.").format(type(exc).__name__))

    # --- steps ---------------------------------------------------------------------------
    def start(self, path: str | Path, supplier: str | None = None) -> None:
        """Read and recognise ``path`` in a worker, then ask whose it is, its format,
        currency and language (defaults from the file, then from the supplier's last)."""
        path = Path(path)
        self.preview, self.mapping = None, None

        def read(store: ShopStore, progress: ProgressFn, _cancel: CancelFn) -> tuple:
            progress(0, 0, "")
            source = read_source(path)
            detected = detect_format(source)
            rows = sample_rows(source, detected)
            known = suppliers(store)
            defaults = ImportDefaults(
                supplier or suggest_supplier(store, path), [s["name"] for s in known],
                stated_currency(rows), {s["name"]: s["currency"] for s in known
                                        if s["currency"]},
                rows_language(rows),
                {s["name"]: lang for s in known
                 if (lang := catalogue_language(store, int(s["id"])))})
            return source, detected, defaults

        self._run(self.tr("Reading {0}…").format(path.name), read, self._ask_options)

    def _ask_options(self, result: tuple[Source, str, ImportDefaults]) -> None:
        self.source, detected, defaults = result
        self.supplier = defaults.supplier
        self.options_dialog = ImportOptionsDialog(self.source.name, detected, defaults,
                                                  self.widget)
        self.options_dialog.accepted.connect(self._options_chosen)
        self.options_dialog.open()

    def _options_chosen(self) -> None:
        assert self.options_dialog is not None and self.source is not None
        self.supplier, self.format = self.options_dialog.chosen()
        self.currency = self.options_dialog.chosen_currency()
        self.language = self.options_dialog.chosen_language()
        if self.format != "generic":
            self._read_preview()
            return
        try:
            header, sample = peek(self.source)
        except WeidianError as exc:
            self.failed.emit(str(exc))
            return
        mapping = remembered_mapping(self.store, self.supplier) or guess_mapping(header)
        self.mapping_dialog = ColumnMappingDialog(self.source.name, header, sample, mapping,
                                                  self.widget)
        self.mapping_dialog.accepted.connect(self._mapping_chosen)
        self.mapping_dialog.open()

    def _mapping_chosen(self) -> None:
        assert self.mapping_dialog is not None
        self.mapping = self.mapping_dialog.mapping()
        self._read_preview()

    def _read_preview(self) -> None:
        assert self.source is not None
        path, fmt, supplier, mapping = self.source.path, self.format, self.supplier, self.mapping
        currency, language = self.currency, self.language

        def compare(store: ShopStore, progress: ProgressFn, _cancel: CancelFn) -> tuple:
            progress(0, 0, "")
            preview = preview_import(store, path, format=fmt, supplier=supplier,
                                     mapping=mapping, currency=currency, language=language)
            return preview, vanishing(store, preview.supplier_id, preview.supplier,
                                      len(preview.plan.discontinued))

        self._run(self.tr("Comparing {0} with the stocklist…").format(path.name), compare,
                  self._show_diff)

    def _show_diff(self, result: tuple[ImportPreview, Vanishing | None]) -> None:
        preview, gone = result
        self.preview = preview
        self.diff_dialog = ImportDiffDialog(preview, self.money_locale, gone, self.widget)
        self.diff_dialog.accepted.connect(self.apply)
        self.diff_dialog.open()

    def apply(self) -> None:
        """Write the previewed import in a worker; the progress dialog has Cancel."""
        preview = self.preview
        assert preview is not None

        saving = self.tr("Keeping a copy of the shop as it was…")
        importing = self.tr("Importing {0}…").format(preview.path.name)

        def write(store: ShopStore, progress: ProgressFn, cancel: CancelFn) -> ImportReport:
            progress(0, 0, saving)
            backup_before_import(store)  # an import cannot be undone; this copy can go back
            return apply_import(store, preview, cancel=cancel,
                                progress=lambda done, total, _text: progress(done, total,
                                                                             importing))

        self._run(importing, write, self.finished.emit)


