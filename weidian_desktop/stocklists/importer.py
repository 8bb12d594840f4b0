"""Import a supplier file into its stocklist: read, diff, then write in ONE transaction.

``preview_import`` reads and compares without writing (the UI shows the diff);
``apply_import`` writes it; ``import_file`` does both, for the CLI.
"""

from __future__ import annotations

import contextlib
import gc
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..core.clock import utc_now
from ..core.errors import ValidationError
from ..core.i18n import _, ngettext
from ..core.money import check_currency
from ..core.progress import CancelFn, ProgressFn, check_cancel
from ..core.store import ShopStore, last_id
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
        skipped = len(self.skipped)
        warnings = len(self.problems) - skipped
        lines = [read_line(self.file_name, self.format, self.encoding, self.supplier,
                           self.products, self.items, self.images),
                 # Translators: counts of catalogue items; in Italian "nuovi: {added}, …"
                 # reads right whatever the numbers.
                 _("{added} new, {updated} changed, {unchanged} unchanged, {discontinued} "
                   "discontinued; {skipped}, {warnings}.").format(
                     added=self.added, updated=self.updated, unchanged=self.unchanged,
                     discontinued=self.discontinued,
                     skipped=ngettext("{n} line skipped", "{n} lines skipped",
                                      skipped).format(n=skipped),
                     warnings=ngettext("{n} warning", "{n} warnings", warnings).format(
                         n=warnings))]
        lines += [problem_line(p) for p in self.problems[:20]]
        if len(self.problems) > 20:
            more = len(self.problems) - 20
            lines.append(ngettext("… and {n} more problem.", "… and {n} more problems.",
                                  more).format(n=more))
        return "\n".join(lines)


def read_line(file_name: str, fmt: str, encoding: str, supplier: str, products: int,
              items: int, images: int) -> str:
    """What a catalogue file holds, in one line (the import report and preview start so)."""
    return _("{file}: {format} ({encoding}) for supplier {supplier!r}: {products}, {items}, "
             "{images}.").format(
        file=file_name, format=detect.format_label(fmt), encoding=encoding, supplier=supplier,
        products=ngettext("{n} product", "{n} products", products).format(n=products),
        items=ngettext("{n} item", "{n} items", items).format(n=items),
        images=ngettext("{n} image address", "{n} image addresses", images).format(n=images))


def problem_line(problem: Problem) -> str:
    """``line 7: the line has no price`` in the current language (a file-wide problem
    has no line)."""
    if not problem.line:
        return problem.reason
    return _("line {line}: {reason}").format(line=problem.line, reason=problem.reason)


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
        raise ValidationError(_("Give the supplier a name."), field="supplier")
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
        if first is None:
            raise refuse(_("{file} has no line that could be imported.").format(
                file=source.name))
        raise refuse(_("{file} has no line that could be imported (line {line}: "
                       "{reason}).").format(file=source.name, line=first.line,
                                            reason=first.reason))
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
            parsed.problems.append(Problem(row.line, _(
                "the SKU {sku!r} was already used on line {line}").format(
                    sku=row.sku, line=first_line[row.sku]), "sku"))
            continue
        first_line[row.sku] = row.line
        kept.append(row)
    parsed.rows = kept
    parsed.problems.sort(key=lambda p: p.line)


def apply_import(store: ShopStore, preview: ImportPreview, *, progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None) -> ImportReport:
    """Write a previewed import in one transaction; Cancel or an error leaves no trace."""
    with _gc_paused():
        return _apply(store, preview, progress, cancel)


def _apply(store: ShopStore, preview: ImportPreview, progress: ProgressFn | None,
           cancel: CancelFn | None) -> ImportReport:
    started = time.perf_counter()
    parsed, now = preview.parsed, utc_now()
    mapping = json.dumps(parsed.mapping, ensure_ascii=False) if parsed.mapping else None
    check_cancel(cancel, _("Import cancelled; the shop is as it was before."))
    with store.atomic() as db:
        row = store.query("SELECT id FROM suppliers WHERE name = ?", (preview.supplier,))
        if row:
            supplier_id = row[0]["id"]
            # The currency of this import becomes the supplier's "last" (a default next time).
            db.execute("UPDATE suppliers SET format = ?, currency = ?, "
                       "column_mapping = coalesce(?, column_mapping) WHERE id = ?",
                       [parsed.format, preview.currency, mapping, supplier_id])
        else:
            supplier_id = last_id(db.table("suppliers").insert({
                "name": preview.supplier, "currency": preview.currency,
                "format": parsed.format, "column_mapping": mapping, "created_at": now}))
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
        import_id = last_id(db.table("imports").insert({
            "supplier_id": supplier_id, "file_name": preview.path.name,
            "format": parsed.format, "imported_at": now, "rows": parsed.data_lines,
            "added": applied.added, "updated": applied.updated,
            "discontinued": applied.discontinued,
            "problems": json.dumps(problems, ensure_ascii=False)}))
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
                cancel: CancelFn | None = None) -> ImportReport:
    """Read, compare and write a supplier file: what ``weidian-desktop import`` runs."""
    preview = preview_import(store, path, format=format, supplier=supplier, mapping=mapping,
                             currency=currency, language=language)
    return apply_import(store, preview, progress=progress, cancel=cancel)
