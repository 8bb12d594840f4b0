"""Content figures: listing health over 10,000 products, the FAQ matcher and its index size."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from weidian_desktop.core.faq import FaqEntry, ask_index, best_answers, create_faq
from weidian_desktop.core.health import health_report
from weidian_desktop.core.health_rules import counterfeit_wordlist
from weidian_desktop.core.products import Product, create_products
from weidian_desktop.core.store import ShopStore

N = 10_000
DESCRIPTIONS = [
    "手工缝制，真丝面料，每一条都略有不同。Hand-rolled edges, pure silk. " * 4,
    "Needs 3 AAA batteries. We replicate the warm glow of paper lanterns. " * 4,
    "Borsa in pelle, cucita a mano a Firenze. Imitazione pelle per la fodera. " * 4,
    "高仿大牌，1:1 品质，原单尾货。High imitation, AAA grade. " * 2,  # one in four alarms
]
QUESTIONS = ["how long is the shiping?", "你们什么时候发货", "Quanto costa la spedizione?",
             "can I pay by alipay", "do you sell cats", "可以退货吗"]


def _products() -> list[Product]:
    return [Product(title=f"真丝围巾 Silk scarf {i}", description=DESCRIPTIONS[i % 4],
                    price=12900, status="published", tags=["scarf", "silk"],
                    translations={"en": {"title": f"Silk scarf {i}",
                                         "description": DESCRIPTIONS[(i + 1) % 4]}})
            for i in range(N)]


def _faq(store: ShopStore, count: int) -> None:
    topics = ["shipping delivery", "发货 快递", "spedizione Italia", "pay alipay wechat",
              "退货 退款", "size fit", "handmade 手工", "gift wrap 包装"]
    for i in range(count):
        topic = topics[i % len(topics)]
        create_faq(store, FaqEntry(f"Question {i} about {topic}?", f"Answer {i}.",
                                   topic.split(), None))


def run() -> list[tuple[str, float, str]]:
    counterfeit_wordlist()  # load the list outside the timings
    with tempfile.TemporaryDirectory() as tmp:
        store = ShopStore.create(Path(tmp) / "bench.weidian", name="Bench")
        create_products(store, _products())
        start = time.perf_counter()
        report = health_report(store)
        health = time.perf_counter() - start
        _faq(store, 200)
        index = ask_index(store)
        size = len(json.dumps(index, ensure_ascii=False).encode()) / 1000
        start = time.perf_counter()
        rounds = 50
        for _ in range(rounds):
            for question in QUESTIONS:
                best_answers(question, index)
        per_question = (time.perf_counter() - start) / (rounds * len(QUESTIONS)) * 1000
        store.close()
    return [
        ("content.health_report_10000_products", health, "s"),
        ("content.health_findings_10000_products", float(len(report.findings)), "findings"),
        ("content.faq_index_200_entries", size, "kB"),
        ("content.faq_answer_200_entries_python", per_question, "ms"),
    ]


if __name__ == "__main__":
    for name, value, unit in run():
        print(f"{name}: {value:.3f} {unit}")
