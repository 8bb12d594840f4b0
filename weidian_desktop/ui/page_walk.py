"""A developer switch: open every page of the Go menu, report each, and quit with a status.

``WEIDIAN_DESKTOP_WALK_PAGES=SECONDS weidian-desktop SHOP`` opens the window on SHOP,
chooses each entry of the Go menu in turn as a seller would, writes one line per page to
stderr (``walk: page products ok``), keeps the window up SECONDS longer, closes it and
exits with 0 when every page was built without an error logged or raised, 1 otherwise.
The bundle's test runs the bundled app this way: a page its bundler missed fails here.
"""

from __future__ import annotations

import logging
import os
import sys
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

ENV = "WEIDIAN_DESKTOP_WALK_PAGES"


class _Errors(logging.Handler):
    """Counts what is logged at ERROR or above while the walk runs (and lets it through)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def schedule_walk(window: QMainWindow) -> None:
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


def _walk(window: QMainWindow, errors: _Errors, linger: float) -> None:
    view = getattr(window, "view", None)
    actions = [a for a in window.go_menu.actions() if not a.isSeparator()] \
        if view is not None else []
    if not actions:
        _say("no shop is open, so there is no page to walk")
        _finish(window, 1, linger)
        return
    failed = 0
    for action in actions:
        before = len(errors.messages)
        action.trigger()
        QApplication.processEvents()
        key = view.current_key()
        problem = view.failures.get(key) if key is not None else "no page shown"
        problem = problem or "; ".join(errors.messages[before:])
        if problem:
            failed += 1
            _say(f"page {key} FAILED: {problem}")
        else:
            _say(f"page {key} ok ({type(view.pages[key]).__name__})")
    _say(f"{len(actions)} pages, {failed} failed")
    _finish(window, 1 if failed else 0, linger)


def _finish(window: QMainWindow, status: int, linger: float) -> None:
    def close() -> None:
        window.close()
        QApplication.exit(status)

    QTimer.singleShot(int(linger * 1000), close)
