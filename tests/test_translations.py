"""The app's Qt translations: complete, current, compiled, and actually shown in the widgets."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from weidian_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("ts_tool", ROOT / "scripts" / "ts_tool.py")
ts_tool = importlib.util.module_from_spec(_spec)
sys.modules["ts_tool"] = ts_tool
_spec.loader.exec_module(ts_tool)

ALL = (*ts_tool.LANGUAGES, ts_tool.PSEUDO)
WITH_ENGLISH = (*ALL, ts_tool.ENGLISH)  # English's .ts holds only the plurals
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
FORMS = {"zh_CN": 1, "it": 2, "en_XA": 2, "en": 2}  # plural forms (CLDR / Qt numerus rules)


def keys(ts: Path) -> set[tuple[str, str]]:
    return {(ctx, m.findtext("source") or "") for ctx, m in ts_tool.messages(ts)}


@pytest.mark.parametrize("language", WITH_ENGLISH)
def test_ts_has_no_unfinished_or_obsolete_entries(language: str) -> None:
    ts = ts_tool.ts_path(language)
    assert ts.is_file(), f"{ts.name} is missing: run scripts/translations"
    bad = [(ctx, m.findtext("source")) for ctx, m in ts_tool.messages(ts)
           if ts_tool.is_unfinished(m)
           or m.find("translation").get("type") in ("obsolete", "vanished")]
    assert not bad, f"{ts.name}: {len(bad)} unfinished/obsolete, e.g. {bad[:5]}"


@pytest.mark.parametrize("language", WITH_ENGLISH)
def test_qm_is_compiled_from_the_current_ts(language: str, tmp_path: Path) -> None:
    qm = ts_tool.qm_path(language)
    assert qm.is_file(), f"{qm.name} is missing: run scripts/translations"
    fresh = tmp_path / qm.name
    ts_tool.lrelease(ts_tool.ts_path(language), fresh)
    # Bytes, not mtimes: a checkout sets every mtime to the same moment.
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run scripts/translations"


def test_every_source_string_is_in_every_ts(tmp_path: Path) -> None:
    # Strings both committed and still in the working tree must be translated: a
    # colleague's uncommitted edit is judged once committed (in a plain checkout, such
    # as CI, both sets are the same). Strings gone from the sources are dropped by
    # lupdate -no-obsolete, and the test above fails on any obsolete entry left behind.
    committed = ts_tool.committed_sources(tmp_path / "head") or ts_tool.ROOT
    ts_tool.lupdate([tmp_path / "committed_it.ts"], root=committed)
    ts_tool.lupdate([tmp_path / "working_it.ts"])
    needed = keys(tmp_path / "committed_it.ts") & keys(tmp_path / "working_it.ts")
    assert ("OrdersPage", "Paste order") in needed
    assert ("PostsPage", "Add post") in needed  # said through a module-level _tr() helper
    for language in ALL:
        missing = needed - keys(ts_tool.ts_path(language))
        assert not missing, f"{language}: not in the .ts (run scripts/translations): " \
                            f"{sorted(missing)[:5]}"
    # Plurals said through QCoreApplication.translate, which lupdate alone misses.
    plurals = {(ctx, m.findtext("source")) for ctx, m in ts_tool.messages(ts_tool.ts_path("it"))
               if m.get("numerus") == "yes"}
    assert ("ProductsUndo", "Delete %n product(s)") in plurals
    assert ("PickCommand", "Pick %n product(s)") in plurals
    assert plurals == keys(ts_tool.ts_path(ts_tool.ENGLISH))  # English has every plural


@pytest.mark.parametrize("language", WITH_ENGLISH)
def test_translations_keep_placeholders_and_plural_forms(language: str) -> None:
    for ctx, message in ts_tool.messages(ts_tool.ts_path(language)):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            assert len(forms) == FORMS[language], (ctx, source, forms)
        else:
            forms = [translation.text or ""]
        for text in forms:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), \
                f"{language} {ctx}: {source!r} -> {text!r}"


def test_pseudo_locale_is_longer_and_accented() -> None:
    assert ts_tool.pseudo("Paste order") == "[Ƥášťé óŕđéŕ ~~~~]"
    assert ts_tool.pseudo("Wrote {0}.") .startswith("[Ŵŕóťé {0}.")
    assert "(*.pdf)" in ts_tool.pseudo("PDF (*.pdf);;CSV (*.csv)")


@pytest.mark.parametrize(("system", "expected"), [
    ("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("it_IT", "it"), ("it_CH", "it"),
    ("en_GB", "en"), ("de_DE", "en")])
def test_language_follows_the_system(system: str, expected: str) -> None:
    assert i18n.resolve_language("", QLocale(system)) == expected
    assert i18n.resolve_language("it", QLocale(system)) == "it"  # a choice wins
    assert i18n.resolve_language("xx", QLocale(system)) == expected  # junk is ignored


@pytest.fixture
def translated(qapp):
    """install(language) puts our and Qt's translators in; English again afterwards."""
    yield lambda language: i18n.install_translators(qapp, language)
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize(("language", "paste", "sales", "cancel"), [
    ("zh_CN", "粘贴订单", "销售", "取消"),
    ("it", "Incolla ordine", "Vendite", "Annulla"),
    ("en", "Paste order", "Sales", "Cancel"),
])
def test_pages_and_standard_dialogs_speak_the_language(qtbot, translated, store, language,
                                                         paste, sales, cancel) -> None:
    from weidian_desktop.ui.pages.orders_page import OrdersPage

    assert translated(language) == language
    assert i18n.current_language() == language
    page = OrdersPage(store, QUndoStack())
    qtbot.addWidget(page)
    assert paste in [b.text() for b in page.findChildren(QPushButton)]
    assert sales in [page.tabs.tabText(i) for i in range(page.tabs.count())]
    # Qt's own qtbase catalogue: the standard buttons of every dialog.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel


