"""The task runner: work off the GUI thread, results and errors back on it, Cancel."""

from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("pytestqt")

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
