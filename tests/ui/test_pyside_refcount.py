"""The Qt binding must not leak references to None: an app calls setters by the million."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject


def test_calls_that_return_nothing_keep_none_alive(qapp) -> None:
    # PySide6 6.12.0 on Python 3.11 (where None is not immortal) dropped one reference to
    # None per such call, and the process aborted after a few thousand; pyproject pins
    # PySide6 below 6.12. On Python 3.12+ None's count is fixed, so this holds trivially.
    target = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        target.setObjectName("x")
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) >= before - 50
