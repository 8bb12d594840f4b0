"""Supplier files as text: size limits, encoding and delimiter detection, CSV records."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import ImportFileError
from ..core.formats import format_number
from ..core.i18n import N_, _, current_language

MAX_BYTES = 256 * 1024 * 1024  # far above any real catalogue (100,000 rows is ~30 MB)
MAX_LINE = 1_000_000  # characters on one physical line
DELIMITERS = (",", ";", "\t")
csv.field_size_limit(min(sys.maxsize, 8 * MAX_LINE))  # long HTML descriptions are normal

TRUNCATED = N_("{file} ends in the middle of a character, so the file is truncated.")
# Files people pick by mistake, recognised by their first bytes.
_MAGIC = (
    (b"PK\x03\x04", N_("{file} is a ZIP archive or an Excel workbook (.xlsx); save it as CSV "
                       "(UTF-8) first.")),
    (b"\xd0\xcf\x11\xe0", N_("{file} is an old Excel or Word file (.xls/.doc); save it as CSV "
                             "(UTF-8) first.")),
    (b"%PDF", N_("{file} is a PDF document, not a catalogue file.")),
    (b"\x89PNG", N_("{file} is a PNG image, not a catalogue file.")),
    (b"\xff\xd8\xff", N_("{file} is a JPEG image, not a catalogue file.")),
    (b"GIF8", N_("{file} is a GIF image, not a catalogue file.")),
    (b"SQLite format 3", N_("{file} is an SQLite database, not a catalogue file.")),
    (b"\x1f\x8b", N_("{file} is a gzip archive; unpack it first.")),
)


@dataclass
class Source:
    """A decoded supplier file: its name for messages, its text and the encoding found."""

    path: Path
    text: str
    encoding: str

    @property
    def name(self) -> str:
        return self.path.name


def refuse(message: str) -> ImportFileError:
    """The one-sentence error for a file that cannot be imported (nothing is written)."""
    return ImportFileError(message)


def read_source(path: str | Path) -> Source:
    """Read and decode a supplier file, or refuse it with one sentence."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise refuse(_("{file} does not exist or is not a file.").format(file=name))
    size = path.stat().st_size
    if size == 0:
        raise refuse(_("{file} is empty (0 bytes), so it holds no catalogue.").format(file=name))
    if size > MAX_BYTES:
        raise refuse(_("{file} is {size:.0f} MB, larger than the {limit} MB a catalogue file "
                       "may have; split it into smaller files.").format(
                         file=name, size=size / 1e6, limit=MAX_BYTES // 2**20))
    data = path.read_bytes()
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise refuse(_(what).format(file=name))
    text, encoding = decode(data, name)
    text = text.replace("\x00", "") if encoding.startswith("utf-16") else text
    if "\r" in text and "\n" not in text:
        text = text.replace("\r", "\n")  # classic Mac line ends: Excel's "CSV (Macintosh)"
    if not text or text.isspace():  # (strip() would copy a 30 MB text to find out)
        raise refuse(_("{file} contains only blank space, so it holds no catalogue.").format(
                         file=name))
    _check_line_lengths(text, name)
    return Source(path, text, encoding)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and encoding: a BOM wins, then UTF-16 by its zero bytes, UTF-8, GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "utf-16"
    head = data[:4096]
    zeros = head.count(0)
    if zeros:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        # ASCII text in UTF-16 without a BOM: every other byte is zero.
        if zeros > len(head) // 4 and min(even, odd) < zeros // 20:
            codec = "utf-16-le" if odd > even else "utf-16-be"
            return _strict(data, codec, name), codec
        raise refuse(_("{file} is a binary file, not a text catalogue (it contains zero "
                       "bytes).").format(file=name))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if utf8_error.start >= len(data) - 3 and utf8_error.reason == "unexpected end of data":
        raise refuse(_(TRUNCATED).format(file=name))
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:
            raise refuse(_(TRUNCATED).format(file=name)) from None
        text = None
    if text is not None and _plausible_gbk(data):
        return text, "gb18030"
    line = data[: utf8_error.start].count(b"\n") + 1
    raise refuse(_("{file} is not in an encoding Weidian Desktop can read (UTF-8, UTF-16 or "
                   "GBK/GB18030): line {line} has unreadable bytes; save it as UTF-8 and try "
                   "again.").format(file=name, line=line))


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3:
            raise refuse(_(TRUNCATED).format(file=name)) from None
        raise refuse(_("{file} claims to be {encoding} but byte {byte} cannot be read as such; "
                       "save it as UTF-8 and try again.").format(
                         file=name, encoding=codec.upper(), byte=exc.start)) from None


def _plausible_gbk(data: bytes) -> bool:
    """GB18030 decodes most byte soup; real Chinese text keeps to the GB2312 block.

    Latin-1 or Shift-JIS text read as GBK gives pairs whose second byte falls
    below 0xA1 far more often than Chinese text does.
    """
    pairs = common = 0
    i, end = 0, min(len(data), 1 << 20)
    while i < end - 1:
        byte = data[i]
        if byte < 0x80:
            i += 1
            continue
        pairs += 1
        if 0xA1 <= byte <= 0xF7 and 0xA1 <= data[i + 1] <= 0xFE:
            common += 1
        i += 2
    return pairs > 0 and common >= 0.8 * pairs


def _check_line_lengths(text: str, name: str) -> None:
    start, line = 0, 1
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        end = length if end < 0 else end
        if end - start > MAX_LINE:
            raise refuse(_("{file} has a line of {length} characters (line {line}), far "
                           "longer than any catalogue line, so it is not a catalogue.").format(
                             file=name, length=format_number(end - start, current_language()),
                             line=line))
        start, line = end + 1, line + 1


def sniff_delimiter(line: str) -> str | None:
    """The delimiter of a header line: the candidate that splits it most, if any."""
    try:
        counts = {d: len(next(csv.reader([line], delimiter=d))) for d in DELIMITERS}
    except csv.Error:  # a stray carriage return inside the header line
        return None
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 1 else None


@dataclass
class Record:
    """One CSV record and the line it starts on (quoted newlines make lines != records)."""

    line: int
    cells: list[str]
    error: str | None = None  # why the record could not be read (then cells is empty)


def records(text: str, delimiter: str, *, name: str, first_line: int = 1) -> Iterator[Record]:
    """Non-blank CSV records of ``text``; a malformed one comes with ``error`` set.

    A quoted field that never closes means the file was cut short, so it is
    refused rather than imported half.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    previous = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line = previous + first_line
            if "unexpected end of data" in str(exc):
                raise refuse(_("{file} ends inside a quoted value that starts on line {line}, "
                               "so the file is truncated.").format(
                                 file=name, line=line)) from None
            previous = reader.line_num
            yield Record(line, [], _("the line cannot be read as CSV ({reason})").format(
                reason=exc))
            continue
        start, previous = previous + first_line, reader.line_num
        # The first cell settles it for nearly every record; any() only for blank starts.
        if cells and (cells[0].strip() or any(cell.strip() for cell in cells)):
            yield Record(start, cells)


def skip_lines(text: str, count: int) -> tuple[str, int]:
    """The text after the first ``count`` physical lines, and the next line's number."""
    position = 0
    for _line in range(count):
        found = text.find("\n", position)
        if found < 0:
            return "", count + 1
        position = found + 1
    return text[position:], count + 1
