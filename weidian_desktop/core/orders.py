"""Orders: record a pasted order-request message, move it through its statuses, read it back.

Every function that writes is one transaction. A message is recorded whole or not at all;
the same message pasted again is recognised by its reference and checksum.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .clock import utc_now
from .errors import NotFoundError, ValidationError
from .i18n import N_, Amount, _, sentence
from .money import money_in_message
from .order_parse import (
    OrderRefused,
    OrderWarning,
    ParsedMessage,
    fields_key,
    find_machine_line,
    parse_message,
    warn,
)
from .order_pricing import Quote, price_order
from .order_readable import amount_in
from .shop import get_shop
from .store import ShopStore, last_id

FLOW = ("requested", "confirmed", "ordered", "shipped", "delivered")
STATUSES = (*FLOW, "cancelled")
# The app's own event notes, kept in English in the file and translated where shown.
RECORDED_NOTE = N_("recorded from message")
PURCHASE_NOTE = N_("purchase order written")
# Statuses as a sentence names them ("The order is already shipped.").
STATUS_NAMES = {"requested": N_("requested"), "confirmed": N_("confirmed"),
                "ordered": N_("ordered"), "shipped": N_("shipped"),
                "delivered": N_("delivered"), "cancelled": N_("cancelled")}
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
        if self.duplicate:
            return _("Order {reference} was already recorded; nothing changed.").format(
                reference=self.reference)
        return _("Recorded order {reference} ({total}).").format(
            reference=self.reference, total=money_in_message(self.total, self.currency))


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


def _cart_totals(parsed: ParsedMessage, quote: Quote) -> list[int]:
    """Totals the cart may have shown: the shop's prices now, the readable total, and
    the readable lines' sum (with and without the discount), for an edited total."""
    currency = quote.currency
    out = [quote.total]
    written = amount_in(parsed.total_text, currency)
    if written is not None:
        out.append(written)
    prices = [amount_in(item.unit_price_text, currency) for item in parsed.items]
    known = [p for p in prices if p is not None]
    if prices and len(known) == len(prices):
        lines = sum(p * item.quantity for p, item in zip(known, parsed.items, strict=True))
        out += [lines, lines - quote.discount]
    return list(dict.fromkeys(out))


def _final_warnings(parsed: ParsedMessage, warnings: list[OrderWarning],
                    quote: Quote) -> list[OrderWarning]:
    """Combine the message's warnings with the shop's, naming an edited total precisely."""
    def money(amount: int) -> Amount:
        return Amount(amount, quote.currency)

    out = list(warnings)
    said = parsed.line.total
    # The checksum holds with a total the message itself shows: only the total was
    # changed (the shop's prices may have changed too since the buyer's visit).
    cart = None if parsed.verified else next(
        (t for t in _cart_totals(parsed, quote) if parsed.verifies_with_total(t)), None)
    if cart is not None:
        out = [w for w in out if w.code != "checksum_mismatch"]
        out.append(warn("total_edited", sentence(
            "The total in the order line was edited to {said}; the cart's total was {total}, "
            "and the order uses the shop's prices.", said=money(said), total=money(cart))))
        said = cart
    if said != quote.total:
        out.append(warn("price_changed", sentence(
            "The message says {said} but the shop's prices give {total} (prices, the drop or "
            "the coupon changed since the buyer's visit); the order uses the shop's prices.",
            said=money(said), total=money(quote.total))))
    return out + quote.warnings


def record_order(store: ShopStore, text: str, *, at: str | None = None,
                 channel: str | None = None) -> RecordResult:
    """Record the order a pasted message asks for (one transaction) and return what happened.

    ``at`` is the order's time (UTC ISO; default now): it decides drop prices and whether
    the coupon was valid. Raises OrderRefused, naming the reason, when nothing is recorded.
    """
    if channel is not None and channel not in CHANNELS:
        raise ValidationError(_("Channel {channel!r} is not one of {channels}.").format(
            channel=channel, channels=", ".join(CHANNELS)), field="channel")
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
        order_id = last_id(db.table("orders").insert({
            "reference": parsed.reference, "status": "requested", "channel": channel,
            "buyer_name": buyer.name, "buyer_phone": buyer.phone,
            "buyer_address": buyer.address, "buyer_note": buyer.note,
            "campaign": parsed.line.campaign, "coupon_code": quote.coupon_code,
            "currency": currency, "subtotal": quote.subtotal, "discount": quote.discount,
            "total": quote.total, "message_total": parsed.line.total,
            "warnings": json.dumps([w.as_dict() for w in final], ensure_ascii=False),
            "message": text, "created_at": at, "updated_at": now,
        }))
        db.table("order_lines").insert_all([
            {"order_id": order_id, "product_id": ln.product_id, "variant_id": ln.variant_id,
             "drop_id": ln.drop_id, "sku": ln.sku, "title": ln.title,
             "variant_title": ln.variant_title, "quantity": ln.quantity,
             "unit_price": ln.unit_price, "line_total": ln.line_total}
            for ln in quote.lines])
        db.table("order_events").insert({"order_id": order_id, "at": now, "from_status": None,
                                   "to_status": "requested", "note": RECORDED_NOTE})
    return RecordResult(order_id, parsed.reference, quote.total, currency, False, final)


