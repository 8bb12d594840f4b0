"""The language of the sentences the core, the importers, the export and the CLI write.

Messages are gettext templates: translate first, then format with named arguments, so a
language can put the words in its own order::

    raise ValidationError(_("The drop {name} needs a start time.").format(name=name))
    ngettext("{n} product", "{n} products", n).format(n=n)

``N_`` marks a template where it is defined (a table built at import time) and leaves it
untranslated; ``_`` translates it where it is shown. ``pgettext`` tells two uses of the
same English word apart ("title" the field, "title" the heading). Machine-readable output
(``--json``, codes such as ``checksum_mismatch``) is never passed through these.

The catalogues are ``translations/messages/<language>/LC_MESSAGES/weidian_desktop.mo``
(made by ``scripts/messages`` from the ``.po`` files beside them). The app sets the
language with the one chosen in Preferences, the command line from ``--language`` or the
environment (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); until then it is English.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..resources import translations_dir

DOMAIN = "weidian_desktop"
ENGLISH = "en"  # the language of the templates: no catalogue
PSEUDO = "en_XA"  # accented, ~40% longer, in brackets: generated from the templates
LANGUAGES = ("zh_CN", "it", ENGLISH, PSEUDO)
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_active: gettext.NullTranslations = gettext.NullTranslations()
_language = ENGLISH
_money_language: str | None = None  # the open shop's language, for amounts in sentences
_loaded: dict[str, gettext.NullTranslations] = {}


def _(message: str) -> str:
    """``message`` in the current language."""
    return _active.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural template for ``n`` in the current language."""
    return _active.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, as meant in ``context``."""
    return _active.pgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for translation without translating it here."""
    return message


def NP_(context: str, message: str) -> str:
    """Mark ``message`` for ``pgettext(context, message)`` later; returns it as it is."""
    return message


def catalogue_path(language: str) -> Path:
    """The compiled catalogue of ``language`` (none for English)."""
    return translations_dir() / "messages" / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def supported(tag: str | None) -> str | None:
    """The language we speak for a tag such as ``zh-Hans-CN``, ``it_IT.UTF-8`` or ``C``.

    Any Chinese gets Simplified Chinese (closer to the reader than English), "C" and
    "POSIX" are English; None for a language we do not have.
    """
    if not tag:
        return None
    tag = tag.split(".")[0].split("@")[0].replace("-", "_").strip()
    if tag in ("C", "POSIX"):
        return ENGLISH
    if tag == PSEUDO:
        return PSEUDO
    base = tag.split("_")[0].lower()
    if base == "zh":
        return "zh_CN"
    return base if base in ("it", ENGLISH) else None


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for: LANGUAGE (a list), LC_ALL, LC_MESSAGES, LANG.

    GNU gettext reads them in this order; the first variable that is set decides (an
    unsupported language there gives English, as a program without that catalogue would).
    """
    env = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = env.get(name, "")
        if not value:
            continue
        for tag in value.split(":"):
            found = supported(tag)
            if found:
                return found
        if name != "LANGUAGE":  # LANGUAGE lists fallbacks; the others name one locale
            return ENGLISH
    return ENGLISH


def _translations(language: str) -> gettext.NullTranslations:
    if language not in _loaded:
        path = catalogue_path(language)
        if language == ENGLISH or not path.is_file():
            _loaded[language] = gettext.NullTranslations()
        else:
            with path.open("rb") as fp:
                _loaded[language] = gettext.GNUTranslations(fp)
    return _loaded[language]


def set_language(language: str | None) -> str:
    """Speak ``language`` from now on (None: the environment's); returns the one in use."""
    global _active, _language
    chosen = supported(language) if language else language_from_environment()
    _language = chosen or ENGLISH
    _active = _translations(_language)
    return _language


def current_language() -> str:
    """The language messages are written in now: "zh_CN", "it", "en" or "en_XA"."""
    return _language


def set_money_language(tag: str | None) -> None:
    """Write amounts in sentences as the open shop writes its prices (None: as the
    message language does), so a warning's "¥266.00" matches the tables beside it."""
    global _money_language
    _money_language = tag


def money_language() -> str:
    """The locale amounts in sentences are formatted in."""
    return _money_language or _language


@contextmanager
def using_language(tag: str | None) -> Iterator[str]:
    """Speak ``tag`` inside the block, then the language before it again."""
    before = current_language()
    try:
        yield set_language(tag)
    finally:
        set_language(before)


@dataclass(frozen=True)
class Amount:
    """Money as an argument of a Sentence: formatted when said, in that language's way."""

    minor: int
    currency: str

    def __str__(self) -> str:
        from .money import money_in_message  # late: money imports this module

        return money_in_message(self.minor, self.currency)


Param = str | int | Amount


@dataclass(frozen=True)
class Sentence:
    """A message kept as its English template and arguments, said in whichever language
    is current when it is shown (an order's warnings are stored, then read in the app
    long after, perhaps in another language)."""

    template: str
    params: tuple[tuple[str, Param], ...] = ()
    plural: str = ""  # with ``n``: the English plural template
    n: int | None = None

    def __str__(self) -> str:
        if self.plural and self.n is not None:
            text = ngettext(self.template, self.plural, self.n)
        else:
            text = _(self.template)
        return text.format(**{k: str(v) if isinstance(v, Amount) else v
                              for k, v in self.params})

    def as_dict(self) -> dict[str, object]:
        """JSON-ready; ``from_dict`` reads it back."""
        params = {k: {"amount": v.minor, "currency": v.currency} if isinstance(v, Amount) else v
                  for k, v in self.params}
        out: dict[str, object] = {"template": self.template, "params": params}
        if self.plural:
            out.update(plural=self.plural, n=self.n)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Sentence:
        params = data.get("params") or {}
        assert isinstance(params, dict)
        n = data.get("n")
        read = {k: Amount(int(v["amount"]), str(v["currency"])) if isinstance(v, dict) else v
                for k, v in params.items()}
        return cls(str(data["template"]), tuple(sorted(read.items())),
                   str(data.get("plural") or ""), n if isinstance(n, int) else None)


def sentence(template: str, **params: Param) -> Sentence:
    """A message to say later: ``sentence("Only {n} left.", n=3)`` (extracted like ``_``)."""
    return Sentence(template, tuple(sorted(params.items())))


def nsentence(singular: str, plural: str, n: int, **params: Param) -> Sentence:
    """A plural message to say later; ``n`` picks the form and is an argument too."""
    return Sentence(singular, tuple(sorted({"n": n, **params}.items())), plural, n)
