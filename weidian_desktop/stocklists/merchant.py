"""Google Merchant Center feeds: TSV, and RSS 2.0 / Atom XML with the ``g:`` namespace."""

from __future__ import annotations

import xml.parsers.expat
from collections.abc import Callable

from ..core.i18n import _
from .html_text import html_to_text
from .reading import Source, refuse
from .rows import (
    ParseResult,
    Problem,
    RowError,
    StockRow,
    barcode_cell,
    clean_text,
    image_urls,
    int_cell,
    price_and_currency,
    split_list,
)
from .tables import Columns, cell, normal, read_table

FORMAT = "merchant"
G_NS = "http://base.google.com/ns/1.0"
OPTION_FIELDS = (("color", "Color"), ("size", "Size"), ("material", "Material"),
                 ("pattern", "Pattern"))
_AVAILABILITY = {"in_stock": "in_stock", "in stock": "in_stock", "out_of_stock": "sold_out",
                 "out of stock": "sold_out", "preorder": "on_request",
                 "backorder": "on_request", "available for order": "on_request"}


def matches(columns: Columns) -> bool:
    """A Merchant TSV names its columns by the spec's attribute names."""
    return columns.has("id", "title", "price") and (
        columns.find("availability") is not None or columns.find("image_link") is not None)


def parse(source: Source, *, currency: str, mapping: dict | None = None) -> ParseResult:
    """TSV or XML, whichever the text is."""
    if source.text.lstrip().startswith("<"):
        return parse_xml(source, currency=currency)
    table = read_table(source)
    result = ParseResult(FORMAT, problems=list(table.problems), data_lines=len(table.rows))
    # Some tools write the attribute names with their XML prefix ("g:price").
    header = [normal(h).removeprefix("g:") for h in table.header]
    index = {name: i for i, name in reversed(list(enumerate(header)))}
    for record in table.rows:
        cells = record.cells
        item = {name: cell(cells, i) for name, i in index.items()}
        item["additional_image_link"] = ",".join(
            cell(cells, i) for i, name in enumerate(header) if name == "additional_image_link")
        _add(item, record.line, currency, result)
    return result


def _add(item: dict[str, str], line: int, currency: str, result: ParseResult) -> None:
    """One feed item (a dict of attribute name to text) as a StockRow or a Problem."""
    sku = item.get("id", "").strip()
    title = clean_text(item.get("title", ""))
    if not sku:
        result.problems.append(Problem(line, _("the item has no id"), "id"))
        return
    if not title:
        result.problems.append(Problem(line, _("the item has no title"), "title"))
        result.failed_skus.add(sku)
        return
    try:
        price, row_currency = price_and_currency(item.get("price", ""), currency)
        if price is None:
            raise RowError(_("the item has no price"), "price")
        sale, _currency = price_and_currency(item.get("sale_price", ""), row_currency, "sale_price")
        quantity = int_cell(item.get("quantity", "") or item.get("sell_on_google_quantity", ""),
                            "quantity")
    except RowError as exc:
        result.problems.append(Problem(line, exc.reason, exc.field))
        result.failed_skus.add(sku)
        return
    barcode, warning = barcode_cell(item.get("gtin", ""))
    if warning:
        result.problems.append(Problem(line, warning, "gtin", skipped=False))
    availability = _AVAILABILITY.get(item.get("availability", "").strip().lower(), "in_stock")
    options = {label: clean_text(item[key]) for key, label in OPTION_FIELDS if item.get(key)}
    group = item.get("item_group_id", "").strip() or None
    category = item.get("product_type") or item.get("google_product_category", "")
    result.rows.append(StockRow(
        sku=sku, title=title, group_key=group, description=html_to_text(
            item.get("description", "")), category=clean_text(category.split(",")[0]),
        brand=clean_text(item.get("brand", "")), barcode=barcode,
        options=options if group else {}, price=sale if sale is not None else price,
        compare_at_price=price if sale is not None else None, currency=row_currency,
        availability=availability, quantity=quantity,
        image_urls=image_urls([item.get("image_link", ""),
                               *split_list(item.get("additional_image_link", ""))]),
        line=line))


def parse_xml(source: Source, *, currency: str) -> ParseResult:
    """RSS ``<item>`` or Atom ``<entry>`` elements; ``g:`` attributes or plain ones."""
    result = ParseResult(FORMAT)
    if "<!ENTITY" in source.text[:65536]:
        # Entity declarations are how XML bombs work; a product feed never needs them.
        raise refuse(_("{file} declares XML entities, which a product feed never does, so it "
                       "was not read.").format(file=source.name))
    reader = _FeedReader(lambda item, line: _add(item, line, currency, result))
    try:
        reader.parser.Parse(source.text, True)
    except xml.parsers.expat.ExpatError as exc:
        where = xml.parsers.expat.ErrorString(exc.code)
        if reader.items == 0 or "no element found" in where or "unclosed token" in where:
            raise refuse(_("{file} is not well-formed XML ({where} on line {lineno}), so the "
                           "feed is damaged or truncated.").format(
                             file=source.name, where=where, lineno=exc.lineno)) from None
        raise refuse(_("{file} has broken XML on line {lineno} ({where}).").format(
                         file=source.name, lineno=exc.lineno, where=where)) from None
    if reader.items == 0:
        raise refuse(_("{file} is XML without any <item> or <entry>, so it is not a product "
                       "feed.").format(file=source.name))
    result.data_lines = reader.items
    return result


class _FeedReader:
    """Streams items out of the feed, keeping the line each one starts on.

    Only direct children of an item are attributes: ``<g:shipping>`` holds its own
    ``<g:price>``, which must not replace the item's.
    """

    def __init__(self, emit: Callable[[dict[str, str], int], None]) -> None:
        self.parser = xml.parsers.expat.ParserCreate(namespace_separator=" ")
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._text
        self.emit = emit
        self.items = 0
        self.item: dict[str, str] | None = None
        self.line = 0
        self.depth = 0  # inside the item: 1 for its direct children
        self.google = False
        self.buffer: list[str] = []

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(" ", 1)[-1]
        if self.item is None:
            if local in ("item", "entry"):
                self.item, self.line, self.depth = {}, self.parser.CurrentLineNumber, 0
            return
        self.depth += 1
        if self.depth == 1:
            self.buffer, self.google = [], name.startswith(G_NS)
            if local == "link" and "href" in attrs:  # Atom writes links as attributes
                self.item.setdefault("link", attrs["href"])

    def _text(self, data: str) -> None:
        if self.item is not None and self.depth == 1:
            self.buffer.append(data)

    def _end(self, name: str) -> None:
        if self.item is None:
            return
        local = name.rsplit(" ", 1)[-1]
        if self.depth == 0:  # the item's own end tag
            self.items += 1
            item, self.item = self.item, None
            self.emit(item, self.line)
            return
        if self.depth == 1:
            value = "".join(self.buffer).strip()
            if local == "additional_image_link" and self.item.get(local):
                value = f"{self.item[local]},{value}"
            # Atom has its own <id> and <title>: the g: attribute wins over them.
            if self.google or local not in self.item:
                self.item[local] = value
        self.depth -= 1