def _duplicate(row: dict[str, Any], parsed: ParsedMessage, currency: str) -> RecordResult:
    try:
        before = fields_key(find_machine_line(row["message"])[0])
    except OrderRefused:
        before = None
    if before != fields_key(parsed.head):
        raise OrderRefused(_(
            "Order {reference} is already recorded with different items or totals; if the "
            "buyer changed the order, cancel the recorded one and ask for a new request from "
            "the cart.").format(reference=parsed.reference), "reference_conflict")
    warnings = [OrderWarning.from_dict(w) for w in json.loads(row["warnings"])]
    return RecordResult(row["id"], parsed.reference, row["total"], currency, True, warnings)


def delete_order(store: ShopStore, order_id: int) -> None:
    """Remove a recorded order with its lines and history (undo of a paste)."""
    with store.atomic() as db:
        db.execute("DELETE FROM orders WHERE id = ?", [order_id])


def _order_row(store: ShopStore, order_id: int) -> dict[str, Any]:
    rows = store.query("SELECT * FROM orders WHERE id = ?", (order_id,))
    if not rows:
        raise NotFoundError(_("There is no order with id {id}.").format(id=order_id))
    return rows[0]


def event_note(note: str) -> str:
    """An order event's note as the seller reads it: the app's own notes translated."""
    return _(note) if note in (RECORDED_NOTE, PURCHASE_NOTE) else note


def status_name(status: str) -> str:
    """A status in the current language (as it is if unknown)."""
    return _(STATUS_NAMES[status]) if status in STATUS_NAMES else status


def check_transition(current: str, target: str) -> None:
    """Refuse a status change that the order's flow does not allow (one sentence)."""
    if target not in STATUSES:
        raise ValidationError(_("Status {status!r} is not one of {statuses}.").format(
            status=target, statuses=", ".join(STATUSES)), field="status")
    if target == current:
        raise ValidationError(_("The order is already {status}.").format(
            status=status_name(current)), field="status")
    if current == "delivered":
        raise ValidationError(_("A delivered order cannot change status."), field="status")
    if current == "cancelled" and target != "requested":
        raise ValidationError(_("A cancelled order can only be reopened as requested."),
                              field="status")
    if target in FLOW and current in FLOW and FLOW.index(target) < FLOW.index(current):
        raise ValidationError(_("An order cannot go back from {current} to {target} (use undo "
                                "right after a mistake).").format(
            current=status_name(current), target=status_name(target)), field="status")


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
        db.table("orders").update(order_id, values)
        event_id = last_id(db.table("order_events").insert({
            "order_id": order_id, "at": now, "from_status": row["status"],
            "to_status": status, "note": note}))
    return StatusChange(order_id, event_id, row["status"], status, row["tracking_number"])


def revert_status_change(store: ShopStore, change: StatusChange) -> None:
    """Undo a status change: the order's status and tracking number as they were before."""
    with store.atomic() as db:
        row = _order_row(store, change.order_id)
        last = store.scalar("SELECT MAX(id) FROM order_events WHERE order_id = ?",
                            (change.order_id,))
        if last != change.event_id or row["status"] != change.to_status:
            raise ValidationError(_("The order changed again since; undo the later change "
                                    "first."), field="status")
        db.table("orders").update(change.order_id, {"status": change.from_status,
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
        raise NotFoundError(_("There is no order {reference!r}.").format(reference=reference))
    return int(found)


def get_order(store: ShopStore, order_id: int) -> dict[str, Any]:
    """The order row with its lines, events and decoded warnings."""
    row = _order_row(store, order_id)
    row["warnings"] = [OrderWarning.from_dict(w) for w in json.loads(row["warnings"])]
    row["lines"] = store.query("SELECT * FROM order_lines WHERE order_id = ? ORDER BY id",
                               (order_id,))
    row["events"] = store.query("SELECT * FROM order_events WHERE order_id = ? ORDER BY id",
                                (order_id,))
    return row


def list_orders(store: ShopStore, *, status: str | None = None, search: str = "",
                campaign: str | None = None, drop_id: int | None = None) -> list[dict[str, Any]]:
    """Orders newest first, with the number of items; filters combine."""
    where: list[str] = ["1"]
    params: list[object] = []
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
