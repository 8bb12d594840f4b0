"""Commands that make and inspect shop files: new, demo, check."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.i18n import N_, _, ngettext
from . import command_help
from .common import reading, shop_argument

# How bad a finding is, as the check prints it before the finding.
SEVERITIES = {"error": N_("error"), "warning": N_("warning"), "info": N_("note")}


def register(sub: argparse._SubParsersAction) -> None:
    new = sub.add_parser("new", help=command_help("new"),
                         description=_("Create a new, empty shop file."))
    new.add_argument("shop", metavar="SHOP", type=Path,
                     help=_("the file to create (*.weidian)"))
    new.add_argument("--name", required=True, help=_("the shop's name"))
    new.add_argument("--currency", default="CNY", help=_("ISO 4217 code (default CNY)"))
    new.add_argument("--language", default="zh-CN",
                     help=_("the shop's default language (default zh-CN); also the language "
                            "of this command's messages"))
    new.add_argument("--timezone", default="Asia/Shanghai", help=_("IANA time zone"))
    new.set_defaults(func=cmd_new)

    demo = sub.add_parser("demo", help=command_help("demo"),
                          description=_("Write the bundled demo shop to a new file."))
    demo.add_argument("shop", metavar="SHOP", type=Path,
                      help=_("the file to create (*.weidian)"))
    demo.set_defaults(func=cmd_demo)

    check = sub.add_parser("check", help=command_help("check"),
                           description=_("Check the file's integrity and the listings' "
                                         "health; exit status 1 when an error is found."))
    shop_argument(check)
    check.set_defaults(func=cmd_check)


def _with_suffix(path: Path) -> Path:
    from ..core.store import SUFFIX

    return path if path.suffix else path.with_suffix(SUFFIX)


def cmd_new(args: argparse.Namespace) -> int:
    from ..core.store import ShopStore

    path = _with_suffix(args.shop)
    ShopStore.create(path, name=args.name, currency=args.currency, language=args.language,
                     timezone=args.timezone).close()
    print(_("Created {path}.").format(path=path))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..demo import build_demo  # late: drawing the demo pulls in Pillow

    path = build_demo(_with_suffix(args.shop))
    print(_("Wrote the demo shop to {path}.").format(path=path))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from ..core.check import run_check

    with reading(args.shop) as store:  # the app has it open: a read-only look still helps
        report = run_check(store)
    for finding in report.findings:
        print(_("{severity}: {finding}").format(severity=_(SEVERITIES[finding.severity]),
                                                  finding=finding.message))
    errors = sum(f.severity == "error" for f in report.findings)
    warnings = sum(f.severity == "warning" for f in report.findings)
    print(_("{shop}: {errors}, {warnings}.").format(
        shop=args.shop.name, errors=ngettext("{n} error", "{n} errors", errors).format(n=errors),
        warnings=ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings)))
    return 0 if report.ok else 1
