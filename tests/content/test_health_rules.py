"""The counterfeit word list and its context rules (resources/wordlists/README.md)."""

from __future__ import annotations

import json

import pytest

from weidian_desktop.core.health_rules import (
    Term,
    WordList,
    brand_wordlist,
    counterfeit_wordlist,
    fold,
)
from weidian_desktop.resources import resource_path


def alarms(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.severity) for m in counterfeit_wordlist().scan(text)]


@pytest.mark.parametrize(("text", "found", "severity"), [
    ("高仿LV手袋，质量很好", "高仿", "error"),
    ("非常高仿的一款包", "高仿", "error"),  # 非常 means "very", not a negation
    ("正品原单，支持验货", "原单", "error"),
    ("超A货 包邮", "超A", "error"),
    ("A货手表", "A货", "error"),
    ("精仿复古皮带", "精仿", "error"),
    ("莆田鞋 纯原版本", "莆田鞋", "error"),
    ("顶级复刻手表", "顶级复刻", "error"),
    ("1比1还原细节", "1比1", "error"),
    ("複刻 ‧ 原單", "原單", "error"),  # traditional characters
    ("Ｒｅｐｌｉｃａ watch", "Ｒｅｐｌｉｃａ", "error"),  # full-width letters fold
    ("High-imitation handbag", "High-imitation", "error"),
    ("AAA grade quality", "AAA", "error"),
    ("AAA级 手袋", "AAA", "error"),
    ("1:1 quality, same as the shop", "1:1", "error"),
    ("1：1 mirror", "1：1", "error"),
    ("Borsa taroccata", "taroccata", "error"),
    ("Réplique de montre", "Réplique", "error"),
    ("knock-off sneakers", "knock-off", "error"),
    ("复刻版经典搪瓷杯", "复刻", "warning"),  # reissue or replica: the seller should look
    ("Sciarpa copia Hermès", "copia", "warning"),
    ("莆田发货", "莆田", "warning"),
])
def test_counterfeit_wording_is_caught(text: str, found: str, severity: str) -> None:
    assert (found, severity) in alarms(text)


@pytest.mark.parametrize("text", [
    "We replicate the glaze recipe of the Song dynasty.",
    "Replication of old patterns, replicated by hand.",
    "Needs 3 AAA batteries (not included).",
    "Uses AAA-batteries or an AAA battery pack",
    "需要3节AAA电池",
    "Funziona con pile AAA o batterie AAA",
    "batteries: 2 x AAA",
    "aaa, so cute",  # lower case is not the jargon
    "A 1:1 scale model of a Ming vase",
    "Mix 1:1 with water and steep.",
    "Meet me at 11:15 or 21:10; ratio 1:10.",
    "原单价 ¥20，原单号 123",
    "纯原味酸奶，纯原木手作",
    "官方复刻，品牌授权",
    "假一赔十，放心购买",
    "Fake fur collar and fake flowers",
    "Imitation leather strap with imitation pearls",
    "Borsa in imitazione pelle",
    "Spremuta di arancia tarocco",
    "Un falso d'autore dipinto a mano",
    "Una copia omaggio del libro",
    "莆田荔枝干",
])
def test_ordinary_wording_does_not_alarm(text: str) -> None:
    assert alarms(text) == []


def test_negation_downgrades_an_error_to_a_warning() -> None:
    assert alarms("100% authentic, not a replica") == [("replica", "warning")]
    assert alarms("不是高仿，假一赔十") == [("高仿", "warning")]
    assert alarms("Non è una replica") == [("replica", "warning")]
    # A clause boundary ends the negation: the second claim is a plain error.
    assert alarms("Not fake, 1:1 quality") == [("fake", "warning"), ("1:1", "error")]


def test_longest_match_wins_and_positions_point_into_the_original_text() -> None:
    text = "Brand-new high imitation bag"
    matches = counterfeit_wordlist().scan(text)
    assert [m.term.term for m in matches] == ["high imitation"]
    assert text[matches[0].start:matches[0].end] == "high imitation"


def test_excused_matches_are_explained_on_request() -> None:
    matches = counterfeit_wordlist().scan("AAA batteries", keep_excused=True)
    assert [(m.text, m.excused) for m in matches] == [("AAA", "followed by 'batter'")]


def test_fold_keeps_positions() -> None:
    folded, where = fold("Caffè — ＡＡＡ")
    assert folded == "Caffe   AAA"
    assert [where[i] for i in range(len(folded))] == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert fold("e\u0301")[0] == "e"  # a combining accent is dropped


def test_brand_watch_list_matches_words_and_chinese_names() -> None:
    brands = brand_wordlist(["Hermès", "香奈儿", "LV"])
    found = [m.text for m in brands.scan("Hermes-style scarf, 香奈儿风格, LV包, SLVR, ALV")]
    assert found == ["Hermes", "香奈儿", "LV"]


def test_every_shipped_term_matches_itself_and_is_well_formed() -> None:
    data = json.loads(resource_path("wordlists", "counterfeit.json").read_text("utf-8"))
    wordlist = counterfeit_wordlist()
    assert len(wordlist.terms) == len(data["terms"]) >= 60
    languages = {lang for t in data["terms"] for lang in t["lang"].split()}
    assert {"en", "zh", "it"} <= languages
    for term in wordlist.terms:
        hits = WordList([term], []).scan(f"xx {term.term} yy")
        assert hits and hits[0].text == term.term, term.term


def test_bad_severity_in_a_list_is_refused() -> None:
    with pytest.raises(ValueError, match="severity"):
        Term("fake", severity="fatal")


@pytest.mark.parametrize(("text", "found"), [
    ("e\u0301 replica", "replica"),  # a combining accent before the match
    ("ﬁne replica ﬁ", "replica"),  # a ligature folds to two letters
    ("Ｒｅｐｌｉｃａ", "Ｒｅｐｌｉｃａ"),
    ("x\u0301\u0301高仿", "高仿"),
    ("re\u0301plique", "re\u0301plique"),  # a combining accent inside the match
])
def test_match_positions_survive_folding(text: str, found: str) -> None:
    assert [m.text for m in counterfeit_wordlist().scan(text)] == [found]
