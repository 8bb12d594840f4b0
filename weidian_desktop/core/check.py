"""The `check` report: file integrity, foreign keys, stored images and FAQ, listing health."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .i18n import _
from .store import ShopStore


@dataclass
class Finding:
    """One thing the check found; errors make `check` fail, warnings do not."""

    severity: str  # "error" | "warning" | "info"
    code: str
    message: str
    product_id: int | None = None


@dataclass
class CheckReport:
    """What `weidian-desktop check` prints."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)


def integrity_findings(store: ShopStore) -> list[Finding]:
    findings = []
    problems = [r[0] for r in store.conn.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        # SQLite words its own findings (in English); the sentence around them is ours.
        findings += [Finding("error", "integrity", _(
            "The shop file is damaged; SQLite reports: {problem}").format(problem=p))
            for p in problems]
    for table, rowid, parent, _fk in store.conn.execute("PRAGMA foreign_key_check"):
        findings.append(Finding("error", "foreign-key", _(
            "{table} row {row} points at a missing {parent} row.").format(
                table=table, row=rowid, parent=parent)))
    if store.scalar("SELECT count(*) FROM shop") != 1:
        findings.append(Finding("error", "shop", _("The shopfront settings are missing.")))
    return findings


def run_check(store: ShopStore) -> CheckReport:
    """Every check over the shop file, in this order; a new check is added to this list."""
    # Late: these modules import Finding from here (and health loads its word lists).
    from .health import health_findings
    from .stored_checks import faq_findings, image_findings

    checks: tuple[Callable[[ShopStore], list[Finding]], ...] = (
        integrity_findings, image_findings, faq_findings, health_findings)
    return CheckReport([finding for check in checks for finding in check(store)])
