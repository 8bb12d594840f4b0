"""Pick supplier items into the shop with a markup rule, keeping the link to the supplier."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from decimal import ROUND_CEILING, Decimal

from ..core.errors import NotFoundError, ValidationError
from ..core.i18n import _
from ..core.money import MAX_MAJOR, format_plain, max_minor, minor_digits
from ..core.products import (
    Product,
    ProductOption,
    Variant,
    create_products,
    delete_products,
    restore_products,
)
from ..core.progress import CancelFn, ProgressFn
from ..core.shop import get_setting, set_setting
from ..core.store import ShopStore
from .import_choices import catalogue_language
from .rows import safe_sku

ROUNDINGS = ("none", ".99", ".90", "whole")
RULES_KEY = "stocklists.markup"  # settings: the rule each picked product was priced with
MAX_TITLE = 200


@dataclass(frozen=True)
class MarkupRule:
    """Shop price = supplier price x rate x (1 + percent/100) + fixed, rounded up.

    ``fixed`` is in minor units of the shop currency; ``rate`` converts the
    supplier's currency into the shop's (needed only when they differ);
    ``rounding`` lifts the result to the next .99, .90 or whole unit.
    """

    percent: Decimal = Decimal(0)
    fixed: int = 0
    rounding: str = "none"
    rate: Decimal | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "percent", Decimal(str(self.percent)))
        if self.rate is not None:
            object.__setattr__(self, "rate", Decimal(str(self.rate)))
        if self.rounding not in ROUNDINGS:
            raise ValidationError(_("Rounding {rounding!r} is not one of {roundings}.").format(
                rounding=self.rounding, roundings=", ".join(ROUNDINGS)), field="rounding")
        if self.percent <= -100 or self.fixed < 0 or (self.rate is not None and self.rate <= 0):
            raise ValidationError(_("A markup must leave a price above zero: percent above "
                                    "-100, fixed amount and rate not negative."), field="markup")

    def price(self, supplier_price: int, supplier_currency: str, shop_currency: str) -> int:
        """The shop price in minor units of ``shop_currency``."""
        amount = Decimal(supplier_price).scaleb(-minor_digits(supplier_currency))
        if supplier_currency != shop_currency:
            if self.rate is None:
                raise ValidationError(
                    _("The supplier's prices are in {supplier_currency} and the shop sells in "
                      "{shop_currency}; give an exchange rate with the markup.").format(
                        supplier_currency=supplier_currency, shop_currency=shop_currency),
                    field="rate")
            amount *= self.rate
        digits = minor_digits(shop_currency)
        amount = amount * (100 + self.percent) / 100 + Decimal(self.fixed).scaleb(-digits)
        minor = (int(amount.scaleb(digits).to_integral_value(ROUND_CEILING))
                 if amount < MAX_MAJOR else max_minor(shop_currency) + 1)  # 1e30: no int
        minor = round_price(minor, self.rounding, digits)
        if minor > max_minor(shop_currency):
            raise ValidationError(_(
                "The markup lifts the supplier price {price} to more than {limit} "
                "{currency}, which no price can be; lower the markup.").format(
                    price=format_plain(supplier_price, supplier_currency),
                    limit=f"{MAX_MAJOR:,}", currency=shop_currency), field="price")
        return minor

    def as_dict(self) -> dict:
        data = asdict(self)
        data["percent"] = str(self.percent)
        data["rate"] = None if self.rate is None else str(self.rate)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> MarkupRule:
        return cls(Decimal(data["percent"]), int(data["fixed"]), data["rounding"],
                   None if data.get("rate") is None else Decimal(data["rate"]))


def round_price(minor: int, rounding: str, digits: int) -> int:
    """Lift ``minor`` to the next price ending in .99 or .90, or to a whole unit."""
    unit = 10**digits
    if rounding == "none" or minor <= 0:
        return minor
    if rounding == "whole" or digits < 2:
        return -(-minor // unit) * unit
    ending = unit - 10 ** (digits - 2) if rounding == ".99" else unit - 10 ** (digits - 1)
    candidate = minor // unit * unit + ending
    return candidate if candidate >= minor else candidate + unit


@dataclass
class PickResult:
    """Products made by a pick and the items left out, each with its reason."""

    product_ids: list[int] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (sku, reason)


def pick(store: ShopStore, supplier_name: str, skus: Iterable[str] | None = None, *,
         all: bool = False, markup: MarkupRule | None = None,
         availability: str = "on_request", status: str = "draft",
         progress: ProgressFn | None = None,
         cancel: CancelFn | None = None) -> list[int]:
    """Make shop products from supplier items (one transaction); returns the new ids."""
    return pick_items(store, supplier_name, skus, all=all, markup=markup,
                      availability=availability, status=status, progress=progress,
                      cancel=cancel).product_ids


def pick_items(store: ShopStore, supplier_name: str, skus: Iterable[str] | None = None, *,
               all: bool = False, markup: MarkupRule | None = None,
               availability: str = "on_request", status: str = "draft",
               progress: ProgressFn | None = None,
               cancel: CancelFn | None = None) -> PickResult:
    """Like ``pick`` but also says which items were left out and why."""
    markup = markup or MarkupRule()
    if availability not in ("on_request", "in_stock"):
        raise ValidationError(_("Picked products are on request or carry the supplier's stock."),
                              field="availability")
    supplier = store.query("SELECT id, name FROM suppliers WHERE name = ?", (supplier_name,))
    if not supplier:
        raise NotFoundError(_("There is no supplier named {supplier!r}; import its "
                              "catalogue first.").format(supplier=supplier_name))
    supplier_id = supplier[0]["id"]
    items = _items(store, supplier_id, skus, all, supplier[0]["name"])
    result = PickResult()
    shop_currency = str(store.scalar("SELECT currency FROM shop WHERE id = 1"))
    taken = _skus_in_shop(store)
    groups: dict[str, list[dict]] = {}
    for item in items:
        if item["status"] != "active":
            result.skipped.append((item["sku"], _("the supplier no longer lists it")))
        elif item["picked"]:
            result.skipped.append((item["sku"], _("it is already in the shop")))
        else:
            groups.setdefault(item["group_key"] or f"\0{item['sku']}", []).append(item)
    products: list[Product] = []
    # Titles in another language than the shop's default are that language's text too:
    # its tab in the editor shows them as its own, not as the default text shown instead.
    language = catalogue_language(store, supplier_id)
    default_language = str(store.scalar("SELECT default_language FROM shop WHERE id = 1"))
    for group in groups.values():
        try:
            product = _product(group, markup, shop_currency, availability, status)
        except ValidationError as exc:
            if exc.field != "price":  # no rate, bad rule: the whole pick is wrong
                raise
            # No price, or the markup lifts it beyond any price: these items only.
            result.skipped.extend((i["sku"], str(exc).rstrip(".")) for i in group)
            continue
        if language and language != default_language:
            product.translations = {language: {"title": product.title,
                                               "description": product.description}}
        clash = [s for s in [product.sku, *(v.sku for v in product.variants)] if s in taken]
        if clash:
            reason = _("the shop already has SKU {sku!r}").format(sku=clash[0])
            result.skipped.extend((i["sku"], reason) for i in group)
            continue
        taken.update(s for s in [product.sku, *(v.sku for v in product.variants)] if s)
        products.append(product)
    with store.atomic():
        result.product_ids = create_products(store, products, progress=progress,
                                             cancel=cancel)
        rules = get_setting(store, RULES_KEY, {"rules": [], "products": {}})
        rule = markup.as_dict()
        if rule not in rules["rules"]:
            rules["rules"].append(rule)
        index = rules["rules"].index(rule)
        rules["products"].update({str(pid): index for pid in result.product_ids})
        set_setting(store, RULES_KEY, rules)
    return result


def _items(store: ShopStore, supplier_id: int, skus: Iterable[str] | None, every: bool,
           supplier: str) -> list[dict]:
    sql = ("SELECT i.*, EXISTS (SELECT 1 FROM products p WHERE p.stock_item_id = i.id) "
           "OR EXISTS (SELECT 1 FROM variants v WHERE v.stock_item_id = i.id) AS picked "
           "FROM stock_items i WHERE i.supplier_id = ?")
    if every:
        return [r for r in store.query(sql + " ORDER BY i.id", (supplier_id,))
                if r["status"] == "active"]
    wanted = list(dict.fromkeys(s.strip() for s in (skus or []) if s.strip()))
    if not wanted:
        raise ValidationError(_("Choose the items to pick (SKUs), or pick all of them."),
                              field="sku")
    found = {r["sku"]: r for r in store.query(sql, (supplier_id,)) if r["sku"] in set(wanted)}
    missing = [s for s in wanted if s not in found]
    if missing:
        raise NotFoundError(_("Supplier {supplier!r} has no item with SKU {sku!r}.").format(
                                supplier=supplier, sku=missing[0]))
    return sorted(found.values(), key=lambda r: r["id"])


def _skus_in_shop(store: ShopStore) -> set[str]:
    return {r[0] for r in store.conn.execute(
        "SELECT sku FROM products WHERE sku IS NOT NULL UNION "
        "SELECT sku FROM variants WHERE sku IS NOT NULL")}


def _product(group: list[dict], markup: MarkupRule, shop_currency: str, availability: str,
             status: str) -> Product:
    """One shop product for the items of one supplier group (a product and its variants)."""
    first = group[0]

    def stock(item: dict) -> tuple[str, int | None]:
        if item["availability"] == "sold_out":
            return "sold_out", None
        if availability == "in_stock" and item["quantity"] is not None:
            return "in_stock", max(0, item["quantity"])
        return "on_request", None

    def priced(item: dict) -> int:
        if item["price"] is None:
            raise ValidationError(_("Item {sku!r} has no supplier price.").format(sku=item["sku"]),
                                  field="price")
        return markup.price(item["price"], item["currency"] or shop_currency, shop_currency)

    cheapest = min(group, key=lambda i: (i["price"] is None, i["price"] or 0))
    product = Product(
        title=first["title"][:MAX_TITLE], description=first["description"],
        price=priced(cheapest), stock_item_id=first["id"],
        supplier_price=cheapest["price"], supplier_currency=cheapest["currency"],
        status=status)
    names: list[str] = []
    for item in group:
        names += [n for n in json.loads(item["options"]) if n not in names]
    if len(group) == 1 and not names:
        product.sku = safe_sku(first["sku"]) or None
        product.availability, product.quantity = stock(first)
        return product
    names = names[:3]  # the shop allows three options; the rest stay in the supplier data
    seen: set[tuple[str, ...]] = set()
    for item in group:
        values = json.loads(item["options"])
        combo = [values.get(n, "-") or "-" for n in names] if names else [item["sku"]]
        if tuple(combo) in seen:
            continue
        seen.add(tuple(combo))
        item_availability, quantity = stock(item)
        product.variants.append(Variant(
            options=combo, sku=safe_sku(item["sku"]) or None, price=priced(item),
            availability=item_availability, quantity=quantity, stock_item_id=item["id"],
            supplier_price=item["price"]))
    option_names = names or ["Variant"]
    product.options = [ProductOption(n, list(dict.fromkeys(v.options[i]
                                                           for v in product.variants)))
                       for i, n in enumerate(option_names)]
    product.availability = ("sold_out" if all(v.availability == "sold_out"
                                              for v in product.variants) else "on_request")
    return product


@dataclass
class Unpicked:
    """Products removed by ``unpick`` and their markup entries, so a redo puts them back."""

    products: list[Product]
    rules: dict[str, dict]  # product id (as text) -> the MarkupRule dict it was priced with


def unpick(store: ShopStore, product_ids: Iterable[int]) -> Unpicked:
    """Delete picked products and forget their markup (undo of a pick; one transaction)."""
    ids = list(product_ids)
    with store.atomic():
        rules = get_setting(store, RULES_KEY, {"rules": [], "products": {}})
        kept = {str(pid): rules["rules"][rules["products"].pop(str(pid))]
                for pid in ids if str(pid) in rules["products"]}
        products = delete_products(store, ids) if ids else []
        set_setting(store, RULES_KEY, rules)
    return Unpicked(products, kept)


def restore_picked(store: ShopStore, unpicked: Unpicked) -> list[int]:
    """Put unpicked products back under their old ids (redo of a pick; one transaction)."""
    with store.atomic():
        restore_products(store, unpicked.products)
        rules = get_setting(store, RULES_KEY, {"rules": [], "products": {}})
        for pid, rule in unpicked.rules.items():
            if rule not in rules["rules"]:
                rules["rules"].append(rule)
            rules["products"][pid] = rules["rules"].index(rule)
        set_setting(store, RULES_KEY, rules)
    return [p.id for p in unpicked.products if p.id is not None]
