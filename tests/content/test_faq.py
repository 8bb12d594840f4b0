"""FAQ entries (one action each, undoable) and the offline matcher's Python twin."""

from __future__ import annotations

import json

import pytest

from weidian_desktop.core.errors import NotFoundError, ValidationError
from weidian_desktop.core.faq import (
    FaqEntry,
    ask_index,
    best_answers,
    create_faq,
    delete_faq,
    features,
    get_faq,
    list_faq,
    normalise,
    reorder_faq,
    restore_faq,
    update_faq,
)
from weidian_desktop.core.store import ShopStore

ENTRIES = [
    FaqEntry("How long does shipping take?", "3 to 5 days after you order.",
             ["shipping", "delivery", "ship"], "en"),
    FaqEntry("多久发货？", "下单后 3–5 天发货。", ["发货", "快递", "物流"], "zh-CN"),
    FaqEntry("Spedite in Italia?", "Sì, in 7–10 giorni.", ["spedizione", "Italia"], "it"),
    FaqEntry("Can I pay with WeChat Pay or Alipay?", "Yes, both.",
             ["pay", "payment", "alipay", "支付"], "en"),
    FaqEntry("怎么付款？", "微信或支付宝。", ["付款", "支付宝", "微信"], "zh-CN"),
    FaqEntry("How do I pick the right size?", "See the size chart.", ["size", "fit"], None),
]


@pytest.fixture
def index(store: ShopStore) -> dict:
    for entry in ENTRIES:
        create_faq(store, FaqEntry(**vars(entry)))
    return ask_index(store)


@pytest.mark.parametrize(("question", "expected"), [
    ("how long is the shiping?", "How long does shipping take?"),  # a typo still finds it
    ("When will my order be delivered", "How long does shipping take?"),
    ("你们什么时候发货", "多久发货？"),
    ("多久能收到快递", "多久发货？"),
    ("Quanto costa la spedizione in Italia?", "Spedite in Italia?"),
    ("perche non spedite in ITALIA", "Spedite in Italia?"),
    ("can I pay by alipay", "Can I pay with WeChat Pay or Alipay?"),
    ("支付宝可以吗", "怎么付款？"),
    ("what size should I get", "How do I pick the right size?"),
])
def test_the_best_answer_comes_first(index: dict, question: str, expected: str) -> None:
    answers = best_answers(question, index)
    assert answers and answers[0][0]["q"] == expected


@pytest.mark.parametrize("question", ["do you sell cats", "", "???", "你好", "the and of"])
def test_unrelated_questions_get_no_answer(index: dict, question: str) -> None:
    assert best_answers(question, index) == []


def test_index_is_small_json_with_prepared_features(index: dict) -> None:
    text = json.dumps(index, ensure_ascii=False)
    assert len(text) < 6000
    entry = index["entries"][1]
    assert {"发货", "多久", "久发"} <= set(entry["g"])
    assert {"w": [], "c": "快递"} in entry["k"]


def test_normalise_and_features_fold_accents_and_split_scripts() -> None:
    assert normalise("Perché ＩＴＡＬＩＡ") == "perche italia"
    words, cjk, grams = features("请问LV包包发货吗")
    assert words == ["lv"] and cjk == "请问包包发货"
    assert {"包包", "包发", "发货", " lv", "lv "} <= grams and "请问" not in grams


def test_crud_reorder_and_undo(store: ShopStore) -> None:
    first = create_faq(store, FaqEntry("  Do you  ship abroad? ", "Yes.", ["ship", "ship", " "]))
    second = create_faq(store, FaqEntry("退货？", "七天无理由。", language="zh-CN"))
    assert get_faq(store, first).question == "Do you ship abroad?"
    assert get_faq(store, first).keywords == ["ship"]
    assert [e.id for e in list_faq(store, "zh-CN")] == [first, second]
    assert [e.id for e in list_faq(store, "en")] == [first]
    reorder_faq(store, [second, first])
    assert [e.id for e in list_faq(store)] == [second, first]
    entry = get_faq(store, first)
    entry.answer = "Yes, worldwide."
    update_faq(store, entry)
    assert get_faq(store, first).answer == "Yes, worldwide."
    gone = delete_faq(store, [first])
    assert [e.id for e in list_faq(store)] == [second]
    restore_faq(store, gone)
    assert get_faq(store, first).answer == "Yes, worldwide."


@pytest.mark.parametrize(("entry", "field"), [
    (FaqEntry(" ", "answer"), "question"),
    (FaqEntry("q?", " "), "answer"),
    (FaqEntry("q?", "a", ["x" * 41]), "keywords"),
    (FaqEntry("q?", "a", language="klingon"), "language"),
])
def test_invalid_entries_are_refused_and_nothing_is_written(store: ShopStore, entry: FaqEntry,
                                                            field: str) -> None:
    with pytest.raises(ValidationError) as info:
        create_faq(store, entry)
    assert info.value.field == field
    assert list_faq(store) == []


def test_updating_a_deleted_entry_says_so(store: ShopStore) -> None:
    entry_id = create_faq(store, FaqEntry("q?", "a"))
    entry = get_faq(store, entry_id)
    delete_faq(store, [entry_id])
    with pytest.raises(NotFoundError):
        update_faq(store, entry)
