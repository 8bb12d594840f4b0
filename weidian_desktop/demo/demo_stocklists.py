"""Demo: two supplier stocklists to browse, search in Chinese and pick from (nothing picked)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..core.store import ShopStore
from ..stocklists import import_file
from . import EXTRA_STEPS

# A Yiwu wholesaler's list in its own Chinese columns (货号, 品名, 分类, 批发价, …).
_ADJ = ("真丝", "纯棉", "亚麻", "羊毛", "竹编", "陶瓷", "手工", "刺绣")
_NOUN = (("围巾", "配饰 > 围巾"), ("手帕", "配饰 > 手帕"), ("收纳篮", "家居 > 收纳"),
         ("茶杯", "家居 > 餐具"), ("帽子", "配饰 > 帽子"), ("托特包", "配饰 > 包"))
_COLOURS = ("朱红", "靛蓝", "米白", "墨绿")


def _yiwu_csv(path: Path) -> None:
    lines = ["货号,品名,分类,批发价,库存,颜色,图片"]
    for n in range(48):
        adj, (noun, category) = _ADJ[n % len(_ADJ)], _NOUN[n % len(_NOUN)]
        price = 8 + (n * 37) % 90
        lines.append(f"YW-{n + 1:03d},{adj}{noun},{category},{price}.50,{(n * 7) % 40},"
                     f"{_COLOURS[n // 3 % len(_COLOURS)]},https://img.example/yiwu/{n + 1}.jpg")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _workshop_csv(path: Path) -> None:
    rows = [("WS-01", "Moka pot 3 cups", "Kitchen", "18.00", "in stock"),
            ("WS-02", "Olive oil soap, 6 bars", "Bath", "9.50", "in stock"),
            ("WS-03", "Linen napkins (set of 4)", "Table", "14.00", "on request"),
            ("WS-04", "Terracotta vase", "Home", "22.00", "sold out"),
            ("WS-05", "Beeswax candle", "Home", "6.80", "in stock")]
    path.write_text("sku;title;category;price;availability\n"
                    + "".join(";".join(r) + "\n" for r in rows), encoding="utf-8")


def add_demo_stocklists(store: ShopStore) -> None:
    """Import the two catalogues as a seller would (each import is one transaction)."""
    with tempfile.TemporaryDirectory() as tmp:
        yiwu, workshop = Path(tmp) / "yiwu.csv", Path(tmp) / "workshop.csv"
        _yiwu_csv(yiwu)
        _workshop_csv(workshop)
        import_file(store, yiwu, supplier="义乌小商品 Yiwu Goods", currency="CNY", mapping={
            "sku": "货号", "title": "品名", "category": "分类", "price": "批发价",
            "quantity": "库存", "option:颜色": "颜色", "image_urls": ["图片"]})
        import_file(store, workshop, supplier="Bottega Italia", currency="EUR")


EXTRA_STEPS.append(add_demo_stocklists)
