"""Sales summaries over recorded, non-cancelled orders: per product, per drop, per campaign."""

from __future__ import annotations

from typing import Any

from .errors import ValidationError
from .i18n import _
from .store import ShopStore

GROUPINGS = ("product", "drop", "campaign")

_SQL = {
    # Revenue per line is its line total (before the order's coupon discount).
    "product": (
        "SELECT COALESCE(p.title, ol.title) AS label, ol.product_id AS key, "
        "COUNT(DISTINCT o.id) AS orders, SUM(ol.quantity) AS units, "
        "SUM(ol.line_total) AS revenue FROM order_lines ol JOIN orders o ON o.id = ol.order_id "
        "LEFT JOIN products p ON p.id = ol.product_id WHERE o.status != 'cancelled' "
        "GROUP BY COALESCE(ol.product_id, ol.sku) ORDER BY revenue DESC, label"),
    "drop": (
        "SELECT d.name AS label, d.id AS key, COUNT(DISTINCT o.id) AS orders, "
        "SUM(ol.quantity) AS units, SUM(ol.line_total) AS revenue, "
        "(SELECT SUM(quantity_cap) FROM drop_items WHERE drop_id = d.id) AS cap "
        "FROM order_lines ol JOIN orders o ON o.id = ol.order_id "
        "JOIN drops d ON d.id = ol.drop_id WHERE o.status != 'cancelled' "
        "GROUP BY d.id ORDER BY d.starts_at DESC"),
    # Per campaign the revenue is what the orders bring in, after their discounts.
    "campaign": (
        "SELECT COALESCE(o.campaign, '') AS label, o.campaign AS key, COUNT(*) AS orders, "
        "SUM((SELECT SUM(quantity) FROM order_lines WHERE order_id = o.id)) AS units, "
        "SUM(o.total) AS revenue FROM orders o WHERE o.status != 'cancelled' "
        "GROUP BY o.campaign ORDER BY revenue DESC"),
}


def sales_summary(store: ShopStore, by: str) -> list[dict[str, Any]]:
    """Rows of label, key, orders, units and revenue (minor units of the shop currency)."""
    if by not in GROUPINGS:
        raise ValidationError(_("Summarise by {groupings}, not {by!r}.").format(
                                  groupings=', '.join(GROUPINGS), by=by), field="by")
    return store.query(_SQL[by])


def status_counts(store: ShopStore) -> dict[str, int]:
    """How many orders are in each status (for the filter's labels)."""
    return {r["status"]: r["n"] for r in store.query(
        "SELECT status, COUNT(*) AS n FROM orders GROUP BY status")}
