"""Prices typed in the app: read by the app language's separators, a fall below half asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt

from weidian_desktop.core.products import (
    Product,
    ProductOption,
    Variant,
    create_product,
    get_product,
)
from weidian_desktop.ui import i18n

from .products_helpers import make_page


@pytest.fixture
def in_language(qapp):
    yield lambda language: i18n.install_translators(qapp, language)
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


def scarf(store) -> int:
    return create_product(store, Product(
        "Silk scarf", price=12900, options=[ProductOption("Colour", ["Red", "Blue"])],
        variants=[Variant(["Red"], price=12900), Variant(["Blue"])]))


def test_a_comma_decimal_in_english_is_refused_not_guessed(qtbot, store) -> None:
    pid = scarf(store)
    page = make_page(qtbot, store)
    page.open_product(pid)
    editor = page.editor
    editor.price.setText("12,5")
    assert not editor.save()
    assert editor.message.text() == ("Price: “12,5” is not a price as this app writes "
                                     "numbers: 1,299.50, with “.” before the cents.")
    assert get_product(store, pid).price == 12900 and page.undo_stack.count() == 0
    editor.price.setText("1,299")  # in English a thousand and more: as written
    asked: list[str] = []
    editor.confirm = lambda text: asked.append(text) or True
    assert editor.save() and get_product(store, pid).price == 129900 and not asked


def test_a_price_falling_below_half_is_asked_first(qtbot, store) -> None:
    pid = scarf(store)
    page = make_page(qtbot, store)
    page.open_product(pid)
    editor = page.editor
    asked: list[str] = []
    editor.confirm = lambda text: asked.append(text) or False
    editor.price.setText("12.5")
    assert not editor.save()  # "Keep editing": nothing saved, the form kept
    assert "Silk scarf: ¥129.00 → ¥12.50" in asked[0] and "Save the lower price?" in asked[0]
    assert get_product(store, pid).price == 12900 and editor.price.text() == "12.5"
    assert editor.message.text().startswith("Not saved")
    editor.confirm = lambda text: asked.append(text) or True
    assert editor.save()
    assert get_product(store, pid).price == 1250
    editor.price.setText("10")  # from 12.50 to 10: not below half, nothing asked
    assert editor.save() and len(asked) == 2
    row = next(r for r in range(editor.variants.variants.rowCount())
               if editor.variants.variants.item(r, 0).text() == "Red")
    editor.variants.variants.item(row, editor.variants.PRICE).setText("5")
    editor.confirm = lambda text: asked.append(text) or False
    assert not editor.save()
    assert "Silk scarf — Red: ¥129.00 → ¥5.00" in asked[-1]


def test_italian_prices_use_the_italian_comma(qtbot, store, in_language) -> None:
    in_language("it")
    pid = scarf(store)
    page = make_page(qtbot, store)
    page.open_product(pid)
    editor = page.editor
    assert editor.price.text() == "129,00"
    editor.price.setText("1.299")  # in Italian a thousand and more
    assert editor.save() and get_product(store, pid).price == 129900
    editor.price.setText("1,299")
    assert not editor.save()
    assert "1,299" in editor.message.text() and get_product(store, pid).price == 129900
    editor.price.setText("129,50")
    editor.confirm = lambda text: True  # ¥1299 to ¥129.50 is asked; the seller says yes
    assert editor.save() and get_product(store, pid).price == 12950


def test_drop_and_coupon_prices_follow_the_language(qtbot, store, in_language) -> None:
    from PySide6.QtGui import QUndoStack

    from weidian_desktop.ui.pages.drops_page import DropsPage

    in_language("it")
    pid = scarf(store)
    page = DropsPage(store, QUndoStack())
    qtbot.addWidget(page)
    editor = page.editor
    page.new_drop()
    editor.name.setText("Foulard")
    row = editor._row_of(pid, None)
    editor.items.item(row, 0).setCheckState(Qt.CheckState.Checked)
    editor.items.item(row, 2).setText("99,50")
    assert editor.drop().items[0].drop_price == 9950
    editor.items.item(row, 2).setText("99.50")
    # The core speaks the app's language too.
    assert not editor.check() and editor.message.text().startswith("Silk scarf: «99.50» non è")
    coupons = page.coupon_editor
    page.new_coupon()
    coupons.code.setText("SCONTO-5")
    coupons.kind.setCurrentIndex(coupons.kind.findData("fixed"))
    coupons.value.setText("5,50")
    assert coupons.coupon().value == 550
