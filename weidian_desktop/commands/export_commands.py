"""The ``export`` command: write the static HTML5 shop (and optionally a zip)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import command_help
from .common import shop_argument


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser(
        "export", help=command_help("export"),
        description="Write the static HTML5 shop to OUTDIR (an empty folder or a previous "
                    "export, which is replaced only once the new one is complete).")
    shop_argument(export)
    export.add_argument("outdir", metavar="OUTDIR", type=Path, help="the folder to write")
    export.add_argument("--base-url", metavar="URL", default=None,
                        help="the address the shop will live at (canonical URLs, sitemap); "
                             "default: the shop's own setting")
    export.add_argument("--zip", metavar="FILE", type=Path, default=None,
                        help="also write the export as a zip file")
    export.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from ..export import export_shop  # late: Jinja and Pillow only when exporting

    def progress(done: int, total: int, text: str) -> None:
        if sys.stderr.isatty() and total:
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    result = export_shop(args.shop, args.outdir, base_url=args.base_url, zip_path=args.zip,
                         progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Exported {len(result.pages)} pages to {result.outdir}: {len(result.written)} files "
          f"written, {len(result.kept)} unchanged, {result.images_encoded} images encoded.")
    if result.zip_path:
        print(f"Wrote {result.zip_path}.")
    return 0
