"""Shopify product CSV in both header dialects: legacy (``Handle``) and 2024+ (``URL handle``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.errors import ImportFileError
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
    truthy,
)
from .tables import Columns, cell, read_table

FORMAT = "shopify"
# Each field under its legacy name and its 2024+ name (Columns ignores case).
COLUMNS = {
    "handle": ("Handle", "URL handle"),
    "title": ("Title",),
    "body": ("Body (HTML)", "Description"),
    "vendor": ("Vendor",),
    "category": ("Product Category",),
    "type": ("Type",),
    "status": ("Status",),
    "sku": ("Variant SKU", "SKU"),
    "tracker": ("Variant Inventory Tracker", "Inventory tracker"),
    "quantity": ("Variant Inventory Qty", "Inventory quantity"),
    "policy": ("Variant Inventory Policy", "Continue selling when out of stock"),
    "price": ("Variant Price", "Price"),
    "compare": ("Variant Compare At Price", "Compare-at price"),
    "barcode": ("Variant Barcode", "Barcode"),
    "image": ("Image Src", "Product image URL"),
    "position": ("Image Position", "Image position"),
    "variant_image": ("Variant Image", "Variant image URL"),
}


def matches(columns: Columns) -> bool:
    """A handle column with a title or a price column: Shopify names them so.

    Shopify's own importer takes files with a subset of its columns, and sellers trim
    exports to the few they need (``Handle, Title, Vendor, Variant Price``).
    """
    return (columns.find(*COLUMNS["handle"]) is not None
            and (columns.find(*COLUMNS["title"]) is not None
                 or columns.find(*COLUMNS["price"]) is not None))


@dataclass
class _Product:
    """The rows of one handle: the first carries the product fields, the rest variants."""

    first: Record
    variants: list[Record] = field(default_factory=list)
    gallery: list[tuple[int, int, str]] = field(default_factory=list)  # position, order, url


def parse(source: Source, *, currency: str, mapping: dict | None = None) -> ParseResult:
    """Read every product of a Shopify CSV; one StockRow per variant row."""
    table = read_table(source)
    result = ParseResult(FORMAT, problems=list(table.problems), data_lines=len(table.rows))
    columns = table.columns()
    col = {key: columns.find(*names) for key, names in COLUMNS.items()}
    for key, what in (("title", "Title"), ("price", "Variant Price")):
        if col[key] is None:
            raise ImportFileError(_(
                "{name} is a Shopify product CSV without a {column} column; export it again "
                "with that column, or import it with --format generic and a column mapping."
            ).format(name=source.name, column=what))
    options = [(columns.find(f"Option{n} Name"), columns.find(f"Option{n} Value"))
               for n in (1, 2, 3)]
    products: dict[str, _Product] = {}
    for record in table.rows:
        handle = cell(record.cells, col["handle"])
        if not handle:
            result.problems.append(Problem(record.line, _("the line has no handle, so it "
                                                          "belongs to no product"), "Handle"))
            continue
        product = products.get(handle)
        if product is None:
            product = products[handle] = _Product(record)
        url = cell(record.cells, col["image"])
        if url:
            position = int_or(cell(record.cells, col["position"]), 10**6)
            product.gallery.append((position, len(product.gallery), url))
        if _is_variant(record.cells, col, options):
            product.variants.append(record)
    for handle, product in products.items():
        _variants(handle, product, col, options, currency, result)
    return result


def int_or(text: str, default: int) -> int:
    try:
        return int(float(text))
    except ValueError:
        return default


def _is_variant(cells: list[str], col: dict[str, int | None],
                options: list[tuple[int | None, int | None]]) -> bool:
    # Image-only rows carry nothing but the handle and an image.
    keys = ("sku", "price", "compare", "quantity", "barcode")
    return (any(cell(cells, col[k]) for k in keys)
            or any(cell(cells, value) for _, value in options))


def _variants(handle: str, product: _Product, col: dict[str, int | None],
              options: list[tuple[int | None, int | None]], currency: str,
              result: ParseResult) -> None:
    first = product.first.cells
    title = clean_text(cell(first, col["title"]))
    if not title:
        result.problems.append(Problem(product.first.line, _("product {handle!r} has no title "
                                                             "on its first line").format(
                                                               handle=handle), "Title"))
        result.failed_skus.update(cell(r.cells, col["sku"]) for r in product.variants)
        return
    names = [cell(first, name) for name, _ in options]
    gallery = [url for _, _, url in sorted(product.gallery)]
    description = html_to_text(cell(first, col["body"]))
    vendor = clean_text(cell(first, col["vendor"]))
    category = clean_text(cell(first, col["category"]) or cell(first, col["type"]))
    archived = cell(first, col["status"]).lower() == "archived"
    if not product.variants:
        result.problems.append(Problem(product.first.line, _("product {handle!r} has no "
                                                             "variant line with a price").format(
                                                               handle=handle), "Variant Price"))
    for record in product.variants:
        cells = record.cells
        sku = cell(cells, col["sku"])
        values = {name: cell(cells, value) for name, (_, value) in zip(names, options,
                                                                      strict=True)
                  if name and cell(cells, value)}
        if values == {"Title": "Default Title"}:
            values = {}  # Shopify's placeholder for a product without options
        try:
            price = price_cell(cell(cells, col["price"]), currency)
            if price is None:
                raise RowError(_("the variant has no price"), "Variant Price")
            compare = price_cell(cell(cells, col["compare"]), currency, "compare_at_price")
            quantity = int_cell(cell(cells, col["quantity"]), "inventory quantity")
        except RowError as exc:
            result.problems.append(Problem(record.line, exc.reason, exc.field))
            result.failed_skus.add(sku or _own_sku(handle, values))
            continue
        barcode, warning = barcode_cell(cell(cells, col["barcode"]))
        if warning:
            result.problems.append(Problem(record.line, warning, "Variant Barcode",
                                           skipped=False))
        result.rows.append(StockRow(
            sku=sku or _own_sku(handle, values), title=title, group_key=handle,
            description=description, category=category, brand=vendor, barcode=barcode,
            options=values, price=price, compare_at_price=compare,
            availability="sold_out" if archived else _availability(cells, col, quantity),
            quantity=quantity if cell(cells, col["tracker"]) else None,
            image_urls=image_urls([cell(cells, col["variant_image"]), *gallery]),
            line=record.line))


def _own_sku(handle: str, values: dict[str, str]) -> str:
    """A stable key for a variant its supplier gave no SKU (sync matches on it)."""
    return f"{handle}-{option_key(values)}" if values else handle


def _availability(cells: list[str], col: dict[str, int | None], quantity: int | None) -> str:
    if truthy(cell(cells, col["policy"])):
        return "on_request"  # "continue selling when out of stock": the supplier backorders
    if not cell(cells, col["tracker"]):
        return "in_stock"  # stock not counted: Shopify always sells it
    return "in_stock" if (quantity or 0) > 0 else "sold_out"
