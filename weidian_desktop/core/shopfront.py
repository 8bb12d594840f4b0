"""Register a shopfront: a new shop file with its look, languages and channels, or nothing."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ValidationError
from .i18n import _
from .images import PreparedImage, add_image
from .shop import Channel, check_channel, set_channels, update_shop, validate_shop_fields
from .store import ShopStore


@dataclass
class Shopfront:
    """Everything the seller registers before the shop file exists."""

    name: str
    currency: str = "CNY"
    default_language: str = "zh-CN"
    languages: list[str] = field(default_factory=lambda: ["zh-CN"])
    tagline: str = ""
    theme_color: str = "#c0392b"
    timezone: str = "Asia/Shanghai"
    channels: list[Channel] = field(default_factory=list)
    logo: PreparedImage | None = None
    wechat_qr: PreparedImage | None = None  # the seller's personal WeChat QR code


def validate_shopfront(front: Shopfront) -> Shopfront:
    """Check every field (raising the first problem, naming its field) before any file exists."""
    clean = validate_shop_fields({
        "name": front.name, "currency": front.currency, "tagline": front.tagline,
        "default_language": front.default_language, "languages": front.languages,
        "theme_color": front.theme_color, "timezone": front.timezone})
    if clean["default_language"] not in clean["languages"]:
        clean["languages"].insert(0, clean["default_language"])
    if not front.channels:
        raise ValidationError(_("Add at least one contact channel: buyers send their orders "
                                "there."), field="channels")
    channels = [Channel(c.kind, check_channel(c.kind, c.value), c.qr_image_hash)
                for c in front.channels]
    return Shopfront(clean["name"], clean["currency"], clean["default_language"],
                     clean["languages"], (clean["tagline"] or "").strip(),
                     clean["theme_color"], clean["timezone"], channels, front.logo,
                     front.wechat_qr)


def create_shopfront(path: str | os.PathLike[str], front: Shopfront) -> Path:
    """Write a new shop file holding ``front`` and close it; on any failure no file remains."""
    path = Path(path)
    front = validate_shopfront(front)
    store = ShopStore.create(path, name=front.name, currency=front.currency,
                             language=front.default_language, timezone=front.timezone)
    try:
        logo = add_image(store, front.logo) if front.logo is not None else None
        update_shop(store, tagline=front.tagline, languages=front.languages,
                    theme_color=front.theme_color, logo_hash=logo)
        qr = add_image(store, front.wechat_qr) if front.wechat_qr is not None else None
        set_channels(store, [
            Channel(c.kind, c.value, qr if c.kind == "wechat" else c.qr_image_hash)
            for c in front.channels])
    except BaseException:
        store.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    store.close()
    return path
