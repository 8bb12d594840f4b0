"""淘宝助理 data packs (数据包) from Taobao/1688 suppliers, usually GBK.

Line 1 is ``version 1.00``, line 2 the English keys (``title,cid,…,price,num,…``),
line 3 the same columns in Chinese (``宝贝名称,宝贝类目,…``); items follow. The
English keys are what this parser reads, as tools vary the Chinese wording.
A product with variants packs them into ``skuProps`` as
``price:quantity:sku:pid:vid;pid:vid;price:…`` and names the values in
``propAlias``/``input_custom_cpv`` as ``pid:vid:name;``.
"""

from __future__ import annotations

import re

from ..core.i18n import _
from ..core.slugs import short_id
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
    option_key,
    price_cell,
)
from .tables import cell, read_table

FORMAT = "taobao"
# Property ids Taobao uses across categories; others are shown as 规格1, 规格2…
PROPERTY_NAMES = {"1627207": "颜色分类", "20509": "尺码", "122216343": "尺码",
                  "20518": "尺码", "122508275": "适用年龄"}
_VERSION = re.compile(r"^\ufeff?version\s+\d", re.IGNORECASE)
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")


def matches_text(text: str) -> bool:
    """The first line of a data pack is its version."""
    return bool(_VERSION.match(text[:64]))


def parse(source: Source, *, currency: str = "CNY", mapping: dict | None = None) -> ParseResult:
    """One StockRow per item, or one per SKU when the item has variants."""
    table = read_table(source, header_line=2)
    columns = table.columns()
    if not columns.has("title", "price"):
        raise refuse(_("{file} starts like a 淘宝助理 data pack but its second line has no title "
                       "and price keys.").format(file=source.name))
    col = {key: columns.find(key) for key in (
        "title", "price", "num", "description", "picture", "skuProps", "outer_id",
        "propAlias", "input_custom_cpv", "barcode", "num_id", "subtitle")}
    # Line 3 repeats the header in Chinese; it is a label row, not an item.
    rows = [r for r in table.rows if not (r.line == table.header_line + 1
                                          and cell(r.cells, col["title"]) == "宝贝名称")]
    result = ParseResult(FORMAT, problems=list(table.problems), data_lines=len(rows))
    for record in rows:
        cells = record.cells
        title = clean_text(cell(cells, col["title"]))
        key = (cell(cells, col["outer_id"]) or cell(cells, col["num_id"])
               or (f"tb-{short_id(title)}" if title else ""))
        if not title:
            result.problems.append(Problem(record.line, _("the item has no title (宝贝名称)"),
                                           "title"))
            result.failed_skus.add(key)
            continue
        try:
            price = price_cell(cell(cells, col["price"]), currency)
            if price is None:
                raise RowError(_("the item has no price (宝贝价格)"), "price")
            quantity = int_cell(cell(cells, col["num"]), "quantity (宝贝数量)")
            skus = _skus(cell(cells, col["skuProps"]), currency)
        except RowError as exc:
            result.problems.append(Problem(record.line, exc.reason, exc.field))
            result.failed_skus.add(key)
            continue
        barcode, warning = barcode_cell(cell(cells, col["barcode"]))
        if warning:
            result.problems.append(Problem(record.line, warning, "barcode", skipped=False))
        names = _aliases(cell(cells, col["propAlias"]) + ";"
                         + cell(cells, col["input_custom_cpv"]))
        base = StockRow(
            sku=key, title=title, description=html_to_text(cell(cells, col["description"])),
            barcode=barcode, price=price, currency=currency, quantity=quantity,
            availability=_availability(quantity),
            image_urls=image_urls(_pictures(cell(cells, col["picture"]))), line=record.line)
        if not skus:
            result.rows.append(base)
            continue
        labels: dict[str, str] = {}
        for sku_price, sku_quantity, sku_code, props in skus:
            options = {}
            for pid, vid in props:
                label = labels.setdefault(pid, PROPERTY_NAMES.get(pid)
                                          or f"规格{len(labels) + 1}")
                options[label] = names.get(f"{pid}:{vid}", vid)
            result.rows.append(StockRow(
                sku=sku_code or f"{key}-{option_key(options)}", title=title, group_key=key,
                description=base.description, barcode=None, options=options,
                price=sku_price, currency=currency, quantity=sku_quantity,
                availability=_availability(sku_quantity), image_urls=base.image_urls,
                line=record.line))
    return result


def _skus(text: str, currency: str) -> list[tuple[int, int | None, str, list[tuple[str, str]]]]:
    """``price:qty:sku:pid:vid;pid:vid;…`` as (price, quantity, sku, [(pid, vid)])."""
    skus: list[tuple[int, int | None, str, list[tuple[str, str]]]] = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        pieces = part.split(":")
        if len(pieces) >= 5 and _NUMBER.match(pieces[0]):
            price = price_cell(pieces[0], currency, "SKU price")
            quantity = int_cell(pieces[1], "SKU quantity")
            skus.append((price or 0, quantity, pieces[2].strip(),
                         [(pieces[3], pieces[4])]))
        elif len(pieces) == 2 and skus:
            skus[-1][3].append((pieces[0], pieces[1]))
        else:
            raise RowError(_("the variant list (销售属性组合) has an unreadable part "
                             "{part!r}").format(part=part),
                           "skuProps")
    return skus


def _aliases(text: str) -> dict[str, str]:
    names = {}
    for part in text.split(";"):
        pieces = part.split(":", 2)
        if len(pieces) == 3 and pieces[2].strip():
            names[f"{pieces[0].strip()}:{pieces[1].strip()}"] = clean_text(pieces[2])
    return names


def _pictures(text: str) -> list[str]:
    """``name:1:0:|url;…``: the addresses after the bars (local image names are skipped)."""
    return [part.split("|", 1)[1] if "|" in part else part for part in text.split(";")]


def _availability(quantity: int | None) -> str:
    if quantity is None:
        return "in_stock"
    return "in_stock" if quantity > 0 else "sold_out"
