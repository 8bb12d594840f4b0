"""One runner for long work off the GUI thread: delayed progress dialog, Cancel, results back.

Two kinds of worker. Pure computation (images, posters, QR codes) runs on a pool as wide
as the machine. Everything that opens a shop file runs on ONE worker thread, one job after
another (as anki does): an import and a pick never write through two connections at once,
and a job always sees the shop as the previous one left it.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from ..core.errors import Cancelled, WeidianError
from ..core.progress import CancelFn, ProgressFn
from ..core.store import ShopStore

__all__ = ["CancelFn", "ProgressFn", "TaskHandle", "run_shop_task", "run_task"]

T = TypeVar("T")
log = logging.getLogger(__name__)

# Quick work finishes without a dialog flashing by (anki shows its progress after 600 ms).
DIALOG_DELAY_MS = 600
# The worker reports at most this often; a loop calling progress() per row must not
# flood the GUI thread's event queue.
_PROGRESS_EVERY = 0.05

_pool = QThreadPool()  # pure computation: as many threads as cores
_pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
_shop_worker = QThreadPool()  # the shop file: one thread, jobs queue in order
_shop_worker.setMaxThreadCount(1)
_shop_worker.setExpiryTimeout(-1)  # the same thread for the whole session
_running: set[TaskHandle[Any]] = set()  # keeps handles alive until their results arrive


class _Channel(QObject):
    """Lives in the GUI thread; signals emitted by the worker arrive there queued."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, handle: TaskHandle[Any],
                 work: Callable[[ProgressFn, CancelFn], Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._handle = handle
        self._work = work
        self._last = 0.0

    def _progress(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if now - self._last < _PROGRESS_EVERY and done < total:
            return
        self._last = now
        self._emit(self._handle._channel.progressed, done, total, text)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._handle.cancelled)
        except BaseException as exc:  # every failure goes back to the GUI
            if not isinstance(exc, WeidianError):
                exc.__wd_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self._handle._channel.failed, exc)
        else:
            self._emit(self._handle._channel.succeeded, result)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the channel is gone: the app is closing
            pass


class TaskHandle(Generic[T]):
    """A running task: ``cancel()``, ``done``, ``result``/``error`` and ``wait()`` for tests."""

    def __init__(self, parent: QWidget, label: str, on_done: Callable[[T], object],
                 on_error: Callable[[BaseException], None] | None) -> None:
        self.label = label
        self.done = False
        self.result: T | None = None
        self.error: BaseException | None = None
        self._parent = parent
        self._on_done = on_done
        self._on_error = on_error
        self._cancel = threading.Event()
        self._latest: tuple[int, int, str] = (0, 0, "")
        self._dialog: QProgressDialog | None = None
        self._channel = _Channel()
        self._channel.progressed.connect(self._on_progress)
        self._channel.succeeded.connect(self._on_succeeded)
        self._channel.failed.connect(self._on_failed)
        self._timer = QTimer(self._channel)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)

    # --- called from any thread ---------------------------------------------------------
    def cancelled(self) -> bool:
        """True once the user pressed Cancel (the worker's CancelFn)."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; it raises Cancelled at its next check."""
        self._cancel.set()

    # --- GUI thread ---------------------------------------------------------------------
    def wait(self, timeout: float = 30.0) -> None:
        """Process events until the task has finished (and its callback ran); for tests."""
        deadline = time.monotonic() + timeout
        while not self.done:
            if time.monotonic() > deadline:
                raise TimeoutError(f"task {self.label!r} did not finish in {timeout} s")
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._latest = (done, total, text)
        if self._dialog is not None:
            self._apply_progress()

    def _apply_progress(self) -> None:
        dialog = self._dialog
        assert dialog is not None
        done, total, text = self._latest
        dialog.setMaximum(max(total, 0))  # 0: a busy bar for an unknown amount
        # A window-modal QProgressDialog processes events inside setValue(): the task may
        # finish right there and _finish() drop the dialog, so check before going on.
        dialog.setValue(min(done, total) if total > 0 else 0)
        if text and not self._cancel.is_set() and self._dialog is dialog:
            dialog.setLabelText(text)

    def _show_dialog(self) -> None:
        if self.done or not isValid(self._parent):
            return
        dialog = QProgressDialog(self.label, QCoreApplication.translate("Tasks", "Cancel"),
                                 0, 0, self._parent)
        dialog.setWindowTitle(self.label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(380)
        dialog.canceled.connect(self._user_cancelled)
        self._dialog = dialog
        self._apply_progress()
        dialog.show()

    def _user_cancelled(self) -> None:
        self.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(QCoreApplication.translate("Tasks", "Stopping…"))
            self._dialog.show()  # QProgressDialog hides itself on Cancel; keep it until done

    def _finish(self) -> None:
        self.done = True
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self._user_cancelled)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)

    def _on_succeeded(self, result: T) -> None:
        self.result = result
        self._finish()
        if isValid(self._parent):  # the window may have closed while the work ran
            self._on_done(result)

    def _on_failed(self, exc: BaseException) -> None:
        self.error = exc
        self._finish()
        if not isValid(self._parent):
            return
        if self._on_error is not None:
            self._on_error(exc)
        else:
            show_error(self._parent, exc)


