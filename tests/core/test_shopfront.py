"""Registering a shopfront: everything written, or (on any refusal) no file at all."""

from __future__ import annotations

import pytest

from weidian_desktop.core import shopfront as shopfront_module
from weidian_desktop.core.colors import contrast_ratio, white_text_readable
from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.shop import Channel, get_shop
from weidian_desktop.core.shopfront import Shopfront, create_shopfront
from weidian_desktop.core.store import ShopStore
from weidian_desktop.media.images import prepare_image


def _png() -> bytes:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 30, 40)).save(buf, "PNG")
    return buf.getvalue()


def test_everything_registered_is_in_the_file(tmp_path) -> None:
    qr = prepare_image(_png(), "qr.png")
    front = Shopfront("  Ada's Teas ", currency="eur", default_language="it",
                      languages=["en"], tagline="Loose leaf", theme_color="#225588",
                      timezone="Europe/Rome", logo=prepare_image(_png(), "logo.png"),
                      wechat_qr=qr,
                      channels=[Channel("wechat", "ada_teas"), Channel("sms", "+39 333 123 4567")])
    path = create_shopfront(tmp_path / "ada.weidian", front)
    with ShopStore.open(path) as store:
        shop = get_shop(store)
        assert (shop.name, shop.currency, shop.default_language) == ("Ada's Teas", "EUR", "it")
        assert shop.languages == ["it", "en"] and shop.timezone == "Europe/Rome"
        assert shop.tagline == "Loose leaf" and shop.theme_color == "#225588"
        assert shop.logo_hash is not None
        assert [(c.kind, c.value, c.qr_image_hash) for c in shop.channels] == [
            ("wechat", "ada_teas", qr.hash), ("sms", "+393331234567", None)]


def test_a_bad_field_is_refused_before_any_file_is_made(tmp_path) -> None:
    front = Shopfront("Shop", channels=[Channel("email", "not-an-address")])
    with pytest.raises(ValidationError, match="is not an e-mail address"):
        create_shopfront(tmp_path / "s.weidian", front)
    with pytest.raises(ValidationError, match="at least one contact channel"):
        create_shopfront(tmp_path / "s.weidian", Shopfront("Shop"))
    assert list(tmp_path.iterdir()) == []


def test_a_failure_after_creating_leaves_no_half_shop(tmp_path, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(shopfront_module, "set_channels", broken)
    with pytest.raises(OSError):
        create_shopfront(tmp_path / "s.weidian",
                         Shopfront("Shop", channels=[Channel("telegram", "shop_bot")]))
    assert list(tmp_path.iterdir()) == []


def test_white_text_contrast() -> None:
    assert round(contrast_ratio("#ffffff", "#000000")) == 21
    assert white_text_readable("#b02a30") and white_text_readable("#1f4e79")
    assert not white_text_readable("#f5d76e") and not white_text_readable("#ffffff")
