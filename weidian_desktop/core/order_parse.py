"""Read an order-request message back from whatever a chat app made of it.

Finds the ``#WD1`` machine line even when it is quoted (``> ``, WeChat 「…」), re-wrapped
or split across lines (the checksum decides how the pieces join), and reads the readable
lines around it in any of the shop catalogue's languages. Refuses, with one sentence,
text that is no order, a cut-off message, or several orders at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .errors import ValidationError
from .i18n import N_, Sentence, _, ngettext, sentence, using_language
from .order_message import (
    TAG,
    Buyer,
    MachineLine,
    checksum,
    decode_field,
    is_id_code,
    normalise_base32,
)
from .order_readable import TAG_RE, ReadableItem, amount_in, clean_lines, read_readable

_CODE = r"(?:(?:[A-Za-z0-9./-]|%[0-9A-Fa-f]{2})+|![pv]\d+)"
_FIELD_RES = [
    re.compile(r"WD-[0-9A-Za-z]{6}", re.IGNORECASE),
    re.compile(rf"{_CODE}\*\d{{1,4}}(?:,{_CODE}\*\d{{1,4}})*"),
    re.compile(r"-|(?:[A-Za-z0-9./-]|%[0-9A-Fa-f]{2})+"),
    re.compile(r"\d{1,12}"),
    re.compile(r"-|(?:[A-Za-z0-9./-]|%[0-9A-Fa-f]{2})+"),
]
_CHECK = re.compile(r"([0-9A-Za-z]{6})(?![0-9A-Za-z])")
_REF_RE = re.compile(r"\bWD-[0-9A-Za-z]{6}\b")
# Dashes and minus signs that smart punctuation puts where the cart wrote "-".
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
                         "\u2212": "-", "\u2014": "--", "\ufe63": "-"})
_MAX_STEPS = 50_000


class OrderRefused(ValidationError):
    """A pasted text that is not recorded; ``code`` names why (see README)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message, field="message")
        self.code = code


# A few words per warning code, for the orders list and the heading of each warning.
WARNING_TITLES = {
    "checksum_mismatch": N_("Order line changed"),
    "total_edited": N_("Total edited"),
    "items_differ": N_("Item lines differ"),
    "price_changed": N_("Prices changed"),
    "coupon_unknown": N_("Unknown coupon"),
    "coupon_not_applied": N_("Coupon not applied"),
    "unknown_sku": N_("Unknown SKU"),
    "drop_sold_out": N_("Drop sold out"),
    "sold_out": N_("Sold out"),
    "not_published": N_("Not published"),
}


@dataclass(frozen=True)
class OrderWarning:
    """Something the seller should check about a recorded order; ``code`` is stable.

    The sentence is kept as template and arguments, so an order recorded in one language
    reads in the app's language of the day; ``recorded`` is how it was said then (all that
    orders recorded by earlier versions have).
    """

    code: str
    recorded: str
    sentence: Sentence | None = None

    @property
    def message(self) -> str:
        """The warning in the current language."""
        return str(self.sentence) if self.sentence is not None else self.recorded

    @property
    def title(self) -> str:
        """A few words naming the warning in the current language (the code if unknown)."""
        return _(WARNING_TITLES[self.code]) if self.code in WARNING_TITLES else self.code

    def as_dict(self) -> dict[str, Any]:
        """As stored in the shop file."""
        out: dict[str, Any] = {"code": self.code, "message": self.recorded}
        if self.sentence is not None:
            out["sentence"] = self.sentence.as_dict()
        return out

    def as_json(self) -> dict[str, str]:
        """For ``--json``: the code and the English sentence, the same in every language."""
        with using_language("en"):
            return {"code": self.code, "message": self.message}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OrderWarning:
        said = data.get("sentence")
        return cls(data["code"], data["message"], Sentence.from_dict(said) if said else None)


def warn(code: str, said: Sentence) -> OrderWarning:
    """A warning said now and kept as a sentence to say again later."""
    return OrderWarning(code, str(said), said)


@dataclass
class ParsedMessage:
    """What a pasted text says, before it is checked against the shop."""

    line: MachineLine
    verified: bool                       # the checksum matched
    rejoined: bool                       # the line was split across lines and joined
    head: list[str]                      # the line's fields as they arrived (for re-checks)
    items: list[ReadableItem] = field(default_factory=list)
    total_text: str | None = None        # the readable total, as written
    buyer: Buyer = field(default_factory=Buyer)

    @property
    def reference(self) -> str:
        return self.line.reference

    def verifies_with_total(self, total: int) -> bool:
        """Whether the checksum holds once the total field is ``total`` (an edited total)."""
        fields = [*self.head[:4], str(total), self.head[5]]
        return checksum(" ".join(fields)) == self.head[6]


# --- the machine line --------------------------------------------------------------------
def _chunks(rest: str) -> tuple[list[str], list[bool]]:
    """Whitespace-separated pieces and, between them, whether a line break separated them."""
    pieces: list[str] = []
    breaks: list[bool] = []
    for match in re.finditer(r"(\s*)(\S+)", rest):
        if pieces:
            breaks.append("\n" in match.group(1))
        elif "\n\n" in match.group(1):
            break  # a blank line right after the tag: nothing of the line follows
        pieces.append(match.group(2))
        if len(pieces) >= 60:
            break
    return pieces, breaks


def _field_ok(index: int, text: str) -> bool:
    if index == 0:
        return bool(_FIELD_RES[0].fullmatch(text))
    if not _FIELD_RES[index].fullmatch(text):
        return False
    if index in (1, 2, 4):
        try:
            for part in re.split(r"[,*]", text) if index == 1 else [text]:
                decode_field(part)
        except (ValueError, UnicodeDecodeError):
            return False
    return True