def show_error(parent: QWidget, exc: BaseException) -> None:
    """Tell the user about a failed task: one sentence, or a bug report for the unexpected."""
    if isinstance(exc, Cancelled):
        # The user asked for it; a box would be noise. The status bar says what happened.
        window = parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(str(exc), 5000)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Tasks", "Weidian Desktop"))
    if isinstance(exc, WeidianError):
        box.setText(str(exc))
    else:
        log.error("task failed", exc_info=exc)
        box.setText(QCoreApplication.translate(
            "Tasks", "Something went wrong that Weidian Desktop did not expect; "
            "nothing was changed. The details below help the developers."))
        box.setDetailedText(getattr(exc, "__wd_traceback__", repr(exc)))
    box.open()  # window-modal and non-blocking: tests and event loops keep running


def run_task(parent: QWidget, label: str, work: Callable[[ProgressFn, CancelFn], T],
             on_done: Callable[[T], object],
             on_error: Callable[[BaseException], None] | None = None, *,
             shop_file: bool = False) -> TaskHandle[T]:
    """Run ``work(progress, cancel)`` in a worker thread; call back on the GUI thread.

    ``work`` must not touch widgets. Pure computation runs on the pool; work that
    opens a shop file passes ``shop_file=True`` and runs on the one shop worker after
    every job queued before it (``run_shop_task`` does so with a connection ready).
    A progress dialog with Cancel appears only if the work takes longer than
    DIALOG_DELAY_MS. Errors go to ``on_error``, or else to a message box (a
    WeidianError shows its one sentence).
    """
    handle: TaskHandle[T] = TaskHandle(parent, label, on_done, on_error)
    _running.add(handle)
    handle._timer.start(DIALOG_DELAY_MS)
    (_shop_worker if shop_file else _pool).start(_Runnable(handle, work))
    return handle


def run_shop_task(parent: QWidget, label: str, store: ShopStore,
                  work: Callable[[ShopStore, ProgressFn, CancelFn], T],
                  on_done: Callable[[T], object],
                  on_error: Callable[[BaseException], None] | None = None) -> TaskHandle[T]:
    """Run ``work(shop, progress, cancel)`` on the one shop worker.

    ``shop`` is ``store`` on a connection of the worker's own (a connection belongs to
    the thread that opened it), closed when the work returns or fails.
    """
    def in_worker(progress: ProgressFn, cancel: CancelFn) -> T:
        twin = store.for_thread()
        try:
            return work(twin, progress, cancel)
        finally:
            twin.close()

    return run_task(parent, label, in_worker, on_done, on_error, shop_file=True)


def cancel_all(timeout_ms: int = 5000) -> bool:
    """Cancel every running task and wait for the workers (before the app quits)."""
    for handle in list(_running):
        handle.cancel()
    deadline = time.monotonic() + timeout_ms / 1000
    computed = _pool.waitForDone(timeout_ms)
    left = max(0, int((deadline - time.monotonic()) * 1000))
    return _shop_worker.waitForDone(left) and computed
