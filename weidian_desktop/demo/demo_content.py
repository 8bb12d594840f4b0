"""Demo step: posts (a 9-photo post, a recommendation, one scheduled), FAQ in zh-CN/en/it,
a brand watch list and a listing with health findings (warnings only, so `check` passes)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from ..core.clock import to_iso
from ..core.faq import FaqEntry, create_faq
from ..core.health import set_brand_watch_list
from ..core.posts import Post, PostImage, create_post
from ..core.products import Product, ProductImage, create_product
from ..core.shop import get_shop
from ..core.store import ShopStore
from . import EXTRA_STEPS

FAQ = [
    ("zh-CN", "多久发货？", "下单后 3–5 天内发货，国内走顺丰或中通，一般 2–3 天送到。",
     ["发货", "快递", "物流", "多久", "到货"]),
    ("zh-CN", "怎么付款？", "支持微信支付和支付宝。确认订单后，我们会把收款码发给你。",
     ["付款", "支付", "支付宝", "微信", "转账"]),
    ("zh-CN", "可以退换吗？", "收货 7 天内、未使用的商品可以退换；手工品的细微差异不算质量问题。",
     ["退货", "退换", "换货", "退款"]),
    ("en", "How long does shipping take?", "We ship within 3–5 days of your order; "
     "international parcels arrive in 7–15 days.", ["shipping", "delivery", "ship", "arrive"]),
    ("en", "How can I pay?", "WeChat Pay, Alipay or a bank transfer; we send the details once "
     "we confirm your order.", ["pay", "payment", "alipay", "wechat", "transfer"]),
    ("en", "Can I return an item?", "Yes, unused items within 7 days of delivery; small "
     "differences between handmade pieces are not defects.", ["return", "refund", "exchange"]),
    ("it", "Spedite in Italia?", "Sì, spediamo in Italia: il pacco arriva in 7–10 giorni "
     "lavorativi.", ["spedizione", "spedite", "Italia", "consegna"]),
    ("it", "Come posso pagare?", "Con WeChat Pay, Alipay o bonifico: ti mandiamo i dati "
     "quando confermiamo l'ordine.", ["pagare", "pagamento", "bonifico", "alipay"]),
    ("it", "Posso fare un reso?", "Sì, entro 7 giorni dalla consegna se l'articolo non è stato "
     "usato.", ["reso", "rimborso", "cambio", "restituire"]),
]

BRANDS = ["Hermès", "Louis Vuitton", "LV", "Gucci", "Chanel", "香奈儿"]


def _local(store: ShopStore, days: int, hour: int, minute: int = 0) -> str:
    """A UTC time ``days`` from today at hour:minute on the shop's clock."""
    zone = ZoneInfo(get_shop(store).timezone)
    today = datetime.now(zone).date() + timedelta(days=days)
    return to_iso(datetime(today.year, today.month, today.day, hour, minute, tzinfo=zone))


def _ids(store: ShopStore, *slugs: str) -> list[int]:
    return [int(store.scalar("SELECT id FROM products WHERE slug = ?", (s,)))
            for s in slugs]


def add_demo_content(store: ShopStore) -> None:
    """Posts, FAQ, brand watch list and a listing to fix: one transaction."""
    with store.atomic():
        photos = store.query(
            "SELECT i.image_hash, i.alt FROM product_images i JOIN products p "
            "ON p.id = i.product_id WHERE i.position = 0 ORDER BY p.position LIMIT 9")
        # A reissued enamel mug: "复刻" can mean a replica, so the health check warns; with
        # one photo and no alt text it also shows the content findings.
        create_product(store, Product(
            title="复刻经典搪瓷杯", slug="enamel-mug", price=3900, status="published",
            description="复刻七十年代的经典款式，手绘红双喜图案，容量 350 ml。",
            images=[ProductImage(photos[1]["image_hash"], "")], sku="XM-013",
            tags=["mug", "home"], position=12,
            translations={"en": {"title": "Retro enamel mug",
                                 "description": "A 1970s design made again, with a "
                                                "hand-painted double-happiness pattern."},
                          "it": {"title": "Tazza smaltata retrò",
                                 "description": "Un modello degli anni Settanta."}}))
        set_brand_watch_list(store, BRANDS)
        for language, question, answer, keywords in FAQ:
            create_faq(store, FaqEntry(question, answer, keywords, language))
        create_faq(store, FaqEntry(
            "Are your products handmade? 是手工做的吗？",
            "Yes: every piece comes from a small workshop near Hangzhou. "
            "是的，每一件都来自杭州附近的小作坊。",
            ["handmade", "hand made", "手工", "fatto a mano", "artigianale"]))
        for post in _posts(store, photos):
            create_post(store, post)


def _posts(store: ShopStore, photos: list[dict]) -> list[Post]:
    scarf, beanie, mug = _ids(store, "silk-scarf", "wool-beanie", "ceramic-mug")
    plate, tea = _ids(store, "blue-white-plate", "osmanthus-oolong")
    return [
        Post("nine_grid", title="工作室探访 · 九宫格", language="zh-CN", slug="studio-visit",
             body="上周去了杭州郊外的几家作坊：染丝、拉坯、编竹。九张照片，带你看看。",
             images=[PostImage(p["image_hash"], p["alt"]) for p in photos],
             publish_at=_local(store, -6, 20, 0)),
        Post("article", title="How our blue-and-white plates are painted", language="en",
             slug="blue-and-white", product_ids=[plate], publish_at=_local(store, -4, 9, 0),
             body="Every plate starts as a white biscuit fired once.\n\nThe painter mixes "
                  "cobalt with water and draws the pattern freehand; no two plates are "
                  "the same.\n\nA clear glaze goes on top, and a second firing at 1300 °C "
                  "turns the grey-black cobalt into deep blue."),
        Post("short", language="zh-CN", slug="oolong-arrived", product_ids=[tea],
             body="本周上新：桂花乌龙到货了，第一泡就很香。\n冷泡也好喝，适合秋天。",
             publish_at=_local(store, -2, 13, 0)),
        Post("recommendation", title="I nostri preferiti per l'autunno", language="it",
             slug="preferiti-autunno", product_ids=[scarf, beanie, mug],
             body="Sciarpa di seta, berretto di lana e una tazza calda: tre regali pronti.",
             publish_at=_local(store, -1, 18, 30)),
        # Scheduled: the exported shop shows it from tomorrow morning on the buyer's clock.
        Post("short", language="zh-CN", slug="beanie-restock", product_ids=[beanie],
             body="羊毛针织帽明早补货，三个尺码都有。\nWool beanies are back tomorrow morning.",
             publish_at=_local(store, 1, 8, 30)),
    ]


EXTRA_STEPS.append(add_demo_content)
