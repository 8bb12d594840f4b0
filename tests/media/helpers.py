"""Decoding helpers for the media tests: zxing-cpp on PNG, SVG (via QtSvg) and PDF pages."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image

from weidian_desktop.media.pdf_preview import render_page

_APP: object = None  # the Qt application, kept alive between SVG renders


def decode(image: Image.Image) -> list[str]:
    """Every QR code zxing-cpp finds in the image, in its reading order."""
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def decode_png(data: bytes) -> list[str]:
    return decode(Image.open(io.BytesIO(data)))


def rasterise_svg(svg: str, size: int = 600) -> Image.Image:
    """The SVG drawn by Qt's own SVG renderer (independent of the code that wrote it)."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    # A QApplication (not a QGuiApplication), so pytest-qt's widgets tests can share it.
    global _APP
    _APP = QApplication.instance() or QApplication([])
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_RGB888)
    image.fill(QColor("#808080"))  # grey: a missing background would show, not pass as white
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return Image.frombuffer("RGB", (size, size), bytes(image.constBits()), "raw", "RGB",
                            image.bytesPerLine(), 1).copy()


def decode_pdf(pdf: bytes, page: int = 0, dpi: float = 150) -> list[str]:
    """QR codes on a PDF page rasterised at ``dpi`` (150: what an office printer resolves)."""
    return decode(render_page(pdf, page, dpi=dpi))
