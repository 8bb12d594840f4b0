"""The export's one way of using every core: forked workers that share queues of tasks.

Where fork is safe (one thread: the command line, the app's export process, host.py),
``run`` forks up to three more processes. The tasks (work.Task: plain data) are numbered
and their numbers go into pipes before forking; the main process and the children each
read the next number when free (a 4-byte read from a pipe is atomic), so whoever is faster
takes more: nothing is split up front by guesswork. There are two queues, each child
starting on one and helping with the other once it is empty: a file made in a folder
locks the folder, so two processes filling p/ (or img/) at once wait on each other. A
child shares the main process's loaded shop through fork, makes its own Worker (its own
connection and reader), and hands back its work.Report through a file. Each number a
child takes also goes into a pipe back to the main process, which hears them between its
own tasks: progress counts every process's work, not only its own.
Where fork is unsafe, or the work too small to pay for it, the main process does it all.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
import threading
import traceback
from collections.abc import Callable

from .work import Report, Task, Worker, WorkerSetup

INDEX = 4  # bytes per task number in a queue
MAX_PROCESSES = 4
MIN_WORK = 2000  # rendered pages' worth of work below which forking costs more than it saves

# Called in the main process with each task as some process takes it (cancel, progress).
Tick = Callable[[Task], None]


def can_fork() -> bool:
    """Whether this process may fork: fork is fast and needs no importable __main__, but
    copying a process whose other threads hold locks (the app's worker thread, Qt) can
    deadlock the child."""
    alone = threading.active_count() == 1 and threading.current_thread() is threading.main_thread()
    return alone and hasattr(os, "fork")


def processes_for(work: float) -> int:
    """How many processes to use for ``work`` (in rendered pages' worth)."""
    if work < MIN_WORK or not can_fork():
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_PROCESSES))


_TASKS: list[Task] = []  # the tasks of the run under way (children see them through fork)


def _number(block: bytes) -> int:
    # Every read takes 4 of a multiple of 4 bytes, under the pipe's lock: never a part.
    if len(block) != INDEX:
        raise RuntimeError("the export's work queue returned a partial task number")
    return int.from_bytes(block, "little")


def _drain(worker: Worker, queues: list[int], taken: Callable[[int, bytes], None]) -> None:
    """Do tasks from the first queue until it is empty, then from the next."""
    for queue in queues:
        while block := os.read(queue, INDEX):
            number = _number(block)
            taken(number, block)
            worker.do(_TASKS[number])


def _tell(heard: int, block: bytes) -> None:
    os.write(heard, block)


def _child(setup: WorkerSetup, queues: list[int], heard: int) -> None:
    try:
        worker = setup.worker()  # its own connection: the parent's is not fork-safe
        # 4 bytes written at once into a pipe are never split; the main process reads
        # them between its tasks (a full pipe only makes the child wait that long).
        _drain(worker, queues, lambda _number, block: _tell(heard, block))
        with open(os.path.join(setup.folder, f"{os.getpid()}.report"), "wb") as out:
            pickle.dump(worker.report(), out, pickle.HIGHEST_PROTOCOL)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
    os._exit(0)  # no atexit, no finalizers: the shop file's connection is the parent's


def run(main: Worker, setup: WorkerSetup, local: list[Task], shared: list[list[Task]], *,
        processes: int, tick: Tick | None = None) -> list[Report]:
    """Do ``local`` here and every task of ``shared`` (a list of queues) on ``processes``
    processes; return the reports of the forked ones (``main.report()`` has this one's)."""
    if processes < 2:
        for task in local + [t for queue in shared for t in queue]:
            if tick is not None:
                tick(task)
            main.do(task)
        return []
    _TASKS[:] = [t for queue in shared for t in queue]
    queues = _queues([len(queue) for queue in shared])
    heard, telling = os.pipe()
    # Frozen, the objects the children inherit are never touched by a collection, so
    # their copy-on-write pages stay shared while they run (no collect first: 40 ms);
    # pipeline.export_shop unfreezes them when the export is done.
    gc.freeze()
    children: list[int] = []
    try:
        for k in range(1, processes):
            pid = os.fork()
            if pid == 0:
                os.close(heard)
                _child(setup, queues[k % len(queues):] + queues[:k % len(queues)], telling)
            children.append(pid)
        os.close(telling)  # the children's ends alone: the pipe ends when they do
        telling = -1
        os.set_blocking(heard, False)
        listen = _Listener(heard, tick)
        for task in local:  # while the children start on the queues
            if tick is not None:
                tick(task)
            main.do(task)

        def taken(number: int, _block: bytes) -> None:
            listen()
            if tick is not None:
                tick(_TASKS[number])

        _drain(main, queues, taken)
        os.set_blocking(heard, True)
        listen()  # to the end: the children's last tasks
    finally:
        if telling >= 0:
            os.close(telling)
        failed = _stop(queues, children, heard)
        _TASKS.clear()
    if failed:
        raise RuntimeError(f"{failed} export process(es) failed; see the messages above")
    return [_report(setup, pid) for pid in children]


def _queues(sizes: list[int]) -> list[int]:
    """A pipe per queue, filled with its tasks' numbers (the numbering runs on across
    queues) and closed for writing: read to the end, a queue says "no more"."""
    queues, start = [], 0
    for size in sizes:
        queue, feed = os.pipe()
        os.write(feed, b"".join(n.to_bytes(INDEX, "little") for n in range(start, start + size)))
        os.close(feed)
        queues.append(queue)
        start += size
    return queues


class _Listener:
    """Reads the numbers the children took so far (to the end once ``heard`` blocks) and
    ticks for each."""

    def __init__(self, heard: int, tick: Tick | None) -> None:
        self.heard = heard
        self.tick = tick
        self.rest = b""

    def __call__(self) -> None:
        while True:
            try:
                chunk = os.read(self.heard, 4096)
            except BlockingIOError:
                return
            if not chunk:
                return
            data = self.rest + chunk
            whole = len(data) - len(data) % INDEX
            self.rest = data[whole:]
            for i in range(0, whole, INDEX):
                if self.tick is not None:
                    self.tick(_TASKS[_number(data[i:i + INDEX])])


def _stop(queues: list[int], children: list[int], heard: int) -> int:
    """Empty the queues (on failure or Cancel the children stop after their task), let
    the children finish what they tell, wait for them; how many failed."""
    for queue in queues:
        while os.read(queue, 4096):
            pass
    os.set_blocking(heard, True)
    while os.read(heard, 4096):  # a child blocked on a full pipe would never end
        pass
    failed = sum(os.waitpid(pid, 0)[1] != 0 for pid in children)
    for fd in [*queues, heard]:
        os.close(fd)
    return failed


def _report(setup: WorkerSetup, pid: int) -> Report:
    with open(os.path.join(setup.folder, f"{pid}.report"), "rb") as f:
        report: Report = pickle.load(f)
    return report
