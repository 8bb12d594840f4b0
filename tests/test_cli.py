"""The command line contract: exit codes, one-sentence errors, --help everywhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from weidian_desktop import __version__
from weidian_desktop.cli import build_parser, main


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "weidian_desktop", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_help_on_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert {"new", "demo", "check"} <= set(commands.choices)
    for name in commands.choices:
        with pytest.raises(SystemExit) as exit_info:
            main([name, "--help"])
        assert exit_info.value.code == 0
        assert name in capsys.readouterr().out


def test_new_then_check(tmp_path: Path) -> None:
    path = tmp_path / "mine.weidian"
    assert run("new", str(path), "--name", "我的小店", "--currency", "EUR").returncode == 0
    result = run("check", str(path))
    assert result.returncode == 0, result.stderr
    assert "0 errors" in result.stdout


def test_errors_are_one_sentence_exit_1(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.weidian"
    bogus.write_text("hello")
    result = run("check", str(bogus))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "notes.weidian is not a Weidian shop file" in result.stderr
    again = run("new", str(tmp_path / "x.weidian"), "--name", "X", "--currency", "ABC")
    assert again.returncode == 1 and "ISO 4217" in again.stderr
    assert not (tmp_path / "x.weidian").exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("new", str(tmp_path / "y.weidian")).returncode == 2  # --name missing
    assert run("check").returncode == 2
    assert run("frobnicate", "a", "b").returncode == 2


def test_demo_then_check(tmp_path: Path) -> None:
    path = tmp_path / "d.weidian"
    result = run("demo", str(path))
    assert result.returncode == 0, result.stderr
    check = run("check", str(path))
    assert check.returncode == 0, check.stdout + check.stderr
