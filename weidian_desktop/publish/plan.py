"""What a publish sends and deletes, in the order that never shows a buyer a broken page.

Assets, images and every other file a page loads go first, then the pages (and the
sitemap), then ``sw.js`` (it names the files it caches), then the manifest; deletions come
last, pages before the assets only they used. At every moment each page on the target
finds everything it links to, so a publish cut anywhere leaves a working shop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .manifest import Files

SERVICE_WORKER = "sw.js"
PAGE_SUFFIXES = (".html", ".xml", ".txt")  # pages, the sitemap and robots.txt
# Names that carry their content's hash: a changed file is a new name, so hosts may cache
# them for a year (export/assets.py and export/images.py make them).
_HASHED = re.compile(r"^(?:assets/.+-[0-9a-f]{8,}\.[a-z0-9]+|img/[0-9a-f]{2}/[0-9a-f]{12,}"
                     r"-\d+\.[a-z0-9]+)$")

ASSETS, PAGES, LAST = 0, 1, 2


def stage(path: str) -> int:
    """Which wave ``path`` travels in: ASSETS, PAGES or LAST (the service worker)."""
    if path == SERVICE_WORKER:
        return LAST
    return PAGES if path.endswith(PAGE_SUFFIXES) else ASSETS


def is_hashed(path: str) -> bool:
    """True for files whose name changes with their content (safe to cache for a year)."""
    return bool(_HASHED.match(path))


@dataclass
class Plan:
    """The files to send (in order), the files to delete (in order) and how many stay."""

    upload: list[str] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def changes(self) -> bool:
        return bool(self.upload or self.delete)


def make_plan(local: Files, remote: Files) -> Plan:
    """Compare the export with what the target holds (by digest) and order the work."""
    upload = [p for p, (digest, _size) in local.items() if remote.get(p, ("",))[0] != digest]
    upload.sort(key=lambda p: (stage(p), p))
    delete = [p for p in remote if p not in local]
    delete.sort(key=lambda p: (-stage(p), p))  # pages first: nothing links to a gone asset
    return Plan(upload, delete, len(local) - len(upload))
