"""The command line's top-level handler: an unexpected exception becomes one sentence and
a log file with the traceback (exit 3) for a user; in the test suite it still raises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.safety.conftest import run_cli
from weidian_desktop import crash
from weidian_desktop.commands import shop_commands


def _boom(args: object) -> int:
    raise RuntimeError("a bug deep inside <_io.BytesIO object at 0x7ff6>")


def test_an_unexpected_error_is_one_sentence_and_a_log(tmp_path: Path, shop_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(crash.RERAISE_ENV)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(shop_commands, "cmd_check", _boom)
    run = run_cli("check", shop_path)
    assert run.code == 3
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.err and "RuntimeError" in lines[0]
    logs = list((tmp_path / "state" / "weidian-desktop" / "logs").iterdir())
    assert len(logs) == 1 and str(logs[0]) in lines[0]
    text = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in text and "a bug deep inside" in text and "'check'" in text


def test_without_a_writable_log_folder_it_still_says_one_sentence(
        tmp_path: Path, shop_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(crash.RERAISE_ENV)
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    monkeypatch.setattr(crash.tempfile, "gettempdir", lambda: str(blocker))
    monkeypatch.setattr(shop_commands, "cmd_check", _boom)
    run = run_cli("check", shop_path)
    assert run.code == 3 and "no log file could be written" in run.err
    assert len(run.err.strip().splitlines()) == 1


def test_the_test_suite_sees_the_traceback(shop_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shop_commands, "cmd_check", _boom)
    with pytest.raises(RuntimeError, match="a bug deep inside"):
        run_cli("check", shop_path)


def test_one_sentence_errors_and_interrupts_pass_through(shop_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.delenv(crash.RERAISE_ENV)
    run = run_cli("qr", shop_path, "--product", "nope", "-o", shop_path.with_name("q.png"))
    assert run.code == 1 and "Traceback" not in run.err

    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(shop_commands, "cmd_check", interrupted)
    assert run_cli("check", shop_path).code == 130


def test_a_real_process_prints_no_traceback(tmp_path: Path) -> None:
    """Through the console entry point, as a user runs it (the environment variable off)."""
    script = ("import sys; from weidian_desktop import cli; "
              "from weidian_desktop.commands import shop_commands; "
              "shop_commands.cmd_check = lambda a: 1 / 0; sys.exit(cli.main())")
    result = subprocess.run(
        [sys.executable, "-c", script, "check", str(tmp_path / "x.weidian")],
        capture_output=True, text=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "C.UTF-8"})
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr and "ZeroDivisionError" in result.stderr
    assert list((tmp_path / ".local" / "state" / "weidian-desktop" / "logs").iterdir())
