"""The export in a process of its own, for a caller with threads (the app's Export page).

The fast export forks workers, which is unsafe from a process with other threads (the
app: Qt, its worker pool), where it used to run on one core in a worker thread. So the
app hands the export to a helper process started with ``spawn`` (a fresh interpreter,
one thread): there ``export_shop`` runs exactly as from the command line, forks on all
cores, and reports progress back over a pipe; Cancel goes the other way. The helper
stays for the app's life, so it starts (and imports the export) once, and a re-export
keeps what the export remembers between runs (compiled templates, the marker).

The app holds the shop file's lock; the helper works on the file as the app's agent, on
its own connection (as a worker thread of the app does: ``ShopStore.for_thread``), so it
can cache the image variants it makes.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from ..core.errors import WeidianError
from ..core.i18n import _, current_language, set_language
from ..core.progress import CancelFn, ProgressFn
from ..core.store import ShopStore, connect
from .pipeline import ExportResult, export_shop

POLL = 0.05  # seconds between looks at Cancel while the helper works


@dataclass(frozen=True)
class Request:
    """One export for the helper: what ``export_shop`` takes, by value."""

    shop: Path
    outdir: Path
    read_only: bool = False
    base_url: str | None = None
    zip_path: Path | None = None
    now: str | None = None
    language: str = "en"  # the caller's: the helper's sentences (progress, refusals) in it


def _attach(shop: Path, read_only: bool) -> ShopStore:
    """The shop on a connection of this process, under the app's lock (no second lock,
    no migration: the app opened and checked the file)."""
    conn = connect(shop, read_only=read_only)
    if not read_only:
        conn.execute("PRAGMA synchronous = FULL")  # as every writing connection
    store = ShopStore(shop, conn, None)
    store.read_only = read_only  # no lock would otherwise mean read-only
    return store


class _Cancel:
    """The helper's CancelFn: true once the app sent "cancel" (read without waiting)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.asked = False

    def __call__(self) -> bool:
        while not self.asked and self.conn.poll():
            self.asked = self.conn.recv() == ("cancel",)
        return self.asked


def _export(conn: Connection, request: Request) -> tuple:
    """Run one export; the message that answers it."""

    def progress(done: int, total: int, text: str) -> None:
        conn.send(("progress", done, total, text))

    set_language(request.language)
    try:
        store = _attach(request.shop, request.read_only)
    except BaseException as exc:
        return ("error", exc, traceback.format_exc())
    try:
        result = export_shop(store, request.outdir, base_url=request.base_url,
                             zip_path=request.zip_path, progress=progress,
                             cancel=_Cancel(conn), now=request.now)
        return ("done", result)
    except BaseException as exc:
        return ("error", exc, traceback.format_exc())
    finally:
        store.conn.close()  # no checkpoint: the app's connection owns the file


def serve(conn: Connection) -> None:
    """The helper's loop: one export at a time, until the app closes its end."""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message[0] == "export":  # a "cancel" that came after its export ended: none
            answer = _export(conn, message[1])
            try:
                conn.send(answer)
            except Exception as exc:  # an exception that cannot be pickled: its words
                conn.send(("error", RuntimeError(str(exc)), answer[-1]))


class Host:
    """The helper process, started on first use, one export at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def _start(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self.stop()
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        self._process = context.Process(target=serve, args=(theirs,),
                                        name="weidian-export", daemon=False)
        self._process.start()
        theirs.close()
        self._conn = ours
        return ours

    def stop(self) -> None:
        """End the helper (its loop ends when the pipe closes)."""
        conn, process, self._conn, self._process = self._conn, self._process, None, None
        if conn is not None:
            conn.close()
        if process is not None:
            process.join(5)
            if process.is_alive():
                process.kill()
                process.join()

    def run(self, request: Request, progress: ProgressFn | None,
            cancel: CancelFn | None) -> ExportResult:
        with self._lock:
            conn = self._start()
            conn.send(("export", request))
            try:
                return self._wait(conn, progress, cancel)
            except WeidianError:  # a refusal or Cancel: the helper is fine, unless it died
                if self._process is None or not self._process.is_alive():
                    self.stop()
                raise
            except BaseException:
                self.stop()  # it died or went astray: a new one next time
                raise

    def _wait(self, conn: Connection, progress: ProgressFn | None,
              cancel: CancelFn | None) -> ExportResult:
        asked = False
        while True:
            if conn.poll(POLL):
                try:
                    message = conn.recv()
                except (EOFError, OSError):
                    message = ("died",)
                if message[0] == "progress":
                    if progress is not None:
                        progress(message[1], message[2], message[3])
                    continue
                return _answer(message, self._process)
            if self._process is None or not self._process.is_alive():
                return _answer(("died",), self._process)
            if cancel is not None and not asked and cancel():
                conn.send(("cancel",))
                asked = True


def _answer(message: tuple, process: multiprocessing.process.BaseProcess | None
            ) -> ExportResult:
    """The result, or the helper's exception raised here."""
    if message[0] == "done":
        return message[1]
    if message[0] == "error":
        exc, text = message[1], message[2]
        if not isinstance(exc, WeidianError):  # unexpected: keep where it happened
            exc.add_note(f"In the export process:\n{text}")
        raise exc
    code = None if process is None else process.exitcode
    raise WeidianError(_("The export process stopped unexpectedly (exit status {code}); the "
                         "previous export was left as it was.").format(code=code))


_HOST = Host()
atexit.register(_HOST.stop)  # before multiprocessing's own exit hook waits for it


def export_in_child(shop: str | os.PathLike[str], outdir: str | os.PathLike[str], *,
                    read_only: bool = False, base_url: str | None = None,
                    zip_path: str | os.PathLike[str] | None = None,
                    progress: ProgressFn | None = None, cancel: CancelFn | None = None,
                    now: str | None = None) -> ExportResult:
    """``export_shop`` of an open shop file, run in the helper process (see the module's
    docstring); blocks until it is done, calling ``progress`` and asking ``cancel`` here.

    ``read_only`` says how the caller opened the shop: a read-only shop's export does
    not cache new image variants in it.
    """
    request = Request(Path(shop).resolve(), Path(outdir).resolve(), read_only, base_url,
                      None if zip_path is None else Path(zip_path).resolve(), now,
                      current_language())
    return _HOST.run(request, progress, cancel)


def stop_helper() -> None:
    """End the helper process now (tests; the app's exit does it by itself)."""
    _HOST.stop()

