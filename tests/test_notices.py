"""THIRD-PARTY-NOTICES covers everything the app ships that is not its own code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_notices():
    spec = importlib.util.spec_from_file_location("bundle_notices",
                                                  ROOT / "packaging" / "notices.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_runtime_library_has_its_licence_in_the_notices() -> None:
    notices = load_notices()
    text = (ROOT / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    headings = {line.split(" (", 1)[0] for line in text.splitlines()}
    missing = []
    for dist in notices.runtime_distributions():
        name = dist.metadata["Name"]
        key = notices.canonicalize_name(name)
        if key in notices.QT_DISTRIBUTIONS or key in notices.NOT_SHIPPED:
            continue
        if name not in headings:
            missing.append(name)
    assert not missing, (f"{missing} not in THIRD-PARTY-NOTICES: run "
                         "`.venv/bin/python packaging/notices.py` and commit the file")


def test_the_notices_carry_qt_python_fonts_and_the_gnu_licences() -> None:
    text = (ROOT / "THIRD-PARTY-NOTICES").read_text(encoding="utf-8")
    for needle in ("1. Qt and Qt for Python", "GNU LESSER GENERAL PUBLIC LICENSE",
                   "GNU GENERAL PUBLIC LICENSE", "PYTHON SOFTWARE FOUNDATION LICENSE",
                   "Bitstream Vera", "Apache License", "replace them with your own build"):
        assert needle in text, needle
