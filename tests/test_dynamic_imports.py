"""Every module the app imports by name at run time is one the bundle is told to carry.

PyInstaller follows import statements; a module imported from a string (importlib,
__import__) is invisible to it and missing from the bundle, which only fails when a seller
reaches that code. So such imports are few, listed here, and packaging/contents.py names
every module they can reach (the spec passes that list as hidden imports).
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "weidian_desktop"

# file (relative to the package) -> what it imports by name; each is covered by
# contents.dynamic_imports().
KNOWN_DYNAMIC = {
    "cli.py": "each command's module, from commands.COMMANDS",
    "stocklists/__init__.py": "the modules behind its lazy attributes (_WHERE)",
    "stocklists/detect.py": "each reader, from PARSERS",
}
DYNAMIC_CALLS = {"import_module", "__import__", "find_spec", "iter_modules", "walk_packages",
                 "spec_from_file_location", "entry_points"}


def load_contents():
    spec = importlib.util.spec_from_file_location("bundle_contents",
                                                  ROOT / "packaging" / "contents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dynamic_import_sites() -> dict[str, list[int]]:
    sites: dict[str, list[int]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in DYNAMIC_CALLS:
                rel = path.relative_to(PACKAGE).as_posix()
                sites.setdefault(rel, []).append(node.lineno)
    return sites


def test_only_the_known_modules_import_by_name() -> None:
    sites = dynamic_import_sites()
    unknown = {f: lines for f, lines in sites.items() if f not in KNOWN_DYNAMIC}
    assert not unknown, (
        f"imports by name at {unknown}: import statically (a function with a plain "
        "`from .x import y` keeps it lazy), or add the modules it reaches to "
        "packaging/contents.py dynamic_imports() and to KNOWN_DYNAMIC here")
    assert set(KNOWN_DYNAMIC) <= set(sites), "a known site is gone: update KNOWN_DYNAMIC"


def test_the_bundle_carries_every_module_they_reach() -> None:
    from weidian_desktop import stocklists
    from weidian_desktop.commands import COMMANDS
    from weidian_desktop.stocklists.detect import PARSERS

    hidden = set(load_contents().dynamic_imports())
    reached = ({f"weidian_desktop.commands.{m}" for m, _help in COMMANDS.values()}
               | {f"weidian_desktop.stocklists.{m}" for m in PARSERS}
               | {f"weidian_desktop.stocklists.{m}" for m in stocklists._WHERE.values()})
    assert reached <= hidden
    for name in hidden:  # and each names a module that exists
        assert importlib.util.find_spec(name) is not None, name


def test_page_registry_imports_every_page_statically() -> None:
    source = (PACKAGE / "ui" / "page_registry.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert "page_registry.py" not in str(dynamic_import_sites())
    assert "importlib" not in source
    imported = {node.module for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and node.level == 1
                and (node.module or "").startswith("pages.")}
    pages = {f"pages.{p.stem}" for p in (PACKAGE / "ui" / "pages").glob("*_page.py")}
    assert pages, "no page modules found"
    assert pages == imported, f"pages not in the registry: {pages - imported}"


def test_the_export_process_is_started_from_a_module_imported_statically(monkeypatch) -> None:
    """The app's export runs in a process started with spawn. In the bundle that process
    is the program itself, run by multiprocessing.freeze_support (packaging/entry.py), and
    it finds its work by the module and function names pickled to it: the module must be
    one the bundler reaches by following import statements from the entry point."""
    import modulefinder
    import sys

    from weidian_desktop.export import host

    started: list[object] = []

    class Context:
        def Pipe(self):
            return object(), type("End", (), {"close": lambda self: None})()

        def Process(self, target, **_kwargs):
            started.append(target)
            return type("Started", (), {"start": lambda self: None})()

    monkeypatch.setattr(host.multiprocessing, "get_context", lambda method: (
        Context() if method == "spawn" else pytest.fail(f"started with {method}")))
    helper = host.Host()
    helper._start()
    helper._process = helper._conn = None  # nothing was started: nothing to stop
    assert len(started) == 1
    entry = started[0]
    assert "<" not in entry.__qualname__  # a module-level function, picklable by name
    source = (ROOT / "packaging" / "entry.py").read_text(encoding="utf-8")
    assert source.index("freeze_support()") < source.index("from weidian_desktop")
    # What PyInstaller would follow (import statements, also inside functions); the big
    # libraries left out to keep this quick: they do not lead back into the app.
    finder = modulefinder.ModuleFinder(path=[str(ROOT), *sys.path], excludes=[
        "PySide6", "shiboken6", "PIL", "jinja2", "babel", "reportlab", "boto3", "botocore",
        "paramiko", "pypdfium2", "segno", "qrcode", "sqlite_utils", "markupsafe", "lxml",
        "defusedxml", "openpyxl", "dulwich", "cryptography", "keyring"])
    finder.run_script(str(ROOT / "packaging" / "entry.py"))
    assert entry.__module__ in finder.modules
