"""UI language: the system's unless chosen in Preferences; installs our and Qt's translators."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from ..core import i18n as core_i18n
from ..resources import translations_dir


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate in ``context``; translated where it is shown.

    PySide6's own is typed as returning object; this one gives back the str it was given.
    """
    return source


SETTINGS_KEY = "ui/language"
PSEUDO = "en_XA"  # accented, ~40% longer strings: shows where a layout cuts text off
# Set (to anything but "" or "0") to offer the pseudo-language in Preferences: a layout
# check for developers and translators, not a language for sellers.
DEVELOPER_ENV = "WEIDIAN_DESKTOP_DEVELOPER"

# (code, name shown in Preferences). "" follows the system; languages name themselves.
LANGUAGES: list[tuple[str, str]] = [
    ("", QT_TRANSLATE_NOOP("Preferences", "System language")),
    ("zh_CN", "简体中文"),
    ("it", "Italiano"),
    ("en", "English"),
    (PSEUDO, QT_TRANSLATE_NOOP("Preferences", "Pseudo-language (layout check)")),
]
SUPPORTED = frozenset(code for code, _name in LANGUAGES if code)


def offered_languages() -> list[tuple[str, str]]:
    """The choices Preferences shows: the pseudo-language only to developers."""
    developer = os.environ.get(DEVELOPER_ENV, "") not in ("", "0")
    return [(code, name) for code, name in LANGUAGES if code != PSEUDO or developer]

# Translators currently installed, kept referenced (Qt does not own them).
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The UI language in use ("zh_CN", "it", "en" or the pseudo-locale).

    Pages pass it to core.formats (format_date, format_datetime) and core.money.
    """
    return _current


def resolve_language(choice: str | None, system: QLocale | None = None) -> str:
    """The language to show: the saved choice if supported, else the system's, else English."""
    if choice and choice in SUPPORTED:
        return choice
    locale = system if system is not None else QLocale.system()
    for tag in [*locale.uiLanguages(), locale.name()]:
        # The core's matching (any Chinese is Simplified Chinese); the pseudo-locale only
        # by choice, and "C" says nothing of the reader: look on.
        found = core_i18n.supported(tag)
        if found in ("zh_CN", "it", "en") and tag not in ("C", "POSIX"):
            return found
    return "en"


def saved_choice() -> str:
    """The language chosen in Preferences ("" means follow the system)."""
    value = QSettings().value(SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in SUPPORTED else ""


def save_choice(code: str) -> None:
    """Remember the Preferences choice ("" to follow the system)."""
    settings = QSettings()
    if code:
        settings.setValue(SETTINGS_KEY, code)
    else:
        settings.remove(SETTINGS_KEY)


def app_qm(language: str) -> Path:
    """Our compiled translation for ``language`` (may not exist for English)."""
    return translations_dir() / f"weidian_desktop_{language}.qm"


def qt_qm_dir() -> str:
    """Where PySide6 keeps Qt's own translations (qtbase_*.qm)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators installed by install_translators."""
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install Qt's and our translators for ``language`` (default: saved or system), and
    set the language of the messages the core writes (errors, health findings, warnings).

    Returns the language now in use. Call before creating windows: widgets translate
    their texts when they are built.
    """
    global _current
    language = resolve_language(language if language is not None else saved_choice())
    remove_translators(app)
    _current = language
    core_i18n.set_language(language)  # the core's errors and findings speak it too
    # The pseudo-locale is English underneath: numbers, dates and language names too.
    QLocale.setDefault(QLocale("en" if language == PSEUDO else language))
    qt = QTranslator(app)
    if language not in ("en", PSEUDO) and qt.load(f"qtbase_{language}", qt_qm_dir()):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if app_qm(language).exists() and ours.load(str(app_qm(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    return language
