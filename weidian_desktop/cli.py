"""The `weidian-desktop` command line: the app's operations without a window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .commands import COMMAND_MODULES
from .commands.language import add_language_option, use_language
from .core.errors import WeidianError

DESCRIPTION = """\
Build a mobile shop offline: one SQLite shop file in, a static HTML5 shop out.

  weidian-desktop [SHOP]        open the app (on SHOP, or the last shop)
  weidian-desktop COMMAND ...   run a command without a window (see below)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="weidian-desktop", description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    add_language_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    for command_parser in _commands(parser):
        add_language_option(command_parser)
    return parser


def _commands(parser: argparse.ArgumentParser):
    """The parser of every command and sub-command (``orders add``)."""
    for action in parser._actions:  # argparse keeps subcommands here only
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield child
                yield from _commands(child)


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:  # argparse keeps subcommands here only
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    use_language(argv)  # before the parser: its help is in the language too
    parser = build_parser()
    if not argv or (argv[0] not in _command_names(parser) and not argv[0].startswith("-")):
        if len(argv) > 1:
            parser.error(f"unknown command {argv[0]!r}")
        from .app import run_app  # late: the commands never need Qt

        return run_app(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except WeidianError as exc:
        print(f"weidian-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("weidian-desktop: interrupted; nothing was changed by the unfinished action.",
              file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
