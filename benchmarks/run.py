"""Run every benchmark and print its figures as `name: value unit`.

Usage: python benchmarks/run.py [AREA ...]   (areas: the NAME in bench_NAME.py)
"""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(areas: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if areas:
        names = [n for n in names if n.removeprefix("bench_") in areas]
    failed = 0
    for name in names:
        try:
            figures = importlib.import_module(name).run()
        except Exception:  # one broken benchmark must not hide the others' figures
            failed += 1
            print(f"# {name} failed:\n{traceback.format_exc()}", file=sys.stderr)
            continue
        for figure, value, unit in figures:
            print(f"{figure}: {value:.3f} {unit}" if isinstance(value, float)
                  else f"{figure}: {value} {unit}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
