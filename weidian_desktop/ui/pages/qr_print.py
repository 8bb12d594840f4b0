"""Printing from the QR & posters page: pages rasterised in a worker, painted on the printer."""

from __future__ import annotations

import io

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from ...core.progress import CancelFn, ProgressFn, check_cancel, report
from ...media.outputs import LoadedOutput, render_output
from ...media.posters import render


def paper_size(loaded: LoadedOutput) -> QPageSize | None:
    """The poster's own paper (with bleed and marks), or None for images (any paper)."""
    if loaded.spec.template != "poster":
        return None
    width, height = loaded.spec.options().sheet().page_size
    return QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)


def prepare_printer(printer: QPrinter, loaded: LoadedOutput) -> None:
    """Paper as the poster's and no margins, so the print is at scale (before the dialog)."""
    size = paper_size(loaded)
    if size is not None:
        printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                          QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)


def page_images(loaded: LoadedOutput, dpi: float, progress: ProgressFn | None = None,
                cancel: CancelFn | None = None) -> list[QImage]:
    """Every page as a QImage at ``dpi`` (QImage, unlike QPixmap, may be made off the GUI
    thread). Posters are drawn from their PDF exactly as a PDF viewer would print them."""
    if loaded.spec.template != "poster":
        return [QImage.fromData(render_output(loaded, "png"), "PNG")]
    from ...media.pdf_preview import page_count, render_page

    pdf = render(loaded.job, loaded.spec.options())
    count = page_count(pdf)
    images = []
    for page in range(count):
        check_cancel(cancel)
        out = io.BytesIO()
        render_page(pdf, page, dpi=dpi).save(out, "PNG", compress_level=1)
        images.append(QImage.fromData(out.getvalue(), "PNG"))
        report(progress, page + 1, count)
    return images


def print_images(printer: QPrinter, images: list[QImage]) -> None:
    """Paint the pages, each scaled to fit the printable area and centred."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for n, image in enumerate(images):
            if n:
                printer.newPage()
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            target = QRectF(area.x() + (area.width() - w) / 2,
                            area.y() + (area.height() - h) / 2, w, h)
            painter.drawImage(target, image)
    finally:
        painter.end()
