"""The order-request message: the machine line (#WD1) and the readable lines around it.

The exported cart builds this message in JavaScript (export/static/js/40-order-message.js)
and the app reads it back (core/order_parse.py). Both sides follow the spec in the README
("Order request message format"); tests check that they agree byte for byte.
"""

from __future__ import annotations

import json
import re
import secrets
import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..resources import translations_dir
from .money import format_money

TAG = "#WD1"
# Crockford's base32: no I, L, O or U, so a reference read aloud or retyped survives.
BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
REF_LENGTH = 6
CHECK_LENGTH = 6
# Characters kept as they are in the machine line; everything else is %XX (UTF-8). No
# quote, colon, asterisk, underscore or tilde: chat apps turn those into smart quotes,
# emoji or formatting.
_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-./")
ABSENT = "-"

# English words used when a language's catalogue lacks a key (the JS has the same).
DEFAULT_WORDS = {
    "order.title": "Order request",
    "order.coupon": "Coupon",
    "order.total": "Total",
    "order.name": "Name",
    "order.phone": "Phone",
    "order.address": "Address",
    "order.note": "Note",
    "order.from": "From",
    "order.label_sep": ": ",
    "order.keep_code": "(Please keep the code line below as it is: it lets the shop "
                       "read your order.)",
}
FIELD_KEYS = ("name", "phone", "address", "note", "from")


@dataclass(frozen=True)
class MachineLine:
    """The fields of a ``#WD1`` line, decoded (SKUs, coupon and campaign as typed)."""

    reference: str
    items: tuple[tuple[str, int], ...]   # (item code, quantity); code is a SKU or !p12/!v34
    coupon: str | None
    total: int
    campaign: str | None

    def fields(self) -> list[str]:
        """The line's fields before the checksum, encoded as they travel."""
        items = ",".join(f"{_encode_code(code)}*{qty}" for code, qty in self.items)
        return [TAG, self.reference, items, encode_field(self.coupon),
                str(self.total), encode_field(self.campaign)]

    def text(self) -> str:
        """The whole line, checksum included."""
        head = " ".join(self.fields())
        return f"{head} {checksum(head)}"


@dataclass
class MessageItem:
    """One cart line as the buyer saw it."""

    code: str                  # the SKU, or !p<product id> / !v<variant id> without one
    title: str
    quantity: int
    unit_price: int
    variant: str = ""


@dataclass
class Buyer:
    """What the buyer typed in the order form."""

    name: str = ""
    phone: str = ""
    address: str = ""
    note: str = ""


@dataclass
class OrderMessage:
    """Everything the cart puts into a message (mirrors the JS ``order`` object)."""

    shop_name: str
    currency: str
    language: str
    items: list[MessageItem]
    reference: str = ""
    coupon: str | None = None
    discount: int = 0
    campaign: str | None = None
    buyer: Buyer = field(default_factory=Buyer)

    @property
    def total(self) -> int:
        return max(0, sum(i.unit_price * i.quantity for i in self.items) - self.discount)


# --- checksum, references, field encoding ---------------------------------------------
def crc32(text: str) -> int:
    return zlib.crc32(text.encode("utf-8")) & 0xFFFFFFFF


def base32(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        chars.append(BASE32[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def checksum(head: str) -> str:
    """Six base32 characters: the top 30 bits of the CRC-32 of the line before it."""
    return base32(crc32(head) >> 2, CHECK_LENGTH)


def new_reference() -> str:
    """``WD-`` and six random base32 characters (the browser makes these; demo and tests too)."""
    return "WD-" + base32(secrets.randbits(5 * REF_LENGTH), REF_LENGTH)


def normalise_base32(text: str) -> str:
    """Upper-case, reading O as 0 and I/L as 1 (Crockford's rule for retyped codes)."""
    return text.upper().translate(str.maketrans("OIL", "011"))


def encode_field(value: str | None) -> str:
    """A SKU, coupon code or campaign tag as it travels: safe ASCII, ``-`` when absent."""
    if value is None or value == "":
        return ABSENT
    if value == ABSENT:
        return "%2D"  # a code that is literally "-" must not read as "absent"
    return "".join(ch if ch in _SAFE else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
                   for ch in value)


def is_id_code(code: str) -> bool:
    """``!p12`` / ``!v34``: an item without a SKU, named by its product or variant id."""
    return re.fullmatch(r"![pv]\d+", code) is not None


def _encode_code(code: str) -> str:
    # Id codes keep their "!", which encode_field would escape: a SKU's own "!" is
    # escaped, so on the wire a bare "!" always means an id.
    return code if is_id_code(code) else encode_field(code)


_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def decode_field(text: str) -> str | None:
    """Inverse of encode_field; raises ValueError on bytes that are not UTF-8."""
    if text == ABSENT:
        return None
    return _PERCENT.sub(lambda m: bytes.fromhex(m.group().replace("%", "")).decode("utf-8"),
                        text)


# --- words ---------------------------------------------------------------------------------
def _shop_catalogue_dir() -> Path:
    return translations_dir() / "shop"


@cache
def _catalogue(language: str) -> dict[str, str]:
    path = _shop_catalogue_dir() / f"{language}.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return _flatten(data)


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, name + "."))
        elif isinstance(value, str):
            out[name] = value
    return out


def message_words(language: str) -> dict[str, str]:
    """The message's words in a language (``zh-CN`` falls back to ``zh``, then English)."""
    words = dict(DEFAULT_WORDS)
    base = language.split("-")[0]
    for tag in (base, language):
        words.update({k: v for k, v in _catalogue(tag).items() if k in DEFAULT_WORDS})
    return words


def known_languages() -> list[str]:
    folder = _shop_catalogue_dir()
    found = sorted(p.stem for p in folder.glob("*.json")) if folder.is_dir() else []
    return found or ["en"]


# --- building (the Python twin of WD.orderMessage.build) --------------------------------
def machine_line_for(message: OrderMessage) -> MachineLine:
    return MachineLine(message.reference, tuple((i.code, i.quantity) for i in message.items),
                       message.coupon or None, message.total, message.campaign or None)


def _one_line(text: str) -> str:
    # The message is read line by line, so what the buyer typed stays on one line.
    return " ".join((text or "").split())


def build_message(message: OrderMessage) -> str:
    """The whole message text, exactly as the exported cart writes it."""
    if not message.reference:
        message.reference = new_reference()
    words = message_words(message.language)
    sep = words["order.label_sep"]

    def money(amount: int) -> str:
        return format_money(amount, message.currency, message.language)

    lines = [f"{words['order.title']} {message.reference} — {_one_line(message.shop_name)}"]
    for item in message.items:
        title = _one_line(item.title)
        if item.variant:
            title += f" ({_one_line(item.variant)})"
        sku = "" if is_id_code(item.code) else f" · SKU {item.code}"
        lines.append(f"{item.quantity} × {title}{sku} · {money(item.unit_price)}")
    total = f"{words['order.total']} {money(message.total)}"
    if message.coupon:
        total = (f"{words['order.coupon']} {_one_line(message.coupon)} "
                 f"\u2212{money(message.discount)} · {total}")
    lines += [total, ""]
    buyer = message.buyer
    for key, value in (("name", buyer.name), ("phone", buyer.phone),
                       ("address", buyer.address), ("note", buyer.note),
                       ("from", message.campaign or "")):
        if _one_line(value):
            lines.append(f"{words['order.' + key]}{sep}{_one_line(value)}")
    lines += ["", words["order.keep_code"], machine_line_for(message).text()]
    return "\n".join(lines)
