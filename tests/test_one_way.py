"""One mechanism, one place: files are written whole through core/paths, and nothing else
renames a temporary file into place except where a different guarantee is needed."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "weidian_desktop"

# Where a rename into place is not "write one file whole" and so is not atomic_output's:
RENAMES = {
    "core/paths.py",  # atomic_output itself
    "core/store.py",  # a new shop file appears only if no file took its name meanwhile
    "export/writer.py",  # a whole export folder swapped in at once
    "export/inplace.py",  # the journaled in-place commit of many files
    "publish/backends/folder.py",  # the target folder's own .wdpart protocol, as over SFTP
}


def test_files_are_written_whole_through_one_helper() -> None:
    found = {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
             if any(mark in p.read_text(encoding="utf-8")
                    for mark in ("os.replace(", "os.rename(", "mkstemp("))}
    assert found <= RENAMES, sorted(found - RENAMES)
