"""WooCommerce product CSV: simple, variable and variation rows (``Parent``), lists in cells.

Grouped rows only list other products (which have rows of their own) and external
rows are sold on another site, so neither becomes a stock item; each is reported
as a skipped line so the seller sees why.
"""

from __future__ import annotations

import re

from ..core.i18n import _
from .html_text import html_to_text
from .reading import Record, Source
from .rows import (
    ParseResult,
    Problem,
    RowError,
    StockRow,
    barcode_cell,
    clean_text,
    image_urls,
    int_cell,
    option_key,
    price_cell,
    split_list,
    truthy,
)
from .tables import Columns, cell, read_table

FORMAT = "woocommerce"
COLUMNS = {
    "id": ("ID",), "type": ("Type",), "sku": ("SKU",), "name": ("Name",),
    "short": ("Short description",), "description": ("Description",),
    "in_stock": ("In stock?",), "stock": ("Stock",), "backorders": ("Backorders allowed?",),
    "sale": ("Sale price",), "regular": ("Regular price",), "categories": ("Categories",),
    "images": ("Images",), "parent": ("Parent",), "brand": ("Brands", "Brand"),
    "gtin": ("GTIN, UPC, EAN, or ISBN", "GTIN", "EAN"),
}
_UNESCAPED_COMMA = re.compile(r"(?<!\\),")


def matches(columns: Columns) -> bool:
    return columns.has("Type", "SKU", "Name", "Regular price") and (
        columns.find("Parent") is not None or columns.find("In stock?") is not None)


def parse(source: Source, *, currency: str, mapping: dict | None = None) -> ParseResult:
    """Every simple product and every variation becomes a StockRow."""
    table = read_table(source)
    result = ParseResult(FORMAT, problems=list(table.problems), data_lines=len(table.rows))
    columns = table.columns()
    col = {key: columns.find(*names) for key, names in COLUMNS.items()}
    attributes = [(columns.find(f"Attribute {n} name"), columns.find(f"Attribute {n} value(s)"))
                  for n in range(1, 10)]
    attributes = [pair for pair in attributes if pair[0] is not None]
    parents: dict[str, Record] = {}
    for record in table.rows:
        kinds = _kinds(cell(record.cells, col["type"]))
        if "variable" in kinds:
            for key in (cell(record.cells, col["sku"]), f"id:{cell(record.cells, col['id'])}"):
                if key and key != "id:":
                    parents[key] = record
    for record in table.rows:
        cells = record.cells
        kinds = _kinds(cell(cells, col["type"]))
        if "variable" in kinds:
            continue  # its variations are the stock items
        if "variation" in kinds:
            parent = parents.get(cell(cells, col["parent"]))
            if parent is None:
                result.problems.append(Problem(
                    record.line, _("the variation's parent {parent!r} is not a variable "
                                   "product in this file").format(
                                       parent=cell(cells, col["parent"])), "Parent"))
                result.failed_skus.add(cell(cells, col["sku"]))
                continue
            _row(record, parent, col, attributes, currency, result)
        elif "simple" in kinds:
            _row(record, None, col, attributes, currency, result)
        elif "grouped" in kinds:
            result.problems.append(Problem(
                record.line, _("a grouped product only lists other products, which are "
                               "imported from their own lines"), "Type"))
        elif "external" in kinds:
            result.problems.append(Problem(
                record.line, _("an external product is sold on another website, so there is "
                               "nothing to order from this supplier"), "Type"))
        else:
            result.problems.append(Problem(
                record.line, _("the product type {type!r} is not simple, variable or "
                               "variation").format(type=cell(cells, col["type"])), "Type"))
    return result


def _kinds(text: str) -> set[str]:
    return {kind.strip().lower() for kind in text.split(",")}


def _text(raw: str) -> str:
    # WooCommerce's exporter writes line breaks inside a cell as a literal "\n".
    return html_to_text(raw.replace("\\n", "\n"))


def _row(record: Record, parent: Record | None, col: dict[str, int | None],
         attributes: list[tuple[int | None, int | None]], currency: str,
         result: ParseResult) -> None:
    cells = record.cells
    base = parent.cells if parent is not None else cells
    sku = cell(cells, col["sku"])
    title = clean_text(cell(base, col["name"]) or cell(cells, col["name"]))
    options = {}
    if parent is not None:
        # A variation names one value per attribute; an empty value means "any".
        options = {cell(cells, name): cell(cells, value) for name, value in attributes
                   if cell(cells, name) and cell(cells, value)}
        group = cell(base, col["sku"]) or f"id-{cell(base, col['id'])}"
        sku = sku or f"{group}-{option_key(options)}"
    else:
        group = None
        sku = sku or (f"id-{cell(cells, col['id'])}" if cell(cells, col["id"]) else "")
    if not title:
        result.problems.append(Problem(record.line, _("the product has no name"), "Name"))
        result.failed_skus.add(sku)
        return
    if not sku:
        result.problems.append(Problem(record.line, _(
            "the product has neither SKU nor ID, so a later import could not recognise it"),
            "SKU"))
        return
    try:
        regular = price_cell(cell(cells, col["regular"]), currency, "regular_price")
        sale = price_cell(cell(cells, col["sale"]), currency, "sale_price")
        quantity = int_cell(cell(cells, col["stock"]), "stock")
        if regular is None and sale is None:
            raise RowError(_("the product has no price"), "Regular price")
    except RowError as exc:
        result.problems.append(Problem(record.line, exc.reason, exc.field))
        result.failed_skus.add(sku)
        return
    barcode, warning = barcode_cell(cell(cells, col["gtin"]))
    if warning:
        result.problems.append(Problem(record.line, warning, "GTIN", skipped=False))
    categories = _UNESCAPED_COMMA.split(cell(cells, col["categories"])
                                        or cell(base, col["categories"]))
    # The product's text describes the whole group; a variation's own text is a footnote.
    description = (cell(base, col["description"]) or cell(base, col["short"])
                   or cell(cells, col["description"]) or cell(cells, col["short"]))
    gallery = split_list(cell(cells, col["images"]))
    if parent is not None:
        gallery += split_list(cell(base, col["images"]))
    result.rows.append(StockRow(
        sku=sku, title=title, group_key=group, description=_text(description),
        category=clean_text(categories[0].replace("\\,", ",")),
        brand=clean_text(cell(cells, col["brand"]) or cell(base, col["brand"])),
        barcode=barcode, options=options,
        price=sale if sale is not None else regular,
        compare_at_price=regular if sale is not None else None,
        availability=_availability(cells, col, quantity), quantity=quantity,
        image_urls=image_urls(gallery), line=record.line))


def _availability(cells: list[str], col: dict[str, int | None], quantity: int | None) -> str:
    flag = cell(cells, col["in_stock"]).lower()
    if flag == "backorder" or (flag in ("0", "") and cell(cells, col["backorders"]).lower()
                               in ("1", "notify", "yes")):
        return "on_request"
    if flag and not truthy(flag):
        return "sold_out"
    if quantity is not None and quantity <= 0:
        return "sold_out"
    return "in_stock"
