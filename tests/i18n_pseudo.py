"""Run existing tests with the core speaking the pseudo-locale, and catch English sentences.

The ``core_language`` fixture (tests/conftest.py) runs the refusal, health, order and import
tests twice: in English, and in en_XA, where every message the core writes is accented,
~40% longer and in brackets ("[Ŧĥé đŕóƥ ñééđš á ñáɱé. ~~~~~~]"). In en_XA every message
is checked where it is made (an error, a health finding, an import problem, an order
warning): a sentence that did not come from a translated template fails the test. The
test then receives the message turned back into English, so its own assertions hold in
both runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "áƀçđéƒĝĥíĵķĺɱñóƥʠŕšťúʋŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤɊŔŠŤÚṼŴẊÝŽ"
_BACK = str.maketrans(_ACCENTED, _PLAIN)
_CLOSE = re.compile(r" ~+\]")


def is_pseudo(text: str) -> bool:
    """True when the whole text is one pseudo-translated template (arguments inside)."""
    text = text.strip()
    # The brackets and tildes are enough: an English sentence does not end in " ~~]". (Not
    # every template has letters of its own to accent: "{product} ({options})".)
    return text.startswith("[") and text.endswith("]") and bool(_CLOSE.search(text))


def unpseudo(text: str) -> str:
    """The English a pseudo text was made from: brackets and tildes gone, accents off."""
    out: list[str] = []
    opens: list[int] = []  # positions in ``out`` of "[" not closed yet
    i = 0
    while i < len(text):
        close = _CLOSE.match(text, i)
        if close and opens:
            out[opens.pop()] = ""  # the pseudo bracket that opened this template
            i = close.end()
            continue
        ch = text[i]
        if ch == "[":
            opens.append(len(out))
        elif ch == "]" and opens:
            opens.pop()  # an ordinary bracket pair, such as "[silk-scarf]"
        out.append(ch)
        i += 1
    return "".join(out).translate(_BACK)


def _norm(text: str) -> str:
    """A message as the check recognises it again: case and the final stop aside."""
    return text.strip().rstrip(".。").casefold()


@dataclass
class PseudoCheck:
    """Collects the messages made during a test that were not pseudo-translated."""

    english: list[str] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)  # English handed back to the test

    def take(self, text: object) -> object:
        """Check one message; return it in English for the test to read."""
        if not isinstance(text, str) or not text.strip():
            return text
        if _norm(text) in self.seen:  # checked before, passed on (re-raised, recased)
            return text
        if not is_pseudo(text):
            self.english.append(text)
            return text
        plain = unpseudo(text)
        self.seen.add(_norm(plain))
        return plain

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Check messages where they are made: errors, findings, problems, warnings."""
        from weidian_desktop.core import check, health, order_parse
        from weidian_desktop.core.errors import WeidianError
        from weidian_desktop.stocklists import rows

        def error_init(exc: BaseException, *args: object) -> None:
            if args:
                args = (self.take(args[0]), *args[1:])
            Exception.__init__(exc, *args)

        monkeypatch.setattr(WeidianError, "__init__", error_init)
        original_row_error = rows.RowError.__init__

        def row_error_init(exc: rows.RowError, reason: str, field: str | None = None) -> None:
            original_row_error(exc, self.take(reason), field)  # type: ignore[arg-type]

        monkeypatch.setattr(rows.RowError, "__init__", row_error_init)
        self._wrap(monkeypatch, health.HealthFinding, ("detail", "where", "message"))
        self._wrap(monkeypatch, check.Finding, ("message",))
        self._wrap(monkeypatch, rows.Problem, ("reason",))
        self._wrap(monkeypatch, order_parse.OrderWarning, ("recorded",))

    def _wrap(self, monkeypatch: pytest.MonkeyPatch, cls: type, names: tuple[str, ...]) -> None:
        original = cls.__init__

        def init(obj: object, *args: object, **kwargs: object) -> None:
            original(obj, *args, **kwargs)  # type: ignore[misc]
            for name in names:
                # object.__setattr__: OrderWarning is a frozen dataclass.
                object.__setattr__(obj, name, self.take(getattr(obj, name)))

        monkeypatch.setattr(cls, "__init__", init)

    def verify(self) -> None:
        assert not self.english, (
            f"{len(self.english)} message(s) not translated (not from a _() template, or "
            f"missing from the catalogue: run scripts/messages): {self.english[:5]}")


def english(text: str) -> str:
    """A message as the test reads it: in the pseudo-locale it must be pseudo-translated,
    and comes back in English (for messages no checked class carries)."""
    from weidian_desktop.core.i18n import PSEUDO, current_language

    if current_language() != PSEUDO:
        return text
    assert is_pseudo(text), f"not translated: {text!r}"
    return unpseudo(text)
