"""Printable posters and label sheets as PDF (reportlab): the public entry points.

Reading the shop (``load_job``) and drawing (``render``) are separate so the app reads
on its own thread and draws in a worker; media/outputs.py is the one entry point the
CLI and the app use. ``make_poster`` does both in one call for scripts and tests.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass

from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from ..core.errors import ValidationError
from ..core.i18n import N_, _
from ..core.progress import CancelFn, ProgressFn, check_cancel, report
from ..core.store import ShopStore
from . import fonts
from .labels import LabelStock, check_copies, draw_label_pages, label_stock
from .pdf_draw import Sheet, end_page, start_page
from .poster_data import (
    CollectionInfo,
    DropInfo,
    ItemInfo,
    ShopInfo,
    load_collection,
    load_drop,
    load_product,
    load_products,
    load_shop,
)
from .poster_layouts import draw_drop_page, draw_product_page, draw_shop_page

PAPER = {"A4": (210 * mm, 297 * mm), "A5": (148 * mm, 210 * mm),
         "A6": (105 * mm, 148 * mm), "Letter": (8.5 * inch, 11 * inch)}
KINDS = ("shop", "product", "collection", "drop", "labels")
MAX_BLEED_MM = 10.0  # print shops ask for 2-5 mm; more than 10 is a typo
# reportlab keeps the embedded font's subsets in shared state: two PDFs drawn at once
# (the app's preview and a save) could mix them up, so drawing is one at a time.
_drawing = threading.RLock()


@dataclass(frozen=True)
class PosterOptions:
    """Paper size, crop marks and bleed (millimetres on every side); for label sheets
    also the label stock, cut lines and how many labels each product gets."""

    size: str = "A4"
    crop_marks: bool = False
    bleed_mm: float = 0.0
    stock: str | None = None  # None: the paper's usual stock (labels.DEFAULT_STOCK)
    cut_lines: bool = False
    copies: int = 1

    def label_stock(self) -> LabelStock:
        """The label stock, checked against the paper size and with a sane copy count."""
        check_copies(self.copies)
        return label_stock(self.stock, self.size)

    def sheet(self) -> Sheet:
        if self.size not in PAPER:
            raise ValidationError(_("Paper size {size!r} is not one of {paper}.").format(
                                      size=self.size, paper=', '.join(PAPER)), field="size")
        if not 0 <= self.bleed_mm <= MAX_BLEED_MM:
            raise ValidationError(_("A bleed of {bleed_mm:g} mm is outside 0 to "
                                    "{max_bleed_mm:g} mm.").format(
                                      bleed_mm=self.bleed_mm,
                                      max_bleed_mm=MAX_BLEED_MM), field="bleed")
        width, height = PAPER[self.size]
        return Sheet(width, height, self.bleed_mm * mm, self.crop_marks)


@dataclass(frozen=True)
class PosterJob:
    """Everything one poster or label sheet shows, read from the shop file."""

    kind: str
    shop: ShopInfo
    subject: ItemInfo | DropInfo | CollectionInfo | None = None
    items: tuple[ItemInfo, ...] = ()

    @property
    def url(self) -> str:
        """The link the (main) QR code carries."""
        return self.subject.url if self.subject is not None else self.shop.url


# One whole sentence per kind: the noun changes the words around it in other languages.
_SAY_WHICH = {"product": N_("Say which product the poster is for."),
              "drop": N_("Say which drop the poster is for."),
              "collection": N_("Say which collection the poster is for.")}


def load_job(store: ShopStore, kind: str, slug: str | None = None,
             campaign: str | None = None, *, slugs: list[str] | None = None) -> PosterJob:
    """Read what a poster of ``kind`` needs; unknown slugs and no base URL are refused."""
    if kind not in KINDS:
        raise ValidationError(_("{kind!r} is not one of {kinds}.").format(
                                  kind=kind, kinds=', '.join(KINDS)), field="kind")
    shop = load_shop(store, campaign)
    if kind == "shop":
        return PosterJob(kind, shop)
    if kind == "labels":
        items = tuple(load_products(store, slugs, campaign))
        if not items:
            raise ValidationError(_("There are no published products to print labels for."),
                                  field="products")
        return PosterJob(kind, shop, items=items)
    if not slug:
        raise ValidationError(_(_SAY_WHICH[kind]), field="slug")
    subject: ItemInfo | DropInfo | CollectionInfo
    if kind == "product":
        subject = load_product(store, slug, campaign)
    elif kind == "drop":
        subject = load_drop(store, slug, campaign)
    else:
        subject = load_collection(store, slug, campaign)
    return PosterJob(kind, shop, subject)


def _canvas(out: io.BytesIO, job: PosterJob) -> Canvas:
    fonts.register_reportlab_font()
    # invariant=1: no creation date or random id, so the same shop gives the same bytes.
    c = Canvas(out, invariant=1, pageCompression=1)
    title = getattr(job.subject, "title", None) or getattr(job.subject, "name", None)
    c.setTitle(f"{job.shop.name} — {title}" if title else job.shop.name)
    c.setAuthor(job.shop.name)
    c.setCreator("Weidian Desktop")
    return c


def render(job: PosterJob, options: PosterOptions | None = None, *,
           progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> bytes:
    """The poster (or label sheet) as PDF bytes."""
    options = options or PosterOptions()
    with _drawing:
        return _render(job, options, progress, cancel)


def _render(job: PosterJob, options: PosterOptions, progress: ProgressFn | None,
            cancel: CancelFn | None) -> bytes:
    sheet = options.sheet()
    if job.kind == "labels":
        return render_labels(job.shop, list(job.items), options, progress=progress,
                             cancel=cancel)
    if job.kind == "product":
        assert isinstance(job.subject, ItemInfo)
        return render_products(job.shop, [job.subject], options)
    out = io.BytesIO()
    c = _canvas(out, job)
    start_page(c, sheet)
    if job.kind == "drop":
        assert isinstance(job.subject, DropInfo)
        draw_drop_page(c, sheet, job.shop, job.subject)
    else:
        collection = job.subject if isinstance(job.subject, CollectionInfo) else None
        draw_shop_page(c, sheet, job.shop, collection)
    end_page(c, sheet)
    c.save()
    return out.getvalue()


def render_products(shop: ShopInfo, items: list[ItemInfo], options: PosterOptions, *,
                    progress: ProgressFn | None = None,
                    cancel: CancelFn | None = None) -> bytes:
    """One product poster per page (a run for a market stall or a shop window)."""
    sheet = options.sheet()
    out = io.BytesIO()
    with _drawing:
        c = _canvas(out, PosterJob("product", shop, items[0] if len(items) == 1 else None))
        for n, item in enumerate(items):
            check_cancel(cancel)
            start_page(c, sheet)
            draw_product_page(c, sheet, shop, item)
            end_page(c, sheet)
            report(progress, n + 1, len(items), item.title)
        c.save()
    return out.getvalue()


def render_labels(shop: ShopInfo, items: list[ItemInfo], options: PosterOptions, *,
                  progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> bytes:
    """Label sheets: QR, title and price per product (``copies`` of each, side by side)
    in the grid of the chosen label stock."""
    stock = options.label_stock()
    sheet = options.sheet()
    labels = [item for item in items for _ in range(options.copies)]
    out = io.BytesIO()
    with _drawing:
        c = _canvas(out, PosterJob("labels", shop))
        # Crop marks mean nothing on pre-cut stock: asked for, they become cut lines.
        draw_label_pages(c, sheet, stock.grid, shop, labels,
                         cut_lines=options.cut_lines or options.crop_marks,
                         progress=progress, cancel=cancel)
        c.save()
    return out.getvalue()


def make_poster(store: ShopStore, kind: str, slug: str | None = None, *,
                options: PosterOptions | None = None, campaign: str | None = None) -> bytes:
    """Read and draw in one call: PDF bytes (the steps outputs.load_output and
    render_output take for a poster, without their file handling)."""
    options = options or PosterOptions()
    options.sheet()  # a bad size or bleed is refused before the shop is read
    return render(load_job(store, kind, slug, campaign), options)
