"""The QR & posters page's work off the GUI thread: live previews, pages for the printer."""

from __future__ import annotations

import io

from PySide6.QtCore import QMarginsF, QObject, QRectF, QRunnable, QSizeF, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from ...core.progress import CancelFn, ProgressFn, check_cancel, report
from ...media.outputs import LoadedOutput, preview_png, render_output


class PreviewSignals(QObject):
    """Carries a finished preview (or its error) back to the GUI thread."""

    ready = Signal(int, bytes, int)  # generation, PNG, pages
    failed = Signal(int, object)


class PreviewJob(QRunnable):
    """Draws one preview in the thread pool.

    Not run_task: a live preview must never raise its progress dialog, and a newer
    preview simply makes this one stale.
    """

    def __init__(self, generation: int, loaded: LoadedOutput, width: int,
                 signals: PreviewSignals) -> None:
        super().__init__()
        self.generation, self.loaded, self.width, self.signals = (
            generation, loaded, width, signals)

    def run(self) -> None:
        try:
            try:
                png, pages = preview_png(self.loaded, self.width)
            except Exception as exc:  # shown on the page, never lost in the worker
                self.signals.failed.emit(self.generation, exc)
            else:
                self.signals.ready.emit(self.generation, png, pages)
        except RuntimeError:  # the page was closed while this preview was drawn
            pass


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
        return [QImage.fromData(data, "PNG")  # type: ignore[arg-type]  # PySide6 takes the format as str; its stubs say bytes
                for data in render_output(loaded, "png")]
    from ...media.pdf_preview import page_count, render_page

    [pdf] = render_output(loaded, "pdf", cancel=cancel)
    count = page_count(pdf)
    images = []
    for page in range(count):
        check_cancel(cancel)
        out = io.BytesIO()
        render_page(pdf, page, dpi=dpi).save(out, "PNG", compress_level=1)
        images.append(QImage.fromData(out.getvalue(), "PNG"))  # type: ignore[arg-type]  # PySide6 takes the format as str; its stubs say bytes
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
