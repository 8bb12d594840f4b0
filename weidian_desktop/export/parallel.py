"""The export's one way of using every core: forked workers that share queues of tasks.

Where fork is safe (one thread: the command line, the app's export process, host.py),
``run`` forks up to three more processes. The tasks (work.Task: plain data) are numbered
and their numbers go into pipes before forking; the main process and the children each
read the next number when free (a 4-byte read from a pipe is atomic), so whoever is faster
takes more: nothing is split up front by guesswork. There are two queues, each child
starting on one and helping with the other once it is empty: a file made in a folder
locks the folder, so two processes filling p/ (or img/) at once wait on each other. A
child shares the main process's loaded shop through fork, makes its own Worker (its own
connection and reader), and hands back its work.Report through a file.
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

Tick = Callable[[int, int], None]  # (tasks taken, tasks in all): cancel and progress


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


def _drain(worker: Worker, queues: list[int], tick: Tick | None = None) -> None:
    """Do tasks from the first queue until it is empty, then from the next."""
    for queue in queues:
        while block := os.read(queue, INDEX):
            number = _number(block)
            if tick is not None:
                tick(number, len(_TASKS))
            worker.do(_TASKS[number])


def _child(setup: WorkerSetup, queues: list[int]) -> None:
    try:
        worker = setup.worker()  # its own connection: the parent's is not fork-safe
        _drain(worker, queues)
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
        everything = local + [t for queue in shared for t in queue]
        for number, task in enumerate(everything):
            if tick is not None:
                tick(number, len(everything))
            main.do(task)
        return []
    _TASKS[:] = [t for queue in shared for t in queue]
    queues = _queues([len(queue) for queue in shared])
    # Frozen, the objects the children inherit are never touched by a collection, so
    # their copy-on-write pages stay shared while they run (no collect first: 40 ms);
    # pipeline.export_shop unfreezes them when the export is done.
    gc.freeze()
    children: list[int] = []
    try:
        for k in range(1, processes):
            pid = os.fork()
            if pid == 0:
                _child(setup, queues[k % len(queues):] + queues[:k % len(queues)])
            children.append(pid)
        for task in local:  # while the children start on the queues
            if tick is not None:
                tick(0, len(_TASKS))
            main.do(task)
        _drain(main, queues, tick)
    finally:
        failed = _stop(queues, children)
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


def _stop(queues: list[int], children: list[int]) -> int:
    """Empty the queues (on failure or Cancel the children stop after their task), wait
    for the children; how many failed."""
    for queue in queues:
        while os.read(queue, 4096):
            pass
    failed = sum(os.waitpid(pid, 0)[1] != 0 for pid in children)
    for queue in queues:
        os.close(queue)
    return failed


def _report(setup: WorkerSetup, pid: int) -> Report:
    with open(os.path.join(setup.folder, f"{pid}.report"), "rb") as f:
        report: Report = pickle.load(f)
    return report
