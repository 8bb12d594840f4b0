"""Rebuild an order from the shop: match item codes, price them (drop prices), apply the coupon.

The buyer's message says what they saw; this module says what the shop charges now (or
at the order's time), and each difference becomes a named warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .i18n import Amount, _, ngettext, nsentence, sentence
from .store import ShopStore

if TYPE_CHECKING:
    from .order_parse import OrderWarning, ParsedMessage


@dataclass
class PricedLine:
    """One order line as the shop prices it."""

    sku: str
    title: str
    quantity: int
    unit_price: int
    product_id: int | None = None
    variant_id: int | None = None
    variant_title: str = ""
    drop_id: int | None = None

    @property
    def line_total(self) -> int:
        return self.unit_price * self.quantity


@dataclass
class Quote:
    """The rebuilt order: lines, subtotal, the coupon's discount, total, warnings."""

    lines: list[PricedLine]
    currency: str
    subtotal: int = 0
    discount: int = 0
    coupon_code: str | None = None
    warnings: list[OrderWarning] = field(default_factory=list)

    @property
    def total(self) -> int:
        return max(0, self.subtotal - self.discount)


def _match(store: ShopStore, code: str) -> dict[str, Any] | None:
    """The product (and variant) an item code names: SKU, then !v<id> / !p<id>."""
    base = ("SELECT p.id AS product_id, p.title, p.price AS product_price, p.status, "
            "p.availability AS p_avail, v.id AS variant_id, v.price AS variant_price, "
            "v.option1, v.option2, v.option3, v.availability AS v_avail, "
            "COALESCE(v.sku, p.sku) AS sku FROM products p LEFT JOIN variants v ")
    if code.startswith("!v") and code[2:].isdigit():
        rows = store.query(base + "ON v.product_id = p.id WHERE v.id = ?", (int(code[2:]),))
    elif code.startswith("!p") and code[2:].isdigit():
        rows = store.query(base + "ON 0 WHERE p.id = ?", (int(code[2:]),))
    else:
        rows = store.query(base + "ON v.product_id = p.id WHERE v.sku = ?", (code,))
        rows = rows or store.query(base + "ON 0 WHERE p.sku = ?", (code,))
        if not rows:  # a SKU whose case changed on the way: accept it when unambiguous
            rows = store.query(base + "ON v.product_id = p.id WHERE v.sku = ? COLLATE NOCASE "
                               "UNION ALL " + base + "ON 0 WHERE p.sku = ? COLLATE NOCASE",
                               (code, code))
            rows = rows if len(rows) == 1 else []
    return rows[0] if rows else None


def live_drop_item(store: ShopStore, product_id: int, variant_id: int | None,
                   at: str) -> dict[str, Any] | None:
    """The drop item covering this product or variant in a drop live at ``at``, if any.

    A variant's own drop item wins over one for the whole product.
    """
    rows = store.query(
        "SELECT di.*, d.name AS drop_name FROM drop_items di JOIN drops d ON d.id = di.drop_id "
        "WHERE di.product_id = ? AND (di.variant_id IS NULL OR di.variant_id IS ?) "
        "AND d.status = 'published' AND d.starts_at <= ? AND ? < d.ends_at "
        "ORDER BY di.variant_id IS NULL, d.starts_at DESC LIMIT 1",
        (product_id, variant_id, at, at))
    return rows[0] if rows else None


def drop_item_sold(store: ShopStore, drop_item: dict[str, Any], *,
                   exclude_order: int | None = None) -> int:
    """Units of a drop item taken by recorded, non-cancelled orders."""
    variant_clause = "" if drop_item["variant_id"] is None else "AND ol.variant_id = ? "
    params: list[Any] = [drop_item["drop_id"], drop_item["product_id"]]
    if drop_item["variant_id"] is not None:
        params.append(drop_item["variant_id"])
    params.append(exclude_order)
    return int(store.scalar(
        "SELECT COALESCE(SUM(ol.quantity), 0) FROM order_lines ol JOIN orders o "
        "ON o.id = ol.order_id WHERE o.status != 'cancelled' AND ol.drop_id = ? "
        f"AND ol.product_id = ? {variant_clause}AND o.id IS NOT ?", tuple(params)) or 0)


def coupon_uses(store: ShopStore, code: str) -> int:
    """Recorded, non-cancelled orders that used a coupon code."""
    return int(store.scalar("SELECT COUNT(*) FROM orders WHERE status != 'cancelled' "
                            "AND coupon_code = ? COLLATE NOCASE", (code,)) or 0)


def _eligible(store: ShopStore, coupon: dict[str, Any], line: PricedLine) -> bool:
    if line.product_id is None:
        return False
    scope = coupon["scope"]
    if scope == "product":
        return bool(line.product_id == coupon["product_id"])
    if scope == "drop":
        return line.drop_id is not None and bool(line.drop_id == coupon["drop_id"])
    if scope == "collection":
        return bool(store.scalar(
            "SELECT 1 FROM collection_products WHERE collection_id = ? AND product_id = ?",
            (coupon["collection_id"], line.product_id)) == 1)
    return True


