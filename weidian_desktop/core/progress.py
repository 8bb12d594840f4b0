"""Progress and cancel callbacks for long work, Qt-free so core, CLI and UI share them."""

from __future__ import annotations

from collections.abc import Callable

from .errors import Cancelled
from .i18n import _

# progress(done, total, text): total 0 means "unknown amount" (a busy indicator).
ProgressFn = Callable[[int, int, str], None]
# cancel() is True once the user asked to stop; the work then raises Cancelled.
CancelFn = Callable[[], bool]


def report(progress: ProgressFn | None, done: int, total: int, text: str = "") -> None:
    """Call ``progress`` if there is one (saves every caller an ``if``)."""
    if progress is not None:
        progress(done, total, text)


def check_cancel(cancel: CancelFn | None, message: str | None = None) -> None:
    """Raise Cancelled (one sentence for the user) once the user has pressed Cancel."""
    if cancel is not None and cancel():
        raise Cancelled(message or _("Stopped; nothing was changed."))
