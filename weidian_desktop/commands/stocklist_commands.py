"""Commands for supplier stocklists: import a catalogue (a sync), pick items into the shop."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import ValidationError, WeidianError
from ..core.i18n import _, ngettext
from ..stocklists.detect import FORMATS
from ..stocklists.pick import ROUNDINGS
from . import command_help
from .common import opened, shop_argument

if TYPE_CHECKING:
    from ..stocklists.importer import ImportPreview

LISTED = 20  # new items and price changes listed by name; the rest are counted


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser(
        "import", help=command_help("import"),
        description=_("Import a supplier catalogue (Shopify or WooCommerce product CSV, "
                      "Google Merchant feed, 淘宝助理 data pack, or any CSV/TSV through a "
                      "column mapping). A re-import is a sync: new items, price changes and "
                      "discontinued items are printed, and picked products follow the "
                      "supplier except for the fields the seller edited. Bad lines are skipped "
                      "and listed; the rest is written in one transaction."))
    shop_argument(imp)
    imp.add_argument("file", metavar="FILE", type=Path, help=_("the supplier's file"))
    imp.add_argument("--format", choices=FORMATS, default="auto",
                     help=_("the file's format (default: detected)"))
    imp.add_argument("--supplier", metavar="NAME",
                     help=_("the supplier's name (default: the file name without "
                            "extension)"))
    imp.add_argument("--mapping", metavar="FILE.json", type=Path,
                     help=_('column mapping for a generic CSV, e.g. {{"sku": "货号", "title": '
                            '"品名", "price": "批发价"}} (default: the one remembered for the '
                            "supplier, or guessed from the header)").format())  # {{ }}: braces
    imp.add_argument("--currency", metavar="CODE",
                     help=_("the currency of the file's prices (default: the supplier's, "
                            "else the shop's)"))
    imp.add_argument("--dry-run", action="store_true",
                     help=_("show what the import would change and write nothing"))
    imp.set_defaults(func=cmd_import)

    pck = sub.add_parser(
        "pick", help=command_help("pick"),
        description=_("Make shop products from a supplier's items with a markup rule: shop "
                      "price = supplier price x (1 + PERCENT/100) + AMOUNT, rounded up. "
                      "Products stay linked to the supplier item and are on request unless "
                      "--in-stock is given."))
    shop_argument(pck)
    pck.add_argument("--supplier", metavar="NAME", required=True)
    which = pck.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help=_("every item the supplier lists"))
    which.add_argument("--sku", metavar="SKU", nargs="+", help=_("the supplier SKUs to pick"))
    pck.add_argument("--markup", metavar="PERCENT", type=_decimal, default=Decimal(0),
                     help=_("percent added to the supplier price (default 0)"))
    pck.add_argument("--add", metavar="AMOUNT", default="0",
                     help=_("a fixed amount added after the percent, in the shop currency"))
    pck.add_argument("--round", choices=ROUNDINGS, default="none", dest="rounding",
                     help=_("lift prices to the next .99, .90 or whole unit"))
    pck.add_argument("--rate", metavar="RATE", type=_decimal,
                     help=_("exchange rate when the supplier's currency is not the shop's"))
    pck.add_argument("--in-stock", action="store_true",
                     help=_("carry the supplier's stock counts instead of 'on request'"))
    pck.add_argument("--publish", action="store_true",
                     help=_("publish the new products at once (default: drafts, which the "
                            "exported shop leaves out)"))
    pck.set_defaults(func=cmd_pick)


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text.strip().rstrip("%"))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(_("{text!r} is not a number").format(
            text=text)) from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(_("{text!r} is not a number").format(text=text))
    return value


def _mapping(path: Path | None) -> dict | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ValidationError(_("The mapping file {path} does not exist.").format(path=path),
                              field="mapping") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(_("The mapping file {path} is not JSON ({reason}).").format(
            path=path, reason=exc), field="mapping") from None
    if not isinstance(data, dict):
        raise ValidationError(_("The mapping file {path} must hold one JSON object of field "
                                "names and column names.").format(path=path), field="mapping")
    return data


def _money(amount: int | None, currency: str) -> str:
    from ..core.money import format_plain

    return "-" if amount is None else f"{format_plain(amount, currency)} {currency}"


def diff_lines(preview: ImportPreview) -> list[str]:
    """The sync diff and every problem line, as printed by ``import``."""
    from ..stocklists.detect import format_label
    from ..stocklists.importer import problem_line

    plan, parsed = preview.plan, preview.parsed
    rows = len(parsed.rows)
    lines = [_("{file}: {format} ({encoding}) for supplier {supplier!r}: {items} on "
               "{lines}.").format(
                 file=preview.path.name, format=format_label(parsed.format),
                 encoding=preview.encoding, supplier=preview.supplier,
                 items=ngettext("{n} item", "{n} items", rows).format(n=rows),
                 lines=ngettext("{n} line", "{n} lines", parsed.data_lines).format(
                     n=parsed.data_lines)),
             _("Sync: {summary}.").format(summary=plan.summary())]
    if plan.new:
        lines.append(_("New items ({n}):").format(n=len(plan.new)))
        lines += [f"  {row.sku}  {row.title}  "
                  f"{_money(row.price, row.currency or preview.currency)}"
                  for row, _values in plan.new[:LISTED]]
        if len(plan.new) > LISTED:
            lines.append("  " + _("… and {n} more").format(n=len(plan.new) - LISTED))
    changes = plan.price_changes
    if changes:
        currency = preview.currency
        lines.append(_("Price changes ({n}):").format(n=len(changes)))
        lines += [f"  {c.sku}  {c.title}  {_money(c.old_price, currency)} → "
                  f"{_money(c.new_price, currency)}" for c in changes[:LISTED]]
        if len(changes) > LISTED:
            lines.append("  " + _("… and {n} more").format(n=len(changes) - LISTED))
    if plan.discontinued:
        lines.append(_("Discontinued ({n}):").format(n=len(plan.discontinued)))
        for gone in plan.discontinued:
            n = len(gone.product_ids)
            picked = ("  " + ngettext("(picked into {n} shop product: flagged)",
                                      "(picked into {n} shop products: flagged)", n).format(n=n)
                      if n else "")
            lines.append(f"  {gone.sku}  {gone.title}{picked}")
    skipped = [p for p in parsed.problems if p.skipped]
    warnings = [p for p in parsed.problems if not p.skipped]
    if skipped:
        lines.append(_("Skipped lines ({n}):").format(n=len(skipped)))
        lines += ["  " + problem_line(p) for p in skipped]
    if warnings:
        lines.append(_("Warnings ({n}):").format(n=len(warnings)))
        lines += ["  " + problem_line(p) for p in warnings]
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    from ..stocklists.importer import apply_import, preview_import

    mapping = _mapping(args.mapping)
    with opened(args.shop) as store:
        preview = preview_import(store, args.file, format=args.format, supplier=args.supplier,
                                 mapping=mapping, currency=args.currency)
        print("\n".join(diff_lines(preview)))
        if args.dry_run:
            print(_("Dry run: nothing was written."))
            return 0
        report = apply_import(store, preview)
    skipped = len(report.skipped)
    # Translators: counts of catalogue items; "label: number" forms suit Italian.
    print(_("Imported in {seconds:.1f} s: {added} new, {updated} changed, {discontinued} "
            "discontinued, {picked}; {skipped}.").format(
        seconds=report.seconds, added=report.added, updated=report.updated,
        discontinued=report.discontinued,
        picked=ngettext("{n} picked product updated", "{n} picked products updated",
                        report.products_updated).format(n=report.products_updated),
        skipped=ngettext("{n} line skipped", "{n} lines skipped", skipped).format(n=skipped)))
    return 0


def cmd_pick(args: argparse.Namespace) -> int:
    from ..core.money import parse_money
    from ..stocklists.pick import MarkupRule, pick_items
    from ..stocklists.picked import margins

    with opened(args.shop) as store:
        currency = str(store.scalar("SELECT currency FROM shop WHERE id = 1"))
        try:
            fixed = parse_money(args.add, currency, field="add")
        except WeidianError:
            raise ValidationError(_("--add {amount!r} is not an amount of {currency}.").format(
                amount=args.add, currency=currency), field="add") from None
        rule = MarkupRule(percent=args.markup, fixed=fixed, rounding=args.rounding,
                          rate=args.rate)
        result = pick_items(store, args.supplier, args.sku, all=args.all, markup=rule,
                            availability="in_stock" if args.in_stock else "on_request",
                        status="published" if args.publish else "draft")
        rows = margins(store, result.product_ids)
    for m in rows:
        margin = (_("margin unknown") if m.amount is None else
                  _("margin {amount} ({percent:.1f}%)").format(
                      amount=_money(m.amount, m.currency), percent=m.percent))
        print(f"  {m.title}  {_money(m.price, m.currency)}  {margin}")
    for sku, reason in result.skipped:
        print("  " + _("skipped {sku}: {reason}").format(sku=sku, reason=reason))
    n, left_out = len(result.product_ids), len(result.skipped)
    print(_("Picked {products} from {supplier!r} ({skipped}).").format(
        products=ngettext("{n} product", "{n} products", n).format(n=n),
        supplier=args.supplier,
        skipped=ngettext("{n} item skipped", "{n} items skipped", left_out).format(n=left_out)))
    if args.publish and n:
        print(ngettext("{n} product is published.", "All {n} products are published.", n)
              .format(n=n))
    return 0
