"""The fixed cost of a command: `--version`, `--help`, a list and an empty shop's export.

Each figure is the median of several runs of the real console script in a fresh process
(wall and CPU seconds, CPU from the children's rusage), beside a bare `python -c pass`,
so a slow machine or a busy one shows as such. Goals: `--version` <= 0.08 s, an empty
shop's first export <= 0.2 s. The package's bytecode is compiled first, as a pip install
leaves it (without it every run compiles the modules it imports). `python -X importtime`
gives the import figures: what importing the command line and the export package costs.

Usage: python benchmarks/bench_cli.py [RUNS]
"""

from __future__ import annotations

import compileall
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RUNS = 11


def _command() -> list[str]:
    """The installed console script when there is one (what sellers run), else -m."""
    script = Path(sys.executable).with_name("weidian-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "weidian_desktop"]


def _timed(argv: list[str], before: Callable[[], None] | None = None,
           runs: int = RUNS) -> tuple[float, float]:
    """Median wall and CPU seconds of ``argv`` over ``runs`` fresh processes."""
    walls, cpus = [], []
    for _ in range(runs):
        if before is not None:
            before()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def _import_seconds(module: str, runs: int) -> float:
    """Median cumulative import time of ``module`` as ``python -X importtime`` reports it."""
    times = []
    for _ in range(runs):
        report = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                                capture_output=True, text=True, check=True).stderr
        line = next(ln for ln in report.splitlines() if ln.rstrip().endswith(f"| {module}"))
        times.append(int(line.split("|")[1]) / 1e6)
    return statistics.median(times)


def run(runs: int = RUNS) -> list[tuple[str, float, str]]:
    import weidian_desktop

    compileall.compile_dir(Path(weidian_desktop.__file__).parent, quiet=1)
    cli = _command()
    figures: list[tuple[str, float, str]] = []
    for module in ("weidian_desktop.cli", "weidian_desktop.export"):
        figures.append((f"cli.import_{module.split('.')[-1]}", _import_seconds(module, runs),
                        "s"))

    def add(name: str, timing: tuple[float, float]) -> None:
        figures.append((f"cli.{name}_wall", timing[0], "s"))
        figures.append((f"cli.{name}_cpu", timing[1], "s"))

    add("python_startup", _timed([sys.executable, "-c", "pass"], runs=runs))
    add("version", _timed([*cli, "--version"], runs=runs))
    add("help", _timed([*cli, "--help"], runs=runs))
    with tempfile.TemporaryDirectory() as tmp:
        shop = Path(tmp) / "empty.weidian"
        subprocess.run([*cli, "new", str(shop), "--name", "Empty"], check=True,
                       stdout=subprocess.DEVNULL)
        add("products_list_empty", _timed([*cli, "products", "list", str(shop), "--json"],
                                          runs=runs))
        out = Path(tmp) / "site"
        add("export_empty_first", _timed([*cli, "export", str(shop), str(out)],
                                         before=lambda: shutil.rmtree(out, ignore_errors=True),
                                         runs=runs))
        add("export_empty_again", _timed([*cli, "export", str(shop), str(out)], runs=runs))
    figures.append(("cli.load_1min", os.getloadavg()[0], "(load average)"))
    return figures


if __name__ == "__main__":
    for name, value, unit in run(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS):
        print(f"{name}: {value:.3f} {unit}", flush=True)
