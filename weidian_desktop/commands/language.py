"""The command line's language: ``--language`` on any command, else LANGUAGE, LC_ALL, LANG.

The language is known before the parser is built, so the help texts, argparse's own words
("usage:", "the following arguments are required") and every message are in it. Output
meant for programs (``--json``, the order's machine line, codes) is the same in every
language.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ..core import i18n
from ..core.i18n import N_, _

OPTION = "--language"

# argparse's own sentences (Python 3.11 and later); argparse looks them up through its
# module-level ``_`` and ``ngettext``, which speak_argparse points at our catalogue.
# Translators: %(prog)s, %(message)s, %s, %r and the like are filled in by Python's
# argparse; keep them exactly as they are.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("can't open '%(filename)s': %(error)s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("ignored explicit argument %r"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":  # argparse's one user-facing plural, spelled out
        # Translators: argparse's "expected 2 arguments"; %s is the number.
        return i18n.ngettext("expected %s argument", "expected %s arguments", n)
    return i18n.ngettext(singular, plural, n)


def language_in(argv: Sequence[str]) -> str | None:
    """The value of ``--language`` anywhere before ``--`` (None when not given)."""
    for i, word in enumerate(argv):
        if word == "--":
            break
        if word == OPTION and i + 1 < len(argv):
            return argv[i + 1]
        if word.startswith(OPTION + "="):
            return word.split("=", 1)[1]
    return None


def speak_argparse() -> None:
    """Let argparse's own words ("usage:", its errors) come from our catalogue."""
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_ngettext  # type: ignore[attr-defined]


def use_language(argv: Sequence[str]) -> str:
    """Set the messages' language from ``argv`` or the environment; returns it."""
    speak_argparse()
    return i18n.set_language(language_in(argv))


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--language`` on a command's parser, unless the command has its own.

    ``new``, ``orders template`` and ``posts add`` name a language of the shop's content
    with ``--language``; there it also sets the language of the messages.
    """
    if any(OPTION in action.option_strings for action in parser._actions):
        return
    parser.add_argument(OPTION, metavar="LANG", dest="message_language",
                        help=_("the language of the messages: zh_CN, it or en (default: "
                               "LANGUAGE, LC_ALL or LANG)"))
