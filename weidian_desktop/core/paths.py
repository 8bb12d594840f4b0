"""One guard for every path the program writes, and one way to write a file there.

Every command and page that writes a file or folder the user named passes it through
here first, so a mistyped or hostile path is refused in one sentence before anything is
written, and a write that fails half-way leaves nothing behind:

- ``check_output_file(path, shop=..., inside=...)``: a file to write (a zip, a PNG,
  a PDF, a CSV). Never the shop file, its ``-wal``/``-shm``/``-journal``/lock, a backup
  of it, any other shop file (by its ``.weidian`` name or by its content), SQLite's
  companion of any database, nor anything inside ``inside`` (the export folder being
  built); never a folder; its folder must exist; its name must fit the file system.
- ``check_output_folder(path, shop=...)``: a folder to write (the export's OUTDIR):
  not a file, not under a file (e.g. under the shop file), names that fit.
- ``check_new_shop(path)``: a shop file about to be made (``new``, ``demo``, a copy).
- ``write_file(path, data)`` and ``atomic_output(path)``: write through a temporary
  file in the same folder and rename it into place; on any failure the temporary file
  is removed and the error is one sentence.

All refusals are ``OutputPathError`` (a ``ValidationError``, exit status 1).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import ValidationError
from .i18n import _

SHOP_SUFFIX = ".weidian"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SHOP_ID = (0x57445348).to_bytes(4, "big")  # probe.APPLICATION_ID, at offset 68
# What sits beside a shop file: SQLite's companions, our lock, backups before a
# migration or an import (NAME.weidian.v1.bak, NAME.weidian.before-import.bak).
_COMPANION = re.compile(r"(-wal|-shm|-journal|\.lock|(\.[\w-]+)?\.bak)$")


class OutputPathError(ValidationError):
    """A path given for writing that must not or cannot be written."""


def _refuse(message: str, field: str) -> OutputPathError:
    return OutputPathError(message, field=field)


def _is_shop_content(path: Path) -> bool:
    """Whether ``path`` is an SQLite file carrying the shop file's application id."""
    if not path.is_file():  # a FIFO or a device would block or never end
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(72)
    except OSError:
        return False
    return head.startswith(_SQLITE_MAGIC) and head[68:72] == _SHOP_ID


def _is_sqlite(path: Path) -> bool:
    if not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(16) == _SQLITE_MAGIC
    except OSError:
        return False


def protected_reason(path: Path, shop: Path | None = None) -> str | None:
    """Why ``path`` may never be an output (one sentence), or None.

    ``shop`` is the shop file the command reads; its companions are refused by name
    even before they exist.
    """
    target = Path(os.path.abspath(path))
    real = target.resolve()
    if shop is not None:
        shop_real = Path(shop).resolve()
        if real == shop_real:
            return _("{path} is the shop file itself; choose another file name.").format(
                path=path)
        if real.parent == shop_real.parent and real.name.startswith(shop_real.name) \
                and _COMPANION.fullmatch(real.name[len(shop_real.name):]):
            return _("{path} belongs to the shop file {shop} (its log, lock or a backup); "
                     "choose another file name.").format(path=path, shop=shop_real.name)
    for candidate in dict.fromkeys((target, real)):
        if _is_shop_content(candidate):
            return _("{path} is a shop file and would be lost; choose another file "
                     "name.").format(path=path)
        if candidate.suffix.lower() == SHOP_SUFFIX:
            return _("{path} ends in .weidian, the ending of shop files; choose another "
                     "file name.").format(path=path)
        base, _sep, rest = candidate.name.lower().rpartition(SHOP_SUFFIX)
        if base and _COMPANION.fullmatch(rest):
            return _("{path} belongs to a shop file (its log, lock or a backup); choose "
                     "another file name.").format(path=path)
        for suffix in ("-wal", "-shm", "-journal"):
            if candidate.name.endswith(suffix) and _is_sqlite(
                    candidate.with_name(candidate.name[: -len(suffix)])):
                return _("{path} belongs to the SQLite database beside it; choose another "
                         "file name.").format(path=path)
    return None


