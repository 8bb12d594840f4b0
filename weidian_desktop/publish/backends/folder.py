"""file:///path: a folder (a USB stick, a synced folder, a web server's document root)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

from ...core.i18n import _
from ..errors import PublishError
from ..target import Target, file_path
from .base import Backend, Done

PART = ".wdpart"  # a file being copied: renamed over the real name once complete


class FolderBackend(Backend):
    """Copies into a folder, each file through a temporary name renamed into place."""

    cheap_listing = False  # a walk of 40,000 files costs a second: the assets are checked

    def __init__(self, target: Target) -> None:
        super().__init__(target)
        self.root = file_path(target)
        self._made: set[Path] = set()

    @contextlib.contextmanager
    def _errors(self, path: Path | None = None) -> Iterator[None]:
        try:
            yield
        except PublishError:
            raise
        except OSError as exc:
            where = path or self.root
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                raise PublishError(_("Weidian Desktop may not write to {path} (target {target}); "
                                     "choose a folder you can write to, or change its "
                                     "permissions.").format(path=where, target=self.label)
                                   ) from None
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise PublishError(_("The disk of {target} is full; free some space and "
                                     "publish again to finish.").format(target=self.label)
                                   ) from None
            raise PublishError(_("Writing {path} for the target {target} failed ({reason}); "
                                 "check the folder and publish again.").format(
                                     path=where, target=self.label,
                                     reason=exc.strerror or exc)) from None

    def connect(self) -> None:
        if not self.root.parent.is_dir():
            raise PublishError(_("The folder {path} does not exist; create it or correct "
                                 "the target {target}.").format(path=self.root.parent,
                                                                target=self.label))
        if self.root.exists() and not self.root.is_dir():
            raise PublishError(_("The target {target} is a file, not a folder; choose a "
                                 "folder.").format(target=self.label))

    def read(self, path: str) -> bytes | None:
        try:
            return (self.root / path).read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            with self._errors(self.root / path):
                raise

    def listing(self, folders: Sequence[str] | None = None) -> dict[str, int]:
        sizes: dict[str, int] = {}
        starts = [self.root / f for f in folders] if folders is not None else [self.root]
        for start in starts:
            for dirpath, _dirs, names in os.walk(start):
                rel = os.path.relpath(dirpath, self.root)
                for name in names:
                    with contextlib.suppress(OSError):
                        path = name if rel == "." else f"{rel}/{name}"
                        sizes[path.replace(os.sep, "/")] = os.stat(
                            os.path.join(dirpath, name)).st_size
        return sizes

    def _parent(self, dest: Path) -> None:
        parent = dest.parent
        if parent not in self._made:
            with self._errors(parent):
                parent.mkdir(parents=True, exist_ok=True)
            self._made.add(parent)

    def upload(self, files: Sequence[tuple[str, Path]], done: Done,
               in_place: bool = False) -> None:
        for path, source in files:
            dest = self.root / path
            self._parent(dest)
            part = dest if in_place else dest.with_name(dest.name + PART)
            with self._errors(dest):
                shutil.copyfile(source, part)
                if not in_place:
                    os.replace(part, dest)
            done(path)

    def delete(self, paths: Sequence[str], done: Done) -> None:
        for path in paths:
            with self._errors(self.root / path):
                with contextlib.suppress(FileNotFoundError):
                    (self.root / path).unlink()
                _prune(self.root / path, self.root)
            done(path)

    def write(self, path: str, data: bytes) -> None:
        dest = self.root / path
        self._parent(dest)
        part = dest.with_name(dest.name + PART)
        with self._errors(dest):
            part.write_bytes(data)
            os.replace(part, dest)


def _prune(path: Path, root: Path) -> None:
    """Remove the folders a deletion left empty (p/old-product/), up to the root."""
    parent = path.parent
    while parent != root and root in parent.parents:
        try:
            parent.rmdir()
        except OSError:  # not empty (or not ours to remove): stop here
            return
        parent = parent.parent
