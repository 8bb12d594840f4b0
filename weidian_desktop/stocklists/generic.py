"""Any supplier CSV/TSV through a column mapping (field -> column name), guessed or chosen.

A mapping is a dict such as ``{"sku": "货号", "title": "品名", "price": "批发价",
"image_urls": ["图片1", "图片2"], "option:颜色": "颜色"}``; keys are StockRow fields,
``option:NAME`` makes a variant option, values are column names (a list where
several columns feed one field). The mapping used is remembered per supplier.
"""

from __future__ import annotations

from operator import itemgetter

from ..core.errors import ValidationError
from ..core.fields import field_label
from ..core.i18n import _
from ..core.money import check_currency
from ..core.slugs import short_id
from .html_text import html_to_text
from .reading import Source, records, refuse, sniff_delimiter
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
    price_and_currency,
    split_list,
)
from .tables import Columns, cell, normal, read_table

FORMAT = "generic"
FIELDS = ("sku", "group_key", "title", "description", "category", "brand", "barcode",
          "price", "compare_at_price", "currency", "availability", "quantity", "image_urls")
# Column names suppliers use, lower-case, in English, Chinese, Italian, German, French, Spanish.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "sku": ("sku", "variant sku", "item number", "item no", "item code", "article number",
            "product code", "code", "ref", "reference", "货号", "商品编码", "商家编码", "编码",
            "款号", "codice", "artikelnummer", "art.-nr.", "référence", "referencia", "id",
            "handle", "url handle"),
    "group_key": ("group", "parent", "parent sku", "item_group_id", "style", "style number",
                  "款式编号", "父货号", "modello"),
    "title": ("title", "name", "product name", "product title", "item name",
              "品名", "商品名称", "名称", "标题", "宝贝名称", "产品名称", "nome", "titolo",
              "bezeichnung", "produktname", "nom", "titre", "nombre", "título"),
    "description": ("description", "body", "body (html)", "details", "long description",
                    "描述", "详情", "商品描述", "descrizione", "beschreibung", "descripción"),
    "category": ("category", "categories", "product type", "type", "分类", "类目", "类别",
                 "categoria", "kategorie", "catégorie"),
    "brand": ("brand", "vendor", "manufacturer", "品牌", "marca", "marke", "marque"),
    "barcode": ("barcode", "ean", "gtin", "upc", "ean13", "条码", "条形码", "codice a barre"),
    "price": ("price", "wholesale price", "unit price", "cost", "net price", "variant price",
              "regular price", "sale price", "selling price", "cost price", "purchase price",
              "unit cost", "价格", "批发价", "单价", "售价", "拿货价", "进货价", "进价", "供货价",
              "成本价", "代发价", "prezzo", "prezzo unitario", "prezzo ingrosso", "preis",
              "einzelpreis", "prix", "prix unitaire", "precio", "precio unitario"),
    "compare_at_price": ("compare at price", "retail price", "rrp", "msrp", "list price",
                         "原价", "市场价", "吊牌价", "零售价", "prezzo di listino", "uvp"),
    "currency": ("currency", "币种", "货币", "valuta", "währung", "devise", "moneda"),
    "availability": ("availability", "stock status", "status", "库存状态", "状态",
                     "disponibilità", "verfügbarkeit"),
    "quantity": ("quantity", "qty", "stock", "inventory", "库存", "数量", "quantità",
                 "bestand", "menge", "stock quantity"),
    "image_urls": ("image", "images", "image url", "image link", "image_link", "picture",
                   "photo", "图片", "主图", "图片链接", "immagine", "bild", "foto"),
}
_PRICE_WORDS = ("price", "prezzo", "preis", "prix", "precio", "价")
_NOT_PRICE_WORDS = ("compare", "retail", "list", "rrp", "msrp", "uvp", "listino", "原价",
                    "市场价", "吊牌价", "零售价", "currency", "币种")
_CURRENCY_WORDS = {"RMB": "CNY", "元": "CNY", "人民币": "CNY", "€": "EUR", "$": "USD"}
_AVAILABLE = {"in_stock": ("in stock", "in_stock", "available", "yes", "有货", "现货", "1",
                           "true", "disponibile", "auf lager"),
              "sold_out": ("sold out", "out of stock", "out_of_stock", "no", "无货", "缺货",
                           "售罄", "0", "false", "esaurito", "ausverkauft"),
              "on_request": ("on request", "on_request", "preorder", "backorder", "预售",
                             "订货", "su richiesta")}
# The same words as one look-up table (the first value naming a word wins, as above).
_AVAILABILITY_OF: dict[str, str] = {}
for _value, _words in _AVAILABLE.items():
    for _word in _words:
        _AVAILABILITY_OF.setdefault(_word, _value)
# The single-column fields the row loop reads, in the order it unpacks them.
_ROW_FIELDS = ("sku", "group_key", "title", "description", "category", "brand", "barcode",
               "price", "compare_at_price", "currency", "availability", "quantity")


def guess_mapping(header: list[str]) -> dict[str, str | list[str]]:
    """The mapping the column dialog starts from: each field's likeliest column."""
    columns = Columns(header)
    mapping: dict[str, str | list[str]] = {}
    used: set[int] = set()
    for field_name, names in SYNONYMS.items():
        for name in names:
            index = columns.find(name)
            if index is not None and index not in used:
                used.add(index)
                mapping[field_name] = header[index]
                break
    if "price" not in mapping:
        # "Price (EUR)", "Variant Price USD", "批发价（元）": a column that says price.
        for i, h in enumerate(header):
            name = normal(h)
            if (i not in used and any(w in name for w in _PRICE_WORDS)
                    and not any(w in name for w in _NOT_PRICE_WORDS)):
                used.add(i)
                mapping["price"] = h
                break
    images = [h for i, h in enumerate(header) if i not in used
              and any(w in normal(h) for w in ("image", "图片", "immagine", "bild"))]
    if images:
        first = mapping.get("image_urls")
        mapping["image_urls"] = [first, *images] if isinstance(first, str) else images
    return mapping


