"""Update a previous export in place: stage changed files, then commit them through a journal.

Nothing in the output folder changes until rendering has fully succeeded: changed files
go to ``.weidian-staging/`` inside it (same file system, so a rename moves them) and a
cancel or failure before the commit only removes that folder. The commit writes the
journal ``.weidian-journal`` (every rename and deletion), fsyncs it, applies it, writes
the marker last and removes the journal. If the process dies mid-commit, the next export
into the folder finds the journal and replays it first (every step is idempotent), so the
folder never stays half old, half new past the next export.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.errors import Cancelled
from ..core.i18n import _
from .marker import MARKER, Marker, marker_bytes, marker_text, read_marker, remember
from .safety import safe_relpath
from .writer import PRIVATE, WriteStats, check_output

JOURNAL = ".weidian-journal"
STAGING = ".weidian-staging"


def _replace(source: str, target: str) -> None:
    os.replace(source, target)  # one name, so a test can make the commit die half-way


def _inside(root: str, folder: str) -> None:
    """Refuse a folder that resolves outside the export (a symlink put there by hand)."""
    real = os.path.realpath(os.path.join(root, folder))
    if real != root and not real.startswith(root + os.sep):
        raise ValueError(f"refusing to write into {folder!r}: it leads outside the export")


def apply_journal(outdir: Path) -> bool:
    """Finish a commit the journal describes (idempotent); True if there was one."""
    root = str(outdir)
    journal = os.path.join(root, JOURNAL)
    try:
        with open(journal, "rb") as f:
            plan = json.loads(f.read())
    except FileNotFoundError:
        return False
    except ValueError:  # torn while written, so never applied: the old export is whole
        plan = {"put": [], "delete": []}
    staging = os.path.join(root, STAGING)
    made: set[str] = set()
    for relpath, name in plan["put"]:
        # The journal is a file in the folder: its names are checked like any written path.
        relpath = safe_relpath(relpath)
        source = os.path.join(staging, safe_relpath(name))
        if not os.path.exists(source):
            continue  # renamed before the crash
        folder = relpath.rpartition("/")[0]
        if folder and folder not in made:
            _inside(root, folder)
            os.makedirs(os.path.join(root, folder), exist_ok=True)
            made.add(folder)
        _replace(source, os.path.join(root, relpath))
    for relpath in plan["delete"]:
        relpath = safe_relpath(relpath)
        folder = relpath.rpartition("/")[0]
        if folder and folder not in made:
            _inside(root, folder)
            made.add(folder)
        try:
            os.unlink(os.path.join(root, relpath))
        except FileNotFoundError:
            pass
        folder = relpath.rpartition("/")[0]
        while folder:  # a deleted product's folder goes too, once empty
            try:
                os.rmdir(os.path.join(root, folder))
            except OSError:
                break
            folder = folder.rpartition("/")[0]
    shutil.rmtree(staging, ignore_errors=True)
    os.unlink(journal)
    return True


def _walk(root: str) -> list[str]:
    """Files of an export whose marker predates the file list (read once, then listed)."""
    out = []
    for folder, dirs, files in os.walk(root):
        rel = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        dirs[:] = [d for d in dirs if prefix or d not in PRIVATE]
        out += [prefix + f for f in files if prefix or f not in PRIVATE]
    return out


class InPlaceWriter:
    """The same interface as SiteWriter, for a folder that already holds an export."""

    def __init__(self, outdir: Path, cancel: Callable[[], bool] | None = None) -> None:
        self.outdir = outdir.resolve()
        check_output(self.outdir)
        self._root = str(self.outdir)
        apply_journal(self.outdir)  # a commit that died half-way is finished first
        self.staging = os.path.join(self._root, STAGING)
        shutil.rmtree(self.staging, ignore_errors=True)  # a render that died: never applied
        os.mkdir(self.staging)
        last = read_marker(self.outdir)
        self.manifest, self.search = last.pages, last.search
        self.old = set(last.files if last.files is not None else _walk(self._root))
        self.cancel = cancel
        self.stats = WriteStats()
        self._staged: list[tuple[str, str]] = []

    def has(self, relpath: str) -> bool:
        """Whether the previous export wrote this file (from its marker: no stat per file)."""
        return relpath in self.old

    def _check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled(_("Export cancelled; the previous export was left as it was."))

    def put(self, relpath: str, data: bytes) -> None:
        """Keep the old file when its bytes are the same; else stage the new bytes."""
        self._check()
        relpath = safe_relpath(relpath)
        if relpath in self.old:
            try:
                with open(os.path.join(self._root, relpath), "rb") as f:
                    same = f.read(len(data) + 1) == data
            except OSError:
                same = False
            if same:
                self.stats.kept.append(relpath)
                return
        name = str(len(self._staged))
        with open(os.path.join(self.staging, name), "wb") as out:
            out.write(data)
        self._staged.append((relpath, name))
        self.stats.written.append(relpath)

    def keep_present(self, relpaths: list[str]) -> list[str]:
        """Keep (in bulk) those the last export has; return the others, in order."""
        self._check()
        old = self.old
        self.stats.kept += [p for p in relpaths if p in old]
        return [p for p in relpaths if p not in old]

    def commit(self, manifest: dict[str, str] | None = None, search: dict | None = None
               ) -> None:
        """Journal, fsync, rename changed files into place, delete the rest, marker last."""
        files = self.stats.written + self.stats.kept  # each file is put or kept once
        text = marker_bytes(manifest or {}, files, search)
        plan: dict[str, list[Any]] = {
            "put": list(self._staged), "delete": sorted(self.old.difference(files) - {MARKER})}
        after = Marker(manifest or {}, files, search or {})
        if marker_text(self.outdir) != text:  # an unchanged shop leaves even the marker
            with open(os.path.join(self.staging, "marker"), "wb") as out:
                out.write(text)
            plan["put"].append((MARKER, "marker"))
        if not plan["put"] and not plan["delete"]:
            shutil.rmtree(self.staging, ignore_errors=True)
            remember(self.outdir, text, after)
            return
        partial = os.path.join(self._root, JOURNAL + ".partial")
        with open(partial, "wb") as out:
            out.write(json.dumps(plan, ensure_ascii=False).encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())  # the journal must be whole before any rename happens
        os.replace(partial, os.path.join(self._root, JOURNAL))
        try:
            fd = os.open(self._root, os.O_RDONLY)
            try:
                os.fsync(fd)  # and its name durable
            finally:
                os.close(fd)
        except OSError:
            pass  # file systems that cannot fsync a folder (some FUSE mounts)
        apply_journal(self.outdir)
        remember(self.outdir, text, after)

    def abandon(self) -> None:
        """Drop what was staged; the previous export was not touched.

        Once the journal exists the commit has begun: the staged files are what the next
        export needs to finish it, so they stay.
        """
        if not os.path.exists(os.path.join(self._root, JOURNAL)):
            shutil.rmtree(self.staging, ignore_errors=True)
