"""One printed or shared piece, the one way the CLI, the QR page and the Drops page make it.

``load_output`` checks the choice and reads the shop on the caller's thread (a SQLite
connection belongs to its thread); ``render_output``, ``save_output`` and
``preview_png`` only draw and write, so the app runs them in a worker with progress
and Cancel.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image

from ..core import paths
from ..core.errors import ValidationError
from ..core.i18n import _
from ..core.progress import CancelFn, ProgressFn, check_cancel, report
from ..core.store import ShopStore
from ..core.urls import check_campaign
from . import qr, share
from .poster_data import DropInfo, ItemInfo, PostInfo, load_post, shop_logo, target_url
from .posters import PosterJob, PosterOptions, load_job, render

KINDS = ("shop", "product", "collection", "drop", "post", "labels")
TEMPLATES = ("poster", "story", "square", "qr", "grid")
# Which templates each subject has: share images exist for products and drops, a post
# has its 9-image grid, and a label sheet is its own template.
TEMPLATES_FOR = {"shop": ("poster", "qr"), "product": ("poster", "story", "square", "qr"),
                 "collection": ("poster", "qr"), "drop": ("poster", "story", "square", "qr"),
                 "post": ("grid", "qr"), "labels": ("poster",)}
FORMATS_FOR = {"poster": ("pdf", "png"), "story": ("png",), "square": ("png",),
               "qr": ("png", "svg"), "grid": ("png",)}
QR_BOX = 16  # pixels per module of a QR code saved as PNG: ~650 px, sharp on any phone


@dataclass(frozen=True)
class OutputSpec:
    """What the seller chose: subject, template, paper and marks, campaign, QR look, labels."""

    kind: str = "shop"
    slug: str | None = None
    template: str = "poster"
    size: str = "A4"
    crop_marks: bool = False
    bleed_mm: float = 0.0
    campaign: str | None = None
    logo: bool = False
    # A QR code on its own: error correction, colours and pixels per module (PNG).
    ec: str = "M"
    fg: str = "#000000"
    bg: str = "#ffffff"
    box: int = QR_BOX
    # A label sheet: the stock (None: the paper's usual one), cut lines, copies of each
    # product, and which products (None: every published one, in the shop's order).
    stock: str | None = None
    cut_lines: bool = False
    copies: int = 1
    slugs: tuple[str, ...] | None = None

    def options(self) -> PosterOptions:
        return PosterOptions(self.size, self.crop_marks, self.bleed_mm, self.stock,
                             self.cut_lines, self.copies)


@dataclass(frozen=True)
class LoadedOutput:
    """The spec with everything read from the shop file that drawing it needs."""

    spec: OutputSpec
    url: str
    job: PosterJob | None = None  # posters, labels and share images
    post: PostInfo | None = None  # a post's grid
    logo: bytes | None = None  # a QR code's centre
    shop: Path | None = None  # the shop file read: never written over (core/paths.py)

    @property
    def labels(self) -> int:
        """How many labels a label sheet has (each product ``copies`` times)."""
        return len(self.job.items) * self.spec.copies if self.job else 0


def _check(spec: OutputSpec) -> OutputSpec:
    """Refuse a choice that cannot be made before anything is read."""
    if spec.kind not in KINDS:
        raise ValidationError(_("{kind!r} is not one of {kinds}.").format(
            kind=spec.kind, kinds=", ".join(KINDS)), field="kind")
    if spec.template not in TEMPLATES_FOR[spec.kind]:
        raise ValidationError(_("{template!r} cannot be made for {kind!r}; choose one of "
                                "{templates}.").format(
            template=spec.template, kind=spec.kind,
            templates=", ".join(TEMPLATES_FOR[spec.kind])), field="template")
    spec = replace(spec, campaign=check_campaign(spec.campaign) if spec.campaign else None)
    if spec.template == "poster":
        spec.options().sheet()  # paper size and bleed
    if spec.kind == "labels":
        spec.options().label_stock()  # stock against paper, copies
    elif spec.template == "qr":
        qr.check_colors(spec.fg, spec.bg)
        qr.check_options(spec.ec, spec.box)
    if spec.kind == "labels" and spec.slugs is not None and not spec.slugs:
        raise ValidationError(_("Choose at least one product for the labels."),
                              field="products")
    return spec


def load_output(store: ShopStore, spec: OutputSpec) -> LoadedOutput:
    """Check the choice and read its data; refusals are one sentence.

    Every link goes through target_url: an unknown or draft page is refused, so no
    printed code ever scans to a page the exported shop does not have.
    """
    loaded = _load(store, _check(spec))
    return replace(loaded, shop=store.path)


def _load(store: ShopStore, spec: OutputSpec) -> LoadedOutput:
    if spec.kind == "labels":
        job = load_job(store, "labels", campaign=spec.campaign,
                       slugs=list(spec.slugs) if spec.slugs is not None else None)
        return LoadedOutput(spec, job.url, job=job)
    url = target_url(store, spec.kind, spec.slug, spec.campaign)
    if spec.template == "qr":
        logo = shop_logo(store) if spec.logo else None
        if spec.logo and logo is None:
            raise ValidationError(_("The shop has no logo to put in the QR code; add one on "
                                    "the Shop page."), field="logo")
        return LoadedOutput(spec, url, logo=logo)
    if spec.template == "grid":
        post = load_post(store, str(spec.slug), spec.campaign)
        if not post.photos:
            raise ValidationError(_("The post has no photos to make a grid from."),
                                  field="images")
        shop = load_job(store, "shop", campaign=spec.campaign)  # the grid's last tile
        return LoadedOutput(spec, url, job=shop, post=post)
    return LoadedOutput(spec, url, job=load_job(store, spec.kind, spec.slug, spec.campaign))


def _check_format(spec: OutputSpec, fmt: str) -> None:
    if fmt not in FORMATS_FOR[spec.template]:
        raise ValidationError(_("{template!r} cannot be saved as {format}; choose one of "
                                "{formats}.").format(
            template=spec.template, format=fmt.upper(),
            formats=", ".join(f.upper() for f in FORMATS_FOR[spec.template])),
            field="format")


def render_output(loaded: LoadedOutput, fmt: str, *, progress: ProgressFn | None = None,
                  cancel: CancelFn | None = None) -> list[bytes]:
    """The piece as ``pdf``, ``png`` or ``svg`` bytes: one file, or a post's numbered grid."""
    spec = loaded.spec
    _check_format(spec, fmt)
    check_cancel(cancel)
    if spec.template == "qr":
        if fmt == "svg":
            return [qr.qr_svg(loaded.url, ec=spec.ec, fg=spec.fg, bg=spec.bg,
                              logo=loaded.logo).encode()]
        return [qr.qr_png(loaded.url, ec=spec.ec, box=spec.box, fg=spec.fg, bg=spec.bg,
                          logo=loaded.logo)]
    if spec.template == "grid":
        assert loaded.post is not None
        assert loaded.job is not None
        return share.post_grid(loaded.job.shop, loaded.post.title, list(loaded.post.photos),
                               loaded.post.url)
    assert loaded.job is not None
    if spec.template in ("story", "square"):
        subject = loaded.job.subject
        if isinstance(subject, ItemInfo):
            return [share.product_image(loaded.job.shop, subject, spec.template)]
        assert isinstance(subject, DropInfo)
        return [share.drop_image(loaded.job.shop, subject, spec.template)]
    pdf = render(loaded.job, spec.options(), progress=progress, cancel=cancel)
    if fmt == "png":
        from .pdf_preview import page_png

        return [page_png(pdf)]  # the first page, at 300 dpi
    return [pdf]


