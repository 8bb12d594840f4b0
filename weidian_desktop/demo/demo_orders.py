"""Demo step: a few orders recorded from buyers' messages, one in each status.

Runs after the other demo steps (its import is the last line of demo/__init__.py) so that
an order can take a product from a live drop, which then counts down.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from ..core.clock import to_iso
from ..core.order_message import Buyer, MessageItem, OrderMessage, build_message
from ..core.order_pricing import live_drop_item
from ..core.orders import change_status, record_order
from ..core.shop import get_shop
from ..core.store import ShopStore
from . import EXTRA_STEPS

# (reference, language, [(slug, option value or None, quantity)], buyer, campaign, channel,
#  hours ago, statuses it went through, tracking number)
DemoOrder = tuple[str, str, list[tuple[str, str | None, int]], Buyer, str | None, str, float,
                  list[str], str]
ORDERS: list[DemoOrder] = [
    ("WD-XM0001", "zh-CN", [("silk-scarf", "朱红", 2), ("ceramic-mug", None, 1)],
     Buyer("林晓雨", "+86 139 1234 5678", "浙江省杭州市西湖区文三路 100 号 3 单元 502",
           "周末在家，麻烦周末送"), "poster-a4", "wechat", 3, [], ""),
    ("WD-XM0002", "zh-CN", [("osmanthus-oolong", "100 g", 2)],
     Buyer("陈浩", "+86 186 0000 1111", "上海市徐汇区漕溪北路 88 号", ""), "moments", "wechat",
     26, ["confirmed"], ""),
    ("WD-XM0003", "it", [("moka-pot", None, 1), ("olive-oil-soap", None, 3)],
     Buyer("Giulia Rossi", "+39 347 123 4567", "Via Torino 21, 20123 Milano", "Citofono Rossi"),
     None, "whatsapp", 50, ["confirmed", "ordered", "shipped"], "SF1428573096"),
    ("WD-XM0004", "en", [("blue-white-plate", None, 1)],
     Buyer("Emma Clarke", "+44 7700 900123", "12 Mill Lane, Oxford OX1 2AB", "Gift wrap please"),
     "qr-shop", "email", 120, ["confirmed", "ordered", "shipped", "delivered"], "SF1428570001"),
    ("WD-XM0005", "zh-CN", [("wool-beanie", "M", 1)],
     Buyer("王磊", "+86 135 2222 3333", "北京市朝阳区建国路 1 号", ""), None, "wechat", 72,
     ["cancelled"], ""),
]


def _item(store: ShopStore, slug: str, option: str | None, qty: int, at: str) -> MessageItem:
    """A cart line as the exported shop shows it at ``at`` (drop price when live)."""
    row = store.query(
        "SELECT p.id, p.title, p.sku, p.price, v.id AS vid, v.sku AS vsku, v.price AS vprice "
        "FROM products p LEFT JOIN variants v ON v.product_id = p.id AND v.option1 IS ? "
        "WHERE p.slug = ? ORDER BY v.position LIMIT 1", (option, slug))[0]
    price = row["vprice"] if row["vprice"] is not None else row["price"]
    drop = live_drop_item(store, row["id"], row["vid"], at)
    if drop is not None and drop["drop_price"] is not None:
        price = drop["drop_price"]
    code = row["vsku"] or row["sku"] or (f"!v{row['vid']}" if row["vid"] else f"!p{row['id']}")
    return MessageItem(code, row["title"], qty, price, option or "")


def _drop_order(store: ShopStore, now: datetime) -> DemoOrder | None:
    """An order for the first product of a drop live now, if the demo has one."""
    at = to_iso(now)
    rows = store.query(
        "SELECT p.slug, v.option1 FROM drop_items di JOIN drops d ON d.id = di.drop_id "
        "JOIN products p ON p.id = di.product_id LEFT JOIN variants v ON v.id = di.variant_id "
        "WHERE d.status = 'published' AND d.starts_at <= ? AND ? < d.ends_at "
        "ORDER BY d.starts_at, di.position LIMIT 1", (at, at))
    if not rows:
        return None
    return ("WD-XM0006", "zh-CN", [(rows[0]["slug"], rows[0]["option1"], 2)],
            Buyer("赵敏", "+86 137 4444 5555", "广州市天河区体育西路 6 号", "抢到啦！"),
            "drop-poster", "wechat", 0.5, ["confirmed"], "")


def add_demo_orders(store: ShopStore) -> None:
    now = datetime.now(UTC)
    shop = get_shop(store)
    orders = list(ORDERS)
    drop_order = _drop_order(store, now)
    if drop_order is not None:
        orders.append(drop_order)
    with store.atomic():
        for ref, lang, items, buyer, campaign, channel, hours, statuses, tracking in orders:
            at = to_iso(now - timedelta(hours=hours))
            text = build_message(OrderMessage(
                shop.name, shop.currency, lang,
                [_item(store, slug, option, qty, at) for slug, option, qty in items],
                reference=ref, campaign=campaign, buyer=buyer))
            order_id = record_order(store, text, at=at, channel=channel).order_id
            for status in statuses:
                change_status(store, order_id, status,
                              tracking_number=tracking if status == "shipped" else None)


EXTRA_STEPS.append(add_demo_orders)
