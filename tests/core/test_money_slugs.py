"""Money parsing and CLDR formatting without floats; slugs that are safe folder names."""

from __future__ import annotations

import pytest

from weidian_desktop.core.errors import ValidationError
from weidian_desktop.core.money import format_money, format_plain, parse_money
from weidian_desktop.core.slugs import RESERVED, is_safe_slug, slugify, unique_slug


@pytest.mark.parametrize(("text", "currency", "minor"), [
    ("1299", "CNY", 129900), ("1,299.00", "CNY", 129900), ("1.299,00", "EUR", 129900),
    ("¥12.5", "CNY", 1250), ("19.99 USD", "USD", 1999), ("12,50 €", "EUR", 1250),
    ("0.1", "CNY", 10), ("500", "JPY", 500), ("1.250", "KWD", 1250), ("￥88", "CNY", 8800),
    ("1 299,00", "EUR", 129900),
])
def test_parse_money(text: str, currency: str, minor: int) -> None:
    assert parse_money(text, currency) == minor


@pytest.mark.parametrize("text", ["abc", "-5", "1.2.3,4,5", "12.345.6", "", "1.0055"])
def test_parse_money_refuses(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_money(text, "CNY")


def test_no_float_drift() -> None:
    # 0.1 + 0.2 style drift would show here with floats.
    assert parse_money("0.29", "CNY") == 29 and parse_money("1.15", "EUR") == 115
    assert format_plain(115, "EUR") == "1.15" and format_plain(500, "JPY") == "500"


def test_cldr_formats() -> None:
    assert format_money(129900, "CNY", "zh-CN") == "¥1,299.00"
    assert format_money(129900, "EUR", "it") == "1.299,00\xa0€"
    assert format_money(129900, "USD", "en") == "$1,299.00"


@pytest.mark.parametrize(("title", "slug"), [
    ("Caffè Crema", "caffe-crema"), ("  Silk / Scarf ..  ", "silk-scarf"),
    ("../../etc/passwd", "etc-passwd"), ("CON", "con-p"),
])
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_chinese_titles_get_short_stable_ids() -> None:
    first = slugify("真丝围巾")
    assert first == slugify("真丝围巾") and first.startswith("p-") and len(first) == 8
    assert first != slugify("手工陶瓷杯")
    assert slugify("LV 手袋 包包").startswith("p-")
    for title in ["..", "/", "\\", "", "...", "nul", "\u202e", "🙂"]:
        slug = slugify(title)
        assert is_safe_slug(slug) and slug not in RESERVED


def test_unique_slug(store) -> None:
    from weidian_desktop.core.products import Product, create_product

    create_product(store, Product(title="Tea", price=1))
    create_product(store, Product(title="Tea", price=2))
    slugs = [r[0] for r in store.conn.execute("SELECT slug FROM products ORDER BY id")]
    assert slugs == ["tea", "tea-2"]
    assert unique_slug(store.conn, "products", "tea", exclude_id=1) == "tea"
