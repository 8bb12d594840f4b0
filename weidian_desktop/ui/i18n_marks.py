"""Strings the UI translates at run time but marks nowhere lupdate can see (a stopgap).

pages/drops_models.py passes its column headers and state names to translate() from
plain tuples and dicts. Until they are wrapped in QT_TRANSLATE_NOOP there, they are
listed here, in the same context, so that scripts/translations keeps them in the .ts
files. Nothing imports this module; delete an entry once its source marks it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DROPS_MODEL = (
    # headers of the drops and coupons tables
    QT_TRANSLATE_NOOP("DropsModel", "Drop"),
    QT_TRANSLATE_NOOP("DropsModel", "State"),
    QT_TRANSLATE_NOOP("DropsModel", "Starts"),
    QT_TRANSLATE_NOOP("DropsModel", "Ends"),
    QT_TRANSLATE_NOOP("DropsModel", "Left"),
    QT_TRANSLATE_NOOP("DropsModel", "Code"),
    QT_TRANSLATE_NOOP("DropsModel", "Discount"),
    QT_TRANSLATE_NOOP("DropsModel", "For"),
    QT_TRANSLATE_NOOP("DropsModel", "Uses"),
    # states of drops and coupons
    QT_TRANSLATE_NOOP("DropsModel", "Draft"),
    QT_TRANSLATE_NOOP("DropsModel", "Upcoming"),
    QT_TRANSLATE_NOOP("DropsModel", "Preview"),
    QT_TRANSLATE_NOOP("DropsModel", "Live"),
    QT_TRANSLATE_NOOP("DropsModel", "Sold out"),
    QT_TRANSLATE_NOOP("DropsModel", "Ended"),
    QT_TRANSLATE_NOOP("DropsModel", "Scheduled"),
    QT_TRANSLATE_NOOP("DropsModel", "Active"),
    QT_TRANSLATE_NOOP("DropsModel", "Expired"),
    QT_TRANSLATE_NOOP("DropsModel", "Used up"),
)
