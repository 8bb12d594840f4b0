"""Chinese text in the app on any computer: the shipped font when the system has none.

The window follows the system's fonts. A Linux without a Chinese font (a minimal install,
a Western desktop) would draw the Chinese interface and the sellers' Chinese titles as
boxes; the app carries Weidian Sans (Latin and Chinese, for posters) anyway, so it is
registered then, and Qt falls back to it for the characters other fonts lack.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from ..resources import resource_path


def ensure_chinese_font() -> str | None:
    """Register Weidian Sans if no font on the system writes Simplified Chinese.

    Returns the family registered, or None when the system had one (or the file is gone).
    """
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", "WeidianSans.ttf")))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None
