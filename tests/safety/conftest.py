"""Running the command line in-process for the safety tests, and the corpus's cache."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from weidian_desktop.cli import main


@dataclass
class Run:
    """One command's exit status and what it printed."""

    code: int
    out: str
    err: str


def run_cli(*args: str | Path) -> Run:
    """``weidian-desktop ARGS`` in this process (an unexpected exception propagates: the
    test suite sets WEIDIAN_DESKTOP_RERAISE)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse: usage errors and --help
            code = exc.code if isinstance(exc.code, int) else 2
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="session")
def corpus_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where each corpus file is built once per session (tests copy it)."""
    return tmp_path_factory.mktemp("corpus")