def _name_limit(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def _path_limit(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_PATH_MAX")
    except (OSError, ValueError, AttributeError):
        return 4096


def _check_names(path: Path, field: str) -> None:
    """Every name along ``path`` fits the file system, and so does the whole path."""
    folder = _existing_ancestor(path)
    limit = _name_limit(folder if folder.is_dir() else Path("."))
    for part in path.parts:
        size = len(os.fsencode(part))
        if size > limit:
            short = part if len(part) <= 40 else part[:40] + "…"
            raise _refuse(_("The name {name} is too long for the file system ({size} bytes; "
                            "at most {limit}); choose a shorter name.").format(
                                name=short, size=size, limit=limit), field)
    if len(os.fsencode(os.path.abspath(path))) >= _path_limit(folder if folder.is_dir()
                                                               else Path(".")):
        raise _refuse(_("The path {path} is too long for the file system; choose a "
                        "shorter one.").format(path=str(path)[:60] + "…"), field)


def _existing_ancestor(path: Path) -> Path:
    """The nearest folder (or file) above ``path`` that exists."""
    full = Path(os.path.abspath(path))
    return next((p for p in full.parents if os.path.lexists(p)), Path(full.anchor))


def check_output_file(path: str | os.PathLike[str], *, shop: Path | None = None,
                      inside: Path | None = None, field: str = "output") -> Path:
    """``path`` as given, once it is known to be a file that may be written."""
    path = Path(path)
    if str(path) in ("", "."):
        raise _refuse(_("Give a file name to write."), field)
    _check_names(path, field)  # first: the file system refuses to even look at such names
    reason = protected_reason(path, shop)
    if reason:
        raise _refuse(reason, field)
    if inside is not None and Path(os.path.abspath(path)).resolve().is_relative_to(
            Path(inside).resolve()):
        raise _refuse(_("{path} is inside the folder {folder} being written; put it "
                        "outside.").format(path=path, folder=inside), field)
    if path.is_dir():
        raise _refuse(_("{path} is a folder; give a file name inside it instead.").format(
            path=path), field)
    _check_folder(path, field)
    return path


def _check_folder(path: Path, field: str) -> None:
    """The folder ``path`` goes into exists (and is a folder)."""
    folder = Path(os.path.abspath(path)).parent
    if folder.is_dir():
        return
    ancestor = _existing_ancestor(path)
    if not ancestor.is_dir():
        raise _refuse(_("{path} cannot be written: {file} is a file, not a folder.").format(
            path=path, file=ancestor), field)
    raise _refuse(_("The folder {folder} does not exist; create it first or choose "
                    "another.").format(folder=folder), field)


def check_output_folder(path: str | os.PathLike[str], *, shop: Path | None = None,
                        field: str = "outdir") -> Path:
    """``path`` as given, once it is known to be a folder that may be made or filled.

    Missing folders on the way are made by the writer; an existing one must be a
    folder (a file there, e.g. the shop file, is refused).
    """
    path = Path(path)
    if str(path) == "":
        raise _refuse(_("Give a folder to write."), field)
    _check_names(path, field)
    if shop is not None and Path(os.path.abspath(path)).resolve() == Path(shop).resolve():
        raise _refuse(_("{path} is the shop file itself; choose a folder for the "
                        "export.").format(path=path), field)
    if os.path.lexists(path) and not path.is_dir():
        raise _refuse(_("{path} is a file, not a folder; choose a folder.").format(
            path=path), field)
    ancestor = _existing_ancestor(path)
    if not path.exists() and not ancestor.is_dir():
        raise _refuse(_("{path} cannot be made: {file} is a file, not a folder.").format(
            path=path, file=ancestor), field)
    return path


def check_new_shop(path: str | os.PathLike[str], *, field: str = "shop") -> Path:
    """A shop file about to be made: it must not exist yet, its folder must."""
    path = Path(path)
    _check_names(path, field)
    if os.path.lexists(path):
        raise _refuse(_("{name} already exists; choose another name.").format(
            name=path.name), field)
    _check_folder(path, field)
    return path


def check_copy_target(path: str | os.PathLike[str], shop: Path, *, field: str = "output"
                      ) -> Path:
    """Where a copy of the open ``shop`` may go: any file name (a copy is a shop file,
    and replaces an older copy or backup) but the shop itself or its log and lock."""
    path = Path(path)
    _check_names(path, field)
    real, shop_real = Path(os.path.abspath(path)).resolve(), Path(shop).resolve()
    if real == shop_real or (real.parent == shop_real.parent and real.name in {
            shop_real.name + s for s in ("-wal", "-shm", "-journal", ".lock")}):
        raise _refuse(_("A copy cannot be written over the shop file {name} or its log; "
                        "choose a different file name for the copy.").format(
                            name=shop_real.name), field)
    if path.is_dir():
        raise _refuse(_("{path} is a folder; give a file name inside it instead.").format(
            path=path), field)
    _check_folder(path, field)
    return path


def _write_error(path: Path, exc: OSError) -> OutputPathError:
    return OutputPathError(_("{path} could not be written ({reason}); nothing was "
                             "written.").format(path=path, reason=exc.strerror or exc),
                           field="output")


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to fill; renamed onto ``path`` when the block
    ends, removed if it fails (a short name: ``path``'s own may be at the length limit)."""
    folder = Path(os.path.abspath(path)).parent
    try:
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".weidian-", suffix=".partial")
        os.close(fd)
    except OSError as exc:
        raise _write_error(path, exc) from None
    try:
        yield Path(temp)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise _write_error(path, exc) from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_file(path: str | os.PathLike[str], data: bytes, *, shop: Path | None = None
               ) -> Path:
    """Check ``path`` (check_output_file) and write ``data`` there whole or not at all."""
    path = check_output_file(path, shop=shop)
    with atomic_output(path) as temp:
        temp.write_bytes(data)
    return path
