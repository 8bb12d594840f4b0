"""The real thing: the app runs, and launching it again on a shop hands the shop over."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from weidian_desktop.core.errors import ShopInUseError
from weidian_desktop.core.store import ShopStore

ROOT = Path(__file__).resolve().parents[2]


def locked(path: Path) -> bool:
    try:
        ShopStore.open(path).close()
    except ShopInUseError:
        return True
    return False


def wait_for(condition, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.mark.slow
def test_a_second_launch_hands_its_shop_to_the_running_app(tmp_path: Path,
                                                          demo_shop: Path) -> None:
    first, second = tmp_path / "first.weidian", tmp_path / "second.weidian"
    first.write_bytes(demo_shop.read_bytes())
    ShopStore.create(second, name="Second shop").close()
    home = tmp_path / "home"  # its own user, as far as the app can tell: its own server
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share")}
    command = [sys.executable, "-m", "weidian_desktop"]
    app = subprocess.Popen([*command, str(first)], env=env, cwd=tmp_path,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert wait_for(lambda: locked(first), 60), "the app did not open the first shop"
        # A double-click on another shop: the launch hands it over and ends at once,
        # and the running app opens it (holds its lock) in a window of its own.
        later = subprocess.run([*command, "second.weidian"], env=env, cwd=tmp_path,
                               capture_output=True, text=True, timeout=60)
        assert later.returncode == 0, later.stderr
        assert wait_for(lambda: locked(second), 30), "the running app did not open it"
        # The same shop again: no "already open" refusal, the launch just ends.
        again = subprocess.run([*command, str(first)], env=env, cwd=tmp_path,
                               capture_output=True, text=True, timeout=60)
        assert again.returncode == 0, again.stderr
        assert app.poll() is None, "the running app quit"
        assert locked(first) and locked(second)
    finally:
        app.terminate()
        _out, err = app.communicate(timeout=30)
    assert "Traceback" not in err, err
