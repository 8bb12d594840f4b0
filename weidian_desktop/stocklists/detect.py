"""Which importer reads a file: detected from its first lines, or named by the seller."""

from __future__ import annotations

import csv
import importlib
from typing import TYPE_CHECKING

from ..core.errors import ValidationError
from ..core.i18n import N_, _

if TYPE_CHECKING:
    from .reading import Source
    from .rows import ParseResult

# Each format is read by the module of the same name, imported when a file is read:
# the commands list the formats without paying for every reader.
PARSERS = ("shopify", "woocommerce", "merchant", "taobao", "generic")
FORMATS = ("auto", *PARSERS)
# Shown through format_label, in the current language.
LABELS = {"shopify": N_("Shopify product CSV"), "woocommerce": N_("WooCommerce product CSV"),
          "merchant": N_("Google Merchant Center feed"), "taobao": N_("淘宝助理 data pack"),
          "generic": N_("supplier CSV (column mapping)")}


def format_label(fmt: str) -> str:
    """The import format's name in the current language."""
    return _(LABELS[fmt]) if fmt in LABELS else fmt


def detect_format(source: Source) -> str:
    """The format name for ``source``; ``generic`` when no known header is recognised."""
    from . import merchant, shopify, taobao, woocommerce
    from .reading import refuse
    from .tables import Columns

    text = source.text.lstrip("\ufeff")
    if taobao.matches_text(text):
        return "taobao"
    start = text.lstrip()[:512].lower()
    if start.startswith("<"):
        if start.startswith(("<!doctype html", "<html")) or "<html" in start[:200]:
            raise refuse(_("{file} is a web page (HTML), not a catalogue; save the supplier's "
                           "CSV or feed file instead.").format(
                             file=source.name))
        return "merchant"  # XML: only product feeds are read; parse_xml checks the items
    if start.startswith(("{", "[")):
        raise refuse(_("{file} is JSON, not a catalogue file the importer reads (CSV, TSV or a "
                       "Google Merchant XML feed).").format(
                         file=source.name))
    columns = Columns(header_cells(text))
    if shopify.matches(columns):
        return "shopify"
    if woocommerce.matches(columns):
        return "woocommerce"
    if merchant.matches(columns):
        return "merchant"
    return "generic"


def header_cells(text: str) -> list[str]:
    """The first line split by its own delimiter (no delimiter: one cell)."""
    from .reading import sniff_delimiter

    line = text.split("\n", 1)[0].rstrip("\r")
    delimiter = sniff_delimiter(line)
    if delimiter is None:
        return [line.strip()]
    try:
        return [c.strip() for c in next(csv.reader([line], delimiter=delimiter))]
    except csv.Error:
        return [line.strip()]


def parse(source: Source, fmt: str, *, currency: str, mapping: dict | None = None
          ) -> ParseResult:
    """Run the parser for ``fmt`` (``auto`` detects it first)."""
    if fmt not in FORMATS:
        raise ValidationError(_("{fmt!r} is not an import format; choose one of {formats}.").format(
                                  fmt=fmt, formats=', '.join(FORMATS)), field="format")
    if mapping is not None and fmt == "auto":
        fmt = "generic"  # a mapping only means something to the generic reader
    if fmt == "auto":
        fmt = detect_format(source)
    reader = importlib.import_module(f".{fmt}", __package__)
    return reader.parse(source, currency=currency, mapping=mapping)
