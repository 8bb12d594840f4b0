"""Timestamps as stored in the shop file: ISO 8601 UTC text ending in "Z"."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> str:
    """The current time as stored in the shop file (second precision)."""
    return to_iso(datetime.now(UTC))


def to_iso(moment: datetime) -> str:
    """Format an aware datetime as stored text; naive datetimes are refused."""
    if moment.tzinfo is None:
        raise ValueError("a stored time must carry a time zone")
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_iso(text: str) -> datetime:
    """Parse stored text back into an aware UTC datetime."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
