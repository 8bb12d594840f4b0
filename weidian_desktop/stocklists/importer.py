"""Import a supplier file into its stocklist: read, diff, then write in ONE transaction.

``preview_import`` reads and compares without writing (the UI shows the diff);
``apply_import`` writes it; ``import_file`` does both, for the CLI.
"""

from __future__ import annotations

import contextlib
import gc
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..core.clock import utc_now
from ..core.errors import Cancelled, ValidationError
from ..core.money import check_currency
from ..core.progress import ProgressFn
from ..core.store import ShopStore
from . import detect
from .import_choices import (
    catalogue_language,
    default_currency,
    remember_language,
    rows_language,
    sample_rows,
    stated_currency,
    suggest_supplier,
)
from .prices import read_prices
from .reading import read_source, refuse
from .rows import ParseResult, Problem
from .sync import SyncPlan, apply_sync, plan_sync, values

Cancel = Callable[[], bool]


@dataclass
class ImportPreview:
    """A file read and compared with the supplier's stocklist; nothing written yet."""

    path: Path
    supplier: str
    supplier_id: int | None
    format: str
    encoding: str
    currency: str
    parsed: ParseResult
    plan: SyncPlan
    values: list[tuple] = field(default_factory=list)  # sync.values() of each parsed row
    language: str | None = None  # of the titles (import_choices); None: not known


@dataclass
class ImportReport:
    """What an import did; ``problems`` lists every line with its reason."""

    import_id: int
    supplier_id: int
    supplier: str
    file_name: str
    format: str
    encoding: str
    rows: int  # data lines read
    items: int  # stock items (variants) in the file that were imported
    products: int  # items grouped into products (a product with variants counts once)
    images: int  # distinct image addresses per product, summed
    added: int
    updated: int
    unchanged: int
    discontinued: int
    products_updated: int
    problems: list[Problem] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.skipped]

    def summary(self) -> str:
        """A few lines for the command line."""
        lines = [f"{self.file_name}: {detect.LABELS[self.format]} ({self.encoding}) for "
                 f"supplier {self.supplier!r}: {self.products} products, {self.items} items, "
                 f"{self.images} image addresses.",
                 f"{self.added} new, {self.updated} changed, {self.unchanged} unchanged, "
                 f"{self.discontinued} discontinued; {len(self.skipped)} lines skipped, "
                 f"{len(self.problems) - len(self.skipped)} warnings."]
        lines += [f"line {p.line}: {p.reason}" if p.line else p.reason
                  for p in self.problems[:20]]
        if len(self.problems) > 20:
            lines.append(f"… and {len(self.problems) - 20} more problems.")
        return "\n".join(lines)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a catalogue is read and written.

    Reading 100,000 rows makes millions of objects and none of them cycles; the
    collector would walk the growing heap again and again (~0.5 s of a 3 s import).
    Reference counting still frees everything; the collector resumes afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def preview_import(store: ShopStore, path: str | Path, *, format: str = "auto",
                   supplier: str | None = None, mapping: dict | None = None,
                   currency: str | None = None, language: str | None = None) -> ImportPreview:
    """Read ``path`` and compare it with the supplier's items; writes nothing.

    Without ``currency``: the one the file states, else the supplier's last, else the
    shop's. Without ``language``: the titles' own (detected), else the supplier's last.
    """
    with _gc_paused():
        return _preview(store, Path(path), format, supplier, mapping, currency, language)


def _preview(store: ShopStore, path: Path, format: str, supplier: str | None,
             mapping: dict | None, currency: str | None,
             language: str | None) -> ImportPreview:
    source = read_source(path)
    name = (supplier or suggest_supplier(store, path)).strip()
    if not name:
        raise ValidationError("Give the supplier a name.", field="supplier")
    known = store.query("SELECT id, name, currency, column_mapping FROM suppliers "
                        "WHERE name = ?", (name,))
    row = known[0] if known else None
    fmt = format
    if mapping is None and fmt in ("auto", "generic"):
        fmt = detect.detect_format(source) if fmt == "auto" else fmt
        if fmt == "generic" and row and row["column_mapping"]:
            mapping = json.loads(row["column_mapping"])  # remembered from the last import
    sample = (sample_rows(source, fmt if fmt != "auto" else detect.detect_format(source),
                          mapping) if not (currency and language) else [])
    currency = check_currency(
        currency or default_currency(store, name, stated_currency(sample))
        or str(store.scalar("SELECT currency FROM shop WHERE id = 1")))
    language = language or rows_language(sample) or (
        catalogue_language(store, row["id"]) if row else None)
    # Ambiguous prices ("1.234") are read the way the rest of the file writes prices.
    parsed = read_prices(lambda: detect.parse(source, fmt, currency=currency,
                                              mapping=mapping), currency)
    _drop_duplicates(parsed)
    if not parsed.rows:
        first = next((p for p in parsed.problems), None)
        detail = f" (line {first.line}: {first.reason})" if first else ""
        raise refuse(source.name, f"has no line that could be imported{detail}")
    supplier_id = row["id"] if row else None
    computed = [values(item, currency) for item in parsed.rows]
    plan = plan_sync(store, supplier_id, parsed.rows, currency, parsed.failed_skus, computed)
    return ImportPreview(path, row["name"] if row else name, supplier_id, parsed.format,
                         source.encoding, currency, parsed, plan, computed, language)


