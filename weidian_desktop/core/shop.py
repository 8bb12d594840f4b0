"""The shopfront: name, look, languages, currency, and the channels buyers order through."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError

from .clock import utc_now
from .errors import ValidationError
from .i18n import _
from .money import check_currency
from .store import ShopStore

CHANNEL_KINDS = ("wechat", "whatsapp", "sms", "email", "telegram")
_PHONE = re.compile(r"^\+[1-9]\d{7,14}$")  # E.164
_EMAIL = re.compile(r"^[^@\s<>\"']+@[^@\s<>\"']+\.[^@\s<>\"'.]{2,}$")
_WECHAT = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{5,19}$")
_TELEGRAM = re.compile(r"^[A-Za-z][A-Za-z0-9_]{4,31}$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass
class Channel:
    """One way a buyer can send an order request to the seller."""

    kind: str
    value: str
    qr_image_hash: str | None = None


@dataclass
class Shop:
    """The shop-wide settings kept in the one-row ``shop`` table."""

    name: str
    currency: str
    default_language: str
    languages: list[str]
    tagline: str = ""
    about: str = ""
    logo_hash: str | None = None
    theme_color: str = "#c0392b"
    timezone: str = "Asia/Shanghai"
    base_url: str = ""
    channels: list[Channel] = field(default_factory=list)


def check_language(tag: str) -> str:
    """A BCP 47 tag Babel knows (``zh-CN``, ``it``, ``en``), normalised with a hyphen."""
    try:
        Locale.parse((tag or "").replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        raise ValidationError(_("{tag!r} is not a language Weidian Desktop knows.").format(
                                  tag=tag),
                              field="language") from None
    return tag.replace("_", "-")


def check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(_("{name!r} is not a time zone (for example "
                                "Asia/Shanghai).").format(name=name),
                              field="timezone") from None
    return name


def check_base_url(url: str) -> str:
    """An http(s) address the exported shop will live at, or empty."""
    url = (url or "").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError(_("The shop address {url!r} must start with https:// or "
                                "http://.").format(url=url),
                              field="base_url")
    return url if url.endswith("/") else url + "/"


def check_channel(kind: str, value: str) -> str:
    """Validate one contact channel and return its normalised value."""
    value = (value or "").strip()
    if kind in ("whatsapp", "sms"):
        compact = re.sub(r"[\s().-]", "", value)
        if compact.startswith("00"):
            compact = "+" + compact[2:]
        if not _PHONE.match(compact):
            raise ValidationError(
                _("{value!r} is not an international phone number (start with + and the "
                  "country code, for example +86 138 0013 8000).").format(
                    value=value), field=kind)
        return compact
    if kind == "email":
        if not _EMAIL.match(value):
            raise ValidationError(_("{value!r} is not an e-mail address.").format(value=value),
                                  field=kind)
        return value
    if kind == "wechat":
        if not _WECHAT.match(value):
            raise ValidationError(
                _("{value!r} is not a WeChat ID (6 to 20 letters, digits, - or _, starting "
                  "with a letter).").format(value=value), field=kind)
        return value
    if kind == "telegram":
        value = value.removeprefix("@")
        if not _TELEGRAM.match(value):
            raise ValidationError(
                _("{value!r} is not a Telegram username (5 to 32 letters, digits or _).").format(
                    value=value),
                field=kind)
        return value
    raise ValidationError(_("{kind!r} is not a contact channel.").format(kind=kind),
                          field="kind")


def validate_shop_fields(values: dict[str, Any]) -> dict[str, Any]:
    """Check the shop fields present in ``values``; return them normalised."""
    out = dict(values)
    if "name" in out:
        out["name"] = (out["name"] or "").strip()
        if not out["name"]:
            raise ValidationError(_("The shop needs a name."), field="name")
        if len(out["name"]) > 80:
            raise ValidationError(_("The shop name is longer than 80 characters."), field="name")
    if "currency" in out:
        out["currency"] = check_currency(out["currency"])
    if "default_language" in out:
        out["default_language"] = check_language(out["default_language"])
    if "languages" in out:
        out["languages"] = [check_language(t) for t in out["languages"]]
        if not out["languages"]:
            raise ValidationError(_("The shop needs at least one language."), field="languages")
    if "timezone" in out:
        out["timezone"] = check_timezone(out["timezone"])
    if "theme_color" in out and not _COLOR.match(out["theme_color"] or ""):
        raise ValidationError(_("{theme_color!r} is not a colour like #c0392b.").format(
                                  theme_color=out['theme_color']),
                              field="theme_color")
    if "base_url" in out:
        out["base_url"] = check_base_url(out["base_url"])
    return out


def get_shop(store: ShopStore) -> Shop:
    row = store.query("SELECT * FROM shop WHERE id = 1")[0]
    channels = [
        Channel(r["kind"], r["value"], r["qr_image_hash"])
        for r in store.query("SELECT * FROM channels ORDER BY position, id")
    ]
    return Shop(
        name=row["name"], currency=row["currency"], default_language=row["default_language"],
        languages=json.loads(row["languages"]), tagline=row["tagline"], about=row["about"],
        logo_hash=row["logo_hash"], theme_color=row["theme_color"], timezone=row["timezone"],
        base_url=row["base_url"], channels=channels,
    )


_SHOP_COLUMNS = ("name", "tagline", "about", "logo_hash", "currency", "default_language",
                 "languages", "theme_color", "timezone", "base_url")


def update_shop(store: ShopStore, **values: Any) -> Shop:
    """Change shop settings in one transaction; unknown or invalid fields are refused."""
    unknown = set(values) - set(_SHOP_COLUMNS)
    if unknown:
        raise ValidationError(_("Unknown shop setting {unknown!r}.").format(
                                  unknown=sorted(unknown)[0]))
    clean = validate_shop_fields(values)
    if "languages" in clean:
        default = clean.get("default_language") or get_shop(store).default_language
        if default not in clean["languages"]:
            clean["languages"].insert(0, default)
        clean["languages"] = json.dumps(clean["languages"])
    with store.atomic() as db:
        if clean:
            clean["updated_at"] = utc_now()
            db.table("shop").update(1, clean)
    return get_shop(store)


def set_channels(store: ShopStore, channels: list[Channel]) -> list[Channel]:
    """Replace the contact channels; at least one is needed, because buyers order there."""
    clean = [Channel(c.kind, check_channel(c.kind, c.value), c.qr_image_hash) for c in channels]
    if not clean:
        raise ValidationError(_("Add at least one contact channel: buyers send their orders "
                                "there."),
                              field="channels")
    with store.atomic() as db:
        db.execute("DELETE FROM channels")
        for position, channel in enumerate(clean):
            db.table("channels").insert({"kind": channel.kind, "value": channel.value,
                                   "qr_image_hash": channel.qr_image_hash, "position": position})
        db.table("shop").update(1, {"updated_at": utc_now()})
    return clean


def get_setting(store: ShopStore, key: str, default: Any = None) -> Any:
    """A JSON value from the ``settings`` table (shop-wide preferences)."""
    raw = store.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return default if raw is None else json.loads(str(raw))


def set_setting(store: ShopStore, key: str, value: Any) -> None:
    with store.atomic() as db:
        db.table("settings").upsert({"key": key, "value": json.dumps(value, ensure_ascii=False)},
                              pk="key")
