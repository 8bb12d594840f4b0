"""The bundled demo shop: a shopfront, channels, collections and twelve products."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..core.collections import Collection, create_collection
from ..core.images import add_image
from ..core.products import Product, ProductImage, ProductOption, Variant, create_product
from ..core.shop import Channel, set_channels, update_shop
from ..core.store import ShopStore
from ..media.images import prepare_image
from . import art

DEMO_BASE_URL = "https://xiaoman.example.com/"

# (slug, zh title, en title, it title, price in fen, kind, colour, accent, collection, extras)
PRODUCTS = [
    ("silk-scarf", "真丝围巾", "Silk scarf", "Sciarpa di seta", 12900, "scarf",
     (176, 42, 48), (232, 180, 80), "accessories",
     {"options": [("颜色", ["朱红", "靛蓝"])], "featured": True}),
    ("ceramic-mug", "手工陶瓷杯", "Handmade ceramic mug", "Tazza in ceramica fatta a mano",
     6800, "mug", (46, 94, 120), (220, 220, 210), "home", {"featured": True}),
    ("leather-bag", "Borsa in pelle", "Leather shoulder bag", "Borsa in pelle", 89900, "bag",
     (120, 72, 40), (60, 36, 20), "accessories", {"featured": True, "quantity": 20}),
    ("osmanthus-oolong", "桂花乌龙茶", "Osmanthus oolong tea", "Tè oolong all'osmanto", 5800,
     "tea", (150, 110, 40), (240, 200, 90), "tea", {"options": [("规格", ["50 g", "100 g"])]}),
    ("linen-tote", "Linen tote bag", "Linen tote bag", "Borsa tote in lino", 9900, "tote",
     (200, 190, 160), (90, 110, 70), "accessories", {}),
    ("bamboo-basket", "竹编收纳篮", "Woven bamboo basket", "Cesto in bambù intrecciato", 7600,
     "basket", (170, 130, 70), (120, 90, 40), "home", {}),
    ("moka-pot", "Caffettiera moka", "Moka pot", "Caffettiera moka", 15900, "pot",
     (90, 90, 96), (150, 150, 160), "home", {"quantity": 8}),
    ("suzhou-handkerchief", "苏绣手帕", "Suzhou embroidered handkerchief",
     "Fazzoletto ricamato di Suzhou", 4500, "handkerchief", (60, 120, 90), (200, 60, 90),
     "accessories", {}),
    ("wool-beanie", "羊毛针织帽", "Wool beanie", "Berretto di lana", 8900, "hat",
     (70, 80, 130), (220, 200, 170), "accessories",
     {"options": [("尺码", ["S", "M", "L"])]}),
    ("blue-white-plate", "青花瓷盘", "Blue-and-white porcelain plate",
     "Piatto in porcellana bianca e blu", 16800, "plate", (30, 60, 150), (30, 60, 150), "home",
     {"featured": True}),
    ("olive-oil-soap", "Sapone all'olio d'oliva", "Olive oil soap", "Sapone all'olio d'oliva",
     2900, "soap", (150, 160, 80), (230, 230, 200), "home", {}),
    ("sandalwood-fan", "檀香扇", "Sandalwood fan", "Ventaglio di sandalo", 3900, "fan",
     (160, 110, 70), (110, 70, 40), "accessories", {"sold_out": True}),
]

COLLECTIONS = {
    "accessories": ("服饰配件", "Accessories, scarves and bags from small workshops."),
    "home": ("家居好物", "Things for the table and the shelf."),
    "tea": ("茶与食品", "Tea and pantry goods."),
}

# Later features add themselves here (drops, posts, FAQ…), each one transaction.
EXTRA_STEPS: list[Callable[[ShopStore], None]] = []


def _description(zh: str, en: str) -> str:
    return (f"{zh}，小批量手工制作，每一件都略有不同。\n\n"
            f"{en}, made in small batches; each piece is a little different.\n\n"
            "- 包装：礼盒\n- 发货：下单后 3–5 天")


def build_demo(path: str | os.PathLike[str]) -> Path:
    """Write the demo shop to ``path`` (which must not exist yet) and return it."""
    path = Path(path)
    store = ShopStore.create(path, name="小满杂货铺 Xiaoman Goods", currency="CNY",
                             language="zh-CN")
    try:
        logo = add_image(store, prepare_image(art.logo("小满", (176, 42, 48)), "logo.png"))
        wechat_qr = add_image(store, prepare_image(
            art.wechat_qr("https://u.wechat.com/xiaoman_goods-demo"), "wechat-qr.png"))
        update_shop(store, tagline="手作好物，每周上新 · Small-batch goods, new every week",
                    about="我们是杭州的一家小店，从本地手工作坊挑选好物。\n\n"
                          "We are a small shop in Hangzhou choosing goods from local workshops.",
                    logo_hash=logo, languages=["zh-CN", "en", "it"], theme_color="#b02a30",
                    base_url=DEMO_BASE_URL)
        set_channels(store, [
            Channel("wechat", "xiaoman_goods", wechat_qr),
            Channel("whatsapp", "+8613800138000"),
            Channel("email", "orders@xiaoman.example.com"),
            Channel("telegram", "xiaoman_goods"),
        ])
        collection_ids = {
            key: create_collection(store, Collection(title, description, slug=key, position=i))
            for i, (key, (title, description)) in enumerate(COLLECTIONS.items())
        }
        for position, item in enumerate(PRODUCTS):
            _add_product(store, position, item, collection_ids)
        for step in EXTRA_STEPS:
            step(store)
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    store.close()
    return path


def _add_product(store: ShopStore, position: int, item: tuple,
                 collection_ids: dict[str, int]) -> int:
    slug, zh, en, it, price, kind, color, accent, collection, extras = item
    images = []
    for n in range(3 if extras.get("featured") else 2):
        prepared = prepare_image(art.draw(kind, color, accent, variant=n), f"{slug}-{n}.jpg")
        images.append(ProductImage(add_image(store, prepared), alt=f"{zh} – {en}"))
    sku = f"XM-{position + 1:03d}"
    options = [ProductOption(name, values) for name, values in extras.get("options", [])]
    variants = []
    if options:
        for i, value in enumerate(options[0].values):
            variants.append(Variant([value], sku=f"{sku}-{i + 1}",
                                    price=price + i * 1000 if i else None))
    availability, quantity = "on_request", None
    if "quantity" in extras:
        availability, quantity = "in_stock", extras["quantity"]
    if extras.get("sold_out"):
        availability, quantity = "sold_out", 0
    return create_product(store, Product(
        title=zh, slug=slug, description=_description(zh, en), price=price,
        compare_at_price=price + price // 5 if position % 4 == 0 else None,
        sku=None if variants else sku, availability=availability, quantity=quantity,
        status="published", featured=bool(extras.get("featured")), position=position,
        tags=[kind, collection], options=options, variants=variants,
        collection_ids=[collection_ids[collection]], images=images,
        translations={"en": {"title": en, "description": _description(zh, en)},
                      "it": {"title": it, "description": f"{it}, prodotto in piccoli lotti."}},
    ))
from . import (  # noqa: E402, F401  (each appends its step; orders last: they use live drops)
    demo_content,  # posts, FAQ, health demo
    demo_drops,  # past, live and upcoming drops, coupons (before orders)
    demo_orders,
    demo_stocklists,  # two supplier catalogues to browse (nothing picked)
)
