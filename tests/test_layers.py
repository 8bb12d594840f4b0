"""The layers hold: only ui/ and app.py import PySide6, and core/ imports nothing above it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "weidian_desktop"
QT_FREE = [p for p in PACKAGE.rglob("*.py")
           if "ui" not in p.relative_to(PACKAGE).parts and p.name != "app.py"]

# Imports every module named after the first argument, with the modules the first argument
# lists (comma-separated) made unimportable; prints what failed.
PROBE = """
import importlib, sys
for name in sys.argv[1].split(","):
    sys.modules[name] = None  # importing it now raises ImportError
failures = []
for name in sys.argv[2:]:
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
    result = subprocess.run([sys.executable, "-c", PROBE, "PySide6", *names],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_source_outside_ui_mentions_pyside6_imports() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in QT_FREE
                 if any(line.lstrip().startswith(("import PySide6", "from PySide6"))
                        for line in p.read_text(encoding="utf-8").splitlines())]
    assert offenders == []


# The core is the bottom layer: the domain and the shop file, nothing that draws, renders,
# reads supplier files or shows a window. Late imports inside functions count too.
CORE = PACKAGE / "core"
ABOVE_CORE = ("media", "export", "stocklists", "publish", "commands", "ui", "demo", "cli",
              "app")
CORE_FORBIDDEN_LIBRARIES = ("reportlab", "PIL", "PySide6", "qrcode", "segno", "pypdfium2",
                            "jinja2")


def _imported_modules(path: Path) -> list[str]:
    """Every module ``path`` imports anywhere (top level, functions, TYPE_CHECKING), absolute."""
    package = module_name(path).rsplit(".", 1)[0]
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.append(module)
            # ``from .. import media`` names the package in the alias, not the module
            names += [f"{module}.{alias.name}" for alias in node.names]
    return names


def test_core_imports_nothing_above_it() -> None:
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for name in _imported_modules(path):
            parts = name.split(".")
            above = parts[0] == "weidian_desktop" and len(parts) > 1 and parts[1] in ABOVE_CORE
            if above or parts[0] in CORE_FORBIDDEN_LIBRARIES:
                offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []


def test_every_core_module_imports_with_the_upper_layers_blocked() -> None:
    names = sorted(module_name(p) for p in CORE.rglob("*.py"))
    blocked = [f"weidian_desktop.{layer}" for layer in ABOVE_CORE]
    blocked += list(CORE_FORBIDDEN_LIBRARIES)
    result = subprocess.run([sys.executable, "-c", PROBE, ",".join(blocked), *names],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
