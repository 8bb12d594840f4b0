"""UI fixtures: QSettings kept in the test's folder, and a demo shop each test may change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
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


@pytest.fixture
def demo_copy(demo_shop: Path, tmp_path: Path) -> Path:
    """A demo shop of this test's own (a copy of the session's), to open, edit, lock, damage."""
    path = tmp_path / "demo.weidian"
    shutil.copyfile(demo_shop, path)
    return path