def backup_path(store: ShopStore) -> Path:
    """Where the copy taken before an import from the app is kept (the last one only)."""
    return store.path.with_name(f"{store.path.name}.before-import.bak")


def backup_before_import(store: ShopStore) -> Path:
    """A consistent copy of the shop as it is now: imports cannot be undone, so the app
    keeps the state before the last one to go back to."""
    return store.save_copy(backup_path(store))


def remembered_mapping(store: ShopStore, supplier: str) -> dict | None:
    """The column mapping the supplier's last generic import used, if any."""
    raw = store.scalar("SELECT column_mapping FROM suppliers WHERE name = ?", (supplier,))
    return json.loads(str(raw)) if raw else None


def _drop_duplicates(parsed: ParseResult) -> None:
    """A SKU names one item: later lines with the same SKU are reported and skipped."""
    first_line: dict[str, int] = {}
    kept = []
    for row in parsed.rows:
        if row.sku in first_line:
            parsed.problems.append(Problem(row.line, f"the SKU {row.sku!r} was already used "
                                           f"on line {first_line[row.sku]}", "sku"))
            continue
        first_line[row.sku] = row.line
        kept.append(row)
    parsed.rows = kept
    parsed.problems.sort(key=lambda p: p.line)


def apply_import(store: ShopStore, preview: ImportPreview, *, progress: ProgressFn | None = None,
                 cancel: Cancel | None = None) -> ImportReport:
    """Write a previewed import in one transaction; Cancel or an error leaves no trace."""
    with _gc_paused():
        return _apply(store, preview, progress, cancel)


def _apply(store: ShopStore, preview: ImportPreview, progress: ProgressFn | None,
           cancel: Cancel | None) -> ImportReport:
    started = time.perf_counter()
    parsed, now = preview.parsed, utc_now()
    mapping = json.dumps(parsed.mapping, ensure_ascii=False) if parsed.mapping else None
    if cancel is not None and cancel():
        raise Cancelled("Import cancelled; the shop is as it was before.")
    with store.atomic() as db:
        row = store.query("SELECT id FROM suppliers WHERE name = ?", (preview.supplier,))
        if row:
            supplier_id = row[0]["id"]
            # The currency of this import becomes the supplier's "last" (a default next time).
            db.execute("UPDATE suppliers SET format = ?, currency = ?, "
                       "column_mapping = coalesce(?, column_mapping) WHERE id = ?",
                       [parsed.format, preview.currency, mapping, supplier_id])
        else:
            supplier_id = db["suppliers"].insert({
                "name": preview.supplier, "currency": preview.currency,
                "format": parsed.format, "column_mapping": mapping, "created_at": now}).last_pk
        if preview.supplier_id is None and not row:
            plan = preview.plan  # a supplier made just now has no items the plan could miss
        else:
            # Planned again inside the transaction: the stocklist may have changed since
            # the preview was shown (another import, a pick in another window).
            plan = plan_sync(store, supplier_id, parsed.rows, preview.currency,
                             parsed.failed_skus, preview.values or None)
        applied = apply_sync(store, plan, supplier_id, now, progress=progress, cancel=cancel)
        remember_language(store, supplier_id, preview.language)
        problems = [p.as_dict() for p in parsed.problems]
        import_id = db["imports"].insert({
            "supplier_id": supplier_id, "file_name": preview.path.name,
            "format": parsed.format, "imported_at": now, "rows": parsed.data_lines,
            "added": applied.added, "updated": applied.updated,
            "discontinued": applied.discontinued,
            "problems": json.dumps(problems, ensure_ascii=False)}).last_pk
    groups: dict[str, dict[str, None]] = {}
    products = images = 0
    for item in parsed.rows:
        if not item.group_key:  # a product of its own: SKUs are unique by now
            products += 1
            images += len(set(item.image_urls))
        else:
            groups.setdefault(item.group_key, {}).update(dict.fromkeys(item.image_urls))
    products += len(groups)
    images += sum(len(urls) for urls in groups.values())
    return ImportReport(
        import_id=import_id, supplier_id=supplier_id, supplier=preview.supplier,
        file_name=preview.path.name, format=parsed.format, encoding=preview.encoding,
        rows=parsed.data_lines, items=len(parsed.rows), products=products,
        images=images, added=applied.added,
        updated=applied.updated, unchanged=plan.unchanged, discontinued=applied.discontinued,
        products_updated=applied.products_updated, problems=parsed.problems,
        seconds=time.perf_counter() - started)


def import_file(store: ShopStore, path: str | Path, *, format: str = "auto",
                supplier: str | None = None, mapping: dict | None = None,
                currency: str | None = None, language: str | None = None,
                progress: ProgressFn | None = None,
                cancel: Cancel | None = None) -> ImportReport:
    """Read, compare and write a supplier file: what ``weidian-desktop import`` runs."""
    preview = preview_import(store, path, format=format, supplier=supplier, mapping=mapping,
                             currency=currency, language=language)
    return apply_import(store, preview, progress=progress, cancel=cancel)
