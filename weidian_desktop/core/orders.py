"""Orders: record a pasted order-request message, move it through its statuses, read it back.

Every function that writes is one transaction. A message is recorded whole or not at all;
the same message pasted again is recognised by its reference and checksum.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from .clock import utc_now
from .errors import NotFoundError, ValidationError
from .money import format_money
from .order_parse import (
    OrderRefused,
    OrderWarning,
    fields_key,
    find_machine_line,
    parse_message,
)
from .order_pricing import Quote, price_order
from .order_readable import amount_in
from .shop import get_shop
from .store import ShopStore

FLOW = ("requested", "confirmed", "ordered", "shipped", "delivered")
STATUSES = (*FLOW, "cancelled")
CHANNELS = ("wechat", "whatsapp", "sms", "email", "telegram", "other")


@dataclass
class RecordResult:
    """What recording a message did: the order, whether it was already there, warnings."""

    order_id: int
    reference: str
    total: int
    currency: str
    duplicate: bool = False
    warnings: list[OrderWarning] = field(default_factory=list)

    def summary(self) -> str:
        total = format_money(self.total, self.currency)
        if self.duplicate:
            return f"Order {self.reference} was already recorded; nothing changed."
        return f"Recorded order {self.reference} ({total})."


@dataclass
class StatusChange:
    """One status change, kept so that undo can put the order back exactly."""

    order_id: int
    event_id: int
    from_status: str
    to_status: str
    previous_tracking: str


def preview_order(store: ShopStore, text: str, *, at: str | None = None
                  ) -> tuple[Quote, list[OrderWarning], str]:
    """Read and price a message without recording it: (quote, warnings, reference)."""
    currency = get_shop(store).currency
    parsed, warnings = parse_message(text, currency)
    quote = price_order(store, parsed, currency, at or utc_now())
    return quote, _final_warnings(parsed, warnings, quote), parsed.reference


def _cart_totals(parsed, quote: Quote) -> list[int]:
    """Totals the cart may have shown: the shop's prices now, the readable total, and
    the readable lines' sum (with and without the discount), for an edited total."""
    currency = quote.currency
    out = [quote.total]
    written = amount_in(parsed.total_text, currency)
    if written is not None:
        out.append(written)
    prices = [amount_in(item.unit_price_text, currency) for item in parsed.items]
    if prices and None not in prices:
        lines = sum(p * item.quantity for p, item in zip(prices, parsed.items, strict=True))
        out += [lines, lines - quote.discount]
    return list(dict.fromkeys(out))


def _final_warnings(parsed, warnings: list[OrderWarning], quote: Quote) -> list[OrderWarning]:
    """Combine the message's warnings with the shop's, naming an edited total precisely."""
    money = lambda amount: format_money(amount, quote.currency)  # noqa: E731
    out = list(warnings)
    said = parsed.line.total
    # The checksum holds with a total the message itself shows: only the total was
    # changed (the shop's prices may have changed too since the buyer's visit).
    cart = None if parsed.verified else next(
        (t for t in _cart_totals(parsed, quote) if parsed.verifies_with_total(t)), None)
    if cart is not None:
        out = [w for w in out if w.code != "checksum_mismatch"]
        out.append(OrderWarning(
            "total_edited", f"The total in the order line was edited to {money(said)}; the "
            f"cart's total was {money(cart)}, and the order uses the shop's prices."))
        said = cart
    if said != quote.total:
        out.append(OrderWarning(
            "price_changed", f"The message says {money(said)} but the shop's prices give "
            f"{money(quote.total)} (prices, the drop or the coupon changed since the buyer's "
            "visit); the order uses the shop's prices."))
    return out + quote.warnings


