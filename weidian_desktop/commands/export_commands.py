"""The ``export`` command: write the static HTML5 shop (and optionally a zip)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core.i18n import _, ngettext
from . import command_help
from .common import shop_argument


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser(
        "export", help=command_help("export"),
        description=_("Write the static HTML5 shop to OUTDIR (an empty folder or a previous "
                      "export, which is replaced only once the new one is complete)."))
    shop_argument(export)
    export.add_argument("outdir", metavar="OUTDIR", type=Path, help=_("the folder to write"))
    export.add_argument("--base-url", metavar="URL", default=None,
                        help=_("the address the shop will live at (canonical URLs, sitemap); "
                               "default: the shop's own setting"))
    export.add_argument("--zip", metavar="FILE", type=Path, default=None,
                        help=_("also write the export as a zip file"))
    export.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from ..export import export_shop  # late: Jinja and Pillow only when exporting

    def progress(done: int, total: int, text: str) -> None:
        if sys.stderr.isatty() and (text or total):  # the stage, or pages done of all
            print(f"\r{text or f'{done}/{total}'}\x1b[K", end="", file=sys.stderr, flush=True)

    result = export_shop(args.shop, args.outdir, base_url=args.base_url, zip_path=args.zip,
                         progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    pages, written = len(result.pages), len(result.written)
    print(_("Exported {pages} to {folder}: {written}, {unchanged} unchanged, {images}.").format(
        pages=ngettext("{n} page", "{n} pages", pages).format(n=pages), folder=result.outdir,
        written=ngettext("{n} file written", "{n} files written", written).format(n=written),
        unchanged=len(result.kept),
        images=ngettext("{n} image encoded", "{n} images encoded",
                        result.images_encoded).format(n=result.images_encoded)))
    if result.zip_path:
        print(_("Wrote {path}.").format(path=result.zip_path))
    return 0
