"""Commands for printed and shared media: qr, poster and share."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import ValidationError
from .common import shop_argument

if TYPE_CHECKING:
    from ..core.store import ShopStore

EC_CHOICES = ("L", "M", "Q", "H")


def register(sub: argparse._SubParsersAction) -> None:
    qr = sub.add_parser("qr", help="a QR code for the shop, a product, a collection or a drop",
                        description="Write a QR code (PNG or SVG) of a page of the exported "
                                    "shop; the link is built from the shop's base URL.")
    shop_argument(qr)
    _target(qr, ("shop", "product", "collection", "drop", "post"))
    qr.add_argument("--campaign", metavar="TAG",
                    help="add ?src=TAG to the link, e.g. poster-a4-stall (orders say it)")
    qr.add_argument("--logo", action="store_true",
                    help="put the shop's logo in the centre (error correction becomes H)")
    qr.add_argument("--ec", choices=EC_CHOICES, default="M", type=str.upper,
                    help="error correction level (default M)")
    qr.add_argument("--fg", default="#000000", metavar="#RRGGBB", help="module colour")
    qr.add_argument("--bg", default="#ffffff", metavar="#RRGGBB", help="background colour")
    qr.add_argument("--box", type=int, default=10, metavar="PX",
                    help="pixels per module in a PNG (default 10)")
    qr.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                    help="FILE.png or FILE.svg")
    qr.set_defaults(func=cmd_qr)

    poster = sub.add_parser("poster", help="a printable poster or label sheet (PDF)",
                            description="Write a poster for the shop, a product, a "
                                        "collection or a drop, or label sheets for every "
                                        "published product, as a PDF ready to print.")
    shop_argument(poster)
    _target(poster, ("shop", "product", "collection", "drop"), labels=True)
    poster.add_argument("--size", choices=("A4", "A5", "A6", "Letter"), default="A4")
    poster.add_argument("--crop-marks", action="store_true",
                        help="crop marks outside the trim (cut guides on label sheets)")
    poster.add_argument("--bleed", type=float, default=0.0, metavar="MM",
                        help="extend edge-to-edge colour and photos MM past the trim")
    poster.add_argument("--campaign", metavar="TAG", help="add ?src=TAG to the QR links")
    poster.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                        help="FILE.pdf (or FILE.png: the first page at 300 dpi)")
    poster.set_defaults(func=cmd_poster)

    share = sub.add_parser("share", help="share images for chat timelines (PNG)",
                           description="Write a 1080x1920 story or 1080x1080 square image "
                                       "of a product or drop, or the numbered images of a "
                                       "post's 9-image grid.")
    shop_argument(share)
    _target(share, ("product", "drop", "post"))
    share.add_argument("--format", choices=("story", "square"), default="story")
    share.add_argument("--campaign", metavar="TAG", help="add ?src=TAG to the QR link")
    share.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                       help="FILE.png (a post's grid: FILE-1.png … FILE-9.png)")
    share.set_defaults(func=cmd_share)


def _target(parser: argparse.ArgumentParser, kinds: tuple[str, ...], *,
            labels: bool = False) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    for kind in kinds:
        if kind == "shop":
            # dest differs from "shop": that is the SHOP file argument.
            group.add_argument("--shop", action="store_true", dest="home",
                               help="the shop's home page")
        else:
            group.add_argument(f"--{kind}", metavar="SLUG", help=f"the {kind} with this slug")
    if labels:
        group.add_argument("--labels", action="store_true",
                           help="label sheets: QR, title and price of every published product")


def _kind(args: argparse.Namespace) -> tuple[str, str | None]:
    for kind in ("product", "collection", "drop", "post"):
        if getattr(args, kind, None):
            return kind, getattr(args, kind)
    return ("labels", None) if getattr(args, "labels", False) else ("shop", None)


def _suffix(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise ValidationError(f"{path.name} must end in {' or '.join(allowed)}.",
                              field="output")
    from ..core.paths import check_output_file

    check_output_file(path)  # before anything is read or drawn
    return suffix


def _open(path: Path) -> ShopStore:
    """The shop, read-only: these commands only read, and work while the app has it open."""
    from ..core.store import ShopStore

    return ShopStore.open(path, read_only=True)


def cmd_qr(args: argparse.Namespace) -> int:
    from ..media import qr
    from ..media.outputs import write_file
    from ..media.poster_data import shop_logo, target_url

    suffix = _suffix(args.output, (".png", ".svg"))
    kind, slug = _kind(args)
    store = _open(args.shop)
    try:
        url = target_url(store, kind, slug, args.campaign)
        logo = shop_logo(store) if args.logo else None
    finally:
        store.close()
    if args.logo and logo is None:
        raise ValidationError("The shop has no logo; add one on the Shop page or leave out "
                              "--logo.", field="logo")
    options = {"ec": args.ec, "fg": args.fg, "bg": args.bg, "logo": logo}
    if suffix == ".svg":
        data = qr.qr_svg(url, **options).encode()
    else:
        data = qr.qr_png(url, box=args.box, **options)
    write_file(args.output, data, shop=args.shop)
    print(f"Wrote a QR code for {url} to {args.output}.")
    return 0


def cmd_poster(args: argparse.Namespace) -> int:
    from ..media.outputs import write_file
    from ..media.pdf_preview import page_png
    from ..media.posters import PosterOptions, load_job, render

    suffix = _suffix(args.output, (".pdf", ".png"))
    kind, slug = _kind(args)
    options = PosterOptions(args.size, args.crop_marks, args.bleed)
    options.sheet()  # a bad bleed is refused before the shop is read
    store = _open(args.shop)
    try:
        job = load_job(store, kind, slug, args.campaign)
    finally:
        store.close()
    pdf = render(job, options)
    write_file(args.output, page_png(pdf) if suffix == ".png" else pdf, shop=args.shop)
    what = f"{len(job.items)} labels" if kind == "labels" else f"a {kind} poster"
    print(f"Wrote {what} ({args.size}) to {args.output}.")
    return 0


def cmd_share(args: argparse.Namespace) -> int:
    from ..media import share
    from ..media.outputs import write_file

    _suffix(args.output, (".png",))
    kind, slug = _kind(args)
    store = _open(args.shop)
    try:
        images = share.make_share(store, kind, slug or "", args.format, args.campaign)
    finally:
        store.close()
    if len(images) == 1:
        write_file(args.output, images[0], shop=args.shop)
        print(f"Wrote a {args.format} image to {args.output}.")
        return 0
    stem = args.output.with_suffix("")
    paths = [Path(f"{stem}-{n}.png") for n in range(1, len(images) + 1)]
    for path, data in zip(paths, images, strict=True):
        write_file(path, data, shop=args.shop)
    print(f"Wrote {len(images)} images, numbered in posting order, to {paths[0]} … "
          f"{paths[-1].name}.")
    return 0
