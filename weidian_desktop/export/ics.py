"""An iCalendar (RFC 5545) file per drop, so a buyer can "add to calendar" from the shop.

Times are written in UTC ("Z"): every calendar shows them on the buyer's own clock, and
no VTIMEZONE block (which would have to describe daylight-saving rules) is needed. The
file's bytes depend only on the drop, so an unchanged drop is not rewritten on export.
"""

from __future__ import annotations

from urllib.parse import urlsplit

ALARM_MINUTES = 15  # buyers asked to be reminded shortly before a launch


def escape_text(text: str) -> str:
    """TEXT value escaping: backslash, semicolon, comma and newlines; other controls dropped."""
    text = "".join(ch for ch in text if ch in "\r\n\t" or not (ord(ch) < 32 or ord(ch) == 127))
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current = b""
    for ch in line:
        encoded = ch.encode("utf-8")
        limit = 75 if not out else 74  # continuation lines start with one space
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _stamp(iso: str) -> str:
    """2026-11-11T12:00:00Z -> 20261111T120000Z."""
    return iso.replace("-", "").replace(":", "")


def drop_ics(*, slug: str, name: str, description: str, starts_at: str, ends_at: str,
             updated_at: str, shop_name: str, url: str = "", base_url: str = "") -> bytes:
    """The .ics bytes of one drop (CRLF lines, folded, UTF-8)."""
    host = urlsplit(base_url).hostname or "weidian.invalid"
    summary = f"{name} · {shop_name}"
    body = description.strip()
    if url:
        body = f"{body}\n\n{url}" if body else url
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Weidian Desktop//Drops//EN",
        "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
        f"UID:drop-{slug}@{host}", f"DTSTAMP:{_stamp(updated_at)}",
        f"DTSTART:{_stamp(starts_at)}", f"DTEND:{_stamp(ends_at)}",
        f"SUMMARY:{escape_text(summary)}",
    ]
    if body:
        lines.append(f"DESCRIPTION:{escape_text(body)}")
    if url:
        lines.append(f"URL:{url}")
    lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{escape_text(summary)}",
              f"TRIGGER:-PT{ALARM_MINUTES}M", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")


def ics_path(slug: str) -> str:
    """Where a drop's calendar file lives in the exported folder (shared by all languages)."""
    return f"ics/{slug}.ics"
