"""The Shop page: every change is one undoable step, named in the menu, kept in the file."""

from __future__ import annotations

import pytest

from weidian_desktop.core.shop import get_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.main_window import create_main_window


@pytest.fixture
def window(qtbot, demo_copy):
    win = create_main_window(str(demo_copy))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.view.show_page("shop")
    return win


def edit(qtbot, line, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    line.editingFinished.emit()


def test_edits_undo_and_redo_with_named_actions(qtbot, window) -> None:
    page = window.view.pages["shop"]
    store = window.store
    edit(qtbot, page.tagline, "New every Friday")
    assert get_shop(store).tagline == "New every Friday"
    assert window.undo_action.text() == "&Undo Change tagline"
    edit(qtbot, page.name, "Xiaoman 2")
    assert window.windowTitle() == "Xiaoman 2 — demo.weidian"
    assert window.view.shop_name.text() == "Xiaoman 2"  # the sidebar's header too
    window.undo_action.trigger()
    assert get_shop(store).name == "小满杂货铺 Xiaoman Goods"
    assert page.name.text() == "小满杂货铺 Xiaoman Goods"  # the field shows the file again
    assert window.windowTitle() == "小满杂货铺 Xiaoman Goods — demo.weidian"
    window.undo_action.trigger()
    assert get_shop(store).tagline.startswith("手作好物")
    assert window.redo_action.text() == "&Redo Change tagline"
    window.redo_action.trigger()
    assert get_shop(store).tagline == "New every Friday" == page.tagline.text()


def test_invalid_values_are_refused_under_the_field(qtbot, window) -> None:
    page = window.view.pages["shop"]
    before = window.undo_stack.count()
    edit(qtbot, page.channels.edits["whatsapp"], "138 0013")
    assert "is not an international phone number" in page.channels.errors["whatsapp"].text()
    edit(qtbot, page.name, "   ")
    assert page.errors["name"].text() == "The shop needs a name."
    assert window.undo_stack.count() == before  # nothing was written
    assert get_shop(window.store).channels[1].value == "+8613800138000"


def test_channels_colour_and_languages_undo(qtbot, window) -> None:
    page = window.view.pages["shop"]
    store = window.store
    edit(qtbot, page.channels.edits["sms"], "+39 333 123 4567")
    assert window.undo_action.text() == "&Undo Change Phone for SMS"
    assert ("sms", "+393331234567") in [(c.kind, c.value) for c in get_shop(store).channels]
    page.color.choose("#1f4e79")
    assert get_shop(store).theme_color == "#1f4e79"
    page.languages.set_languages(["zh-CN", "en"], "en")
    page.languages.changed.emit()
    shop = get_shop(store)
    assert shop.default_language == "en" and sorted(shop.languages) == ["en", "zh-CN"]
    for _ in range(3):
        window.undo_stack.undo()
    shop = get_shop(store)
    assert shop.theme_color == "#b02a30" and shop.default_language == "zh-CN"
    assert "sms" not in [c.kind for c in shop.channels]
    assert page.channels.edits["sms"].text() == ""


def test_reopening_finds_the_edits(qtbot, window, demo_copy) -> None:
    page = window.view.pages["shop"]
    edit(qtbot, page.tagline, "Reopened tagline")
    page.timezone.set_zone("Europe/Rome")
    page.timezone.activated.emit(page.timezone.currentIndex())
    window.close()
    with ShopStore.open(demo_copy) as store:
        shop = get_shop(store)
        assert (shop.tagline, shop.timezone) == ("Reopened tagline", "Europe/Rome")
    again = create_main_window(str(demo_copy))
    qtbot.addWidget(again)
    again.view.show_page("shop")
    assert again.view.pages["shop"].tagline.text() == "Reopened tagline"
    again.close()


def test_cards_stack_in_one_column_when_narrow(qtbot, window) -> None:
    page = window.view.pages["shop"]
    assert page.columns == 2
    page.resize(560, 700)
    qtbot.waitUntil(lambda: page.columns == 1)
    page.resize(1200, 700)
    qtbot.waitUntil(lambda: page.columns == 2)


def test_a_new_logo_and_qr_are_stored_and_undone(qtbot, window, tmp_path) -> None:
    import io

    from PIL import Image

    page = window.view.pages["shop"]
    store = window.store
    before = get_shop(store)
    buf = io.BytesIO()
    Image.new("RGB", (120, 120), (20, 90, 160)).save(buf, "PNG")
    page.logo.load(buf.getvalue(), "new-logo.png").wait()
    assert window.undo_action.text() == "&Undo Change logo"
    after = get_shop(store)
    assert after.logo_hash not in (None, before.logo_hash)
    page.channels.wechat_qr.clear()  # Remove the WeChat QR
    assert get_shop(store).channels[0].qr_image_hash is None
    window.undo_stack.undo()
    window.undo_stack.undo()
    shop = get_shop(store)
    assert shop.logo_hash == before.logo_hash
    assert shop.channels[0].qr_image_hash == before.channels[0].qr_image_hash
    assert not page.logo.preview.pixmap().isNull()  # the old logo is shown again
