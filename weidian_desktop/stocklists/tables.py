"""A delimited file as a header plus records, checked for the shapes that betray a bad file."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field

from ..core.i18n import N_, _
from .reading import DELIMITERS, Record, Source, records, refuse, skip_lines, sniff_delimiter
from .rows import Problem

# At least this share of records written with another delimiter means two files
# were pasted together; fewer are reported line by line.
MIXED_SHARE = 0.10


@dataclass
class Table:
    """Header cells, data records and the lines that could not be used."""

    header: list[str]
    rows: list[Record]
    delimiter: str
    header_line: int
    problems: list[Problem] = field(default_factory=list)

    def columns(self) -> Columns:
        return Columns(self.header)


class Columns:
    """Find columns by any of their names, ignoring case and surrounding blanks."""

    def __init__(self, header: list[str]) -> None:
        self.header = header
        self._index: dict[str, int] = {}
        for i, name in enumerate(header):
            self._index.setdefault(normal(name), i)

    def find(self, *names: str) -> int | None:
        for name in names:
            index = self._index.get(normal(name))
            if index is not None:
                return index
        return None

    def has(self, *names: str) -> bool:
        return all(self.find(n) is not None for n in names)

    def starting(self, prefix: str) -> list[tuple[str, int]]:
        """Columns whose name starts with ``prefix`` (``Meta: ``, ``Option``)."""
        wanted = normal(prefix)
        return [(name, i) for name, i in self._index.items() if name.startswith(wanted)]


def normal(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").split()).lower()


def cell(cells: list[str], index: int | None) -> str:
    """The stripped cell at ``index``; missing columns and short rows read as empty."""
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def read_table(source: Source, *, header_line: int = 1, delimiter: str | None = None) -> Table:
    """Parse ``source`` from ``header_line`` on; refuses files that are no table at all."""
    name = source.name
    text, first = skip_lines(source.text, header_line - 1)
    first_line = text.split("\n", 1)[0].rstrip("\r")
    if not first_line.strip():
        raise refuse(_("{file} has no header on line {line}, so it is not a catalogue.").format(
            file=name, line=header_line))
    delimiter = delimiter or sniff_delimiter(first_line)
    if delimiter is None:
        raise refuse(_("{file} does not look like a catalogue: its first line has no columns "
                       "separated by commas, semicolons or tabs.").format(
                         file=name))
    every = records(text, delimiter, name=name, first_line=first)
    header_record = next(every, None)
    if header_record is None or header_record.error:
        raise refuse(_("{file} has an unreadable header on line {line}.").format(
                         file=name, line=header_line))
    header = [h.strip() for h in header_record.cells]
    while header and not header[-1]:
        header.pop()  # trailing delimiters after the last column name
    width = len(header)
    if width < 2:
        raise refuse(_("{file} does not look like a catalogue: its first line has no columns "
                       "separated by commas, semicolons or tabs.").format(
                         file=name))
    table = Table(header, [], delimiter, header_record.line)
    foreign: list[tuple[Record, str]] = []
    for record in every:
        if record.error:
            table.problems.append(Problem(record.line, record.error))
            continue
        if len(record.cells) != width:
            other = _other_delimiter(record.cells, delimiter, width)
            if other is not None:
                foreign.append((record, other))
                continue
            extra = [c for c in record.cells[width:] if c.strip()]
            if extra:
                table.problems.append(Problem(
                    record.line, _("the line has {n} fields where the header has {width}, so "
                                   "its values cannot be matched to columns").format(
                                     n=len(record.cells), width=width)))
                continue
        table.rows.append(record)
    total = len(table.rows) + len(foreign) + len(table.problems)
    if foreign and len(foreign) >= MIXED_SHARE * total:
        record, other = foreign[0]
        raise refuse(_("{file} mixes delimiters: the header uses {delimiter} but line {line} "
                       "uses {other}; save it again with one delimiter.").format(
                         file=name, delimiter=_label(delimiter), line=record.line,
                         other=_label(other)))
    for record, other in foreign:
        table.problems.append(Problem(
            record.line, _("the line is separated by {other} while the header uses "
                           "{delimiter}").format(other=_label(other),
                                                 delimiter=_label(delimiter))))
    if not table.rows and not table.problems:
        raise refuse(_("{file} has a header line but no rows, so there is nothing to "
                       "import.").format(file=name))
    last = table.rows[-1] if table.rows else None
    # A last line without its line end and shorter than the lines before it was cut off.
    typical = max((len(r.cells) for r in table.rows[-50:-1]), default=width)
    if last is not None and len(last.cells) < typical and not text.endswith(("\n", "\r")):
        raise refuse(_("{file} stops in the middle of line {line} ({n} of {width} fields and "
                       "no line end), so the file is truncated.").format(
                         file=name, line=last.line, n=len(last.cells), width=width))
    table.problems.sort(key=lambda p: p.line)
    return table


def _other_delimiter(cells: list[str], delimiter: str, width: int) -> str | None:
    """The delimiter that would split this record into the header's width, if one does."""
    joined = delimiter.join(cells)
    for other in DELIMITERS:
        if other != delimiter and other in joined:
            if len(next(csv.reader([joined], delimiter=other))) == width:
                return other
    return None


_DELIMITER_NAMES = {",": N_("commas"), ";": N_("semicolons"), "\t": N_("tabs")}


def _label(delimiter: str) -> str:
    return _(_DELIMITER_NAMES[delimiter])
