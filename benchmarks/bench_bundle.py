"""Bundle figures: build time, download size (goal <= 120 MB), and start to a usable window
from the bundle on a 10,000-product shop (goal <= 1.0 s, as from the virtualenv).

Builds the bundle with scripts/bundle in a temporary folder, then starts the bundled program
and the virtualenv's console script alike (fresh processes, a clean environment, a scratch
HOME, offscreen), each asked by WEIDIAN_DESKTOP_READY_REPORT to say when the window has
been painted and the event loop is free, and to quit. The clock runs from starting the
process to that line; the CPU seconds are the app's own until then. The shop is
bench_app.py's (the demo plus 10,000 products sharing its photos).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from bench_app import build_shop  # noqa: E402

RUNS = 5


def children_cpu() -> float:
    times = os.times()
    return times.children_user + times.children_system


def build(out: Path) -> tuple[float, float, Path, Path]:
    """Wall and CPU seconds of scripts/bundle, the app folder and the archive."""
    from weidian_desktop import __version__

    started, cpu = time.perf_counter(), children_cpu()
    subprocess.run(["bash", str(ROOT / "scripts" / "bundle"), "--out", str(out / "dist"),
                    "--work", str(out / "work")], check=True, capture_output=True,
                   env={**os.environ, "PYTHON": sys.executable})
    wall, cpu = time.perf_counter() - started, children_cpu() - cpu
    folder = out / "dist" / f"weidian-desktop-{__version__}"
    return wall, cpu, folder, next((out / "dist").glob("*.tar.gz"))


def start(program: Path, shop: Path, home: Path) -> tuple[float, float]:
    """Wall seconds from starting ``program`` on ``shop`` to a usable window; its CPU."""
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "QT_QPA_PLATFORM": "offscreen", "WEIDIAN_DESKTOP_READY_REPORT": "1"}
    started = time.perf_counter()
    child = subprocess.Popen([str(program), str(shop)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True, env=env)
    assert child.stderr is not None
    line = next((ln for ln in child.stderr if ln.startswith("ready: ")), None)
    wall = time.perf_counter() - started
    child.wait(timeout=120)
    if line is None:
        raise RuntimeError(f"{program} never reported a usable window")
    return wall, json.loads(line.removeprefix("ready: "))["cpu"]


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def run() -> list[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        build_wall, build_cpu, folder, archive = build(tmp_path)
        shop = build_shop(tmp_path / "bench.weidian")
        home = tmp_path / "home"
        home.mkdir()
        programs = {"bundle": folder / "weidian-desktop",
                    "venv": Path(sys.executable).parent / "weidian-desktop"}
        for program in programs.values():
            start(program, shop, home)  # warm the file cache once each
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
        for _ in range(RUNS):  # interleaved, so a burst of load hits both alike
            for name, program in programs.items():
                results[name].append(start(program, shop, home))
        figures = [
            ("bundle.build_wall", build_wall, "s"),
            ("bundle.build_cpu", build_cpu, "s"),
            ("bundle.tarball_size", archive.stat().st_size / 1e6, "MB"),
            ("bundle.folder_size", folder_size(folder) / 1e6, "MB"),
        ]
        for name, runs in results.items():
            figures += [
                (f"{name}.start_to_usable_window_10000_products_median",
                 statistics.median(w for w, _ in runs), "s"),
                (f"{name}.start_to_usable_window_10000_products_best", min(w for w, _ in runs),
                 "s"),
                (f"{name}.start_cpu_10000_products_median",
                 statistics.median(c for _, c in runs), "s"),
            ]
        return figures


if __name__ == "__main__":
    print(f"# load average: {open('/proc/loadavg').read().split()[:3]}", flush=True)
    for figure, value, unit in run():
        print(f"{figure}: {value:.3f} {unit}", flush=True)
