"""The built wheel is the app for people with Python (pipx install): everything inside it.

Built once for the module, then installed into a fresh virtual environment of its own and
run from another folder, so nothing can come from the checkout: the dependencies are lent
from this environment by a .pth file (the wheel itself is installed without them).
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from weidian_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
         str(ROOT)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return next(out.glob("weidian_desktop-*.whl"))


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with the wheel installed; returns its bin/ folder."""
    env_dir = tmp_path_factory.mktemp("pipx-like") / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--quiet", str(wheel)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], capture_output=True, text=True).stdout.strip()
    # The dependencies (PySide6, Pillow …) from this environment, after the wheel's own
    # site-packages on sys.path; this environment's editable checkout is not among them.
    Path(site, "lent-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python.parent


def test_wheel_contains_resources_translations_and_licences(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    shipped = sorted(p.relative_to(ROOT).as_posix()
                     for tree in ("resources", "translations")
                     for p in (ROOT / tree).rglob("*") if p.is_file())
    assert any(n.endswith(".ttf") for n in shipped) and any(n.endswith(".qm") for n in shipped)
    for rel in shipped:  # fonts, icons, Qt .qm, gettext .mo, the shop's JSON catalogues …
        assert f"weidian_desktop/{rel}" in names, rel
    for rel in ("LICENSE", "THIRD-PARTY-NOTICES", "core/store.py", "export/templates"):
        assert any(n.startswith(f"weidian_desktop/{rel}") for n in names), rel
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "weidian-desktop = weidian_desktop.cli:main" in zipfile.ZipFile(wheel).read(
        entry_points).decode()


def run(bin_dir: Path, *args: object, cwd: Path, **extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(cwd), **extra})
    return subprocess.run([str(bin_dir / "weidian-desktop"), *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300, env=env)


def test_the_installed_wheel_runs_from_its_own_files(installed: Path, tmp_path: Path) -> None:
    where = subprocess.run(
        [str(installed / "python"), "-c",
         "import weidian_desktop, weidian_desktop.resources as r; "
         "print(weidian_desktop.__file__); print(r.resource_path('fonts', 'WeidianSans.ttf'));"
         "print(r.translations_dir()); print(r.licence_path('THIRD-PARTY-NOTICES'))"],
        cwd=tmp_path, capture_output=True, text=True)
    assert where.returncode == 0, where.stderr
    package = Path(where.stdout.splitlines()[0]).parent
    assert ROOT not in package.parents and installed.parent in package.parents
    for line in where.stdout.splitlines()[1:]:
        assert Path(line).exists() and package in Path(line).parents, line
    version = run(installed, "--version", cwd=tmp_path)
    assert version.stdout.strip() == f"weidian-desktop {__version__}", version.stderr
    assert run(installed, "demo", "demo.weidian", cwd=tmp_path).returncode == 0
    export = run(installed, "export", "demo.weidian", "site", cwd=tmp_path)
    assert export.returncode == 0 and (tmp_path / "site" / "index.html").is_file(), export.stderr
    chinese = run(installed, "check", "demo.weidian", cwd=tmp_path, LANGUAGE="zh_CN")
    assert "Traceback" not in chinese.stderr
    walk = run(installed, "demo.weidian", cwd=tmp_path, WEIDIAN_DESKTOP_WALK_PAGES="0")
    assert walk.returncode == 0, walk.stderr
    assert "pages, 0 failed" in walk.stderr
