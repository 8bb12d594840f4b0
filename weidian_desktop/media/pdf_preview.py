"""A PDF page as pixels (pypdfium2): the app's live preview and the PNG export of a poster."""

from __future__ import annotations

import io

from PIL import Image

from ..core.errors import ValidationError
from ..core.i18n import _


def page_count(pdf: bytes) -> int:
    """How many pages the PDF has."""
    import pypdfium2 as pdfium  # imported late: the CLI's qr command never needs it

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def render_page(pdf: bytes, page: int = 0, *, dpi: float = 150.0) -> Image.Image:
    """Page ``page`` (from 0) at ``dpi`` as an RGB image, drawn as a printer would."""
    import pypdfium2 as pdfium

    if not 10 <= dpi <= 1200:
        raise ValidationError(_("A resolution of {dpi:g} dpi is outside 10 to 1200.").format(
                                  dpi=dpi),
                              field="dpi")
    doc = pdfium.PdfDocument(pdf)
    try:
        if not 0 <= page < len(doc):
            raise ValidationError(_("The PDF has no page {page}.").format(
                                      page=page + 1), field="page")
        bitmap = doc[page].render(scale=dpi / 72.0, may_draw_forms=False)
        return bitmap.to_pil().convert("RGB")
    finally:
        doc.close()


def page_text(pdf: bytes, page: int = 0) -> str:
    """The page's text layer (what a PDF reader's search and copy find)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        textpage = doc[page].get_textpage()
        return textpage.get_text_range()
    finally:
        doc.close()


def page_png(pdf: bytes, page: int = 0, *, dpi: float = 300.0) -> bytes:
    """Page ``page`` as PNG bytes (a poster saved as an image for chat or print shops)."""
    out = io.BytesIO()
    render_page(pdf, page, dpi=dpi).save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()
