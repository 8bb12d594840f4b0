"""Only ui/ and app.py may import PySide6: the rest runs without Qt installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "weidian_desktop"
QT_FREE = [p for p in PACKAGE.rglob("*.py")
           if "ui" not in p.relative_to(PACKAGE).parts and p.name != "app.py"]

PROBE = """
import importlib, sys
sys.modules["PySide6"] = None  # any import of PySide6 now raises ImportError
failures = []
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except ImportError as exc:
        failures.append(f"{name}: {exc}")
print("\\n".join(failures))
sys.exit(1 if failures else 0)
"""


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_every_qt_free_module_imports_with_pyside6_blocked() -> None:
    names = sorted(module_name(p) for p in QT_FREE if p.name != "__main__.py")
    assert "weidian_desktop.core.store" in names and "weidian_desktop.cli" in names
    result = subprocess.run([sys.executable, "-c", PROBE, *names], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_source_outside_ui_mentions_pyside6_imports() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in QT_FREE
                 if any(line.lstrip().startswith(("import PySide6", "from PySide6"))
                        for line in p.read_text(encoding="utf-8").splitlines())]
    assert offenders == []
