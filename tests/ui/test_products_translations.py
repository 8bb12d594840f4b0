"""Product editor: a title and description per shop language, saved with the product."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QGuiApplication, QImage

from weidian_desktop.core.products import Product, create_product, get_product
from weidian_desktop.core.shop import update_shop
from weidian_desktop.core.store import ShopStore

from .products_helpers import make_page


def three_language_shop(store: ShopStore) -> int:
    update_shop(store, languages=["zh-CN", "en", "it"])
    return create_product(store, Product(
        title="真丝围巾", description="小批量手工制作。", price=12900,
        translations={"en": {"title": "Silk scarf", "description": ""}}))


def test_an_italian_title_is_one_undoable_save_and_survives_reopening(
        qtbot, store: ShopStore, shop_path: Path) -> None:
    pid = three_language_shop(store)
    page = make_page(qtbot, store)
    page.open_product(pid)
    editor = page.editor
    assert editor.translations.languages == ["en", "it"]  # the default has no tab
    assert editor.translations.page("en").title.text() == "Silk scarf"
    italian = editor.translations.page("it")
    assert italian.title.text() == ""
    # Empty says what buyers will see instead: the default language's text.
    assert "真丝围巾" in italian.title.placeholderText()
    assert "小批量手工制作。" in italian.description.placeholderText()
    italian.title.setText("  Sciarpa di seta ")
    assert editor.save()
    stack = page.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Edit product “真丝围巾”"
    assert get_product(store, pid).translations == {
        "en": {"title": "Silk scarf", "description": ""},
        "it": {"title": "Sciarpa di seta", "description": ""}}
    stack.undo()
    assert "it" not in get_product(store, pid).translations
    assert editor.translations.page("it").title.text() == ""  # the form follows the undo
    stack.redo()
    assert get_product(store, pid).translations["it"]["title"] == "Sciarpa di seta"
    assert editor.translations.page("it").title.text() == "Sciarpa di seta"
    page.close()
    store.close()
    with ShopStore.open(shop_path) as reopened:
        assert get_product(reopened, pid).translations["it"] == {
            "title": "Sciarpa di seta", "description": ""}


def test_an_emptied_translation_is_not_stored(qtbot, store: ShopStore) -> None:
    pid = three_language_shop(store)
    page = make_page(qtbot, store)
    page.open_product(pid)
    english = page.editor.translations.page("en")
    english.title.setText("   ")
    page.editor.translations.page("it").description.setPlainText("\n  \n")
    assert page.editor.save()
    assert get_product(store, pid).translations == {}
    assert store.scalar("SELECT count(*) FROM product_translations") == 0


def test_placeholders_follow_the_default_text_as_it_is_typed(qtbot, store: ShopStore) -> None:
    three_language_shop(store)
    page = make_page(qtbot, store)
    page.new_product()
    page.editor.title.setText("乌龙茶")
    assert "乌龙茶" in page.editor.translations.page("it").title.placeholderText()
    page.editor.translations.page("it").title.setText("Tè oolong")
    assert page.editor.is_dirty()


def test_translations_of_a_language_the_shop_dropped_are_kept(qtbot, store: ShopStore) -> None:
    pid = three_language_shop(store)
    update_shop(store, languages=["zh-CN", "it"])
    page = make_page(qtbot, store)
    page.open_product(pid)
    assert page.editor.translations.languages == ["it"]
    page.editor.translations.page("it").title.setText("Sciarpa")
    assert page.editor.save()
    assert set(get_product(store, pid).translations) == {"en", "it"}


def test_a_one_language_shop_shows_no_translations(qtbot, store: ShopStore) -> None:
    page = make_page(qtbot, store)
    page.new_product()  # an empty shop shows its first steps until a product is added
    assert page.editor.translations.languages == []
    assert not page.editor.translations.isVisible()
    update_shop(store, languages=["zh-CN", "it"])
    page.refresh()  # what the main window does after the Shop page changed
    assert page.editor.translations.languages == ["it"]
    assert page.editor.translations.isVisible()


def test_the_chinese_hint_has_no_stray_spaces(qtbot, qapp, store: ShopStore) -> None:
    from weidian_desktop.ui import i18n

    pid = three_language_shop(store)
    i18n.install_translators(qapp, "zh_CN")
    try:
        page = make_page(qtbot, store)
        page.open_product(pid)
        hint = page.editor.translations.page("it").title.placeholderText()
        assert hint == "留空则显示中文标题：“真丝围巾”"  # was "留空则显示 中文 的标题"
    finally:
        from PySide6.QtCore import QLocale

        i18n.install_translators(qapp, "en")
        QLocale.setDefault(QLocale("en_US"))


def _on_screen(widget) -> QImage:
    """What the window's backing store holds for ``widget``: what was last painted there,
    not a fresh rendering (QWidget.grab() would paint it anew and hide a missed repaint)."""
    window = widget.window()
    corner = widget.mapTo(window, QPoint(0, 0))
    return QGuiApplication.primaryScreen().grabWindow(
        window.winId(), corner.x(), corner.y(), widget.width(), widget.height()).toImage()


def _inked_rows(image: QImage) -> int:
    rows = 0
    for y in range(image.height()):
        if any(QColor(image.pixel(x, y)).lightness() < 200 for x in range(6, image.width() - 6)):
            rows += 1
    return rows


def test_the_placeholder_that_quotes_the_default_text_is_repainted_whole(
        qtbot, store: ShopStore) -> None:
    update_shop(store, languages=["zh-CN", "en"])
    first = create_product(store, Product(title="围巾", price=100,
                                          description="WWWWWWWWWWWWWWWW WWWWWWWWWWWWWWW"))
    second = create_product(store, Product(title="杯子", price=100, description="i"))
    page = make_page(qtbot, store)
    page.open_product(first)
    viewport = page.editor.translations.page("en").description.viewport()
    qtbot.waitUntil(lambda: _inked_rows(_on_screen(viewport)) > 0)
    line = viewport.fontMetrics().height()
    # Both lines of the placeholder show: "Empty: shows the Chinese description:" and
    # the quote under it (Qt clips a placeholder to the first line of the document).
    qtbot.waitUntil(lambda: _inked_rows(_on_screen(viewport)) > 1.5 * line)
    before = _on_screen(viewport)
    page.open_product(second)
    # The old quote must not stay painted under the new placeholder: the viewport is
    # painted again with the new text ("i" inks far less than a line of W).
    qtbot.waitUntil(lambda: _on_screen(viewport) != before)
    qtbot.wait(50)
    after = _on_screen(viewport)
    page.editor.translations.page("en").description.viewport().repaint()
    assert after == _on_screen(viewport)  # what was shown is what a full repaint shows
