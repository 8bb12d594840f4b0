"""One printed or shared piece chosen on the QR & posters page: read it, draw it, preview it.

``load_output`` reads the shop on the caller's thread; ``render_output`` and
``preview_png`` only draw, so the app runs them in a worker.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image

from ..core import paths
from ..core.errors import ValidationError
from ..core.store import ShopStore
from ..core.urls import check_campaign
from . import qr, share
from .poster_data import DropInfo, ItemInfo, shop_logo, target_url
from .posters import PosterJob, PosterOptions, load_job, render

KINDS = ("shop", "product", "collection", "drop", "labels")
TEMPLATES = ("poster", "story", "square", "qr")
# Which templates each subject has: share images exist for products and drops only,
# and a label sheet is its own template.
TEMPLATES_FOR = {"shop": ("poster", "qr"), "product": ("poster", "story", "square", "qr"),
                 "collection": ("poster", "qr"), "drop": ("poster", "story", "square", "qr"),
                 "labels": ("poster",)}
FORMATS_FOR = {"poster": ("pdf", "png"), "story": ("png",), "square": ("png",),
               "qr": ("png", "svg")}


@dataclass(frozen=True)
class OutputSpec:
    """What the seller chose: subject, template, paper, marks, bleed, campaign, logo."""

    kind: str = "shop"
    slug: str | None = None
    template: str = "poster"
    size: str = "A4"
    crop_marks: bool = False
    bleed_mm: float = 0.0
    campaign: str | None = None
    logo: bool = False

    def options(self) -> PosterOptions:
        return PosterOptions(self.size, self.crop_marks, self.bleed_mm)


@dataclass(frozen=True)
class LoadedOutput:
    """The spec with everything read from the shop file that drawing it needs."""

    spec: OutputSpec
    job: PosterJob
    url: str
    logo: bytes | None = None


def load_output(store: ShopStore, spec: OutputSpec) -> LoadedOutput:
    """Check the choice and read its data; refusals are one sentence."""
    if spec.kind not in KINDS:
        raise ValidationError(f"{spec.kind!r} is not one of {', '.join(KINDS)}.", field="kind")
    if spec.template not in TEMPLATES_FOR[spec.kind]:
        raise ValidationError(f"There is no {spec.template} for a {spec.kind}.",
                              field="template")
    campaign = check_campaign(spec.campaign) if spec.campaign else None
    spec = replace(spec, campaign=campaign)
    spec.options().sheet()  # paper size and bleed refused before anything is read
    job = load_job(store, spec.kind, spec.slug, campaign)
    url = (job.url if spec.kind == "labels"
           else target_url(store, spec.kind, spec.slug, campaign))
    logo = shop_logo(store) if spec.logo and spec.template == "qr" else None
    if spec.logo and spec.template == "qr" and logo is None:
        raise ValidationError("The shop has no logo to put in the QR code; add one on the "
                              "Shop page.", field="logo")
    return LoadedOutput(spec, job, url, logo)


def render_output(loaded: LoadedOutput, fmt: str) -> bytes:
    """The piece as ``pdf``, ``png`` or ``svg`` bytes (whichever its template has)."""
    spec = loaded.spec
    if fmt not in FORMATS_FOR[spec.template]:
        raise ValidationError(f"A {spec.template} cannot be saved as {fmt.upper()}; choose "
                              f"{' or '.join(f.upper() for f in FORMATS_FOR[spec.template])}.",
                              field="format")
    if spec.template == "qr":
        if fmt == "svg":
            return qr.qr_svg(loaded.url, logo=loaded.logo).encode()
        return qr.qr_png(loaded.url, box=16, logo=loaded.logo)
    if spec.template in ("story", "square"):
        subject = loaded.job.subject
        if isinstance(subject, ItemInfo):
            return share.product_image(loaded.job.shop, subject, spec.template)
        assert isinstance(subject, DropInfo)
        return share.drop_image(loaded.job.shop, subject, spec.template)
    pdf = render(loaded.job, spec.options())
    if fmt == "png":
        from .pdf_preview import page_png

        return page_png(pdf)
    return pdf


def preview_png(loaded: LoadedOutput, width: int = 900) -> tuple[bytes, int]:
    """A picture of the piece about ``width`` pixels wide, and how many pages it has."""
    spec = loaded.spec
    if spec.template != "poster":
        data = render_output(loaded, "png")
        im = Image.open(io.BytesIO(data))
        if im.width > width:
            im = im.resize((width, round(im.height * width / im.width)),
                           Image.Resampling.LANCZOS)
        out = io.BytesIO()
        im.save(out, "PNG", compress_level=1)
        return out.getvalue(), 1
    from .pdf_preview import page_count, render_page

    pdf = render(loaded.job, spec.options())
    page_width_inches = spec.options().sheet().page_size[0] / 72
    image = render_page(pdf, 0, dpi=max(10.0, min(300.0, width / page_width_inches)))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue(), page_count(pdf)


def write_file(path: Path, data: bytes, *, shop: Path | None = None) -> None:
    """Write through a temporary file in the same folder: never a half-written file,
    never the shop file or its companions (core/paths.py guards every output)."""
    paths.write_file(path, data, shop=shop)
