"""The ``coupons`` command: list, add and delete coupon codes.

Each action calls the core functions the coupon editor calls (parse_value, create_coupon,
delete_coupon), so a code is refused with the app's sentence.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..core.fields import value_label
from ..core.i18n import N_, _, ngettext
from . import command_help
from .common import (
    json_option,
    opened,
    print_json,
    print_table,
    reading,
    shop_argument,
    to_utc,
)

if TYPE_CHECKING:
    from ..core.coupons import Coupon
    from ..core.store import ShopStore

TIMES = N_("Times are ISO 8601 with a zone (2026-11-11T20:00+08:00 or …Z) or a date and time "
           "on the shop's clock (2026-11-11 20:00). Uses are counted from recorded orders.")
_TARGETS = {"product": "SELECT slug FROM products WHERE id = ?",
            "collection": "SELECT slug FROM collections WHERE id = ?",
            "drop": "SELECT slug FROM drops WHERE id = ?"}


def register(sub: argparse._SubParsersAction) -> None:
    coupons = sub.add_parser(
        "coupons", help=command_help("coupons"),
        description=_("Coupon codes buyers type in the cart: percent or amount off, a "
                      "minimum, a validity window, a scope and a maximum of uses."),
        epilog=_(TIMES))
    csub = coupons.add_subparsers(dest="coupons_command", metavar="ACTION", required=True)

    lst = csub.add_parser("list", help=_("list coupons by code"),
                          description=_("List coupons by code with their state now and "
                                        "how often they were used."))
    shop_argument(lst)
    json_option(lst)
    lst.set_defaults(func=cmd_list)

    add = csub.add_parser("add", help=_("add a coupon"),
                          description=_("Add a coupon; it is checked as the app checks it."),
                          epilog=_(TIMES))
    shop_argument(add)
    add.add_argument("code", metavar="CODE",
                     help=_("letters, digits and dashes, like SPRING-10 (any case)"))
    off = add.add_mutually_exclusive_group(required=True)
    off.add_argument("--percent", metavar="N", help=_("a whole percentage off"))
    off.add_argument("--amount", metavar="AMOUNT", help=_("an amount off, in the shop currency"))
    add.add_argument("--min", metavar="AMOUNT", dest="minimum",
                     help=_("the smallest order it applies to (default: no minimum)"))
    add.add_argument("--from", metavar="TIME", dest="starts",
                     help=_("valid from (default: now)"))
    add.add_argument("--until", metavar="TIME", dest="ends", help=_("valid until (default: "
                                                                     "no end)"))
    scope = add.add_mutually_exclusive_group()
    scope.add_argument("--product", metavar="SLUG", help=_("only for this product"))
    scope.add_argument("--collection", metavar="SLUG", help=_("only for this collection"))
    scope.add_argument("--drop", metavar="SLUG", help=_("only for this drop's products"))
    add.add_argument("--max-uses", metavar="N", type=int,
                     help=_("how many orders may use it (default: no limit)"))
    add.set_defaults(func=cmd_add)

    delete = csub.add_parser("delete", help=_("delete a coupon"),
                             description=_("Delete a coupon; recorded orders keep their "
                                           "discount."))
    shop_argument(delete)
    delete.add_argument("code", metavar="CODE")
    delete.set_defaults(func=cmd_delete)


def _target(store: ShopStore, args: argparse.Namespace) -> tuple[str, int | None]:
    """The scope the options name and its target's id."""
    from ..core.drops import find_drop
    from ..core.errors import NotFoundError
    from ..core.product_select import ids_by_slug

    if args.product:
        return "product", ids_by_slug(store, [args.product])[0]
    if args.drop:
        return "drop", find_drop(store, args.drop).id
    if args.collection:
        found = store.scalar("SELECT id FROM collections WHERE slug = ?", (args.collection,))
        if not isinstance(found, int):
            raise NotFoundError(_("There is no collection with the slug {slug!r}.")
                                .format(slug=args.collection))
        return "collection", found
    return "shop", None


def cmd_add(args: argparse.Namespace) -> int:
    from ..core.coupons import Coupon, create_coupon, describe, parse_value
    from ..core.money import parse_money
    from ..core.shop import get_shop

    with opened(args.shop) as store:
        shop = get_shop(store)
        kind = "percent" if args.percent is not None else "fixed"
        scope, target = _target(store, args)
        coupon = Coupon(
            code=args.code, kind=kind,
            value=parse_value(args.percent if kind == "percent" else args.amount, kind,
                              shop.currency),
            min_order=parse_money(args.minimum, shop.currency, field="min_order")
            if args.minimum else 0,
            starts_at=to_utc(args.starts, shop.timezone, field="starts_at"),
            ends_at=to_utc(args.ends, shop.timezone, field="ends_at"),
            scope=scope, collection_id=target if scope == "collection" else None,
            product_id=target if scope == "product" else None,
            drop_id=target if scope == "drop" else None, max_uses=args.max_uses)
        create_coupon(store, coupon)
    print(_("Added the coupon {code}: {discount}.").format(
        code=coupon.code, discount=describe(coupon, shop.currency, shop.default_language)))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from ..core.coupons import delete_coupon, find_coupon

    with opened(args.shop) as store:
        gone = delete_coupon(store, find_coupon(store, args.code).id or 0)
    print(_("Deleted the coupon {code}.").format(code=gone.code))
    return 0


def _target_slug(store: ShopStore, coupon: Coupon) -> str | None:
    target = coupon.product_id or coupon.collection_id or coupon.drop_id
    if coupon.scope not in _TARGETS or target is None:
        return None
    return store.scalar(_TARGETS[coupon.scope], (target,))


def cmd_list(args: argparse.Namespace) -> int:
    from ..core.coupons import coupon_state, describe, list_coupons
    from ..core.order_pricing import coupon_uses
    from ..core.schedule import format_local
    from ..core.shop import get_shop

    with reading(args.shop) as store:
        shop = get_shop(store)
        rows = [(c, coupon_state(store, c), coupon_uses(store, c.code), _target_slug(store, c))
                for c in list_coupons(store)]
    if args.json:
        print_json([{
            "code": c.code, "kind": c.kind, "value": c.value, "min_order": c.min_order,
            "currency": shop.currency, "starts_at": c.starts_at, "ends_at": c.ends_at,
            "scope": c.scope, "target": target, "max_uses": c.max_uses, "uses": uses,
            "state": state} for c, state, uses, target in rows])
        return 0
    print_table([[c.code, value_label("coupon_state", state),
                  describe(c, shop.currency, shop.default_language),
                  f"{value_label('scope', c.scope)}: {target}" if target
                  else value_label("scope", c.scope),
                  format_local(c.starts_at, shop.timezone) if c.starts_at else "…", "→",
                  format_local(c.ends_at, shop.timezone) if c.ends_at else "…",
                  f"{uses}/{c.max_uses}" if c.max_uses else str(uses)]
                 for c, state, uses, target in rows], right=[7])
    print(ngettext("{n} coupon.", "{n} coupons.", len(rows)).format(n=len(rows)))
    return 0
