"""Writing a finished file: whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..core.errors import ValidationError
from ..core.i18n import _


def write_file(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder: never a half-written file."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(_("The folder {folder} does not exist.").format(
                                  folder=folder), field="output")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
