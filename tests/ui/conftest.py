"""UI fixtures: QSettings kept in the test's folder, and a demo shop each test may change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp):
    """Recent files, last shop and geometry go to tmp_path, never to the user's settings."""
    QCoreApplication.setOrganizationName("Weidian Desktop Tests")
    QCoreApplication.setApplicationName("Weidian Desktop Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo shop written once with build_demo; tests get copies (demo_copy)."""
    from weidian_desktop.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("ui-demo") / "master.weidian")


@pytest.fixture
def demo_copy(demo_master: Path, tmp_path: Path) -> Path:
    """A demo shop of this test's own, to open, edit, lock or damage."""
    path = tmp_path / "demo.weidian"
    shutil.copyfile(demo_master, path)
    return path
