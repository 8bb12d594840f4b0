"""Look and feel: Fusion with a light or dark palette that follows the system, and icons.

Icons are single-colour SVGs in resources/icons drawn with ``currentColor``; they are
tinted with the palette's text colour, so one set serves light and dark schemes.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from ..resources import resource_path

ACCENT_LIGHT = "#1f6feb"
ACCENT_DARK = "#4c8dff"


def _dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202225", QPalette.ColorRole.WindowText: "#e8e8ea",
        QPalette.ColorRole.Base: "#18191b", QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e8e8ea", QPalette.ColorRole.Button: "#2b2d31",
        QPalette.ColorRole.ButtonText: "#e8e8ea", QPalette.ColorRole.ToolTipBase: "#2b2d31",
        QPalette.ColorRole.ToolTipText: "#e8e8ea", QPalette.ColorRole.PlaceholderText: "#8b8d92",
        QPalette.ColorRole.Highlight: ACCENT_DARK, QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: ACCENT_DARK, QPalette.ColorRole.Mid: "#3a3c40",
        QPalette.ColorRole.Dark: "#111214", QPalette.ColorRole.Light: "#3a3c40",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7176"))
    return p


def _light_palette(app: QApplication) -> QPalette:
    p = app.style().standardPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f4f5f7"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f8fa"))
    p.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT_LIGHT))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor(ACCENT_LIGHT))
    return p


def apply_theme(app: QApplication, dark: bool | None = None) -> None:
    """Use Fusion (the same on every platform) and follow the system colour scheme.

    ``dark`` forces a scheme (screenshots of both); None follows the system.
    """
    app.setStyle("Fusion")
    if dark is None:
        dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    app.setPalette(_dark_palette() if dark else _light_palette(app))
    icon.cache_clear()
    if not app.property("wd_theme_hooked"):
        app.setProperty("wd_theme_hooked", True)
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _: apply_theme(app))


def _render(name: str, colour: str, size: int) -> QPixmap:
    svg = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode()))
    ratio = 2.0  # drawn at twice the size so it stays sharp on high-DPI screens
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@lru_cache(maxsize=128)
def icon(name: str, size: int = 20) -> QIcon:
    """The named icon, tinted for the current palette (and white when selected)."""
    if not resource_path("icons", f"{name}.svg").is_file():
        name = "page"
    palette = QGuiApplication.palette()
    result = QIcon()
    result.addPixmap(_render(name, palette.color(QPalette.ColorRole.WindowText).name(), size))
    selected = palette.color(QPalette.ColorRole.HighlightedText).name()
    result.addPixmap(_render(name, selected, size), QIcon.Mode.Selected)
    return result


def icon_size() -> QSize:
    return QSize(20, 20)
