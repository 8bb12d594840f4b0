"""Registering a shopfront through the wizard: typed fields, inline refusals, the file made."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWizard

from weidian_desktop.core.images import image_bytes
from weidian_desktop.core.shop import get_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.wizard import ShopWizard


@pytest.fixture
def wizard(qtbot, tmp_path):
    widget = ShopWizard(target_path=tmp_path / "new.weidian")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest can only type ASCII keys; an input method would insert the rest
        edit.insert(text)
    edit.editingFinished.emit()  # as when the seller tabs to the next field


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def test_registering_a_shopfront_writes_it_all(qtbot, wizard, tmp_path) -> None:
    front = wizard.front_page
    assert not next_button(wizard).isEnabled()  # a shop needs a name first
    type_into(qtbot, front.name, "小满杂货铺 Xiaoman")
    type_into(qtbot, front.tagline, "手作好物 · Small batches")
    assert next_button(wizard).isEnabled()
    # The logo is pasted (Ctrl+V) from the clipboard.
    image = QImage(80, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkRed)
    QGuiApplication.clipboard().setImage(image)
    front.logo.setFocus()
    qtbot.keyClick(front.logo, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: front.logo.prepared is not None)
    wizard.next()

    look = wizard.look_page
    look.currency.set_code("EUR")
    look.languages.set_languages(["zh-CN", "en", "it"], "it")
    look.color.choose("#ffd800")  # too light for white text: warned, still allowed
    assert look.color.warning.isVisible() and "hard to read" in look.color.warning.text()
    look.color.choose("#225588")
    assert not look.color.warning.isVisible()
    look.timezone.set_zone("Europe/Rome")
    wizard.next()

    page = wizard.channels_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # at least one channel is required
    type_into(qtbot, page.channels.edits["email"], "orders@example")
    assert page.channels.errors["email"].isVisible()
    assert page.channels.errors["email"].text() == "'orders@example' is not an e-mail address."
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)  # refused: the e-mail is wrong
    assert wizard.isVisible() and not (tmp_path / "new.weidian").exists()
    type_into(qtbot, page.channels.edits["email"], "orders@example.com")
    assert not page.channels.errors["email"].isVisible()
    type_into(qtbot, page.channels.edits["whatsapp"], "+86 138 0013 8000")
    type_into(qtbot, page.channels.edits["wechat"], "xiaoman_goods")
    qr = io.BytesIO()
    Image.new("RGB", (50, 50), "white").save(qr, "PNG")
    qr_file = tmp_path / "qr.png"
    qr_file.write_bytes(qr.getvalue())
    mime = QMimeData()  # a file dropped from the file manager
    from PySide6.QtCore import QUrl
    mime.setUrls([QUrl.fromLocalFile(str(qr_file))])
    page.channels.wechat_qr.load_mime(mime).wait()

    with qtbot.waitSignal(wizard.created) as created:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    path = created.args[0]
    assert path == tmp_path / "new.weidian" and not wizard.isVisible()
    with ShopStore.open(path) as store:
        shop = get_shop(store)
        assert (shop.name, shop.tagline) == ("小满杂货铺 Xiaoman", "手作好物 · Small batches")
        assert (shop.currency, shop.default_language, shop.timezone) == \
            ("EUR", "it", "Europe/Rome")
        assert sorted(shop.languages) == ["en", "it", "zh-CN"]
        assert shop.theme_color == "#225588"
        assert Image.open(io.BytesIO(image_bytes(store, shop.logo_hash))).size == (80, 80)
        assert [(c.kind, c.value) for c in shop.channels] == [
            ("wechat", "xiaoman_goods"), ("whatsapp", "+8613800138000"),
            ("email", "orders@example.com")]
        assert shop.channels[0].qr_image_hash is not None


def test_a_file_that_exists_is_refused_in_one_sentence(qtbot, wizard, tmp_path) -> None:
    (tmp_path / "new.weidian").write_bytes(b"keep me")
    type_into(qtbot, wizard.front_page.name, "Shop")
    wizard.next()
    wizard.next()
    type_into(qtbot, wizard.channels_page.channels.edits["telegram"], "@shop_bot")
    wizard.accept()
    assert wizard.channels_page.error.text() == "new.weidian already exists; choose another name."
    assert (tmp_path / "new.weidian").read_bytes() == b"keep me"


def test_a_file_that_is_no_image_is_refused_under_the_field(qtbot, wizard, tmp_path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"this is text, not a PNG")
    wizard.front_page.logo.browse(fake).wait()
    assert wizard.front_page.logo.prepared is None
    assert "logo.png" in wizard.front_page.logo.error.text()


@pytest.mark.parametrize(("language", "zone", "currency"), [
    ("zh_CN", "Asia/Shanghai", "CNY"),
    ("zh_CN", "America/New_York", "CNY"),  # a Chinese seller abroad still prices in yuan
    ("zh_CN", "Asia/Hong_Kong", "HKD"),
    ("it", "Europe/Rome", "EUR"),
    ("it", "America/Los_Angeles", "EUR"),
    ("it", "Europe/Zurich", "CHF"),
    ("en", "Europe/Rome", "EUR"),
    ("en", "Asia/Shanghai", "CNY"),
])
def test_the_new_shops_currency_follows_language_and_clock(qtbot, tmp_path, language, zone,
                                                            currency) -> None:
    from weidian_desktop.core.regions import suggest_currency
    from weidian_desktop.ui import i18n

    assert suggest_currency(language, zone) == currency
    i18n._current, before = language, i18n._current
    try:
        widget = ShopWizard(target_path=tmp_path / "new.weidian")
        qtbot.addWidget(widget)
        look = widget.look_page
        look.timezone.set_zone(zone)
        assert look.currency.code() == currency
        look.currency.set_code("JPY")
        look.currency.activated.emit(look.currency.currentIndex())  # the seller chose it
        look.timezone.set_zone("Europe/Rome")
        assert look.currency.code() == "JPY"  # a choice is kept
    finally:
        i18n._current = before


def test_create_checks_every_field_before_asking_for_a_file_name(qtbot, tmp_path,
                                                                 monkeypatch) -> None:
    wizard = ShopWizard()  # no target path: "Create shop…" would ask where to save
    qtbot.addWidget(wizard)
    wizard.show()
    asked: list[str] = []
    monkeypatch.setattr(wizard, "_ask_path", lambda name: asked.append(name))
    type_into(qtbot, wizard.front_page.name, "Shop")
    wizard.next()
    wizard.look_page.timezone.set_zone("Mars/Olympus")  # typed wrong in the editable list
    wizard.next()
    type_into(qtbot, wizard.channels_page.channels.edits["telegram"], "@shop_bot")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert asked == []  # refused before the save dialog, not after a name was chosen
    assert wizard.isVisible()
    error = wizard.channels_page.error
    assert error.isVisible() and "Mars/Olympus" in error.text()
    # Fixed on its page, the sentence goes; the save dialog is asked for next.
    wizard.back()
    wizard.look_page.timezone.set_zone("Europe/Rome")
    wizard.next()
    assert not wizard.channels_page.error.isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert asked == ["Shop"]


def test_the_error_line_goes_once_the_fields_are_right(qtbot, wizard, tmp_path) -> None:
    (tmp_path / "new.weidian").write_bytes(b"keep me")
    type_into(qtbot, wizard.front_page.name, "Shop")
    wizard.next()
    wizard.next()
    channels = wizard.channels_page.channels
    type_into(qtbot, channels.edits["telegram"], "@shop_bot")
    wizard.accept()
    assert wizard.channels_page.error.isVisible()  # the file exists
    type_into(qtbot, channels.edits["email"], "orders@example")
    assert channels.errors["email"].isVisible()
    type_into(qtbot, channels.edits["email"], "orders@example.com")
    assert not channels.errors["email"].isVisible()
    assert not wizard.channels_page.error.isVisible()  # edited since: the old line goes


def test_fields_stay_put_when_an_inline_error_appears(qtbot, wizard) -> None:
    type_into(qtbot, wizard.front_page.name, "Shop")
    wizard.next()
    look = wizard.look_page
    zone_at = look.timezone.mapTo(wizard, look.timezone.rect().topLeft())
    look.color.choose("#ffd800")  # a contrast warning under the colour
    assert look.color.warning.isVisible()
    qtbot.wait(10)
    assert look.timezone.mapTo(wizard, look.timezone.rect().topLeft()) == zone_at
    wizard.next()
    channels = wizard.channels_page.channels
    below = channels.edits["telegram"]

    def where() -> QPoint:
        qtbot.wait(10)
        return below.mapTo(wizard, below.rect().topLeft())

    at = where()
    type_into(qtbot, channels.edits["email"], "orders@example")  # a one-line sentence
    assert channels.errors["email"].isVisible()
    assert where() == at  # the next click lands true
    type_into(qtbot, channels.edits["email"], "orders@example.com")
    assert not channels.errors["email"].isVisible() and where() == at
    type_into(qtbot, channels.edits["whatsapp"], "12")  # a sentence of two lines
    assert channels.errors["whatsapp"].isVisible()
    at = where()  # it may take a second line once...
    type_into(qtbot, channels.edits["whatsapp"], "+86 138 0013 8000")
    assert not channels.errors["whatsapp"].isVisible()
    assert where() == at  # ...but nothing moves back up under the pointer
