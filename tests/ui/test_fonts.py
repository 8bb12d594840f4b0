"""Chinese is drawn with real glyphs even where the system has no Chinese font."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A fresh process whose fontconfig knows DejaVu Sans only: a computer without Chinese fonts.
CHILD = r"""
import json
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication
app = QApplication([])
from weidian_desktop.ui.fonts import ensure_chinese_font

def families_drawing(text):
    layout = QTextLayout(text, app.font())
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    return sorted({run.rawFont().familyName() for run in layout.glyphRuns()})

ws = QFontDatabase.WritingSystem.SimplifiedChinese
before = QFontDatabase.families(ws)
registered = ensure_chinese_font()
print(json.dumps({"before": before, "registered": registered,
                  "after": QFontDatabase.families(ws), "drawn": families_drawing("微店 shop"),
                  "again": ensure_chinese_font()}))
"""


def test_without_a_chinese_font_the_shipped_one_is_used(tmp_path: Path) -> None:
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    (tmp_path / "fonts.conf").write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{dejavu}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>")
    env = {**os.environ, "FONTCONFIG_FILE": str(tmp_path / "fonts.conf"),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    import json

    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["before"] == []  # no Chinese font on this "computer"
    assert report["registered"] == "Weidian Sans"
    assert report["after"] == ["Weidian Sans"]
    assert "Weidian Sans" in report["drawn"]  # the Chinese characters are drawn with it
    assert report["again"] is None  # once is enough


def test_with_a_chinese_font_nothing_is_registered(qapp) -> None:
    from PySide6.QtGui import QFontDatabase

    from weidian_desktop.ui.fonts import ensure_chinese_font

    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        ensure_chinese_font()  # this machine had none: now it has ours
    assert ensure_chinese_font() is None