def record_order(store: ShopStore, text: str, *, at: str | None = None,
                 channel: str | None = None) -> RecordResult:
    """Record the order a pasted message asks for (one transaction) and return what happened.

    ``at`` is the order's time (UTC ISO; default now): it decides drop prices and whether
    the coupon was valid. Raises OrderRefused, naming the reason, when nothing is recorded.
    """
    if channel is not None and channel not in CHANNELS:
        raise ValidationError(f"Channel {channel!r} is not one of {', '.join(CHANNELS)}.",
                              field="channel")
    text = text.strip()
    currency = get_shop(store).currency
    parsed, warnings = parse_message(text, currency)
    at = at or utc_now()
    with store.atomic() as db:
        existing = store.query("SELECT id, message, total, warnings FROM orders "
                               "WHERE reference = ?", (parsed.reference,))
        if existing:
            return _duplicate(existing[0], parsed, currency)
        quote = price_order(store, parsed, currency, at)
        final = _final_warnings(parsed, warnings, quote)
        now = utc_now()
        buyer = parsed.buyer
        order_id = db["orders"].insert({
            "reference": parsed.reference, "status": "requested", "channel": channel,
            "buyer_name": buyer.name, "buyer_phone": buyer.phone,
            "buyer_address": buyer.address, "buyer_note": buyer.note,
            "campaign": parsed.line.campaign, "coupon_code": quote.coupon_code,
            "currency": currency, "subtotal": quote.subtotal, "discount": quote.discount,
            "total": quote.total, "message_total": parsed.line.total,
            "warnings": json.dumps([w.__dict__ for w in final], ensure_ascii=False),
            "message": text, "created_at": at, "updated_at": now,
        }).last_pk
        db["order_lines"].insert_all([
            {"order_id": order_id, "product_id": ln.product_id, "variant_id": ln.variant_id,
             "drop_id": ln.drop_id, "sku": ln.sku, "title": ln.title,
             "variant_title": ln.variant_title, "quantity": ln.quantity,
             "unit_price": ln.unit_price, "line_total": ln.line_total}
            for ln in quote.lines])
        db["order_events"].insert({"order_id": order_id, "at": now, "from_status": None,
                                   "to_status": "requested", "note": "recorded from message"})
    return RecordResult(order_id, parsed.reference, quote.total, currency, False, final)


def _duplicate(row: dict, parsed, currency: str) -> RecordResult:
    try:
        before = fields_key(find_machine_line(row["message"])[0])
    except OrderRefused:
        before = None
    if before != fields_key(parsed.head):
        raise OrderRefused(
            f"Order {parsed.reference} is already recorded with different items or totals; "
            "if the buyer changed the order, cancel the recorded one and ask for a new "
            "request from the cart.", "reference_conflict")
    warnings = [OrderWarning(**w) for w in json.loads(row["warnings"])]
    return RecordResult(row["id"], parsed.reference, row["total"], currency, True, warnings)


def delete_order(store: ShopStore, order_id: int) -> None:
    """Remove a recorded order with its lines and history (undo of a paste)."""
    with store.atomic() as db:
        db.execute("DELETE FROM orders WHERE id = ?", [order_id])


def _order_row(store: ShopStore, order_id: int) -> dict:
    rows = store.query("SELECT * FROM orders WHERE id = ?", (order_id,))
    if not rows:
        raise NotFoundError(f"There is no order with id {order_id}.")
    return rows[0]


def check_transition(current: str, target: str) -> None:
    """Refuse a status change that the order's flow does not allow (one sentence)."""
    if target not in STATUSES:
        raise ValidationError(f"Status {target!r} is not one of {', '.join(STATUSES)}.",
                              field="status")
    if target == current:
        raise ValidationError(f"The order is already {current}.", field="status")
    if current == "delivered":
        raise ValidationError("A delivered order cannot change status.", field="status")
    if current == "cancelled" and target != "requested":
        raise ValidationError("A cancelled order can only be reopened as requested.",
                              field="status")
    if target in FLOW and current in FLOW and FLOW.index(target) < FLOW.index(current):
        raise ValidationError(f"An order cannot go back from {current} to {target} "
                              "(use undo right after a mistake).", field="status")


