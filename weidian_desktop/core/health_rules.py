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

from ..resources import resource_path

SEVERITIES = ("error", "warning")
# Scripts whose characters are not "word characters" for the boundary rule.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_WORD = rf"[^\W_{_CJK}]"
_WORD_RE = re.compile(_WORD)
_HYPHENS = set("-‐‑‒–—―_")
_APOSTROPHES = set("‘’ʼ´`")
_CLAUSE_END = re.compile(r"[.!?;。！？；\n,，、]")
_PRECEDING_GAP = r"(?:[\s:,()\[\]xX×*]|\d)*$"
_FOLLOWING_GAP = r"^[\s(\[]*"


def fold(text: str) -> tuple[str, list[int]]:
    """Folded text for matching, and for each folded character its index in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if char in _HYPHENS or char.isspace():
            pieces = " "
        elif char in _APOSTROPHES:
            pieces = "'"
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            # Combining marks go (a lone one too): "é" and "e\u0301" both fold to "e".
            pieces = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
        for piece in pieces:
            out.append(piece)
            where.append(index)
    return "".join(out), where


def _is_word_char(char: str) -> bool:
    return bool(_WORD_RE.match(char))


def phrase_pattern(phrase: str, *, right_edge: bool = True) -> str:
    """A regex for a folded phrase: flexible spaces, and boundaries on Latin edges."""
    parts: list[str] = []
    for char in phrase:
        if char == " ":
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif char == ":":
            parts.append(r"\s*:\s*")
        else:
            parts.append(re.escape(char))
    body = "".join(parts)
    if _is_word_char(phrase[0]):
        body = rf"(?<!{_WORD})" + body
    if right_edge and _is_word_char(phrase[-1]):
        body += rf"(?!{_WORD})"
    return body


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
        folded = fold(self.term)[0].strip()
        self.folded = folded
        self.regex = re.compile(phrase_pattern(folded), flags)
        self._within = [re.compile(phrase_pattern(fold(p)[0]), re.IGNORECASE)
                        for p in self.within]
        self._followed = [re.compile(_FOLLOWING_GAP + phrase_pattern(fold(p)[0],
                                                                     right_edge=False),
                                     re.IGNORECASE) for p in self.followed_by]
        self._preceded = [re.compile(phrase_pattern(fold(p)[0]) + _PRECEDING_GAP, re.IGNORECASE)
                          for p in self.preceded_by]

    def excuse(self, folded: str, start: int, end: int) -> str | None:
        """The context rule that makes this occurrence ordinary wording, or None."""
        for phrase, regex in zip(self.within, self._within, strict=True):
            for hit in regex.finditer(folded, max(0, start - 12), min(len(folded), end + 12)):
                if hit.start() <= start and end <= hit.end():
                    return f"within {phrase!r}"
        after = folded[end:end + 40]
        for phrase, regex in zip(self.followed_by, self._followed, strict=True):
            if regex.match(after):
                return f"followed by {phrase!r}"
        before = folded[max(0, start - 40):start]
        for phrase, regex in zip(self.preceded_by, self._preceded, strict=True):
            if regex.search(before):
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
    """The maintained terms and the negation words, with a fast pre-filter."""

    terms: list[Term]
    negations: list[str]

    def __post_init__(self) -> None:
        # One alternation finds "nothing here" in a single pass for most texts.
        self._any = re.compile("|".join(t.regex.pattern for t in self.terms) or "(?!)",
                               re.IGNORECASE)
        latin = [fold(n)[0] for n in self.negations if _is_word_char(n[0])]
        self._negation_words = re.compile(
            "|".join(phrase_pattern(n) for n in latin) or "(?!)", re.IGNORECASE)
        self._negation_cjk = [n for n in self.negations if not _is_word_char(n[0])]

    def negated(self, folded: str, start: int) -> bool:
        """A negation word in the same clause, at most four words or six characters before."""
        before = folded[max(0, start - 40):start]
        clause = _CLAUSE_END.split(before)[-1]
        words = " ".join(clause.split()[-4:])
        if self._negation_words.search(words):
            return True
        tail = clause.rstrip()[-6:]
        return any(cue in tail for cue in self._negation_cjk)

    def scan(self, text: str, *, keep_excused: bool = False) -> list[Match]:
        """Occurrences of the terms in ``text``: alarms, and on request the excused ones."""
        folded, where = fold(text)
        if not self._any.search(folded):
            return []
        found: list[Match] = []
        for term in self.terms:
            for hit in term.regex.finditer(folded):
                start, end = hit.start(), hit.end()
                excused = term.excuse(folded, start, end)
                negated = excused is None and self.negated(folded, start)
                severity = "warning" if negated else term.severity
                o_start, o_end = where[start], where[end - 1] + 1
                found.append(Match(term, o_start, o_end, text[o_start:o_end], severity,
                                   negated, excused))
        return _longest_first(found, keep_excused)


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


def _load(data: dict) -> WordList:
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
