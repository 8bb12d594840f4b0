"""The core's and the CLI's gettext catalogues: complete, current, compiled, and used."""

from __future__ import annotations

import importlib.util
import re
import string
import sys
from pathlib import Path

import pytest
from i18n_pseudo import is_pseudo, unpseudo

from weidian_desktop.core import i18n

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("po_tool", ROOT / "scripts" / "po_tool.py")
po_tool = importlib.util.module_from_spec(_spec)
sys.modules["po_tool"] = po_tool
_spec.loader.exec_module(po_tool)

PEOPLE = po_tool.LANGUAGES  # zh_CN, it: translated by people
ALL = (*PEOPLE, po_tool.PSEUDO)
FORMS = {"zh_CN": 1, "it": 2, "en_XA": 2}
PERCENT = re.compile(r"%\(\w+\)[sdr]|%[sdr]")


def placeholders(text: str) -> list[str]:
    """The {name} fields and %-placeholders a template fills in, sorted."""
    names = [f"{{{name}{'!' + conv if conv else ''}{':' + spec if spec else ''}}}"
             for _lit, name, spec, conv in string.Formatter().parse(text) if name is not None]
    return sorted(names + PERCENT.findall(text))


@pytest.fixture(scope="module")
def needed() -> set[tuple[str | None, str]]:
    """Messages in the committed sources and in the working tree alike (as the Qt test)."""
    return po_tool.extract_committed_and_working()


@pytest.mark.parametrize("language", PEOPLE)
def test_catalogue_has_no_untranslated_or_fuzzy_entry(language: str) -> None:
    catalog = po_tool.read(po_tool.po_path(language))
    bad = [po_tool.key(m)[1] for m in po_tool.messages(catalog) if po_tool.is_unfinished(m)]
    assert not bad, (f"{language}: {len(bad)} untranslated or fuzzy (scripts/messages todo "
                     f"{language}), e.g. {bad[:5]}")


@pytest.mark.parametrize("language", ALL)
def test_mo_is_compiled_from_the_current_po(language: str) -> None:
    mo = po_tool.mo_path(language)
    assert mo.is_file(), f"{mo} is missing: run scripts/messages"
    fresh = po_tool.render_mo(po_tool.read(po_tool.po_path(language)))
    # Bytes, not mtimes: a checkout sets every mtime to the same moment.
    assert fresh == mo.read_bytes(), f"{language}: the .mo is stale: run scripts/messages"


def test_every_source_message_is_in_every_catalogue(needed) -> None:
    assert (None, "The drop needs a name.") in needed
    assert ("discount", "{percent}% off") in needed  # pgettext keeps its context
    assert (None, "usage: ") in needed  # argparse's words, marked with N_
    template = {po_tool.key(m) for m in po_tool.messages(po_tool.read(po_tool.TEMPLATE))}
    for language in ALL:
        have = {po_tool.key(m) for m in po_tool.messages(po_tool.read(po_tool.po_path(language)))}
        missing = needed - have
        assert not missing, f"{language}: run scripts/messages; missing {sorted(missing)[:5]}"
        assert have == template, f"{language}: not refreshed from the template"
    current = {po_tool.key(m) for m in po_tool.messages(po_tool.extract())}
    gone = template - current - needed
    assert not gone, f"messages no longer in the sources: run scripts/messages; {sorted(gone)[:5]}"


@pytest.mark.parametrize("language", ALL)
def test_translations_keep_placeholders_and_plural_forms(language: str) -> None:
    catalog = po_tool.read(po_tool.po_path(language))
    assert catalog.num_plurals == FORMS[language]
    for message in po_tool.messages(catalog):
        if isinstance(message.id, (list, tuple)):
            forms = list(message.string)
            assert len(forms) == FORMS[language], (language, message.id)
            # One form (Chinese) says the plural; Italian's two follow English's.
            sources = [message.id[-1]] if len(forms) == 1 else list(message.id)
        else:
            forms, sources = [message.string], [message.id]
        for text, source in zip(forms, sources, strict=True):
            if not text:
                continue  # reported by the completeness test
            assert placeholders(text) == placeholders(source), \
                f"{language}: {source!r} -> {text!r}"
            if "{" in source:
                values = {name.split("!")[0].split(":")[0]: 1
                          for name in (p.strip("{}") for p in placeholders(source))}
                text.format(**values)  # a brace out of place raises here


