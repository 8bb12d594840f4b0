"""Commands for printed and shared media: qr, poster and share (all through media/outputs.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import ValidationError
from ..core.i18n import N_, _, current_language, ngettext
from . import command_help
from .common import opened, shop_argument

if TYPE_CHECKING:  # the media layer (Pillow, reportlab, qrcode) loads when a command runs
    from ..media.outputs import LoadedOutput, OutputSpec

EC_CHOICES = ("L", "M", "Q", "H")
QR_BOX = 16  # media.outputs.QR_BOX (kept equal by a test; importing it here would load Pillow)
LABEL_STOCKS = ("a4-3x7", "a4-3x8", "a4-4x10", "a4-2x7", "letter-3x10", "a5-2x5", "a6-1x3")


def register(sub: argparse._SubParsersAction) -> None:
    qr = sub.add_parser("qr", help=command_help("qr"),
                        description=_("Write a QR code (PNG or SVG) of a page of the exported "
                                    "shop; the link is built from the shop's base URL."))
    shop_argument(qr)
    _target(qr, ("shop", "product", "collection", "drop", "post"))
    qr.add_argument("--campaign", metavar="TAG",
                    help=_("add ?src=TAG to the link, e.g. poster-a4-stall (orders say it)"))
    qr.add_argument("--logo", action="store_true",
                    help=_("put the shop's logo in the centre (error correction becomes H)"))
    qr.add_argument("--ec", choices=EC_CHOICES, default="M", type=str.upper,
                    help=_("error correction level (default M)"))
    qr.add_argument("--fg", default="#000000", metavar="#RRGGBB", help=_("module colour"))
    qr.add_argument("--bg", default="#ffffff", metavar="#RRGGBB", help=_("background colour"))
    qr.add_argument("--box", type=int, default=QR_BOX, metavar="PX",
                    help=_("pixels per module in a PNG (default %(default)s)"))
    qr.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                    help=_("FILE.png or FILE.svg"))
    qr.set_defaults(func=cmd_qr)

    poster = sub.add_parser("poster", help=command_help("poster"),
                            description=_("Write a poster for the shop, a product, a "
                                        "collection or a drop, or label sheets of the "
                                        "published products, as a PDF ready to print."))
    shop_argument(poster)
    _target(poster, ("shop", "product", "collection", "drop"), labels=True)
    poster.add_argument("--size", choices=("A4", "A5", "A6", "Letter"),
                        help=_("paper size (default A4; for labels, the stock's paper)"))
    poster.add_argument("--crop-marks", action="store_true",
                        help=_("crop marks outside the trim (cut lines on label sheets)"))
    poster.add_argument("--bleed", type=float, default=0.0, metavar="MM",
                        help=_("extend edge-to-edge colour and photos MM past the trim"))
    poster.add_argument("--campaign", metavar="TAG", help=_("add ?src=TAG to the QR links"))
    labels = poster.add_argument_group(_("label sheets (with --labels)"))
    labels.add_argument("--stock", choices=LABEL_STOCKS,
                        help=_("the label sheet: a4-3x7 (Avery L7160, 63.5x38.1 mm), a4-3x8 "
                             "(Avery 3474, 70x37 mm, the A4 default), a4-4x10 (Avery L7654, "
                             "45.7x25.4 mm), a4-2x7 (Avery L7163, 99.1x38.1 mm), "
                             "letter-3x10 (Avery 5160); a5-2x5 and a6-1x3 are cut by hand"))
    labels.add_argument("--only", nargs="+", metavar="SLUG",
                        help=_("labels for these products only (default: every published one)"))
    labels.add_argument("--copies", type=int, default=1, metavar="N",
                        help=_("labels of each product, side by side (default 1)"))
    labels.add_argument("--cut-lines", action="store_true",
                        help=_("dashed lines around each label, to cut plain paper by"))
    poster.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                        help=_("FILE.pdf (or FILE.png: the first page at 300 dpi)"))
    poster.set_defaults(func=cmd_poster)

    share = sub.add_parser("share", help=command_help("share"),
                           description=_("Write a 1080x1920 story or 1080x1080 square image "
                                       "of a product or drop, or the numbered images of a "
                                       "post's 9-image grid."))
    shop_argument(share)
    _target(share, ("product", "drop", "post"))
    share.add_argument("--format", choices=("story", "square"), default="story")
    share.add_argument("--campaign", metavar="TAG", help=_("add ?src=TAG to the QR link"))
    share.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                       help=_("FILE.png (a post's grid: FILE-1.png … FILE-9.png)"))
    share.set_defaults(func=cmd_share)


_WITH_SLUG = {"product": N_("the product with this slug"),
              "collection": N_("the collection with this slug"),
              "drop": N_("the drop with this slug"), "post": N_("the post with this slug")}


def _target(parser: argparse.ArgumentParser, kinds: tuple[str, ...], *,
            labels: bool = False) -> None:
    group = parser.add_mutually_exclusive_group(required=True)
    for kind in kinds:
        if kind == "shop":
            # dest differs from "shop": that is the SHOP file argument.
            group.add_argument("--shop", action="store_true", dest="home",
                               help=_("the shop's home page"))
        else:
            group.add_argument(f"--{kind}", metavar="SLUG", help=_(_WITH_SLUG[kind]))
    if labels:
        group.add_argument("--labels", action="store_true",
                           help=_("label sheets: QR, title and price of the published products"))


def _kind(args: argparse.Namespace) -> tuple[str, str | None]:
    for kind in ("product", "collection", "drop", "post"):
        if getattr(args, kind, None):
            return kind, getattr(args, kind)
    return ("labels", None) if getattr(args, "labels", False) else ("shop", None)


def _suffix(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        from ..core.formats import format_list  # late: Babel only to word a refusal

        raise ValidationError(_("{name} must end in {suffixes}.").format(
            name=path.name, suffixes=format_list(list(allowed), current_language(), "or")),
            field="output")
    from ..core.paths import check_output_file

    check_output_file(path)  # before anything is read or drawn
    return suffix


def _make(args: argparse.Namespace, spec: OutputSpec) -> tuple[LoadedOutput, list[Path]]:
    """The one path: check, read (read-only, so it works while the app has the shop
    open), draw and write."""
    from ..media.outputs import make_output

    with opened(args.shop, read_only=True) as store:
        return make_output(store, spec, args.output)


def cmd_qr(args: argparse.Namespace) -> int:
    from ..media.outputs import OutputSpec

    _suffix(args.output, (".png", ".svg"))
    kind, slug = _kind(args)
    spec = OutputSpec(kind, slug, "qr", campaign=args.campaign, logo=args.logo, ec=args.ec,
                      fg=args.fg, bg=args.bg, box=args.box)
    loaded, _paths = _make(args, spec)
    print(_("Wrote a QR code for {url} to {path}.").format(url=loaded.url, path=args.output))
    return 0


def cmd_poster(args: argparse.Namespace) -> int:
    from ..media.labels import label_stock
    from ..media.outputs import OutputSpec

    _suffix(args.output, (".pdf", ".png"))
    kind, slug = _kind(args)
    size = args.size or "A4"
    if kind == "labels":
        # The stock decides the paper; a --size that contradicts it is refused.
        size = label_stock(args.stock, args.size).paper
    elif args.stock or args.only or args.copies != 1 or args.cut_lines:
        raise ValidationError(_("--stock, --only, --copies and --cut-lines are for label "
                                "sheets; add --labels."), field="labels")
    spec = OutputSpec(kind, slug, "poster", size=size, crop_marks=args.crop_marks,
                      bleed_mm=args.bleed, campaign=args.campaign, stock=args.stock,
                      cut_lines=args.cut_lines, copies=args.copies,
                      slugs=tuple(args.only) if args.only else None)
    loaded, _paths = _make(args, spec)
    if kind == "labels":
        print(ngettext("Wrote {n} label ({stock}) to {path}.",
                       "Wrote {n} labels ({stock}) to {path}.", loaded.labels).format(
            n=loaded.labels, stock=loaded.spec.options().label_stock().key, path=args.output))
    else:
        print(_("Wrote a poster ({size}) to {path}.").format(size=size, path=args.output))
    return 0


def cmd_share(args: argparse.Namespace) -> int:
    from ..media.outputs import OutputSpec

    _suffix(args.output, (".png",))
    kind, slug = _kind(args)
    spec = OutputSpec(kind, slug, "grid" if kind == "post" else args.format,
                      campaign=args.campaign)
    _loaded, paths = _make(args, spec)
    if len(paths) == 1:
        print(_("Wrote an image to {path}.").format(path=paths[0]))
    else:
        print(ngettext("Wrote {n} image, numbered in posting order, to {first} … {last}.",
                       "Wrote {n} images, numbered in posting order, to {first} … {last}.",
                       len(paths)).format(n=len(paths), first=paths[0],
                                          last=paths[-1].name))
    return 0
