"""Supplier HTML descriptions reduced to safe plain text with the paragraph breaks kept."""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser

MAX_CHARS = 20_000  # a description longer than this is pasted junk, not selling text
_CACHED_CHARS = 4096  # descriptions up to this long are reduced once per distinct text

# Elements whose content is never text a buyer should see.
_DROP = frozenset({"script", "style", "head", "title", "template", "noscript", "iframe",
                   "object", "svg", "math", "select", "textarea"})
_BLOCK = frozenset({"p", "div", "section", "article", "header", "footer", "ul", "ol", "table",
                    "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dl",
                    "dt", "dd", "figure", "figcaption", "hr", "address"})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
# Anything _tidy or the HTML reader would change: markup, entities, breaks, odd spaces.
_NEEDS_WORK = re.compile(r"[<&\n\r\t\f\v\u00a0\u3000\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
                         r"\u200b\u202a-\u202e\u2066-\u2069]|  ")
_LOOKS_HTML = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


class _TextParser(HTMLParser):
    """Collects text, turning block ends and ``<br>`` into line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP:
            self.dropping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "hr":
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP:
            self.dropping = max(0, self.dropping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.parts.append(data)


def html_to_text(text: str) -> str:
    """Plain text of an HTML (or plain) description: no markup, no scripts, tidy breaks.

    The result is shown as text and escaped again by the exported shop; this
    step is about readability and about never carrying markup forward.
    """
    if not text:
        return ""
    if not _NEEDS_WORK.search(text):  # one plain line: nothing to take out or tidy
        return text.strip()[:MAX_CHARS]
    # Suppliers repeat descriptions (variants of one product, one care text for a whole
    # range) and html.parser costs ~50 µs a description, so short ones are remembered;
    # long ones are rarely repeated and would only fill the memory.
    return _reduce_cached(text) if len(text) <= _CACHED_CHARS else _reduce(text)



def _reduce(text: str) -> str:
    if _LOOKS_HTML.search(text):
        parser = _TextParser()
        try:
            parser.feed(text[: MAX_CHARS * 5])
            parser.close()
        except (AssertionError, ValueError):  # html.parser gives up on some garbage
            return _tidy(re.sub(r"<[^>]*>", " ", unescape(text)))
        text = "".join(parser.parts)
    return _tidy(text)


_reduce_cached = lru_cache(maxsize=1024)(_reduce)


def _tidy(text: str) -> str:
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    result = "\n".join(out).strip()
    return re.sub(r"\n{3,}", "\n\n", result)[:MAX_CHARS]
