"""Find shipped resource files in the source tree and in an installed wheel alike."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _root(name: str) -> Path:
    # In the wheel the folders are copied into the package; in a checkout (or an
    # editable install) they sit beside it.
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/ (fonts, icons, demo material, word lists)."""
    return _root("resources").joinpath(*parts)


def translations_dir() -> Path:
    """The folder holding the Qt .ts/.qm files and the exported shop's catalogues."""
    return _root("translations")


def licence_path(name: str) -> Path:
    """LICENSE or THIRD-PARTY-NOTICES: beside the code in the wheel and the bundle, at the
    top of a checkout."""
    inside = _PACKAGE / name
    return inside if inside.is_file() else _PACKAGE.parent / name
