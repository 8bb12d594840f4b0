"""Update a previous export in place: stage changed files, then commit them through a journal.

Nothing in the output folder changes until rendering has fully succeeded: changed files
go to ``.weidian-staging/`` inside it (same file system, so a rename moves them) and a
cancel or failure before the commit only removes that folder. The commit writes the
journal ``.weidian-journal`` (every rename and deletion), fsyncs it, applies it, writes
the marker last and removes the journal. If the process dies mid-commit, the next export
into the folder finds the journal and replays it first (every step is idempotent), so the
folder never stays half old, half new past the next export.

The folder is the user's: its marker and journal are read as untrusted input. A file is
deleted only if the previous export's marker names it and the export can have written it
(safety.can_have_written), a journal naming anything else was not written by an export
and is dropped, bookkeeping names that are links are removed (never followed), and a
folder that leads outside (a link) stops the export with one sentence before anything
is changed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import ValidationError
from ..core.i18n import _
from .marker import (
    MARKER,
    Marker,
    SearchIndex,
    marker_bytes,
    marker_text,
    read_marker,
    remember,
)
from .safety import can_have_written, safe_relpath
from .writer import WriteStats, check_output, remove

JOURNAL = ".weidian-journal"
STAGING = ".weidian-staging"
PARTIAL = JOURNAL + ".partial"


def _replace(source: str, target: str) -> None:
    os.replace(source, target)  # one name, so a test can make the commit die half-way


@dataclass
class Journal:
    """A commit: staged files to rename into place (relpath, staged name), files to delete."""

    put: list[tuple[str, str]] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, raw: bytes) -> Journal | None:
        """The journal, or None when it is not one an export wrote (torn, edited, crafted):
        every path must be a file an export writes, every staged name one it makes."""
        try:
            data = json.loads(raw)
            put = [(str(p), str(n)) for p, n in data["put"]]
            delete = [str(p) for p in data["delete"]]
        except (ValueError, TypeError, KeyError):
            return None
        if not all((p == MARKER or can_have_written(p)) and (n.isdigit() or n == "marker")
                   for p, n in put) or not all(map(can_have_written, delete)):
            return None
        return cls(put, delete)

    def folders(self) -> set[str]:
        """Every folder the commit writes into or deletes from."""
        return {p.rpartition("/")[0] for p in [*(p for p, _n in self.put), *self.delete]}


def check_folders(root: str, folders: Iterable[str]) -> None:
    """Refuse, with one sentence, a folder that resolves outside the export (a link put
    there by hand): nothing may be renamed or deleted through it."""
    for folder in sorted(folders):
        real = os.path.realpath(os.path.join(root, folder))
        if real != root and not real.startswith(root + os.sep):
            top = folder.split("/")[0]
            link = next((part for part in _prefixes(folder)
                         if os.path.islink(os.path.join(root, part))), top)
            raise ValidationError(_(
                "{link} in the export folder {folder} is a link that leads outside it; the "
                "export writes only inside its folder: remove the link and export again."
            ).format(link=link, folder=root), field="outdir")


def _prefixes(folder: str) -> list[str]:
    parts = folder.split("/")
    return ["/".join(parts[:k]) for k in range(1, len(parts) + 1)]


def _discard(root: str) -> None:
    """Drop a journal that no export wrote, and what was staged with it."""
    for name in (JOURNAL, PARTIAL, STAGING):
        remove(os.path.join(root, name))


def apply_journal(outdir: Path) -> bool:
    """Finish a commit the journal describes (idempotent); True if there was one."""
    root = str(outdir)
    path = os.path.join(root, JOURNAL)
    for name in (JOURNAL, PARTIAL):
        if os.path.isdir(os.path.join(root, name)) and not os.path.islink(
                os.path.join(root, name)):  # not ours, and maybe someone's: not deleted
            raise ValidationError(_(
                "{name} in the export folder {folder} is a folder, where the export keeps "
                "a file of its own; move it away and export again.").format(
                    name=name, folder=root), field="outdir")
    if os.path.islink(path):
        _discard(root)  # never written by an export: ours is a file
        return False
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        return False
    except OSError:  # unreadable: not a journal an export could replay
        _discard(root)
        return False
    journal = Journal.parse(raw)
    if journal is None:  # torn while written (so never applied) or not an export's
        _discard(root)
        return False
    check_folders(root, journal.folders())
    staging = os.path.join(root, STAGING)
    made: set[str] = set()
    for relpath, name in journal.put:
        source = os.path.join(staging, name)
        if not os.path.lexists(source):
            continue  # renamed before the crash
        folder = relpath.rpartition("/")[0]
        if folder and folder not in made:
            os.makedirs(os.path.join(root, folder), exist_ok=True)
            made.add(folder)
        _replace(source, os.path.join(root, relpath))
    for relpath in journal.delete:
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
    remove(staging)
    os.unlink(path)
    return True


def _previous_files(last: Marker) -> set[str]:
    """What the last export's marker says it wrote (an old marker without a file list:
    the pages it names). Untrusted: only the export's own paths are asked about, and only
    those an export can have written are ever deleted (``commit``)."""
    return set(last.files if last.files is not None else last.pages)


class InPlaceWriter:
    """The Writer of a folder that already holds an export (writer.Writer)."""

    shared = False  # staged files are counted here: this process alone puts them

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir.resolve()
        check_output(self.outdir)
        self._root = str(self.outdir)
        apply_journal(self.outdir)  # a commit that died half-way is finished first
        self.staging = os.path.join(self._root, STAGING)
        remove(self.staging)  # a render that died: never applied (or a link: not ours)
        os.mkdir(self.staging)
        self.previous = read_marker(self.outdir)
        self.old = _previous_files(self.previous)
        self.stats = WriteStats()
        self._staged: list[tuple[str, str]] = []

    def has(self, relpath: str) -> bool:
        """Whether the previous export wrote this file (from its marker: no stat per file)."""
        return relpath in self.old

    def put(self, relpath: str, data: bytes) -> None:
        """Keep the old file when its bytes are the same; else stage the new bytes."""
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
        with open(os.path.join(self.staging, name), "xb") as out:
            out.write(data)
        self._staged.append((relpath, name))
        self.stats.written.append(relpath)

    def keep_present(self, relpaths: list[str]) -> list[str]:
        """Keep (in bulk) those the last export has; return the others, in order."""
        old = self.old
        self.stats.kept += [p for p in relpaths if p in old]
        return [p for p in relpaths if p not in old]

    def adopt(self, relpaths: list[str]) -> None:
        raise TypeError("an in-place export is written by one process")

    def commit(self, pages: dict[str, str], search: SearchIndex) -> None:
        """Journal, fsync, rename changed files into place, delete the rest, marker last."""
        files = self.stats.written + self.stats.kept  # each file is put or kept once
        after = Marker(pages, files, search)
        text = marker_bytes(after)
        # Checked by name and place only here: a few files, not every one the marker names.
        journal = Journal(list(self._staged), sorted(filter(can_have_written,
                                                            self.old.difference(files))))
        if marker_text(self.outdir) != text:  # an unchanged shop leaves even the marker
            with open(os.path.join(self.staging, "marker"), "xb") as out:
                out.write(text)
            journal.put.append((MARKER, "marker"))
        if not journal.put and not journal.delete:
            remove(self.staging)
            remember(self.outdir, text, after)
            return
        check_folders(self._root, journal.folders())  # before anything moves
        partial = os.path.join(self._root, PARTIAL)
        remove(partial)  # a link by that name must not be written through
        data = {"put": journal.put, "delete": journal.delete}
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                     0o666)
        with open(fd, "wb") as out:
            out.write(json.dumps(data, ensure_ascii=False).encode("utf-8"))
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
        self.stats.deleted = journal.delete
        remember(self.outdir, text, after)

    def abandon(self) -> None:
        """Drop what was staged; the previous export was not touched.

        Once the journal exists the commit has begun: the staged files are what the next
        export needs to finish it, so they stay.
        """
        if not os.path.lexists(os.path.join(self._root, JOURNAL)):
            remove(self.staging)
