"""Counterfeit-wording rules: the maintained word list, text folding and context judging.

How a match is judged (the same text is in resources/wordlists/README.md):

1. Folding. Text and terms are compared after NFKD with accents dropped, full-width forms
   made plain (``：`` -> ``:``, ``Ａ`` -> ``A``), curly apostrophes made straight, and
   hyphens, dashes and underscores read as spaces ("knock-off" = "knock off"). Case is
   ignored except for terms marked ``case_sensitive`` ("AAA": "aaa" is not jargon).
2. Boundaries. Where a term begins or ends with a Latin letter or a digit, that edge must
   not touch another Latin letter or digit, so "replicate", "replication", "AAAA…" or the
   time "11:15" never match "replica", "AAA" or "1:1". Chinese characters are not word
   characters here: "AAA级" matches, "高仿" is found inside any Chinese sentence.
3. Exceptions, per term in the list: ``within`` phrases that contain the term and excuse
   it ("原单价" for "原单"); ``followed_by`` stems that may come next, after spaces or an
   opening bracket ("AAA batteries", "AAA电池", "1:1 scale", "fake fur"); ``preceded_by``
   words that may come just before, after spaces, digits, "x" or ":" ("batteries: 2 x AAA",
   "mix 1:1").
4. Negation does not excuse: marketplaces flag the word itself, and "not replica, 1:1
   quality" is itself a counterfeit pattern. A negated error ("not a replica", "不是高仿",
   "non è una replica": a negation word in the same clause, at most four words or six
   characters before it) is reported as a warning that asks for other wording.
5. Overlaps. The longest match wins: "顶级复刻" (an error) hides the "复刻" (a warning)
   inside it, "high imitation" hides "imitation".

Every term is looked for in every text whatever its language, since sellers mix languages.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..resources import resource_path

SEVERITIES = ("error", "warning")
# Scripts whose characters are not "word characters" for the boundary rule.
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
               (0xAC00, 0xD7AF))
_HYPHENS = set("-‐‑‒–—―_")
_APOSTROPHES = set("‘’ʼ´`")
_CLAUSE_END = re.compile(r"[.!?;。！？；\n,，、]")
_PRECEDING_GAP = r"(?:[\s:,()\[\]xX×*]|\d)*$"
_FOLLOWING_GAP = r"^[\s(\[]*"


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character (folding at C speed)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in _HYPHENS or char.isspace():
            value = " "
        elif char in _APOSTROPHES:
            value = "'"
        else:
            # Combining marks go (a lone one too): "é" and "e\u0301" both fold to "e".
            value = "".join(c for c in unicodedata.normalize("NFKD", char)
                            if unicodedata.category(c) != "Mn")
        self[code] = value
        return value


_FOLD = _FoldTable()


def fold_text(text: str) -> str:
    """The folded text alone (what matching reads)."""
    return text.translate(_FOLD)


def fold(text: str) -> tuple[str, list[int]]:
    """Folded text for matching, and for each folded character its index in ``text``."""
    folded = text.translate(_FOLD)
    where: list[int] = []
    for index, char in enumerate(text):
        where.extend([index] * len(_FOLD[ord(char)]))
    return folded, where


def _is_word_char(char: str) -> bool:
    """A letter or digit of a script that separates words with spaces (not CJK)."""
    if not char.isalnum():
        return False
    code = ord(char)
    return not any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def phrase_pattern(phrase: str) -> str:
    """A regex for a folded phrase with flexible spaces (boundaries are checked apart)."""
    parts: list[str] = []
    for char in phrase:
        if char == " ":
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif char == ":":
            parts.append(r"\s*:\s*")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


def _edges(phrase: str) -> tuple[bool, bool]:
    return _is_word_char(phrase[0]), _is_word_char(phrase[-1])


def _bounded(text: str, start: int, end: int, edges: tuple[bool, bool]) -> bool:
    """True when no Latin letter or digit touches a Latin edge of the match."""
    if edges[0] and start > 0 and _is_word_char(text[start - 1]):
        return False
    return not (edges[1] and end < len(text) and _is_word_char(text[end]))


def _key(phrase: str) -> str:
    """The longest piece of a folded phrase without flexible parts: a cheap pre-check."""
    return max(re.split(r"[\s:]+", phrase.lower()), key=len)


@dataclass
class Term:
    """One entry of the word list with its context rules, compiled for matching."""

    term: str
    severity: str = "error"
    lang: str = "*"
    case_sensitive: bool = False
    followed_by: list[str] = field(default_factory=list)
    preceded_by: list[str] = field(default_factory=list)
    within: list[str] = field(default_factory=list)
    why: str = ""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"term {self.term!r}: severity {self.severity!r}")
        flags = 0 if self.case_sensitive else re.IGNORECASE
        self.folded = fold_text(self.term).strip()
        self.key = _key(self.folded)
        self.edges = _edges(self.folded)
        self.regex = re.compile(phrase_pattern(self.folded), flags)
        within = [fold_text(p) for p in self.within]
        self._within = [(re.compile(phrase_pattern(p), re.IGNORECASE), _edges(p))
                        for p in within]
        self._followed = [re.compile(_FOLLOWING_GAP + phrase_pattern(fold_text(p)),
                                     re.IGNORECASE) for p in self.followed_by]
        preceded = [fold_text(p) for p in self.preceded_by]
        self._preceded = [(re.compile(phrase_pattern(p) + _PRECEDING_GAP, re.IGNORECASE),
                           _edges(p)) for p in preceded]

    def excuse(self, folded: str, start: int, end: int) -> str | None:
        """The context rule that makes this occurrence ordinary wording, or None."""
        lo, hi = max(0, start - 12), min(len(folded), end + 12)
        for phrase, (regex, edges) in zip(self.within, self._within, strict=True):
            for hit in regex.finditer(folded, lo, hi):
                if (hit.start() <= start and end <= hit.end()
                        and _bounded(folded, hit.start(), hit.end(), edges)):
                    return f"within {phrase!r}"
        after = folded[end:end + 40]
        for phrase, regex in zip(self.followed_by, self._followed, strict=True):
            if regex.match(after):
                return f"followed by {phrase!r}"
        offset = max(0, start - 40)
        before = folded[offset:start]
        for phrase, (regex, edges) in zip(self.preceded_by, self._preceded, strict=True):
            found = regex.search(before)
            if found and _bounded(folded, offset + found.start(), start, (edges[0], False)):
                return f"preceded by {phrase!r}"
        return None


@dataclass
class Match:
    """One occurrence of a term in a text (positions are in the original text)."""

    term: Term
    start: int
    end: int
    text: str
    severity: str
    negated: bool = False
    excused: str | None = None


@dataclass
class WordList:
    """The maintained terms and the negation words."""

    terms: list[Term]
    negations: list[str]

    def __post_init__(self) -> None:
        latin = [fold_text(n) for n in self.negations if _is_word_char(n[0])]
        self._negation_words = {n.lower() for n in latin}
        self._negation_cjk = [n for n in self.negations if not _is_word_char(n[0])]

    def negated(self, folded: str, start: int) -> bool:
        """A negation word in the same clause, at most four words or six characters before."""
        before = folded[max(0, start - 40):start]
        clause = _CLAUSE_END.split(before)[-1]
        words = re.findall(r"[^\W_]+(?:'[^\W_]+)?", clause.lower())[-4:]
        if any(w in self._negation_words for w in words):
            return True
        tail = clause.rstrip()[-6:]
        return any(cue in tail for cue in self._negation_cjk)

    def scan(self, text: str, *, keep_excused: bool = False) -> list[Match]:
        """Occurrences of the terms in ``text``: alarms, and on request the excused ones."""
        folded = fold_text(text)
        lower = folded.lower()
        found: list[Match] = []
        for term in self.terms:
            # Most texts hold no term at all: a substring test (in C) says so before any
            # regex runs; Python's re has no fast many-pattern search.
            if term.key not in lower:
                continue
            for hit in term.regex.finditer(folded):
                start, end = hit.start(), hit.end()
                if not _bounded(folded, start, end, term.edges):
                    continue
                excused = term.excuse(folded, start, end)
                negated = excused is None and self.negated(folded, start)
                severity = "warning" if negated else term.severity
                found.append(Match(term, start, end, "", severity, negated, excused))
        kept = _longest_first(found, keep_excused)
        for match in kept:  # folded positions back to the seller's text (rarely needed)
            match.start, match.end = _original_span(text, match.start, match.end)
            match.text = text[match.start:match.end]
        return kept


def _original_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Map a span of the folded text onto ``text`` (folding may lengthen or drop characters)."""
    position, o_start = 0, None
    for index, char in enumerate(text):
        size = len(_FOLD[ord(char)])
        if o_start is None and position + size > start:
            o_start = index
        position += size
        if position >= end:
            return (index if o_start is None else o_start), index + 1
    return (o_start or 0), len(text)


