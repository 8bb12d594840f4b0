"""Commands for orders: add (paste a buyer's message), list, status, template, po, summary."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from ..core.clock import to_iso
from ..core.formats import LOCAL, local_time
from ..core.i18n import _, ngettext
from ..core.money import format_money
from ..core.order_reports import GROUPINGS, sales_summary
from ..core.orders import (
    CHANNELS,
    STATUSES,
    change_status,
    find_order,
    list_orders,
    record_order,
    status_name,
)
from ..core.shop import get_shop
from . import command_help
from .common import (
    UsageError,
    json_option,
    opened,
    print_json,
    print_table,
    read_text_file,
    reading,
    shop_argument,
)


def register(sub: argparse._SubParsersAction) -> None:
    orders = sub.add_parser("orders", help=command_help("orders"),
                            description=_("Record buyers' order-request messages and follow "
                                          "the orders through to delivery."))
    osub = orders.add_subparsers(dest="orders_command", metavar="ACTION", required=True)

    add = osub.add_parser("add", help=_("record the order in a pasted message"),
                          description=_("Record the order a buyer's message asks for. The "
                                        "message may carry the buyer's own words, quotes and "
                                        "re-wrapped lines; a message recorded before is "
                                        "recognised and not recorded twice."))
    shop_argument(add)
    add.add_argument("source", nargs="?", metavar="-", help=_("read the message from stdin"))
    add.add_argument("--message", metavar="FILE", type=Path,
                     help=_("a text file with the message"))
    add.add_argument("--at", metavar="TIME",
                     help=_("when the buyer sent it (ISO 8601, default now): decides drop "
                            "prices and coupon validity"))
    add.add_argument("--channel", choices=CHANNELS, help=_("where the message came from"))
    add.add_argument("--json", action="store_true",
                     help=_("print the result as JSON (the same bytes in every language)"))
    add.set_defaults(func=cmd_add)

    lst = osub.add_parser("list", help=_("list recorded orders"),
                          description=_("List orders, newest first."))
    shop_argument(lst)
    lst.add_argument("--status", choices=STATUSES)
    lst.add_argument("--search", default="", help=_("reference, buyer, phone, SKU or title"))
    json_option(lst)
    lst.set_defaults(func=cmd_list)

    status = osub.add_parser("status", help=_("move an order to a new status"),
                             description=_("Move an order along requested → confirmed → "
                                           "ordered → shipped → delivered, or cancel it."))
    shop_argument(status)
    status.add_argument("reference", metavar="REF", help=_("the order reference (WD-…)"))
    status.add_argument("status", metavar="STATUS", choices=STATUSES)
    status.add_argument("--tracking", metavar="NUMBER", help=_("tracking number (when shipped)"))
    status.add_argument("--note", default="", help=_("a note for the order's history"))
    status.set_defaults(func=cmd_status)

    tpl = osub.add_parser("template", help=_("a filled-in message for the buyer"),
                          description=_("Print a message for the buyer (order confirmed, "
                                        "shipped, delivered, how to use) to copy into the "
                                        "chat."))
    shop_argument(tpl)
    tpl.add_argument("reference", metavar="REF")
    tpl.add_argument("kind", choices=("confirmed", "shipped", "delivered", "how_to_use"))
    tpl.add_argument("--language", help=_("the message's language tag (default: the shop's); "
                                           "also the language of this command's messages"))
    tpl.set_defaults(func=cmd_template)

    po = osub.add_parser("po", help=_("purchase orders for suppliers (PDF or CSV)"),
                         description=_("Write the confirmed orders' purchase orders, grouped "
                                       "by supplier, to a PDF or CSV file."))
    shop_argument(po)
    po.add_argument("--supplier", metavar="NAME",
                    help=_('only this supplier ("no supplier" for products without one)'))
    po.add_argument("-o", "--output", metavar="FILE", type=Path, required=True,
                    help=_("FILE.pdf or FILE.csv"))
    po.add_argument("--mark-ordered", action="store_true",
                    help=_("then move these orders from confirmed to ordered"))
    po.set_defaults(func=cmd_po)

    summary = osub.add_parser("summary", help=_("sales per product, drop or campaign"),
                              description=_("Sales of non-cancelled orders."))
    shop_argument(summary)
    summary.add_argument("--by", choices=GROUPINGS, default="product")
    json_option(summary)
    summary.set_defaults(func=cmd_summary)


def _read_message(args: argparse.Namespace) -> str:
    if (args.message is None) == (args.source is None):
        raise UsageError(_("orders add: give the message as --message FILE or as - (standard "
                           "input)."))
    if args.source is not None and args.source != "-":
        raise UsageError(_("orders add: unexpected argument {argument!r}; use --message FILE "
                           "or -.").format(argument=args.source))
    if args.message is None:
        return sys.stdin.read()
    return read_text_file(args.message, field="message")


def _parse_time(text: str | None) -> str | None:
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(_("--at {time!r} is not an ISO 8601 time such as "
                           "2026-11-22T08:00:00Z.").format(time=text)) from None
    if moment.tzinfo is None:
        raise UsageError(_("--at {time!r} needs a time zone (Z or +08:00).").format(time=text))
    return to_iso(moment.astimezone(UTC))


def cmd_add(args: argparse.Namespace) -> int:
    text = _read_message(args)
    at = _parse_time(args.at)
    with opened(args.shop) as store:
        result = record_order(store, text, at=at, channel=args.channel)
    if args.json:
        print(json.dumps({"order_id": result.order_id, "reference": result.reference,
                          "duplicate": result.duplicate, "total": result.total,
                          "currency": result.currency,
                          "warnings": [w.as_json() for w in result.warnings]},
                         ensure_ascii=False))
        return 0
    print(result.summary())
    for warning in result.warnings:
        print(_("warning [{code}]: {warning}").format(code=warning.code,
                                                       warning=warning.message))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with reading(args.shop) as store:
        rows = list_orders(store, status=args.status, search=args.search)
        locale = get_shop(store).default_language
    if args.json:
        keep = ("reference", "status", "buyer_name", "campaign", "total", "currency", "items",
                "created_at")
        print_json([{k: r[k] for k in keep} for r in rows])
        return 0
    # Times on this computer's clock, as the app shows them.
    print_table([[r["reference"], local_time(r["created_at"], LOCAL).strftime("%Y-%m-%d %H:%M"),
                  status_name(r["status"]),
                  ngettext("{n} item", "{n} items", r["items"]).format(n=r["items"]),
                  format_money(r["total"], r["currency"], locale), r["buyer_name"]]
                 for r in rows], right=(3, 4))
    print(ngettext("{n} order.", "{n} orders.", len(rows)).format(n=len(rows)))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    with opened(args.shop) as store:
        change = change_status(store, find_order(store, args.reference), args.status,
                               note=args.note, tracking_number=args.tracking)
    print(_("{reference}: {before} → {after}.").format(
        reference=args.reference.upper(), before=status_name(change.from_status),
        after=status_name(change.to_status)))
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from ..core.templates_service import fill_template

    with opened(args.shop) as store:
        print(fill_template(store, find_order(store, args.reference), args.kind,
                            args.language))
    return 0


def cmd_po(args: argparse.Namespace) -> int:
    from ..core.purchase_orders import mark_ordered
    from ..media.purchase_pdf import export_purchase_orders

    with opened(args.shop) as store:
        orders = export_purchase_orders(store, args.output, supplier=args.supplier)
        moved = len(mark_ordered(store, orders)) if args.mark_ordered else 0
    for po in orders:
        units = sum(line.quantity for line in po.lines)
        n = len(po.order_ids)
        print(_("{supplier}: {orders}, {units}.").format(
            supplier=po.label, orders=ngettext("{n} order", "{n} orders", n).format(n=n),
            units=ngettext("{n} unit", "{n} units", units).format(n=units)))
    if moved:
        print(ngettext("Wrote {path}. {n} order is now ordered.",
                       "Wrote {path}. {n} orders are now ordered.", moved).format(
            path=args.output, n=moved))
    else:
        print(_("Wrote {path}.").format(path=args.output))
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    with reading(args.shop) as store:
        rows = sales_summary(store, args.by)
        shop = get_shop(store)
    if args.json:
        print_json([{"label": r["label"] or "", "orders": r["orders"], "units": r["units"] or 0,
                     "revenue": r["revenue"] or 0, "currency": shop.currency} for r in rows])
        return 0
    print_table([[r["label"] or _("(none)"),
                  ngettext("{n} order", "{n} orders", r["orders"]).format(n=r["orders"]),
                  ngettext("{n} unit", "{n} units", r["units"] or 0).format(n=r["units"] or 0),
                  format_money(r["revenue"] or 0, shop.currency, shop.default_language)]
                 for r in rows], right=(1, 2, 3))
    return 0
