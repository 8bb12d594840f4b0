"""Shared fixtures: headless Qt, a fresh shop file per test, the optional ../shared/ data."""

from __future__ import annotations

import os
from pathlib import Path

# Must be set before Qt is imported anywhere: without a display pytest aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
# The command line turns an unexpected exception into one sentence and a log file
# (weidian_desktop/crash.py); in tests it must fail loudly with its traceback instead.
os.environ.setdefault("WEIDIAN_DESKTOP_RERAISE", "1")

import pytest

from weidian_desktop.core.store import ShopStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shop_path(tmp_path: Path) -> Path:
    """A new shop file made through the same function the app uses (closed)."""
    path = tmp_path / "test.weidian"
    ShopStore.create(path, name="Test shop", currency="CNY", language="zh-CN").close()
    return path


@pytest.fixture
def store(shop_path: Path):
    """The fresh shop file, open; closed after the test."""
    opened = ShopStore.open(shop_path)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared/ beside the project; tests that need it skip in a user's fresh clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared/ is not beside the project (a fresh clone has none)")
    return SHARED


@pytest.fixture(scope="session")
def demo_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled demo shop, written once per test session (treat it as read-only)."""
    from weidian_desktop.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.weidian")
