"""The `weidian-desktop` command line: the app's operations without a window.

A command pays only for what it uses: parsing imports the one module that defines the
command being run (``commands.COMMANDS`` names them), and each command imports its heavy
libraries (Pillow, reportlab, Jinja2, sqlite-utils …) when it runs. ``--version`` and
the list of commands import none of them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Iterator, Sequence

from . import __version__
from .commands import COMMANDS
from .commands.language import add_language_option, use_language
from .core.errors import WeidianError
from .core.i18n import N_, _
from .crash import guarded

DESCRIPTION = N_("""\
Build a mobile shop offline: one SQLite shop file in, a static HTML5 shop out.

  weidian-desktop [SHOP]        open the app (on SHOP, or the last shop)
  weidian-desktop COMMAND ...   run a command without a window (see below)
""")


def build_parser(*commands: str) -> argparse.ArgumentParser:
    """The parser: every command is listed; the ``commands`` named are fully built.

    Building a command imports its module, so ``main`` builds only the one it runs.
    """
    parser = argparse.ArgumentParser(
        prog="weidian-desktop", description=_(DESCRIPTION),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_("show program's version number and exit"))
    add_language_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = {COMMANDS[name][0] for name in commands if name in COMMANDS}
    for name, (module, text) in COMMANDS.items():
        if module in wanted:
            importlib.import_module(f".commands.{module}", __package__).register(sub)
            wanted.discard(module)
        elif name not in sub.choices:
            sub.add_parser(name, help=_(text))  # named only: its module is not imported
    for command_parser in _commands(parser):
        add_common_options(command_parser)
    return parser


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """Options every command takes: the one place to add them (each command's parser)."""
    add_language_option(parser)


def _commands(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser of every command and sub-command (``orders add``), not their groups."""
    for action in parser._actions:  # argparse keeps subcommands here only
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):  # aliases map to one parser
                grandchildren = list(_commands(child))
                yield from grandchildren or [child]


def run(args: argparse.Namespace) -> int:
    """Run a parsed command: the one place where failures become one sentence and a status."""
    try:
        return guarded(args.func, args)  # unexpected errors: one sentence + a log
    except WeidianError as exc:
        print(f"weidian-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (``… | head``): nothing more to say, and no traceback at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell reports it
    except KeyboardInterrupt:
        print("weidian-desktop: " + _("interrupted; nothing was changed by the unfinished "
                                      "action."), file=sys.stderr)
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    use_language(argv)  # before any parser: the help is in that language too
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        if len(argv) > 1:
            build_parser().error(_("unknown command {name!r}").format(name=argv[0]))
        from .app import run_app  # late: the commands never need Qt

        return run_app(argv[0] if argv else None)
    # Global options come before the command: the first word naming one is it.
    command = next((word for word in argv if word in COMMANDS), None)
    parser = build_parser(*([command] if command else []))
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    return run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
