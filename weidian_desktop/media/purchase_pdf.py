"""Purchase orders as a file: PDF (reportlab, one section per supplier) or CSV.

core/purchase_orders.py gathers the orders and writes the CSV text; drawing the PDF
happens here, so the core never needs reportlab.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..core.clock import utc_now
from ..core.errors import ValidationError
from ..core.i18n import _
from ..core.money import format_plain
from ..core.paths import check_output_file, write_file
from ..core.purchase_orders import PurchaseOrder, purchase_orders, to_csv
from ..core.shop import Shop, get_shop
from ..core.store import ShopStore
from . import fonts, pdf_draw  # noqa: F401  (pdf_draw: binary streams, a quarter smaller)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=9, leading=12, wordWrap="CJK")
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontSize=16, leading=20, spaceAfter=4),
        "meta": ParagraphStyle("meta", parent=base, textColor=colors.HexColor("#555555")),
        "ship": ParagraphStyle("ship", parent=base, fontSize=10, leading=13, spaceBefore=8),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "total": ParagraphStyle("total", parent=base, fontSize=10, leading=14, spaceBefore=8),
    }


def _p(text: object, style: ParagraphStyle) -> Paragraph:
    # Everything the seller, a buyer or a supplier typed is escaped: Paragraph reads markup.
    return Paragraph(escape(str(text or "")).replace("\n", "<br/>"), style)


def _money(amount: int | None, currency: str) -> str:
    return "—" if amount is None else f"{format_plain(amount, currency)} {currency}"


def _supplier_section(po: PurchaseOrder, shop: Shop, when: str,
                      st: dict[str, ParagraphStyle]) -> list:
    story: list = [
        _p(f"Purchase order — {po.label}", st["title"]),
        _p(f"From {shop.name} · {when[:10]}" + (f" · {po.contact}" if po.contact else ""),
           st["meta"]),
        Spacer(1, 4 * mm),
    ]
    by_order: dict[str, list] = {}
    for line in po.lines:
        by_order.setdefault(line.reference, []).append(line)
    widths = [32 * mm, 72 * mm, 14 * mm, 28 * mm, 30 * mm]
    for reference, lines in by_order.items():
        first = lines[0]
        ship = ", ".join(x for x in (first.ship_to_name, first.ship_to_phone,
                                     first.ship_to_address) if x)
        head = [_p(f"{reference} — ship to: {ship or '(no address given)'}", st["ship"])]
        if first.buyer_note:
            head.append(_p(f"Note: {first.buyer_note}", st["meta"]))
        rows = [[_p(h, st["cell"]) for h in ("Supplier SKU", "Title", "Qty", "Price", "Cost")]]
        for ln in lines:
            title = f"{ln.title} ({ln.variant})" if ln.variant else ln.title
            rows.append([_p(ln.supplier_sku, st["cell"]), _p(title, st["cell"]),
                         _p(ln.quantity, st["cell"]),
                         _p(_money(ln.supplier_price, ln.currency), st["cell"]),
                         _p(_money(ln.line_cost, ln.currency), st["cell"])])
        table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(KeepTogether([*head, Spacer(1, 2 * mm), table]))
    story += _totals(po, len(by_order), st)
    return story


def _totals(po: PurchaseOrder, orders: int, st: dict[str, ParagraphStyle]) -> list:
    """Units per supplier SKU over all orders (what to pick), then the cost."""
    per_sku: dict[str, list] = {}
    for ln in po.lines:
        row = per_sku.setdefault(ln.supplier_sku, [ln.title, 0])
        row[1] += ln.quantity
    rows = [[_p(h, st["cell"]) for h in ("Supplier SKU", "Title", "Total qty")]]
    rows += [[_p(sku, st["cell"]), _p(title, st["cell"]), _p(qty, st["cell"])]
             for sku, (title, qty) in sorted(per_sku.items())]
    table = Table(rows, colWidths=[32 * mm, 102 * mm, 20 * mm], repeatRows=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
    ]))
    units = sum(ln.quantity for ln in po.lines)
    cost = " + ".join(_money(v, k) for k, v in sorted(po.totals().items())) or "—"
    summary = (f"{orders} order{'s' if orders != 1 else ''} · {units} "
               f"unit{'s' if units != 1 else ''} · cost {cost}")
    return [_p("Totals by supplier SKU", st["ship"]), Spacer(1, 2 * mm), table,
            _p(summary, st["total"])]


def render_pdf(orders: list[PurchaseOrder], shop: Shop, when: str) -> bytes:
    """The purchase orders as PDF bytes, each supplier starting on a new page."""
    st = _styles(fonts.register_reportlab_font())
    story: list = []
    for n, po in enumerate(orders):
        if n:
            story.append(PageBreak())
        story += _supplier_section(po, shop, when, st)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=14 * mm, bottomMargin=14 * mm,
                            title=f"Purchase orders — {shop.name}", author=shop.name,
                            invariant=1)
    doc.build(story)
    return out.getvalue()


def export_purchase_orders(store: ShopStore, path: str | os.PathLike[str], *,
                           supplier: str | None = None) -> list[PurchaseOrder]:
    """Write the purchase orders to ``path`` (.csv or .pdf); returns what was written."""
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".csv", ".pdf"):
        raise ValidationError(_("{name}: write purchase orders to a .csv or .pdf file.").format(
                                  name=path.name),
                              field="output")
    check_output_file(path, shop=store.path)  # refused before anything is read
    orders = purchase_orders(store, supplier=supplier)
    if not orders:
        message = (_("There is no confirmed order to buy from {supplier}; confirm orders "
                     "first.") if supplier else
                   _("There is no confirmed order to buy from any supplier; confirm orders "
                     "first."))
        raise ValidationError(message.format(supplier=supplier),
                              field="status")
    if kind == ".csv":
        # UTF-8 with a byte-order mark: spreadsheet apps then read Chinese text correctly.
        data = to_csv(orders).encode("utf-8-sig")
    else:
        data = render_pdf(orders, get_shop(store), utc_now())
    write_file(path, data, shop=store.path)
    return orders