def test_pseudo_catalogue_is_generated_from_the_templates() -> None:
    catalog = po_tool.read(po_tool.po_path(po_tool.PSEUDO))
    for message in po_tool.messages(catalog):
        source = message.id[0] if isinstance(message.id, (list, tuple)) else message.id
        text = message.string[0] if isinstance(message.id, (list, tuple)) else message.string
        assert text == po_tool.pseudo_text(source)
        assert is_pseudo(text) and unpseudo(text.strip()) == source.strip()


def test_the_core_speaks_each_language() -> None:
    from weidian_desktop.core.drops import Drop, validate_drop  # noqa: F401

    expected = {"zh_CN": "限量发售需要一个名称。", "it": "Il drop ha bisogno di un nome.",
                "en": "The drop needs a name.", "en_XA": "[Ťĥé đŕóƥ ñééđš á ñáɱé. ~~~~~~~~]"}
    for language, text in expected.items():
        with i18n.using_language(language):
            assert i18n._("The drop needs a name.") == text
            assert i18n.current_language() == language
    assert i18n.current_language() == "en"
    with i18n.using_language("it"):
        assert i18n.ngettext("{n} product", "{n} products", 1).format(n=1) == "1 prodotto"
        assert i18n.ngettext("{n} product", "{n} products", 5).format(n=5) == "5 prodotti"
    with i18n.using_language("zh_CN"):
        assert i18n.ngettext("{n} product", "{n} products", 5).format(n=5) == "5 件商品"


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_TW.UTF-8"}, "zh_CN"),
    ({"LANG": "it_IT.UTF-8"}, "it"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "C"}, "en"),
    ({"LC_ALL": "it_CH.UTF-8", "LANG": "zh_CN.UTF-8"}, "it"),
    ({"LANGUAGE": "fr:it:en", "LANG": "zh_CN.UTF-8"}, "it"),
    ({"LANGUAGE": "zh_CN", "LC_ALL": "it_IT.UTF-8"}, "zh_CN"),
    ({"LANGUAGE": "", "LC_MESSAGES": "it_IT"}, "it"),
])
def test_language_follows_the_environment(environ: dict, expected: str) -> None:
    assert i18n.language_from_environment(environ) == expected


def test_an_order_warning_reads_in_the_language_of_the_day() -> None:
    from weidian_desktop.core.order_parse import OrderWarning, warn

    with i18n.using_language("it"):
        said = warn("sold_out", i18n.sentence("{product} is marked sold out.",
                                              product="Sciarpa"))
    stored = OrderWarning.from_dict(said.as_dict())
    assert stored.recorded == "Sciarpa è segnato come esaurito."
    with i18n.using_language("zh_CN"):
        assert stored.message == "Sciarpa 已标记为已售罄。"
        assert stored.title == "已售罄"
        assert stored.as_json() == {"code": "sold_out",
                                    "message": "Sciarpa is marked sold out."}
    old = OrderWarning.from_dict({"code": "sold_out", "message": "recorded in 2025"})
    assert old.message == "recorded in 2025"  # orders from earlier versions keep their words


def test_amounts_in_sentences_follow_the_open_shop() -> None:
    price = i18n.Amount(26600, "CNY")
    with i18n.using_language("it"):
        assert str(price) == "266,00\xa0CN¥"  # no shop open: Italian conventions
        try:
            i18n.set_money_language("zh_CN")  # a Chinese shop: as its tables write prices
            assert str(price) == "¥266.00"
        finally:
            i18n.set_money_language(None)
        assert str(price) == "266,00\xa0CN¥"
