"""One app per user: a later launch hands its shop over, the running app opens it once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication

from weidian_desktop.core.errors import ShopInUseError
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui import single_instance
from weidian_desktop.ui.app_windows import AppWindows
from weidian_desktop.ui.single_instance import InstanceServer

ROOT = Path(__file__).resolve().parents[2]

# A later launch, as its own process (its blocking hand-over must not block this one's
# event loop, which the server needs to answer).
LAUNCH = """
import sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from weidian_desktop.ui.single_instance import hand_over
print("handed" if hand_over(sys.argv[2] or None, sys.argv[1]) else "not handed", flush=True)
"""


def launch(qtbot, name: str, shop: str | None, cwd: Path) -> str:
    child = subprocess.Popen([sys.executable, "-c", LAUNCH, name, shop or ""], cwd=cwd,
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=20000)
    return child.stdout.read().strip()


@pytest.fixture
def server(qapp):
    server = InstanceServer(name=f"weidian-desktop-test-{uuid.uuid4().hex[:12]}")
    assert server.listen()
    yield server
    server.close()


def test_server_name_is_per_user_and_home(monkeypatch, tmp_path) -> None:
    mine = single_instance.server_name()
    monkeypatch.setenv("HOME", str(tmp_path))
    assert single_instance.server_name() != mine
    assert single_instance.server_name().startswith("weidian-desktop-")


def test_a_later_launch_hands_over_its_shop_as_an_absolute_path(qtbot, server,
                                                                tmp_path) -> None:
    received: list[str | None] = []
    server.openRequested.connect(received.append)
    assert launch(qtbot, server.name, "shop.weidian", tmp_path) == "handed"
    assert received == [str(tmp_path / "shop.weidian")]
    assert launch(qtbot, server.name, None, tmp_path) == "handed"
    assert received[-1] is None


def test_nobody_listening_means_no_hand_over(qtbot, tmp_path) -> None:
    assert launch(qtbot, f"weidian-desktop-test-{uuid.uuid4().hex[:12]}", "x.weidian",
                  tmp_path) == "not handed"


def test_a_second_server_does_not_take_over(server) -> None:
    second = InstanceServer(name=server.name)
    assert not second.listen()


@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
def test_a_socket_left_by_a_crashed_app_is_replaced(qapp) -> None:
    from PySide6.QtCore import QDir

    name = f"weidian-desktop-test-{uuid.uuid4().hex[:12]}"
    path = QDir(QDir.tempPath()).filePath(name)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # bound, never listening: what a killed app leaves behind
    stale.close()
    assert Path(path).exists()
    server = InstanceServer(name=name)
    try:
        assert server.listen()
    finally:
        server.close()


def test_a_malformed_request_is_refused(qtbot, server) -> None:
    from PySide6.QtNetwork import QLocalSocket

    received: list = []
    server.openRequested.connect(received.append)
    client = QLocalSocket()
    client.connectToServer(server.name)
    assert client.waitForConnected(2000)
    client.write(b'{"open": 7}\n')
    client.flush()
    qtbot.waitUntil(lambda: client.bytesAvailable() > 0, timeout=5000)
    assert bytes(client.readAll().data()) == b"refused\n"
    assert received == []


@pytest.fixture
def windows(qtbot, qapp):
    manager = AppWindows(qapp)
    yield manager
    for window in list(manager.windows):
        window.close()
    qapp.removeEventFilter(manager)


def test_each_shop_opens_in_one_window(qtbot, windows, demo_copy, tmp_path) -> None:
    other = tmp_path / "other.weidian"
    ShopStore.create(other, name="Other shop").close()
    first = windows.open_first(str(demo_copy))
    qtbot.waitExposed(first)
    # The same shop again (as a path written differently): the window that has it.
    again = windows.open_request(str(tmp_path / "." / demo_copy.name))
    assert again is first and len(windows.windows) == 1
    assert "open in this window" in first.statusBar().currentMessage()
    # Another shop: a window of its own; the first keeps its shop.
    second = windows.open_request(str(other))
    assert second is not first and len(windows.windows) == 2
    assert second.store.path == other and first.store.path == demo_copy
    with pytest.raises(ShopInUseError):
        ShopStore.open(other)  # the app holds it now
    # Nothing to open: the app only comes to the front.
    assert windows.open_request(None) in windows.windows
    assert len(windows.windows) == 2
    second.close()
    qtbot.waitUntil(lambda: len(windows.windows) == 1)
    ShopStore.open(other).close()  # closing its window let the shop go


def test_a_welcome_window_takes_the_shop(qtbot, windows, demo_copy) -> None:
    first = windows.open_first(None)
    assert first.store is None
    assert windows.open_request(str(demo_copy)) is first
    assert first.store is not None and len(windows.windows) == 1


def test_a_file_opened_in_finder_arrives_as_an_event(qtbot, windows, demo_copy) -> None:
    from PySide6.QtGui import QFileOpenEvent

    windows.open_first(None)
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(demo_copy)))
    assert windows.windows[0].store is not None
    assert windows.windows[0].store.path == demo_copy
