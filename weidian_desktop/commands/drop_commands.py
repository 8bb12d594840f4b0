"""The ``drops`` command: list, add, edit and delete limited drops.

Each action calls the core functions the Drops & coupons page calls (create_drop,
update_drop, delete_drop), so a drop is refused with the app's sentence.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..core.fields import value_label
from ..core.i18n import N_, _, ngettext
from . import command_help
from .common import (
    UsageError,
    json_option,
    opened,
    print_json,
    print_table,
    reading,
    shop_argument,
    to_utc,
)

if TYPE_CHECKING:
    from ..core.drops import Drop, DropItem
    from ..core.store import ShopStore

TIMES = N_("Times are ISO 8601 with a zone (2026-11-11T20:00+08:00 or …Z) or a date and time "
          "on the drop's clock (2026-11-11 20:00; --zone, by default the shop's).")


def register(sub: argparse._SubParsersAction) -> None:
    drops = sub.add_parser(
        "drops", help=command_help("drops"),
        description=_("Limited drops: products at a drop price, each with an optional cap, "
                      "for a fixed window, with an optional preview 1 to 7 days before the "
                      "launch."), epilog=_(TIMES))
    dsub = drops.add_subparsers(dest="drops_command", metavar="ACTION", required=True)

    lst = dsub.add_parser("list", help=_("list drops, the latest start first"),
                          description=_("List drops, the latest start first, with their "
                                        "state now and what is left of each capped item."))
    shop_argument(lst)
    json_option(lst)
    lst.set_defaults(func=cmd_list)

    add = dsub.add_parser("add", help=_("add a drop"),
                          description=_("Add a drop; it is checked as the app checks it."),
                          epilog=_(TIMES))
    shop_argument(add)
    _drop_options(add, new=True)
    add.set_defaults(func=cmd_add)

    edit = dsub.add_parser("edit", help=_("change a drop"),
                           description=_("Change what is given of a drop; --item replaces "
                                         "its products."), epilog=_(TIMES))
    shop_argument(edit)
    edit.add_argument("slug", metavar="SLUG", help=_("the drop's slug (see drops list)"))
    _drop_options(edit, new=False)
    edit.set_defaults(func=cmd_edit)

    delete = dsub.add_parser("delete", help=_("delete a drop and its coupons"),
                             description=_("Delete a drop and the coupons made for it; "
                                           "recorded orders keep their lines."))
    shop_argument(delete)
    delete.add_argument("slug", metavar="SLUG", help=_("the drop's slug"))
    delete.set_defaults(func=cmd_delete)


def _drop_options(parser: argparse.ArgumentParser, *, new: bool) -> None:
    parser.add_argument("--name", required=new, help=_("the drop's name"))
    parser.add_argument("--description", metavar="TEXT", help=_("a few words about the drop"))
    parser.add_argument("--start", metavar="TIME", required=new, help=_("the launch"))
    parser.add_argument("--end", metavar="TIME", required=new, help=_("the end"))
    preview = parser.add_mutually_exclusive_group()
    preview.add_argument("--preview", metavar="TIME",
                         help=_("show the drop from this time, 1 to 7 days before the launch"))
    if not new:
        preview.add_argument("--no-preview", action="store_true", help=_("no preview"))
    parser.add_argument("--zone", metavar="ZONE",
                        help=_("the IANA time zone the drop is planned in, e.g. Asia/Shanghai "
                               "(default: the shop's)"))
    parser.add_argument("--item", metavar="PRODUCT[:PRICE[:CAP]]", action="append",
                        help=_("a product by its slug (SLUG/SKU: one variant), its drop price "
                               "(empty: the regular price) and how many are made (empty: no "
                               "limit), e.g. silk-scarf:99:20; repeat for each product"))
    parser.add_argument("--status", choices=("published", "draft"),
                        default="published" if new else None,
                        help=_("a draft is not in the exported shop (default: published)"))
    if new:
        parser.add_argument("--slug", help=_("the drop's web address (default: from its "
                                             "name)"))


def _items(store: ShopStore, specs: list[str], currency: str) -> list[DropItem]:
    """``--item`` values as drop items, read the way the drop editor reads its table."""
    from ..core.drop_checks import parse_cap
    from ..core.drops import DropItem
    from ..core.errors import NotFoundError
    from ..core.money import parse_money_or_none
    from ..core.product_select import ids_by_slug

    items = []
    for spec in specs:
        parts = spec.split(":")
        if len(parts) > 3 or not parts[0].strip():
            raise UsageError(_("--item {spec!r} is not PRODUCT[:PRICE[:CAP]], for example "
                               "silk-scarf:99:20.").format(spec=spec))
        ref, price, cap = [*parts, "", ""][:3]
        slug, _slash, sku = ref.strip().partition("/")
        product_id = ids_by_slug(store, [slug])[0]
        label = str(store.scalar("SELECT title FROM products WHERE id = ?", (product_id,)))
        variant_id = None
        if sku:
            row = store.query("SELECT id, trim(COALESCE(option1, '') || ' ' || "
                              "COALESCE(option2, '')) AS opt FROM variants "
                              "WHERE product_id = ? AND sku = ?", (product_id, sku))
            if not row:
                raise NotFoundError(_("{product} has no variant with the SKU {sku!r}.")
                                    .format(product=label, sku=sku))
            variant_id, label = row[0]["id"], f"{label} — {row[0]['opt']}"
        items.append(DropItem(product_id, variant_id,
                              parse_money_or_none(price, currency, field="drop_price"),
                              parse_cap(cap, label)))
    return items


def cmd_add(args: argparse.Namespace) -> int:
    from ..core.drops import Drop, create_drop
    from ..core.shop import get_shop

    with opened(args.shop) as store:
        shop = get_shop(store)
        zone = args.zone or shop.timezone
        drop = Drop(name=args.name, description=args.description or "", timezone=zone,
                    starts_at=to_utc(args.start, zone, field="starts_at") or "",
                    ends_at=to_utc(args.end, zone, field="ends_at") or "",
                    preview_at=to_utc(args.preview, zone, field="preview_at"),
                    status=args.status, slug=args.slug,
                    items=_items(store, args.item or [], shop.currency))
        create_drop(store, drop)
    print(_("Added the drop “{name}” ({slug}).").format(name=drop.name, slug=drop.slug))
    _print_times(drop)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from ..core.drops import find_drop, update_drop
    from ..core.shop import get_shop

    with opened(args.shop) as store:
        shop = get_shop(store)
        drop = find_drop(store, args.slug)
        zone = args.zone or drop.timezone or shop.timezone
        drop.timezone = zone
        if args.name is not None:
            drop.name = args.name
        if args.description is not None:
            drop.description = args.description
        if args.status is not None:
            drop.status = args.status
        drop.starts_at = to_utc(args.start, zone, field="starts_at") or drop.starts_at
        drop.ends_at = to_utc(args.end, zone, field="ends_at") or drop.ends_at
        if args.no_preview:
            drop.preview_at = None
        elif args.preview is not None:
            drop.preview_at = to_utc(args.preview, zone, field="preview_at")
        if args.item:
            drop.items = _items(store, args.item, shop.currency)
        update_drop(store, drop)
    print(_("Changed the drop “{name}” ({slug}).").format(name=drop.name, slug=drop.slug))
    _print_times(drop)
    return 0


def _print_times(drop: Drop) -> None:
    from ..core.schedule import format_local

    zone = drop.timezone or "UTC"
    print(_("From {start} to {end}.").format(start=format_local(drop.starts_at, zone),
                                             end=format_local(drop.ends_at, zone)))
    if drop.preview_at:
        print(_("Preview from {time}.").format(time=format_local(drop.preview_at, zone)))


def cmd_delete(args: argparse.Namespace) -> int:
    from ..core.drops import delete_drop, find_drop

    with opened(args.shop) as store:
        deleted = delete_drop(store, find_drop(store, args.slug).id or 0)
    print(_("Deleted the drop “{name}”.").format(name=deleted.drop.name))
    codes = [c["code"] for c in deleted.coupons]
    if codes:
        print(ngettext("Its coupon {codes} was deleted with it.",
                       "Its coupons {codes} were deleted with it.", len(codes))
              .format(codes=", ".join(codes)))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ..core.drops import drop_state, list_drops, remaining
    from ..core.schedule import format_local
    from ..core.shop import get_shop

    with reading(args.shop) as store:
        currency = get_shop(store).currency
        drops = list_drops(store)
        slugs = dict(store.conn.execute("SELECT id, slug FROM products").fetchall())
        skus = dict(store.conn.execute("SELECT id, sku FROM variants").fetchall())
        rows = [(d, drop_state(store, d), remaining(store, d)) for d in drops]
    if args.json:
        print_json([{
            "slug": d.slug, "name": d.name, "status": d.status, "state": state,
            "timezone": d.timezone, "preview_at": d.preview_at, "starts_at": d.starts_at,
            "ends_at": d.ends_at, "description": d.description, "currency": currency,
            "items": [{"product": slugs.get(i.product_id), "variant_sku": skus.get(i.variant_id),
                       "drop_price": i.drop_price, "quantity_cap": i.quantity_cap,
                       "left": left.get(i.id or 0)} for i in d.items],
        } for d, state, left in rows])
        return 0
    table = []
    for d, state, left in rows:
        zone = d.timezone or "UTC"
        capped = [n for n in left.values() if n is not None]
        table.append([d.slug or "", value_label("drop_state", state),
                      format_local(d.starts_at, zone), "→",
                      format_local(d.ends_at, zone),
                      ngettext("{n} product", "{n} products", len(d.items)).format(
                          n=len(d.items)),
                      _("{left} left").format(left=sum(capped)) if capped else "-", d.name])
    print_table(table)
    print(ngettext("{n} drop.", "{n} drops.", len(rows)).format(n=len(rows)))
    return 0
