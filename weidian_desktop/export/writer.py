"""Write the site into a folder beside the output, reusing unchanged files, then swap it in.

Unchanged files are hard links to the previous export's files (same inode, same mtime:
not rewritten); a folder that fails or is cancelled half-way is deleted and the previous
export stays as it was. The output folder is replaced only if it is empty or was made by
this exporter (``.weidian-export`` marker), so a wrong folder choice cannot wipe a disk.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import Cancelled, ValidationError
from .safety import safe_relpath

MARKER = ".weidian-export"
MARKER_TEXT = b"Made by Weidian Desktop's export; the next export replaces this folder.\n"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass
class WriteStats:
    """What a write did: files written anew, files kept from the previous export."""

    written: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def check_output(outdir: Path) -> None:
    """Refuse a non-empty folder that is not a previous export."""
    if outdir.exists() and not outdir.is_dir():
        raise ValidationError(f"{outdir} is a file, not a folder.", field="outdir")
    if outdir.is_dir() and any(outdir.iterdir()) and not (outdir / MARKER).is_file():
        raise ValidationError(f"{outdir} is not empty and is not a previous export; choose "
                              "an empty folder.", field="outdir")


class SiteWriter:
    """One export's temporary folder: ``put`` files, then ``commit`` (or ``abandon``)."""

    def __init__(self, outdir: Path, cancel: Callable[[], bool] | None = None) -> None:
        self.outdir = outdir.resolve()
        check_output(self.outdir)
        self.tmp = self.outdir.parent / f".{self.outdir.name}.building-{os.getpid()}"
        for stale in self.outdir.parent.glob(f".{self.outdir.name}.building-*"):
            shutil.rmtree(stale, ignore_errors=True)  # left by an export that crashed
        self.tmp.mkdir(parents=True)
        self.cancel = cancel
        self.stats = WriteStats()
        self._dirs: set[Path] = set()

    def _check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled("Export cancelled; the previous export was left as it was.")

    def _target(self, relpath: str) -> Path:
        # The folder is new and only this writer fills it, so no symlink can be inside:
        # checking the path text (no "..", not absolute) keeps every write inside it.
        target = self.tmp / safe_relpath(relpath)
        if target.parent not in self._dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._dirs.add(target.parent)
        return target

    def _keep(self, relpath: str, target: Path) -> bool:
        old = self.outdir / relpath
        try:
            os.link(old, target)
        except OSError:  # no old file, or a file system without hard links (FAT sticks)
            if not old.is_file():
                return False
            shutil.copy2(old, target)
        self.stats.kept.append(relpath)
        return True

    def put(self, relpath: str, data: bytes) -> None:
        """Write ``data``, or link the previous export's file when its bytes are the same."""
        self._check()
        target = self._target(relpath)
        old = self.outdir / relpath
        try:
            same = old.stat().st_size == len(data) and old.read_bytes() == data
        except OSError:
            same = False
        if same and self._keep(relpath, target):
            return
        target.write_bytes(data)
        self.stats.written.append(relpath)

    def keep_if_present(self, relpath: str) -> bool:
        """Link a file whose name fixes its bytes (image variants) if the last export has it."""
        self._check()
        return self._keep(relpath, self._target(relpath))

    def commit(self, manifest: dict[str, str] | None = None) -> None:
        """Swap the new folder in; the previous one is removed only after the swap.

        The marker file keeps the manifest (page -> digest of its inputs) that lets the
        next export skip rendering pages whose inputs did not change.
        """
        text = MARKER_TEXT + json.dumps(manifest or {}, sort_keys=True, indent=0).encode()
        self.put(MARKER, text)
        self.stats.kept = [p for p in self.stats.kept if p != MARKER]
        self.stats.written = [p for p in self.stats.written if p != MARKER]
        # A unique name: the previous export's removal may still be running.
        old = self.outdir.parent / f".{self.outdir.name}.previous-{uuid.uuid4().hex}"
        if self.outdir.exists():
            os.replace(self.outdir, old)
        try:
            os.replace(self.tmp, self.outdir)
        except OSError:
            if old.exists():
                os.replace(old, self.outdir)
            raise
        # Removing thousands of folders takes longer than the export itself; the new shop
        # is in place, so the old copy goes in the background (non-daemon: the CLI waits).
        threading.Thread(target=shutil.rmtree, args=(old,), kwargs={"ignore_errors": True},
                         name="remove-previous-export").start()

    def abandon(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


def read_manifest(outdir: Path) -> dict[str, str]:
    """The previous export's page manifest, or {} (no export, or an unreadable one)."""
    try:
        text = (outdir / MARKER).read_bytes()
    except OSError:
        return {}
    try:
        data = json.loads(text[len(MARKER_TEXT):] or b"{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def site_files(outdir: Path) -> Iterator[str]:
    """Every file of an export, as sorted relative POSIX paths."""
    paths = [p.relative_to(outdir).as_posix() for p in outdir.rglob("*") if p.is_file()]
    yield from sorted(paths)


def write_zip(outdir: Path, zip_path: Path, names: Iterable[str] | None = None) -> None:
    """A zip of the export with sorted names and fixed times: same export, same zip bytes."""
    zip_path = zip_path.resolve()
    if zip_path.is_relative_to(outdir.resolve()):
        raise ValidationError(f"Put the zip file outside the export folder {outdir}.",
                              field="zip")
    partial = zip_path.with_name(f".{zip_path.name}.partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in names if names is not None else site_files(outdir):
            if name == MARKER:
                continue
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, so the permission bits above are read
            archive.writestr(info, (outdir / name).read_bytes())
    os.replace(partial, zip_path)
