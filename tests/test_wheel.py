"""The built wheel carries resources/ and translations/ inside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contains_resources_and_translations(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path),
         str(ROOT)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    wheel = next(tmp_path.glob("weidian_desktop-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    shipped_resources = sorted(p.relative_to(ROOT).as_posix()
                               for p in (ROOT / "resources").rglob("*") if p.is_file())
    shipped_translations = sorted(p.relative_to(ROOT).as_posix()
                                  for p in (ROOT / "translations").rglob("*") if p.is_file())
    assert shipped_resources and shipped_translations
    for rel in shipped_resources + shipped_translations:
        assert f"weidian_desktop/{rel}" in names, rel
    assert "weidian_desktop/core/store.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "weidian-desktop = weidian_desktop.cli:main" in zipfile.ZipFile(wheel).read(
        entry_points).decode()