def output_paths(path: Path, count: int) -> list[Path]:
    """Where ``count`` files go: ``path`` itself, or FILE-1.png … FILE-n.png."""
    if count == 1:
        return [path]
    stem = path.with_suffix("")
    return [Path(f"{stem}-{n}{path.suffix}") for n in range(1, count + 1)]


def output_format(loaded: LoadedOutput, path: Path) -> str:
    """The format a file name asks for (its suffix), refused when the piece has no such."""
    fmt = path.suffix.lower().lstrip(".")
    if not fmt:
        raise ValidationError(_("{name} needs a file type at its end, such as .{format}.")
                              .format(name=path.name,
                                      format=FORMATS_FOR[loaded.spec.template][0]),
                              field="output")
    _check_format(loaded.spec, fmt)
    return fmt


def save_output(loaded: LoadedOutput, path: Path, *, progress: ProgressFn | None = None,
                cancel: CancelFn | None = None) -> list[Path]:
    """Draw the piece in the format ``path`` names and write it: every file whole or none.

    The path is checked before anything is drawn: never the shop file, its companions
    or another shop file, in a folder that exists (core/paths.py)."""
    paths.check_output_file(path, shop=loaded.shop)
    files = render_output(loaded, output_format(loaded, path), progress=progress,
                          cancel=cancel)
    targets = output_paths(path, len(files))
    check_cancel(cancel)
    for n, (target, data) in enumerate(zip(targets, files, strict=True)):
        paths.write_file(target, data, shop=loaded.shop)
        report(progress, n + 1, len(files))
    return targets


def make_output(store: ShopStore, spec: OutputSpec, path: Path) -> tuple[LoadedOutput,
                                                                        list[Path]]:
    """Read, draw and write in one call (the command line's path)."""
    loaded = load_output(store, spec)
    return loaded, save_output(loaded, path)


def preview_png(loaded: LoadedOutput, width: int = 900) -> tuple[bytes, int]:
    """A picture of the piece about ``width`` pixels wide, and how many pages it has."""
    spec = loaded.spec
    if spec.template != "poster":
        files = render_output(loaded, "png")
        im: Image.Image = Image.open(io.BytesIO(files[0]))
        if im.width > width:
            im = im.resize((width, round(im.height * width / im.width)),
                           Image.Resampling.LANCZOS)
        out = io.BytesIO()
        im.save(out, "PNG", compress_level=1)
        return out.getvalue(), len(files)
    from .pdf_preview import page_count, render_page

    [pdf] = render_output(loaded, "pdf")
    page_width_inches = spec.options().sheet().page_size[0] / 72
    image = render_page(pdf, 0, dpi=max(10.0, min(300.0, width / page_width_inches)))
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue(), page_count(pdf)
