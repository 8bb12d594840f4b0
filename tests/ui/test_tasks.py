"""The task runner: work off the GUI thread, results and errors back on it, Cancel."""

from __future__ import annotations

import itertools
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from weidian_desktop.core.errors import Cancelled, ValidationError
from weidian_desktop.core.progress import check_cancel
from weidian_desktop.core.shop import get_shop, update_shop
from weidian_desktop.ui import tasks
from weidian_desktop.ui.tasks import run_task


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_result_comes_back_on_the_gui_thread(parent) -> None:
    seen: dict = {}

    def work(progress, cancel):
        seen["worker"] = threading.current_thread()
        progress(1, 2, "half")
        return 42

    def done(value):
        seen["done"] = (value, threading.current_thread())

    handle = run_task(parent, "Adding", work, done)
    handle.wait()
    assert seen["worker"] is not threading.main_thread()
    assert seen["done"] == (42, threading.main_thread())
    assert handle.result == 42 and handle.error is None
    assert not parent.findChildren(QProgressDialog)  # quick work: no dialog flashed by


def test_weidian_error_goes_to_on_error(parent) -> None:
    errors: list[BaseException] = []

    def work(progress, cancel):
        raise ValidationError("The price line 3 is not a number.")

    handle = run_task(parent, "Importing", work, lambda _: pytest.fail("no result"),
                      errors.append)
    handle.wait()
    assert [str(e) for e in errors] == ["The price line 3 is not a number."]


def test_without_on_error_the_sentence_is_shown(parent) -> None:
    def work(progress, cancel):
        raise ValidationError("stock.csv line 7 has no title.")

    run_task(parent, "Importing", work, lambda _: None).wait()
    boxes = parent.findChildren(QMessageBox)
    assert boxes and boxes[-1].text() == "stock.csv line 7 has no title."


def test_unexpected_errors_say_so_with_details(parent) -> None:
    def work(progress, cancel):
        return 1 / 0

    run_task(parent, "Dividing", work, lambda _: None).wait()
    box = parent.findChildren(QMessageBox)[-1]
    assert "did not expect" in box.text()
    assert "ZeroDivisionError" in box.detailedText()


def test_slow_work_shows_a_dialog_whose_cancel_stops_it(qtbot, parent, monkeypatch) -> None:
    monkeypatch.setattr(tasks, "DIALOG_DELAY_MS", 50)
    errors: list[BaseException] = []

    def work(progress, cancel):
        for n in range(1000):
            check_cancel(cancel, "Stopped after a few rows.")
            progress(n, 1000, f"Row {n}")
            time.sleep(0.005)
        return "finished"

    handle = run_task(parent, "Working", work, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(parent.findChildren(QProgressDialog)), timeout=3000)
    dialog = parent.findChildren(QProgressDialog)[0]
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=3000)
    assert dialog.maximum() == 1000 and dialog.labelText().startswith("Row ")
    button = dialog.findChild(QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    handle.wait()
    assert handle.cancelled()
    assert isinstance(handle.error, Cancelled) and str(errors[0]) == "Stopped after a few rows."


def test_a_worker_thread_writes_through_its_own_connection(parent, store) -> None:
    def work(progress, cancel):
        mine = store.for_thread()
        try:
            keys = mine.scalar("PRAGMA foreign_keys")
            update_shop(mine, tagline="Written by a worker")
            return keys, mine.read_only
        finally:
            mine.close()

    handle = run_task(parent, "Writing", work, lambda _: None)
    handle.wait()
    assert handle.error is None
    assert handle.result == (1, False)
    assert get_shop(store).tagline == "Written by a worker"  # seen by the main connection
    update_shop(store, tagline="Main still writes")  # closing the twin kept the lock usable
    assert get_shop(store).tagline == "Main still writes"


def test_shop_jobs_run_one_at_a_time_on_one_thread(parent, store) -> None:
    """An import and a pick queued together never write through two connections at once."""
    spans: list[tuple[float, float, threading.Thread]] = []

    def work(shop, progress, cancel):
        start = time.monotonic()
        update_shop(shop, tagline=f"job {len(spans)}")
        time.sleep(0.05)  # long enough that a second worker would overlap it
        spans.append((start, time.monotonic(), threading.current_thread()))
        return shop is not store

    handles = [tasks.run_shop_task(parent, f"Job {n}", store, work, lambda _: None)
               for n in range(4)]
    for handle in handles:
        handle.wait()
    assert [h.error for h in handles] == [None] * 4
    assert all(h.result for h in handles)  # each on a connection of the worker's own
    assert len({thread for _, _, thread in spans}) == 1
    ordered = sorted(spans, key=lambda span: span[0])
    for (_, end, _), (start, _, _) in itertools.pairwise(ordered):
        assert start >= end
    assert get_shop(store).tagline == "job 3"


def test_computation_does_not_wait_for_the_shop_worker(parent, store) -> None:
    release = threading.Event()

    def slow_shop_job(shop, progress, cancel):
        release.wait(10)
        return "shop"

    shop_job = tasks.run_shop_task(parent, "Importing", store, slow_shop_job, lambda _: None)
    thumbnail = run_task(parent, "Thumbnail", lambda progress, cancel: "image", lambda _: None)
    thumbnail.wait(5)
    assert thumbnail.result == "image" and not shop_job.done
    release.set()
    shop_job.wait()
    assert shop_job.result == "shop"


def test_only_the_task_runner_opens_worker_connections() -> None:
    """Every job that opens the shop goes through run_shop_task, so none escapes the queue."""
    from pathlib import Path

    ui = Path(tasks.__file__).parent
    callers = sorted(str(p.relative_to(ui)) for p in ui.rglob("*.py")
                     if "for_thread(" in p.read_text(encoding="utf-8"))
    assert callers == ["tasks.py"]
