"""The Ask box's JavaScript scorer gives the same answers as its Python twin (core/faq.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from weidian_desktop.core.faq import FaqEntry, ask_index, best_answers, create_faq, features
from weidian_desktop.core.store import ShopStore

from .test_faq import ENTRIES

ASK_JS = Path(__file__).resolve().parents[2] / "weidian_desktop/export/static/js/50-ask.js"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
QUESTIONS = [
    "how long is the shiping?", "When will my order be delivered", "你们什么时候发货",
    "多久能收到快递", "Quanto costa la spedizione in Italia?", "perché non spedite in ITALIA",
    "can I pay by alipay", "支付宝可以吗", "what size should I get", "do you sell cats", "",
    "Ｃａｎ I pay with ＷｅＣｈａｔ", "请问LV包包发货吗", "ship 3 items", "Lieferung nach Köln?",
    "配送は何日かかりますか", "🙂 shipping?",
]


@pytest.fixture(scope="module")
def page():
    from playwright import sync_api as sync_api
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.set_content("<!doctype html><meta charset=utf-8><title>twin</title>")
        page.add_script_tag(content=ASK_JS.read_text(encoding="utf-8"))
        yield page
        browser.close()


@pytest.mark.browser
def test_js_and_python_agree_on_features_and_answers(page, store: ShopStore) -> None:
    for entry in ENTRIES:
        create_faq(store, FaqEntry(**vars(entry)))
    index = ask_index(store)
    js = page.evaluate(
        """([index, questions]) => questions.map(q => {
             const f = WD.ask.features(q, new Set(index.stop));
             return {words: f.words, cjk: f.cjk, grams: Array.from(f.grams).sort(),
                     best: WD.ask.best(q, index, "en").map(p => [p[0].id, p[1]])};
           })""", [index, QUESTIONS])
    for question, got in zip(QUESTIONS, js, strict=True):
        words, cjk, grams = features(question)
        assert (got["words"], got["cjk"], got["grams"]) == (words, cjk, sorted(grams)), question
        expected = best_answers(question, index, "en")
        assert [i for i, _ in got["best"]] == [e["id"] for e, _ in expected], question
        assert [s for _, s in got["best"]] == pytest.approx([s for _, s in expected])
    assert json.dumps(js).count('"best": []') < len(QUESTIONS)  # some questions were answered
