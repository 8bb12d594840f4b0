"""The ``products`` command: list the shop's products, publish and unpublish them."""

from __future__ import annotations

import argparse

from ..core.fields import value_label
from ..core.i18n import _, ngettext
from . import command_help
from .common import json_option, opened, print_json, print_table, reading, shop_argument

STATUSES = ("draft", "published")


def register(sub: argparse._SubParsersAction) -> None:
    products = sub.add_parser(
        "products", help=command_help("products"),
        description=_("List the shop's products; publish or unpublish them. Picked products "
                      "are drafts: only published ones are in the exported shop."))
    psub = products.add_subparsers(dest="products_command", metavar="ACTION", required=True)

    lst = psub.add_parser("list", help=_("list products in the shop's order"),
                          description=_("List products in the shop's order: slug, status, "
                                        "price, availability and title."))
    shop_argument(lst)
    lst.add_argument("--status", choices=STATUSES, help=_("only drafts or published ones"))
    lst.add_argument("--supplier", metavar="NAME",
                     help=_("only the products picked from this supplier"))
    json_option(lst)
    lst.set_defaults(func=cmd_list)

    for action, status, text, description in (
            ("publish", "published", _("put products in the exported shop"),
             _("Publish products: the next export shows them.")),
            ("unpublish", "draft", _("take products out of the exported shop (drafts)"),
             _("Make products drafts again: the next export leaves them out."))):
        parser = psub.add_parser(action, help=text, description=description)
        shop_argument(parser)
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--all", action="store_true", help=_("every product"))
        which.add_argument("--slug", metavar="SLUG", nargs="+",
                           help=_("the products with these slugs"))
        which.add_argument("--supplier", metavar="NAME",
                           help=_("the products picked from this supplier"))
        parser.set_defaults(func=cmd_set_status, status=status)


def cmd_list(args: argparse.Namespace) -> int:
    from ..core.money import format_money
    from ..core.product_select import product_ids, rows_in_order, supplier_names
    from ..core.shop import get_shop

    with reading(args.shop) as store:
        rows = rows_in_order(store, product_ids(store, status=args.status,
                                                supplier=args.supplier))
        shop = get_shop(store)
        suppliers = supplier_names(store)
    if args.json:
        print_json([{"slug": r.slug, "title": r.title, "status": r.status, "price": r.price,
                     "currency": shop.currency, "availability": r.availability,
                     "quantity": r.quantity, "sku": r.sku, "variants": r.variant_count,
                     "supplier": suppliers.get(r.id)} for r in rows])
        return 0
    print_table([[r.slug, value_label("status", r.status),
                  format_money(r.price, shop.currency, shop.default_language),
                  value_label("availability", r.availability), r.title] for r in rows],
                right=[2])
    print(ngettext("{n} product.", "{n} products.", len(rows)).format(n=len(rows)))
    return 0


def cmd_set_status(args: argparse.Namespace) -> int:
    from ..core.product_select import ids_by_slug, product_ids
    from ..core.products import bulk_update

    with opened(args.shop) as store:
        if args.slug:
            ids = ids_by_slug(store, args.slug)
        else:
            ids = product_ids(store, supplier=args.supplier)
        already = set(product_ids(store, status=args.status)) & set(ids)
        changed = [i for i in ids if i not in already]
        if changed:
            # The Products page's bulk Publish/Unpublish: one action, the same function.
            bulk_update(store, changed, status=args.status)
    n, m = len(changed), len(already)
    if args.status == "published":
        print(ngettext("Published {n} product.", "Published {n} products.", n).format(n=n))
        if m:
            print(ngettext("{m} was published already.", "{m} were published already.", m)
                  .format(m=m))
    else:
        print(ngettext("Unpublished {n} product.", "Unpublished {n} products.", n).format(n=n))
        if m:
            print(ngettext("{m} was a draft already.", "{m} were drafts already.", m)
                  .format(m=m))
    return 0
