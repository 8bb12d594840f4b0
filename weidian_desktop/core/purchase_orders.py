"""Purchase orders for suppliers: confirmed orders grouped by supplier, and their CSV.

Stock-free selling: once the buyer confirms, the seller orders the goods from the
supplier, who often ships straight to the buyer, so every line carries its ship-to.
media/purchase_pdf.py writes them to a file (CSV, or a PDF drawn with reportlab).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from .errors import NotFoundError
from .i18n import _
from .money import format_plain
from .orders import PURCHASE_NOTE, StatusChange, change_statuses
from .shop import get_shop
from .store import ShopStore

NO_SUPPLIER = "no supplier"
CSV_COLUMNS = ("supplier", "order", "supplier_sku", "title", "variant", "quantity",
               "supplier_price", "currency", "line_cost", "ship_to_name", "ship_to_phone",
               "ship_to_address", "buyer_note")
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection), and
# trims spaces before it; a cell starting with a tab or a line break is also quoted.
_FORMULA_START = ("=", "+", "-", "@", "＝", "＋", "－", "＠")
_BREAKS = ("\t", "\r", "\n")


@dataclass
class PurchaseLine:
    """One line to order from a supplier, with where it is shipped."""

    order_id: int
    reference: str
    supplier_sku: str
    title: str
    variant: str
    quantity: int
    supplier_price: int | None
    currency: str
    ship_to_name: str
    ship_to_phone: str
    ship_to_address: str
    buyer_note: str

    @property
    def line_cost(self) -> int | None:
        return None if self.supplier_price is None else self.supplier_price * self.quantity


@dataclass
class PurchaseOrder:
    """Everything to order from one supplier (``supplier`` None: products without one)."""

    supplier: str | None
    contact: str = ""
    lines: list[PurchaseLine] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.supplier or NO_SUPPLIER

    def totals(self) -> dict[str, int]:
        """Cost per currency (supplier prices may be in different currencies)."""
        out: dict[str, int] = {}
        for line in self.lines:
            if line.line_cost is not None:
                out[line.currency] = out.get(line.currency, 0) + line.line_cost
        return out

    @property
    def order_ids(self) -> list[int]:
        return sorted({line.order_id for line in self.lines})


def purchase_orders(store: ShopStore, *, supplier: str | None = None,
                    status: str = "confirmed") -> list[PurchaseOrder]:
    """Lines of orders in ``status`` grouped by supplier; ``supplier`` keeps just one
    (its name, or "no supplier")."""
    shop_currency = get_shop(store).currency
    if supplier and supplier.lower() != NO_SUPPLIER and store.scalar(
            "SELECT 1 FROM suppliers WHERE name = ? COLLATE NOCASE", (supplier,)) is None:
        raise NotFoundError(_("There is no supplier named {supplier!r}.").format(supplier=supplier))
    rows = store.query(
        "SELECT o.id AS order_id, o.reference, o.buyer_name, o.buyer_phone, o.buyer_address, "
        "o.buyer_note, ol.sku, ol.title, ol.variant_title, ol.quantity, "
        "s.name AS supplier, s.contact, si.sku AS supplier_sku, si.title AS supplier_title, "
        "COALESCE(v.supplier_price, p.supplier_price, si.price) AS supplier_price, "
        "COALESCE(p.supplier_currency, si.currency, s.currency) AS supplier_currency "
        "FROM order_lines ol JOIN orders o ON o.id = ol.order_id "
        "LEFT JOIN products p ON p.id = ol.product_id "
        "LEFT JOIN variants v ON v.id = ol.variant_id "
        "LEFT JOIN stock_items si ON si.id = COALESCE(v.stock_item_id, p.stock_item_id) "
        "LEFT JOIN suppliers s ON s.id = si.supplier_id "
        "WHERE o.status = ? ORDER BY s.name IS NULL, s.name COLLATE NOCASE, o.created_at, "
        "o.id, ol.id", (status,))
    groups: dict[str | None, PurchaseOrder] = {}
    for r in rows:
        name = r["supplier"]
        if supplier and (name or NO_SUPPLIER).lower() != supplier.lower():
            continue
        group = groups.setdefault(name, PurchaseOrder(name, r["contact"] or ""))
        group.lines.append(PurchaseLine(
            r["order_id"], r["reference"], r["supplier_sku"] or r["sku"],
            r["supplier_title"] or r["title"], r["variant_title"], r["quantity"],
            r["supplier_price"], r["supplier_currency"] or shop_currency, r["buyer_name"],
            r["buyer_phone"], r["buyer_address"], r["buyer_note"]))
    return list(groups.values())


def neutralise(cell: object) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula."""
    text = "" if cell is None else str(cell)
    if text.startswith(_BREAKS) or text.lstrip().startswith(_FORMULA_START):
        return "'" + text
    return text


def to_csv(orders: list[PurchaseOrder]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for po in orders:
        for ln in po.lines:
            price = None if ln.supplier_price is None else format_plain(ln.supplier_price,
                                                                         ln.currency)
            cost = None if ln.line_cost is None else format_plain(ln.line_cost, ln.currency)
            writer.writerow([neutralise(c) for c in (
                po.label, ln.reference, ln.supplier_sku, ln.title, ln.variant, ln.quantity,
                price, ln.currency, cost, ln.ship_to_name, ln.ship_to_phone,
                ln.ship_to_address, ln.buyer_note)])
    return out.getvalue()


def mark_ordered(store: ShopStore, orders: list[PurchaseOrder]) -> list[StatusChange]:
    """Move the orders of these purchase orders from confirmed to ordered (one transaction)."""
    ids = sorted({i for po in orders for i in po.order_ids})
    return change_statuses(store, ids, "ordered", note=PURCHASE_NOTE)