def change_status(store: ShopStore, order_id: int, status: str, *, note: str = "",
                  tracking_number: str | None = None) -> StatusChange:
    """Move an order to a new status, recording an order event (one transaction)."""
    with store.atomic() as db:
        row = _order_row(store, order_id)
        check_transition(row["status"], status)
        now = utc_now()
        values = {"status": status, "updated_at": now}
        if tracking_number is not None:
            values["tracking_number"] = tracking_number.strip()
        db["orders"].update(order_id, values)
        event_id = db["order_events"].insert({
            "order_id": order_id, "at": now, "from_status": row["status"],
            "to_status": status, "note": note}).last_pk
    return StatusChange(order_id, event_id, row["status"], status, row["tracking_number"])


def revert_status_change(store: ShopStore, change: StatusChange) -> None:
    """Undo a status change: the order's status and tracking number as they were before."""
    with store.atomic() as db:
        row = _order_row(store, change.order_id)
        last = store.scalar("SELECT MAX(id) FROM order_events WHERE order_id = ?",
                            (change.order_id,))
        if last != change.event_id or row["status"] != change.to_status:
            raise ValidationError("The order changed again since; undo the later change first.",
                                  field="status")
        db["orders"].update(change.order_id, {"status": change.from_status,
                                              "tracking_number": change.previous_tracking,
                                              "updated_at": utc_now()})
        db.execute("DELETE FROM order_events WHERE id = ?", [change.event_id])


def change_statuses(store: ShopStore, order_ids: list[int], status: str, *, note: str = "",
                    tracking_number: str | None = None) -> list[StatusChange]:
    """Move several orders at once: all of them or (when one may not move) none."""
    with store.atomic():
        return [change_status(store, oid, status, note=note, tracking_number=tracking_number)
                for oid in order_ids]


def revert_status_changes(store: ShopStore, changes: list[StatusChange]) -> None:
    """Undo several status changes in one transaction, latest first."""
    with store.atomic():
        for change in reversed(changes):
            revert_status_change(store, change)


def find_order(store: ShopStore, reference: str) -> int:
    """An order's id by its reference (``WD-7K3M9Q``, any case)."""
    found = store.scalar("SELECT id FROM orders WHERE reference = ? COLLATE NOCASE",
                         (reference.strip(),))
    if found is None:
        raise NotFoundError(f"There is no order {reference!r}.")
    return int(found)  # type: ignore[arg-type]


def get_order(store: ShopStore, order_id: int) -> dict:
    """The order row with its lines, events and decoded warnings."""
    row = _order_row(store, order_id)
    row["warnings"] = [OrderWarning(**w) for w in json.loads(row["warnings"])]
    row["lines"] = store.query("SELECT * FROM order_lines WHERE order_id = ? ORDER BY id",
                               (order_id,))
    row["events"] = store.query("SELECT * FROM order_events WHERE order_id = ? ORDER BY id",
                                (order_id,))
    return row


def list_orders(store: ShopStore, *, status: str | None = None, search: str = "",
                campaign: str | None = None, drop_id: int | None = None) -> list[dict]:
    """Orders newest first, with the number of items; filters combine."""
    where, params = ["1"], []
    if status:
        where.append("o.status = ?")
        params.append(status)
    if campaign:
        where.append("o.campaign = ?")
        params.append(campaign)
    if drop_id is not None:
        where.append("EXISTS (SELECT 1 FROM order_lines d WHERE d.order_id = o.id "
                     "AND d.drop_id = ?)")
        params.append(drop_id)
    if search.strip():
        like = f"%{search.strip()}%"
        where.append("(o.reference LIKE ? OR o.buyer_name LIKE ? OR o.buyer_phone LIKE ? "
                     "OR EXISTS (SELECT 1 FROM order_lines s WHERE s.order_id = o.id AND "
                     "(s.sku LIKE ? OR s.title LIKE ?)))")
        params += [like] * 5
    return store.query(
        "SELECT o.*, (SELECT COALESCE(SUM(quantity), 0) FROM order_lines l "
        "WHERE l.order_id = o.id) AS items FROM orders o "
        f"WHERE {' AND '.join(where)} ORDER BY o.created_at DESC, o.id DESC", tuple(params))
