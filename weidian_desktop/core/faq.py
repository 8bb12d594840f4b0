"""The FAQ assistant: the seller's questions and answers, and the offline matcher.

The exported shop's "Ask" box (export/static/js/50-ask.js) answers buyers without a
server. Python prepares each entry's features at export (`ask_index`), so the JavaScript
only has to treat the buyer's question the same way and score. `features` and `score`
here are the twin of that script; tests run both on the same questions.

Matching, in both languages of the code:
- normalise: lower case, NFKD, combining marks dropped ("perché" = "perche", full-width
  letters plain);
- split into runs: Chinese/Japanese/Korean characters, and other letters and digits;
- Latin-script words: stop words dropped, then each word padded (" ship ") and cut into
  character trigrams, which makes typos cheap ("shiping" shares 6 of 7 with "shipping");
- CJK runs: character bigrams (a single character stands alone), minus stop bigrams
  (请问, 你们, 可以…); particles (的吗呢吧啊么) break runs, since they carry no topic;
- score = overlap of the question's grams with the entry's (question + keywords), as
  |A∩B| / sqrt(|A|·|B|), plus KEYWORD_BONUS for each of the seller's keywords found (a
  Latin keyword word matches a word starting with it, "ship" in "shipping"; a Chinese
  keyword must appear in the question's Chinese text), at most two keywords counted;
- answers scoring at least MIN_SCORE and at least half the best are shown, three at most.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .errors import NotFoundError, ValidationError
from .i18n import _
from .shop import check_language
from .store import ShopStore, last_id

KEYWORD_BONUS = 0.4
MIN_SCORE = 0.3
MAX_ANSWERS = 3
# Words that say nothing about the topic of a buyer's question.
STOP_WORDS = sorted(set("""
a an and are at be can could did do does for from have has how i if in is it me my of on
or our please the there this to we what when where which who will with would you your
il lo la i gli le un uno una di da in con su per che come quando dove quanto quanti e o
mi ti si ci vi del della dei delle al alla posso potete avete fate sono ho
请问 你们 我们 可以 什么 怎么 如何 有没 没有 是否 一下 这个 那个
""".split()))
_BREAKS = set("的吗呢吧啊么嗎")
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
               (0xAC00, 0xD7AF))


def is_cjk(char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def normalise(text: str) -> str:
    """Lower case, compatibility-decomposed, without combining marks (same as the JS)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def runs(text: str) -> tuple[list[str], list[str]]:
    """(words, CJK runs) of a normalised text, split character by character like the JS."""
    words: list[str] = []
    cjk: list[str] = []
    current, kind = "", ""
    for char in text + " ":
        now = ("c" if is_cjk(char) and char not in _BREAKS
               else "w" if char.isalnum() and not is_cjk(char) else "")
        if now != kind and current:
            (cjk if kind == "c" else words).append(current)
            current = ""
        kind = now
        if now:
            current += char
    return words, cjk


def features(text: str, stop: set[str] | frozenset[str] = frozenset(STOP_WORDS)
             ) -> tuple[list[str], str, set[str]]:
    """(topic words, joined CJK text, grams) of a question or a keyword."""
    words, cjk = runs(normalise(text))
    words = [w for w in words if w not in stop and (len(w) > 1 or w.isdigit())]
    grams: set[str] = set()
    for word in words:
        padded = f" {word} "
        grams.update(padded[i:i + 3] for i in range(len(padded) - 2))
    for run in cjk:
        pieces = [run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)]
        grams.update(p for p in pieces if p not in stop)
    return words, "".join(cjk), grams


@dataclass
class FaqEntry:
    """One question the seller answers in advance, with keywords buyers might use."""

    question: str
    answer: str
    keywords: list[str] = field(default_factory=list)
    language: str | None = None
    position: int = 0
    id: int | None = None


def validate_faq(entry: FaqEntry) -> FaqEntry:
    entry.question = " ".join((entry.question or "").split())
    entry.answer = (entry.answer or "").strip()
    if not entry.question:
        raise ValidationError(_("An FAQ entry needs a question."), field="question")
    if len(entry.question) > 300:
        raise ValidationError(_("The question is longer than 300 characters."), field="question")
    if not entry.answer:
        raise ValidationError(_("The question {question!r} needs an answer.").format(
                                  question=entry.question[:40]),
                              field="answer")
    if len(entry.answer) > 4000:
        raise ValidationError(_("The answer is longer than 4000 characters."), field="answer")
    keywords = list(dict.fromkeys(" ".join(k.split()) for k in entry.keywords if k.strip()))
    if len(keywords) > 30 or any(len(k) > 40 for k in keywords):
        raise ValidationError(_("Use at most 30 keywords of up to 40 characters each."),
                              field="keywords")
    entry.keywords = keywords
    entry.language = check_language(entry.language) if entry.language else None
    return entry


def _row(entry: FaqEntry) -> dict[str, Any]:
    return {"question": entry.question, "answer": entry.answer, "language": entry.language,
            "keywords": json.dumps(entry.keywords, ensure_ascii=False),
            "position": entry.position}


def create_faq(store: ShopStore, entry: FaqEntry) -> int:
    """Add an entry (one transaction), placed last unless it carries a position."""
    validate_faq(entry)
    with store.atomic() as db:
        if not entry.position:
            entry.position = int(store.scalar(
                "SELECT coalesce(max(position), 0) + 1 FROM faq_entries"))
        row = _row(entry)
        if entry.id is not None:
            row["id"] = entry.id
        entry.id = last_id(db.table("faq_entries").insert(row))
    return entry.id