def check_mapping(mapping: dict, header: list[str], name: str) -> dict[str, list[int]]:
    """Column indexes for each mapped field; refuses unknown fields and missing columns."""
    columns = Columns(header)
    indexes: dict[str, list[int]] = {}
    for field_name, wanted in mapping.items():
        if field_name not in FIELDS and not field_name.startswith("option:"):
            raise ValidationError(_("The column mapping names an unknown field {field!r}.").format(
                field=field_name),
                                  field="mapping")
        found = []
        for column in [wanted] if isinstance(wanted, str) else list(wanted or []):
            index = columns.find(column)
            if index is None:
                raise refuse(_("{file} has no column {column!r}, which the mapping uses for "
                               "the {field}.").format(file=name, column=column,
                                                      field=field_label(field_name)))
            found.append(index)
        if found:
            indexes[field_name] = found
    if "title" not in indexes:
        raise refuse(_("{file} does not look like a catalogue: none of its columns "
                       "({columns}) holds a product title; map the columns by hand.").format(
            file=name, columns=", ".join(header[:6]) + ("…" if len(header) > 6 else "")))
    return indexes


def parse(source: Source, *, currency: str, mapping: dict | None = None) -> ParseResult:
    """Rows through ``mapping`` (or the guessed one); one StockRow per row."""
    table = read_table(source)
    mapping = mapping or guess_mapping(table.header)
    col = check_mapping(mapping, table.header, source.name)
    if "price" not in col:
        raise refuse(_("{file} has no price column the importer could recognise; map the "
                       "columns by hand.").format(file=source.name))
    result = ParseResult(FORMAT, problems=list(table.problems), data_lines=len(table.rows),
                         mapping=mapping)
    options = [(key.removeprefix("option:"), idx[0]) for key, idx in col.items()
               if key.startswith("option:")]
    # All fields of a row come out of one itemgetter call: this loop runs 100,000 times
    # for a big catalogue. An unmapped field reads the empty cell padded on past the
    # last column (rows longer than the header only have blank cells there).
    width = len(table.header)
    pick = itemgetter(*(col[key][0] if key in col else width for key in _ROW_FIELDS))
    image_columns = col.get("image_urls", [])
    default_currency = check_currency(currency)

    for record in table.rows:
        cells = record.cells
        if len(cells) <= width:
            cells = cells + [""] * (width + 1 - len(cells))
        (sku, group, title, description, category, brand, barcode, price_text, compare_text,
         named, availability, quantity_text) = pick(cells)
        title = clean_text(title)
        values = ({label: cell(cells, i) for label, i in options if cell(cells, i)}
                  if options else {})
        group = group.strip() or None
        sku = sku.strip() or (f"t-{short_id(title + '|' + option_key(values))}"
                              if title else "")
        if not title:
            result.problems.append(Problem(record.line, _("the line has no title"), "title"))
            if sku:
                result.failed_skus.add(sku)
            continue
        try:
            named = named.strip()
            row_currency = (check_currency(_CURRENCY_WORDS.get(named.upper(), named))
                            if named else default_currency)
            price, row_currency = price_and_currency(price_text.strip(), row_currency)
            if price is None:
                raise RowError(_("the line has no price"), "price")
            compare_text = compare_text.strip()
            compare = (price_and_currency(compare_text, row_currency, "compare_at_price")[0]
                       if compare_text else None)
            quantity = int_cell(quantity_text.strip(), "quantity")
        except (RowError, ValidationError) as exc:
            reason = exc.reason if isinstance(exc, RowError) else str(exc).rstrip(".")
            result.problems.append(Problem(record.line, reason, getattr(exc, "field", None)))
            result.failed_skus.add(sku)
            continue
        barcode, warning = barcode_cell(barcode)
        if warning:
            result.problems.append(Problem(record.line, warning, "barcode", skipped=False))
        urls = [u for i in image_columns for u in split_list(cells[i], ",;| ")]
        result.rows.append(StockRow(
            sku=sku, title=title, group_key=group, description=html_to_text(description.strip()),
            category=clean_text(category), brand=clean_text(brand), barcode=barcode,
            options=values, price=price, compare_at_price=compare, currency=row_currency,
            availability=_availability(availability, quantity),
            quantity=quantity, image_urls=image_urls(urls), line=record.line))
    return result


def _availability(text: str, quantity: int | None) -> str:
    found = _AVAILABILITY_OF.get(text.strip().lower())
    if found is not None:
        return found
    if quantity is not None:
        return "in_stock" if quantity > 0 else "sold_out"
    return "in_stock"


def peek(source: Source, count: int = 5) -> tuple[list[str], list[list[str]]]:
    """The header and the first ``count`` records, for the column-mapping dialog."""
    line = source.text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    delimiter = sniff_delimiter(line)
    if delimiter is None:
        raise refuse(_("{file} does not look like a catalogue: its first line has no columns "
                       "separated by commas, semicolons or tabs.").format(
                         file=source.name))
    found: list[list[str]] = []
    for record in records(source.text.lstrip("\ufeff"), delimiter, name=source.name):
        if not record.error:
            found.append([c.strip() for c in record.cells])
        if len(found) > count:
            break
    if not found:
        raise refuse(_("{file} has an unreadable header on line 1.").format(file=source.name))
    return found[0], found[1:]