@pytest.mark.parametrize(("language", "one", "five", "undo"), [
    ("en", "1 product", "5 products", "Delete 2 products"),
    ("zh_CN", "1 件商品", "5 件商品", "删除 2 件商品"),
    ("it", "1 prodotto", "5 prodotti", "Eliminazione di 2 prodotti"),
])
def test_plurals_read_right_in_every_language(translated, language: str, one: str, five: str,
                                              undo: str) -> None:
    translated(language)
    say = QApplication.translate
    assert say("ProductsPage", "%n product(s)", "", 1) == one
    assert say("ProductsPage", "%n product(s)", "", 5) == five
    assert say("ProductsUndo", "Delete %n product(s)", "", 2) == undo


def test_pseudo_language_lengthens_page_texts(qtbot, translated, store) -> None:
    from weidian_desktop.ui.pages.orders_page import OrdersPage

    translated(i18n.PSEUDO)
    page = OrdersPage(store, QUndoStack())
    qtbot.addWidget(page)
    assert "[Ƥášťé óŕđéŕ ~~~~]" in [b.text() for b in page.findChildren(QPushButton)]


@pytest.fixture
def settings_dir(tmp_path: Path, qapp):
    """QSettings written under tmp_path, so the test never touches the user's own."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield tmp_path
    QSettings().remove(i18n.SETTINGS_KEY)


def test_preferences_saves_the_language(qtbot, settings_dir, translated) -> None:
    from weidian_desktop.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:4] == ["简体中文", "Italiano", "English"]
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    dialog.accept()
    assert QSettings().value(i18n.SETTINGS_KEY) == "it"
    assert i18n.saved_choice() == "it"
    assert translated(None) == "it"  # the next start follows the saved choice
    assert QApplication.translate("Pages", "Orders") == "Ordini"


def test_no_translated_text_is_written_inside_an_f_string() -> None:
    # lupdate does not look inside f-strings: self.tr('Total') there was never translated.
    import ast

    found = []
    for path in ts_tool.source_files():
        tree = ast.parse(path.read_bytes())
        for node in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
            for call in (c for c in ast.walk(node) if isinstance(c, ast.Call)):
                name = getattr(call.func, "attr", None) or getattr(call.func, "id", "")
                if name in ("tr", "translate", "_tr"):
                    found.append(f"{path.name}:{call.lineno}")
    assert not found, f"say the text before the f-string: {found}"


@pytest.mark.parametrize("language", ["en", "zh_CN", "it"])
def test_drop_and_post_times_name_the_shops_clock(qtbot, translated, store,
                                                   language: str) -> None:
    from weidian_desktop.ui.pages.drops_models import DropsModel
    from weidian_desktop.ui.pages.posts_page import PostsPage

    translated(language)
    from weidian_desktop.ui.pages.drops_page import DropsPage

    drops = DropsPage(store, QUndoStack())
    qtbot.addWidget(drops)
    assert drops.clock_note.text() == {
        "en": "Times on the shop’s clock (Asia/Shanghai).",
        "zh_CN": "时间按店铺时区（Asia/Shanghai）。",
        "it": "Orari sull'orologio del negozio (Asia/Shanghai)."}[language]
    assert isinstance(DropsModel("Asia/Shanghai").zone, str)
    page = PostsPage(store, QUndoStack())
    qtbot.addWidget(page)
    assert page.model.horizontalHeaderItem(0).text() == {
        "en": "Publish at (shop’s clock)", "zh_CN": "发布时间（店铺时间）",
        "it": "Pubblicazione (ora del negozio)"}[language]