def _assemble(pieces: list[str], breaks: list[bool]) -> tuple[list[list[str]], list[str] | None]:
    """Join the pieces into the six fields every way the line breaks allow.

    Returns (checksum-verified candidates, first well-formed candidate). A space always
    separates fields; a line break may be a separator or a wrap inside a field.
    """
    verified: list[list[str]] = []
    first_valid: list[str] | None = None
    steps = 0

    def visit(k: int, done: list[str], current: str, joined: bool) -> bool:
        nonlocal first_valid, steps
        steps += 1
        if steps > _MAX_STEPS:
            return True
        if len(done) == 5:  # the checksum field
            m = _CHECK.match(current)
            if m and len(current) >= 6:
                head = [TAG, "WD-" + normalise_base32(done[0][3:]), *done[1:]]
                fields = [*head, normalise_base32(m.group(1))]
                if checksum(" ".join(head)) == fields[6]:
                    verified.append([*fields, "1" if joined else ""])
                    return True
                if first_valid is None:
                    first_valid = [*fields, "1" if joined else ""]
            if len(current) < 6 and k < len(breaks) and breaks[k]:
                return visit(k + 1, done, current + pieces[k + 1], True)
            return False
        if k >= len(breaks):
            return False
        if _field_ok(len(done), current) and visit(k + 1, [*done, current], pieces[k + 1],
                                                   joined):
            return True
        if breaks[k]:
            return visit(k + 1, done, current + pieces[k + 1], True)
        return False

    if pieces:
        visit(0, [], pieces[0], False)
    return verified, first_valid


def _to_line(fields: list[str]) -> MachineLine:
    items: list[tuple[str, int]] = []
    for part in fields[2].split(","):
        code, qty = part.rsplit("*", 1)
        # An item always has a code: "-" (the mark of an absent field) is read as typed.
        items.append((code if code.startswith("!") else decode_field(code) or code, int(qty)))
    return MachineLine(fields[1], tuple(items), decode_field(fields[3]), int(fields[4]),
                       decode_field(fields[5]))


def find_machine_line(text: str) -> tuple[list[str], bool, bool]:
    """The fields of the one order line in ``text``: (fields, verified, rejoined).

    Raises OrderRefused when there is none, it is cut off, or there are several orders.
    """
    lines = clean_lines(text)
    normal = unicodedata.normalize("NFKC", "\n".join(lines)).translate(_DASHES)
    verified: dict[str, list[str]] = {}
    unverified: dict[str, list[str]] = {}
    tags = list(TAG_RE.finditer(normal))
    for match in tags:
        pieces, breaks = _chunks(normal[match.end(): match.end() + 4000])
        good, first = _assemble(pieces, breaks)
        for fields in good:
            verified.setdefault(" ".join(fields[:7]), fields)
        if first is not None:
            unverified.setdefault(fields_key(first), first)
    found = verified or unverified
    refs = sorted({f[1] for f in found.values()})
    if len(refs) > 1:
        raise OrderRefused(ngettext(
            "This text holds {n} different order request ({references}); paste them one at "
            "a time.",
            "This text holds {n} different order requests ({references}); paste them one at "
            "a time.", len(refs)).format(n=len(refs), references=", ".join(refs)),
            "several_orders")
    if found:
        fields = next(iter(found.values()))
        return fields[:7], bool(verified), fields[7] == "1"
    ref = _REF_RE.search(normal)
    if tags or ref:
        if ref:
            message = _("Order request {reference} is cut off: its order line ({tag} …) at "
                        "the end is missing or incomplete; ask the buyer to send the whole "
                        "message again.")
        else:
            message = _("This order request is cut off: its order line ({tag} …) at the end "
                        "is missing or incomplete; ask the buyer to send the whole message "
                        "again.")
        raise OrderRefused(message.format(reference=ref.group().upper() if ref else "",
                                          tag=TAG), "truncated")
    raise OrderRefused(_("This text is not an order request: it has no order line starting "
                         "with {tag}; ask the buyer to send the order from the shop's "
                         "cart.").format(tag=TAG), "not_an_order")


def fields_key(fields: list[str]) -> str:
    return " ".join(fields[:7])


def parse_message(text: str, currency: str) -> tuple[ParsedMessage, list[OrderWarning]]:
    """Read a pasted text; returns what it says and the warnings the text alone gives."""
    fields, verified, rejoined = find_machine_line(text)
    parsed = ParsedMessage(_to_line(fields), verified, rejoined, fields)
    readable = read_readable(text, parsed.reference, {code for code, _ in parsed.line.items})
    parsed.items, parsed.total_text, parsed.buyer = (readable.items, readable.total_text,
                                                     readable.buyer)
    warnings = []
    line = parsed.line
    if not verified:
        warnings.append(warn("checksum_mismatch", sentence(
            "The order line of {reference} was changed after the shop wrote it (its checksum "
            "does not match); the items are read as written there.",
            reference=line.reference)))
    written = amount_in(parsed.total_text, currency)
    if verified and written is not None and written != line.total:
        warnings.append(warn("total_edited", sentence(
            "The total written in the message ({total}) is not the total the cart computed; "
            "it was edited, and the order uses the shop's prices.",
            total=parsed.total_text or "")))
    written_items = Counter((i.code, i.quantity) for i in parsed.items if i.code)
    coded = Counter((code, qty) for code, qty in line.items if not is_id_code(code))
    if written_items and written_items != coded:
        warnings.append(warn("items_differ", sentence(
            "The readable item lines do not match the order line; the order line's items "
            "were recorded.")))
    return parsed, warnings