def _longest_first(found: list[Match], keep_excused: bool) -> list[Match]:
    # The longest term wins a span: "顶级复刻" hides "复刻", "copia perfetta" hides "copia".
    # An excused match still claims its span, so nothing shorter inside it alarms.
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    kept: list[Match] = []
    for match in found:
        if any(k.start <= match.start and match.end <= k.end for k in kept):
            continue
        kept.append(match)
    kept.sort(key=lambda m: m.start)
    return [m for m in kept if keep_excused or m.excused is None]


def _load(data: dict[str, Any]) -> WordList:
    terms = [Term(**entry) for entry in data["terms"]]
    negations = [w for words in data.get("negations", {}).values() for w in words]
    return WordList(terms, negations)


@functools.cache
def counterfeit_wordlist() -> WordList:
    """The shipped list (resources/wordlists/counterfeit.json), loaded once."""
    return load_wordlist(resource_path("wordlists", "counterfeit.json"))


def load_wordlist(path: Path) -> WordList:
    with open(path, encoding="utf-8") as handle:
        return _load(json.load(handle))


def brand_wordlist(brands: list[str]) -> WordList:
    """The seller's brand watch list as terms (warnings, case-insensitive, no exceptions)."""
    return WordList([Term(b, severity="warning") for b in brands if b.strip()], [])
