"""The command line's last line of defence: an unexpected failure becomes one sentence
and a log file holding its traceback (exit status 3); a user never sees a traceback.

Expected refusals are ``WeidianError`` (one sentence, exit 1) and pass through untouched.
Tests set ``WEIDIAN_DESKTOP_RERAISE=1`` so that an unexpected exception still fails them
with its traceback instead of being turned into a sentence.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from . import __version__
from .core.errors import WeidianError
from .core.i18n import _

RERAISE_ENV = "WEIDIAN_DESKTOP_RERAISE"
EXIT_UNEXPECTED = 3


def log_folder() -> Path:
    """Where crash logs go: the platform's per-user state folder for the app."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Weidian Desktop" / "logs"
    if sys.platform == "darwin":  # pragma: no cover - exercised on macOS only
        return Path.home() / "Library" / "Logs" / "Weidian Desktop"
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "weidian-desktop" / "logs"


def write_log(exc: BaseException, args: argparse.Namespace) -> Path | None:
    """Write the traceback, the command and the version; return the file (None if no
    folder could take it, not even the temporary one)."""
    now = datetime.now(UTC)
    parsed = {k: v for k, v in vars(args).items() if k != "func"}
    text = (f"weidian-desktop {__version__}, Python {sys.version.split()[0]}, "
            f"{sys.platform}\n{now.isoformat(timespec='seconds')}\n"
            f"command line: {sys.argv[1:]!r}\narguments: {parsed!r}\n\n"
            + "".join(traceback.format_exception(exc)))
    name = f"crash-{now:%Y%m%d-%H%M%S}-{os.getpid()}.log"
    for folder in (log_folder(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_text(text, encoding="utf-8")
            return path
        except OSError:
            continue
    return None


def guarded(func: Callable[[argparse.Namespace], int | None], args: argparse.Namespace
            ) -> int:
    """Run a command; an exception that is not one of the app's one-sentence errors is
    logged and reported in one sentence (exit 3) unless ``WEIDIAN_DESKTOP_RERAISE`` is set.
    """
    try:
        return int(func(args) or 0)
    except (WeidianError, KeyboardInterrupt, BrokenPipeError):
        raise  # the caller turns these into their own sentence and status
    except Exception as exc:
        if os.environ.get(RERAISE_ENV):
            raise
        log = write_log(exc, args)
        kind = type(exc).__name__
        if log is None:
            message = _("weidian-desktop: the command stopped on an unexpected error "
                        "({kind}) and no log file could be written; please report it.")
        else:
            message = _("weidian-desktop: the command stopped on an unexpected error "
                        "({kind}); the details are in {log}, please send that file with a "
                        "report.")
        print(message.format(kind=kind, log=log), file=sys.stderr)
        return EXIT_UNEXPECTED
