"""Field names as a seller reads them in a sentence or in the Health page's "Where" column.

Errors and findings keep the field's code (``min_order``, ``images``) for the program,
which focuses that widget or opens that tab; people read the label in their language.
A name that is not one of ours (a supplier's column header) is shown as it is.
"""

from __future__ import annotations

from .i18n import N_, NP_, _, pgettext

LABELS = {
    "add": N_("amount to add"),
    "answer": N_("answer"),
    "body": N_("text"),
    "code": N_("code"),
    "compare_at_price": N_("compare-at price"),
    "cost": N_("cost"),
    "currency": N_("currency"),
    "description": N_("description"),
    "drop_price": N_("drop price"),
    "ends_at": N_("end"),
    "featured": N_("featured"),
    "images": N_("photos"),
    "items": N_("products"),
    "kind": N_("kind of discount"),
    "max_uses": N_("maximum uses"),
    "min_order": N_("minimum order"),
    "name": N_("name"),
    "online_hours": N_("online hours"),
    "preview_at": N_("preview"),
    "price": N_("price"),
    "quantity": N_("quantity"),
    "inventory quantity": N_("inventory quantity"),
    "quantity (宝贝数量)": N_("quantity (宝贝数量)"),
    "SKU quantity": N_("SKU quantity"),
    "sale_price": N_("sale price"),
    "stock": N_("stock"),
    "quantity_cap": N_("quantity cap"),
    "question": N_("question"),
    "slug": N_("web address"),
    "starts_at": N_("start"),
    "status": N_("status"),
    "supplier": N_("supplier"),
    "supplier_price": N_("supplier price"),
    "tags": N_("tags"),
    "title": N_("title"),
    "value": N_("discount"),
}


# Values lists print in a column ("draft", "in_stock"), by field: the same word may be
# said differently for another field (a drop "sold out" and a product "sold out").
VALUES = {
    "status": {"draft": NP_("status", "draft"), "published": NP_("status", "published")},
    "availability": {"in_stock": NP_("availability", "in stock"),
                     "on_request": NP_("availability", "on request"),
                     "sold_out": NP_("availability", "sold out")},
    "drop_state": {"draft": NP_("drop_state", "draft"),
                   "upcoming": NP_("drop_state", "upcoming"),
                   "preview": NP_("drop_state", "preview"), "live": NP_("drop_state", "live"),
                   "sold_out": NP_("drop_state", "sold out"),
                   "ended": NP_("drop_state", "ended")},
    "coupon_state": {"scheduled": NP_("coupon_state", "scheduled"),
                     "active": NP_("coupon_state", "active"),
                     "expired": NP_("coupon_state", "expired"),
                     "used_up": NP_("coupon_state", "used up")},
    "post_kind": {"short": NP_("post_kind", "short"), "article": NP_("post_kind", "article"),
                  "recommendation": NP_("post_kind", "recommendation"),
                  "nine_grid": NP_("post_kind", "9-photo grid")},
    "scope": {"shop": NP_("scope", "whole shop"), "collection": NP_("scope", "collection"),
              "product": NP_("scope", "product"), "drop": NP_("scope", "drop")},
}


def value_label(field: str, value: str) -> str:
    """A field's value in the current language ("in_stock" -> "in stock"); as is if unknown."""
    names = VALUES.get(field, {})
    return pgettext(field, names[value]) if value in names else value


def field_label(field: str | None, *, capital: bool = False) -> str:
    """The field's name in the current language ("" for None); ``capital`` starts a sentence."""
    if not field:
        return ""
    label = _(LABELS[field]) if field in LABELS else field
    return label[:1].upper() + label[1:] if capital else label