def apply_coupon(store: ShopStore, quote: Quote, code: str, at: str) -> None:
    """Set the quote's discount from the coupon, or explain in a warning why it does not apply."""
    from .order_parse import warn  # late: counting sales needs no message parser

    rows = store.query("SELECT * FROM coupons WHERE code = ? COLLATE NOCASE", (code,))
    if not rows:
        quote.warnings.append(warn("coupon_unknown", sentence(
            "The coupon {code!r} is not in the shop; no discount was given.", code=code)))
        return
    coupon = rows[0]
    reason = None
    if (coupon["starts_at"] and at < coupon["starts_at"]) or (
            coupon["ends_at"] and at > coupon["ends_at"]):
        reason = sentence("The coupon {code} was not applied: it was not valid at the "
                          "order's time.", code=coupon["code"])
    elif coupon["max_uses"] is not None and coupon_uses(store, code) >= coupon["max_uses"]:
        reason = nsentence("The coupon {code} was not applied: it has been used its {n} time.",
                           "The coupon {code} was not applied: it has been used its {n} "
                           "times.", coupon["max_uses"], code=coupon["code"])
    eligible = sum(ln.line_total for ln in quote.lines if _eligible(store, coupon, ln))
    if reason is None and eligible == 0:
        reason = sentence("The coupon {code} was not applied: no item of the order is "
                          "covered by it.", code=coupon["code"])
    if reason is None and quote.subtotal < coupon["min_order"]:
        reason = sentence("The coupon {code} was not applied: the order is below its minimum "
                          "of {minimum}.", code=coupon["code"],
                          minimum=Amount(coupon["min_order"], quote.currency))
    if reason is not None:
        quote.warnings.append(warn("coupon_not_applied", reason))
        return
    if coupon["kind"] == "percent":
        discount = (eligible * coupon["value"] + 50) // 100  # half up, in minor units
    else:
        discount = coupon["value"]
    quote.discount = min(discount, eligible)
    quote.coupon_code = coupon["code"]


def _price_line(store: ShopStore, code: str, qty: int, at: str, quote: Quote,
                parsed: ParsedMessage) -> PricedLine:
    from .order_parse import warn
    from .order_readable import amount_in

    row = _match(store, code)
    if row is None:
        seen = next((i for i in parsed.items if i.code == code), None)
        price = amount_in(seen.unit_price_text, quote.currency) if seen else None
        title = seen.title if seen else code
        quote.warnings.append(warn("unknown_sku", sentence(
            "SKU {sku} is not in the shop (deleted or renamed since the buyer's visit?); the "
            "line was kept at the buyer's price {price}: check it with the buyer.", sku=code,
            price=Amount(price or 0, quote.currency))))
        return PricedLine(code, title, qty, price or 0)
    options = [o for o in (row["option1"], row["option2"], row["option3"]) if o]
    line = PricedLine(row["sku"] or code, row["title"], qty,
                      row["variant_price"] if row["variant_price"] is not None
                      else row["product_price"], row["product_id"], row["variant_id"],
                      " / ".join(options))
    label = (_("{product} ({options})").format(product=line.title, options=line.variant_title)
             if line.variant_title else line.title)
    drop_item = live_drop_item(store, row["product_id"], line.variant_id, at)
    if drop_item is not None:
        line.drop_id = drop_item["drop_id"]
        if drop_item["drop_price"] is not None:
            line.unit_price = drop_item["drop_price"]
        if drop_item["quantity_cap"] is not None:
            left = max(0, drop_item["quantity_cap"] - drop_item_sold(store, drop_item))
            if qty > left:
                quote.warnings.append(warn("drop_sold_out", nsentence(
                    "Only {n} of {product} is left in the drop {drop}; this order asks for "
                    "{quantity}.",
                    "Only {n} of {product} are left in the drop {drop}; this order asks for "
                    "{quantity}.", left, product=label, drop=drop_item["drop_name"],
                    quantity=qty)))
    if (row["v_avail"] or row["p_avail"]) == "sold_out":
        quote.warnings.append(warn("sold_out", sentence("{product} is marked sold out.",
                                                        product=label)))
    if row["status"] != "published":
        quote.warnings.append(warn("not_published", sentence(
            "{product} is not published in the shop.", product=label)))
    return line


def price_order(store: ShopStore, parsed: ParsedMessage, currency: str, at: str) -> Quote:
    """The order the message asks for, priced by the shop at time ``at``."""
    from .order_parse import OrderRefused

    quote = Quote([], currency)
    for code, qty in parsed.line.items:
        quote.lines.append(_price_line(store, code, qty, at, quote, parsed))
    if all(line.product_id is None for line in quote.lines):
        codes = ", ".join(code for code, _qty in parsed.line.items)
        raise OrderRefused(ngettext(
            "The item of {reference} ({codes}) is not in this shop; is the message meant for "
            "another shop?",
            "None of the items of {reference} ({codes}) is in this shop; is the message meant "
            "for another shop?", len(parsed.line.items)).format(
                reference=parsed.reference, codes=codes), "no_known_items")
    quote.subtotal = sum(line.line_total for line in quote.lines)
    if parsed.line.coupon:
        apply_coupon(store, quote, parsed.line.coupon, at)
    return quote
