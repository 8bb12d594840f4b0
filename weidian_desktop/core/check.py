"""The `check` report: file integrity, foreign keys, and (later) listing health."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

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


# Further checks (listing health, freshness) register here so `check` runs them all.
CHECKS: list[Callable[[ShopStore], list[Finding]]] = []


def integrity_findings(store: ShopStore) -> list[Finding]:
    findings = []
    problems = [r[0] for r in store.conn.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        findings += [Finding("error", "integrity", p) for p in problems]
    for table, rowid, parent, _fk in store.conn.execute("PRAGMA foreign_key_check"):
        findings.append(Finding("error", "foreign-key",
                                f"{table} row {rowid} points at a missing {parent} row."))
    if store.scalar("SELECT count(*) FROM shop") != 1:
        findings.append(Finding("error", "shop", "The shopfront settings are missing."))
    return findings


def run_check(store: ShopStore) -> CheckReport:
    from . import health  # noqa: F401  (late: importing it registers the listing-health check)
    from .stored_checks import faq_findings, image_findings

    report = CheckReport(integrity_findings(store) + image_findings(store)
                         + faq_findings(store))
    for check in CHECKS:
        report.findings.extend(check(store))
    return report
