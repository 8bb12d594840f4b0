"""The developer switch that opens every page of the Go menu (the bundle's test uses it)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication

from weidian_desktop.ui import dev_switches, shop_view
from weidian_desktop.ui.main_window import create_main_window
from weidian_desktop.ui.page_registry import PAGES, PageSpec


def walk(qtbot, monkeypatch, shop, capsys) -> tuple[int, str]:
    statuses: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(statuses.append))
    monkeypatch.setenv(dev_switches.ENV, "0")
    window = create_main_window(str(shop) if shop else None)
    qtbot.addWidget(window)
    window.show()
    dev_switches.schedule_walk(window)
    qtbot.waitUntil(lambda: bool(statuses), timeout=60000)
    return statuses[0], capsys.readouterr().err


def test_every_page_opens(qtbot, monkeypatch, demo_copy, capsys) -> None:
    status, err = walk(qtbot, monkeypatch, demo_copy, capsys)
    assert status == 0, err
    for spec in PAGES:
        assert f"walk: page {spec.key} ok" in err
    assert f"walk: {len(PAGES)} pages, 0 failed" in err


def test_a_page_that_fails_to_import_fails_the_walk(qtbot, monkeypatch, demo_copy,
                                                    capsys) -> None:
    def broken() -> type:
        raise ImportError("No module named 'weidian_desktop.ui.pages.gone_page'")

    specs = [*PAGES[:2], PageSpec("gone", "Gone", broken)]
    monkeypatch.setattr(shop_view, "available_pages", lambda: specs)
    status, err = walk(qtbot, monkeypatch, demo_copy, capsys)
    assert status == 1
    assert "walk: page gone FAILED: ImportError: No module named" in err
    assert "walk: 3 pages, 1 failed" in err


def test_no_shop_is_a_failed_walk(qtbot, monkeypatch, capsys) -> None:
    status, err = walk(qtbot, monkeypatch, None, capsys)
    assert status == 1 and "no shop is open" in err


def test_the_ready_report_comes_once_the_window_is_painted(qtbot, monkeypatch, demo_copy,
                                                           capsys) -> None:
    statuses: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(statuses.append))
    monkeypatch.setenv(dev_switches.READY_ENV, "1")
    window = create_main_window(str(demo_copy))
    qtbot.addWidget(window)
    dev_switches.schedule_ready_report(window)
    assert not statuses
    window.show()
    qtbot.waitUntil(lambda: bool(statuses), timeout=30000)
    line = next(ln for ln in capsys.readouterr().err.splitlines() if ln.startswith("ready: "))
    report = json.loads(line.removeprefix("ready: "))
    assert report["cpu"] > 0 and report["page"] == "products"


@pytest.mark.slow  # about 5 s: every page, then the demo exported in the export process
def test_the_walk_exports_from_the_export_page(qtbot, monkeypatch, demo_copy, capsys,
                                               tmp_path) -> None:
    """As the bundle's test uses it: the export runs in the export's own process."""
    from weidian_desktop.export.host import stop_helper

    monkeypatch.setenv(dev_switches.EXPORT_ENV, str(tmp_path / "site"))
    try:
        status, err = walk(qtbot, monkeypatch, demo_copy, capsys)
    finally:
        stop_helper()
    assert status == 0, err
    assert "walk: export ok (" in err and (tmp_path / "site" / "index.html").is_file()
