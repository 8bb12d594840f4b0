"""Shared fixtures: headless Qt, a fresh shop file per test, the data in tests/fixtures/."""

from __future__ import annotations

import os
from pathlib import Path

# Must be set before Qt is imported anywhere: without a display pytest aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
# Messages in English whatever the machine's locale (the CLI reads LANGUAGE, LC_ALL, LANG);
# tests that want another language say so.
os.environ["LANGUAGE"] = "en"
# The command line turns an unexpected exception into one sentence and a log file
# (weidian_desktop/crash.py); in tests it must fail loudly with its traceback instead.
os.environ.setdefault("WEIDIAN_DESKTOP_RERAISE", "1")

import pytest
from i18n_pseudo import PseudoCheck

from weidian_desktop.core import i18n
from weidian_desktop.core.store import ShopStore

# Modules run a second time with the core speaking the pseudo-locale (see i18n_pseudo.py):
# refusals, listing health, order outcomes and warnings, imports and skipped lines.
PSEUDO_MODULES = {
    "content/test_health.py", "content/test_posts.py", "content/test_faq.py",
    "core/test_products_core.py", "core/test_shopfront.py", "core/test_store.py",
    "core/test_urls.py", "core/test_money_slugs.py",
    "drops/test_drops.py", "drops/test_coupons.py", "drops/test_times.py",
    "orders/test_record.py", "orders/test_mangled.py", "orders/test_purchase_orders.py",
    "orders/test_service.py",
    "stocklists/test_formats.py", "stocklists/test_malformed.py",
    "stocklists/test_malformed_more.py", "stocklists/test_reading.py",
    "stocklists/test_pick_sync.py",
    "media/test_qr.py", "media/test_ingest.py",
}
TESTS = Path(__file__).resolve().parent


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = Path(metafunc.definition.fspath).resolve().relative_to(TESTS).as_posix()
    if module in PSEUDO_MODULES:
        metafunc.parametrize("core_language", ["en", i18n.PSEUDO], indirect=True)


@pytest.fixture(autouse=True)
def core_language(request: pytest.FixtureRequest):
    """The core's language for one test: English, or in PSEUDO_MODULES also the
    pseudo-locale, where every message is checked; English again afterwards (a test that
    ran the CLI with --language leaves it switched)."""
    language = getattr(request, "param", "en")
    check = PseudoCheck()
    if language == i18n.PSEUDO:
        monkeypatch = request.getfixturevalue("monkeypatch")
        check.install(monkeypatch)
        # The command line picks its language from the environment: the same one.
        monkeypatch.setenv("LANGUAGE", language)
    i18n.set_language(language)
    yield language
    i18n.set_language("en")
    check.verify()


FIXTURES = Path(__file__).resolve().parent / "fixtures"


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
def hostile_dir() -> Path:
    """Hostile strings (big list of naughty strings, XSS payloads); sources and licences in
    its SOURCES.md."""
    return FIXTURES / "hostile"


@pytest.fixture(scope="session")
def demo_shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled demo shop, written once per test session (treat it as read-only)."""
    from weidian_desktop.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "demo.weidian")


_qt_english = False


@pytest.fixture(autouse=True)
def _qt_speaks_english(request: pytest.FixtureRequest):
    """Widgets speak English as the app does at start: with English's plurals installed
    ("1 product", not "1 product(s)"), whichever test happens to run first."""
    global _qt_english
    if not _qt_english and {"qtbot", "qapp"} & set(request.fixturenames):
        from weidian_desktop.ui import i18n as ui_i18n

        ui_i18n.install_translators(request.getfixturevalue("qapp"), "en")
        _qt_english = True
    yield
