"""Developer switches (environment variables) that make the app test or time itself.

``WEIDIAN_DESKTOP_WALK_PAGES=SECONDS weidian-desktop SHOP`` opens the window on SHOP,
chooses each entry of the Go menu in turn as a seller would, writes one line per page to
stderr (``walk: page products ok``), keeps the window up SECONDS longer, closes it and
exits with 0 when every page was built without an error logged or raised, 1 otherwise.
The bundle's test runs the bundled app this way: a page its bundler missed fails here.
With ``WEIDIAN_DESKTOP_WALK_EXPORT=FOLDER`` too, the walk then exports from the Export page
into FOLDER as a seller would (in the export's own process, started as the bundle starts
it) and says ``walk: export ok (…)`` or what failed.

``WEIDIAN_DESKTOP_READY_REPORT=1 weidian-desktop SHOP`` writes ``ready: {"cpu": …}`` to
stderr once the window has been painted and the event loop is free again (the seller can
click), then quits: benchmarks/bench_bundle.py times the start of the bundled app by it.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from .main_window import MainWindow

ENV = "WEIDIAN_DESKTOP_WALK_PAGES"
EXPORT_ENV = "WEIDIAN_DESKTOP_WALK_EXPORT"
READY_ENV = "WEIDIAN_DESKTOP_READY_REPORT"


class _Errors(logging.Handler):
    """Counts what is logged at ERROR or above while the walk runs (and lets it through)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def schedule_walk(window: MainWindow) -> None:
    """Walk ``window``'s pages once the event loop runs, if the switch is set."""
    value = os.environ.get(ENV, "").strip()
    if not value:
        return
    try:
        linger = max(0.0, float(value))
    except ValueError:
        linger = 0.0
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    previous_hook = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        # An exception in a slot never reaches the walk: Qt reports it through this hook.
        errors.messages.append(f"{kind.__name__}: {exc}")
        previous_hook(kind, exc, tb)

    sys.excepthook = hook
    QTimer.singleShot(0, lambda: _walk(window, errors, linger))


def _say(line: str) -> None:
    print(f"walk: {line}", file=sys.stderr, flush=True)


def _walk(window: MainWindow, errors: _Errors, linger: float) -> None:
    view = window.view
    actions = [a for a in window.go_menu.actions() if not a.isSeparator()]
    if view is None or not actions:
        _say("no shop is open, so there is no page to walk")
        _finish(window, 1, linger)
        return
    failed = 0
    for action in actions:
        before = len(errors.messages)
        action.trigger()
        QApplication.processEvents()
        key = view.current_key()
        if key is None:
            problem = "no page shown"
        else:
            problem = view.failures.get(key) or "; ".join(errors.messages[before:])
        if problem:
            failed += 1
            _say(f"page {key} FAILED: {problem}")
        else:
            _say(f"page {key} ok ({type(view.pages[str(key)]).__name__})")
    _say(f"{len(actions)} pages, {failed} failed")
    folder = os.environ.get(EXPORT_ENV, "").strip()
    if folder and not _export(window, folder):
        failed += 1
    _finish(window, 1 if failed else 0, linger)


def _export(window: MainWindow, folder: str) -> bool:
    """Export from the Export page into ``folder``; whether it worked."""
    from .pages.export_page import ExportPage

    view = window.view
    assert view is not None  # the walk checked
    view.show_page("export")
    page = view.page("export")
    if not isinstance(page, ExportPage):
        _say("export FAILED: no Export page")
        return False
    page.folder.setText(folder)
    task = page.start_export()
    try:
        task.wait(600)
    except TimeoutError as exc:
        _say(f"export FAILED: {exc}")
        return False
    if task.error is not None or task.result is None:
        _say(f"export FAILED: {type(task.error).__name__}: {task.error}")
        return False
    result = task.result[0]
    _say(f"export ok ({len(result.pages)} pages, {result.files} files, "
         f"{result.processes} processes)")
    return True


def _finish(window: MainWindow, status: int, linger: float) -> None:
    def close() -> None:
        window.close()
        QApplication.exit(status)

    QTimer.singleShot(int(linger * 1000), close)


class _FirstPaint(QObject):
    """Reports once the watched widget has been painted and the event loop is idle."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.report)  # runs when the loop is free again
        return False

    def report(self) -> None:
        view = self.window.view
        print("ready: " + json.dumps({"cpu": time.process_time(),
                                      "page": view.current_key() if view else None}),
              file=sys.stderr, flush=True)
        self.window.close()
        QApplication.exit(0)


def schedule_ready_report(window: MainWindow) -> None:
    """Report when ``window`` is usable, then quit, if the switch is set."""
    if os.environ.get(READY_ENV, "").strip() not in ("", "0"):
        window.central.installEventFilter(_FirstPaint(window))