def update_faq(store: ShopStore, entry: FaqEntry) -> None:
    if entry.id is None:
        raise ValueError("update_faq needs an entry with an id")
    validate_faq(entry)
    with store.atomic() as db:
        if store.scalar("SELECT 1 FROM faq_entries WHERE id = ?", (entry.id,)) is None:
            raise NotFoundError(_("FAQ entry {id} no longer exists.").format(id=entry.id))
        db.table("faq_entries").update(entry.id, _row(entry))


def delete_faq(store: ShopStore, ids: list[int]) -> list[FaqEntry]:
    """Delete entries (one transaction); returns them so undo can put them back."""
    snapshots = [get_faq(store, i) for i in ids]
    with store.atomic() as db:
        db.execute(f"DELETE FROM faq_entries WHERE id IN ({','.join('?' * len(ids))})", ids)
    return snapshots


def restore_faq(store: ShopStore, entries: list[FaqEntry]) -> None:
    with store.atomic() as db:
        for entry in entries:
            db.table("faq_entries").insert({**_row(entry), "id": entry.id})


def reorder_faq(store: ShopStore, ids: list[int]) -> None:
    """Give the entries the order of ``ids`` (the seller dragged them)."""
    with store.atomic() as db:
        for position, entry_id in enumerate(ids, 1):
            db.execute("UPDATE faq_entries SET position = ? WHERE id = ?", [position, entry_id])


_KEYWORD_SPLIT = re.compile(r"[,，、;；\n]+")


def read_keywords(raw: object) -> list[str]:
    """The stored keywords: a JSON list as the app writes it, or whatever another program
    left there (a JSON string, or plain text with commas), never an exception."""
    if raw is None or not str(raw).strip():
        return []
    try:
        data = json.loads(str(raw))
    except ValueError:
        data = _KEYWORD_SPLIT.split(str(raw))
    if isinstance(data, str):
        data = [data]
    if not isinstance(data, list):
        return []
    return [str(k).strip() for k in data if k is not None and str(k).strip()]


def keywords_are_json(raw: object) -> bool:
    """Whether the stored keywords are the JSON list of strings the app writes."""
    try:
        data = json.loads(str(raw))
    except ValueError:
        return False
    return isinstance(data, list) and all(isinstance(k, str) for k in data)


def _entry(r: dict[str, Any]) -> FaqEntry:
    return FaqEntry(r["question"], r["answer"], read_keywords(r["keywords"]), r["language"],
                    r["position"], r["id"])


def get_faq(store: ShopStore, entry_id: int) -> FaqEntry:
    rows = store.query("SELECT * FROM faq_entries WHERE id = ?", (entry_id,))
    if not rows:
        raise NotFoundError(_("There is no FAQ entry with id {entry_id}.").format(
                                entry_id=entry_id))
    return _entry(rows[0])


def list_faq(store: ShopStore, language: str | None = None) -> list[FaqEntry]:
    """Entries in the seller's order; with a language, those in it or in every language."""
    rows = store.query("SELECT * FROM faq_entries ORDER BY position, id")
    return [_entry(r) for r in rows
            if language is None or r["language"] in (None, language)]


# --- the matcher (twin of export/static/js/50-ask.js) ----------------------------------
def entry_index(entry: FaqEntry) -> dict[str, Any]:
    """What the exported shop keeps of one entry: display text and prepared features."""
    _words, _cjk, grams = features(" ".join([entry.question, *entry.keywords]))
    keys = []
    for keyword in entry.keywords:
        words, cjk, _grams = features(keyword, frozenset())
        if words or cjk:
            keys.append({"w": words, "c": cjk})
    return {"id": entry.id, "lang": entry.language, "q": entry.question, "a": entry.answer,
            "g": sorted(grams), "k": keys}


def ask_index(store: ShopStore) -> dict[str, Any]:
    """The whole index the export writes as JSON for the Ask box."""
    return {"v": 1, "stop": STOP_WORDS, "bonus": KEYWORD_BONUS, "min": MIN_SCORE,
            "max": MAX_ANSWERS, "entries": [entry_index(e) for e in list_faq(store)]}


def _keyword_found(key: dict[str, Any], words: list[str], cjk: str) -> bool:
    if key["c"] and key["c"] not in cjk:
        return False
    return all(any(w.startswith(k) or (len(w) >= 4 and k.startswith(w)) for w in words)
               for k in key["w"])


def score(question: str, entry: dict[str, Any]) -> float:
    """How well an indexed entry answers the buyer's question (0 = not at all)."""
    words, cjk, grams = features(question)
    if not grams:
        return 0.0
    theirs = set(entry["g"])
    overlap = len(grams & theirs) / math.sqrt(len(grams) * len(theirs)) if theirs else 0.0
    found = sum(_keyword_found(k, words, cjk) for k in entry["k"])
    return round(overlap + KEYWORD_BONUS * min(found, 2), 6)


def best_answers(question: str, index: dict[str, Any],
                 language: str | None = None) -> list[tuple[dict[str, Any], float]]:
    """The entries to show for a question, best first (empty: offer to contact the seller)."""
    scored = []
    for entry in index["entries"]:
        value = score(question, entry)
        if value >= MIN_SCORE:
            # The page's language breaks ties between equally good answers.
            scored.append((entry, value + (0.01 if entry["lang"] == language else 0.0)))
    scored.sort(key=lambda pair: (-pair[1], pair[0]["id"] or 0))
    if not scored:
        return []
    best = scored[0][1]
    return [(e, round(v, 6)) for e, v in scored[:MAX_ANSWERS] if v >= best / 2]
