"""Write, the export's fourth stage: the ``Writer`` interface, a first export's writer, the zip.

Two writers take the files an export makes, behind one interface: a first export (empty
or missing output folder) is built whole by ``SiteWriter`` in a temporary folder beside
it and renamed into place on ``commit``, so a failed or cancelled one leaves nothing
behind; once an export exists, ``inplace.InPlaceWriter`` updates it file by file through
a journal. The output folder is written only if it is empty or was made by an export
(``.weidian-export`` marker), so a wrong folder choice cannot wipe a disk.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ..core.errors import ValidationError
from ..core.i18n import _
from ..core.paths import atomic_output
from .marker import MARKER, Marker, SearchIndex, marker_bytes, remember
from .safety import safe_relpath

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
# Our own bookkeeping inside the output folder: never listed, zipped or deleted as pages.
PRIVATE = (MARKER, ".weidian-journal", ".weidian-staging")


@dataclass
class WriteStats:
    """What a write did: files written anew, files kept from the previous export, and
    the previous export's files deleted (its products and pages that are gone)."""

    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)


class Writer(Protocol):
    """Where an export's files go: ``put`` or ``keep`` them, then ``commit`` (or
    ``abandon``: the previous export stays as it was)."""

    outdir: Path
    previous: Marker  # what the last export in the folder left (empty for a new one)
    stats: WriteStats
    # Whether other processes may put files too (into a new folder, each by its path):
    # then what they wrote is ``adopt``-ed once they are done.
    shared: bool

    def has(self, relpath: str) -> bool:
        """Whether the previous export wrote this file (as far as its marker proves)."""

    def put(self, relpath: str, data: bytes) -> None: ...

    def keep_present(self, relpaths: list[str]) -> list[str]:
        """Keep those the previous export has; return the others, in order."""

    def adopt(self, relpaths: list[str]) -> None:
        """Count files other processes put (a shared writer only)."""

    def commit(self, pages: dict[str, str], search: SearchIndex) -> None:
        """Make the export the folder's, with a marker of its pages, files and entries."""

    def abandon(self) -> None: ...


def remove(path: str | Path) -> None:
    """Remove whatever is at ``path`` without following a link (a link goes, its target
    stays); a missing path is fine."""
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.unlink(path)
    except FileNotFoundError:
        pass


def check_output(outdir: Path) -> None:
    """Refuse a non-empty folder that is not a previous export."""
    if outdir.exists() and not outdir.is_dir():
        raise ValidationError(_("{outdir} is a file, not a folder.").format(
                                  outdir=outdir), field="outdir")
    if outdir.is_dir() and any(outdir.iterdir()) and not (outdir / MARKER).is_file():
        raise ValidationError(_("{outdir} is not empty and is not a previous export; choose an "
                                "empty folder.").format(
                                  outdir=outdir), field="outdir")


class SiteWriter:
    """A first export's temporary folder: ``put`` files, then ``commit`` (or ``abandon``)."""

    shared = True  # a new folder: any process may fill it by path

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir.resolve()
        check_output(self.outdir)
        self.tmp = self.outdir.parent / f".{self.outdir.name}.building-{os.getpid()}"
        for stale in self.outdir.parent.glob(f".{self.outdir.name}.building-*"):
            remove(stale)  # left by an export that crashed
        self.tmp.mkdir(parents=True)
        self._root = str(self.tmp) + os.sep
        self.stats = WriteStats()
        self._dirs: set[str] = {""}
        self.previous = Marker()  # nothing to reuse: the folder is new

    def has(self, relpath: str) -> bool:
        return False  # nothing to keep: the folder is new

    def put(self, relpath: str, data: bytes) -> None:
        """Write ``data``; no fsync: the final rename is what makes the export appear.

        Written here, not in writer threads: measured, threads made a 10,000-product
        export 1.7 times slower (the rendering thread waits for the GIL behind them).
        """
        # The folder is new and only this writer fills it, so no symlink can be inside:
        # checking the path text (no "..", not absolute) keeps every write inside it.
        relpath = safe_relpath(relpath)
        folder = relpath.rpartition("/")[0]
        if folder not in self._dirs:  # one mkdir per folder, not per file
            try:
                os.mkdir(self._root + folder)
            except FileNotFoundError:
                os.makedirs(self._root + folder, exist_ok=True)
            except FileExistsError:
                pass  # made by a forked worker, or a parent folder made earlier
            self._dirs.add(folder)
        # os.open, not open(): three system calls instead of five (no fstat, no isatty)
        # for each of 50,000 files, and no buffer object.
        fd = os.open(self._root + relpath, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC,
                     0o666)  # as open() does: the umask decides
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        self.stats.written.append(relpath)

    def keep_present(self, relpaths: list[str]) -> list[str]:
        """Keep those the last export has; return the others (all: the folder is new)."""
        return relpaths

    def adopt(self, relpaths: list[str]) -> None:
        """Count files forked processes put into the folder."""
        self.stats.written += relpaths

    def commit(self, pages: dict[str, str], search: SearchIndex) -> None:
        """Write the marker and rename the folder into place (an empty one is replaced)."""
        marker = Marker(pages, self.stats.written, search)
        text = marker_bytes(marker)
        with open(self._root + MARKER, "wb") as out:
            out.write(text)
        if self.outdir.is_dir():
            self.outdir.rmdir()  # check_output allowed only an empty folder (or a marker)
        os.replace(self.tmp, self.outdir)
        remember(self.outdir, text, marker)

    def abandon(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def site_files(outdir: Path) -> Iterator[str]:
    """Every file of an export, as sorted relative POSIX paths (bookkeeping left out)."""
    paths = [p.relative_to(outdir).as_posix() for p in outdir.rglob("*") if p.is_file()]
    yield from sorted(p for p in paths if not p.startswith(PRIVATE))


def write_zip(outdir: Path, zip_path: Path, names: Iterable[str] | None = None) -> None:
    """A zip of the export with sorted names and fixed times: same export, same zip bytes."""
    zip_path = zip_path.resolve()
    if zip_path.is_relative_to(outdir.resolve()):
        raise ValidationError(_("Put the zip file outside the export folder {outdir}.").format(
                                  outdir=outdir),
                              field="zip")
    # Removed again if anything fails: no half-written zip is left behind.
    with atomic_output(zip_path) as partial, \
            zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(names) if names is not None else site_files(outdir):
            if name == MARKER:
                continue
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, so the permission bits above are read
            archive.writestr(info, (outdir / name).read_bytes())
