"""Fixtures for the stocklist tests: the project's own files, the catalogue samples, a snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest

from weidian_desktop.core.store import ShopStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stocklists"
SAMPLES = FIXTURES.parent / "catalog-samples"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def samples() -> Path:
    """tests/fixtures/catalog-samples/: a real WooCommerce sample and two Shopify-dialect
    files (sources and licences in its README.md)."""
    return SAMPLES


def snapshot(store: ShopStore) -> list[str]:
    """Every row of every table as SQL text: equal snapshots mean an unchanged shop."""
    return list(store.conn.iterdump())


def counts(store: ShopStore, supplier: str) -> tuple[int, int, int]:
    """(products, items, image addresses) stored for a supplier, counted with SQL alone."""
    sid = store.scalar("SELECT id FROM suppliers WHERE name = ?", (supplier,))
    items = store.scalar("SELECT count(*) FROM stock_items WHERE supplier_id = ? "
                         "AND status = 'active'", (sid,))
    products = store.scalar(
        "SELECT count(DISTINCT coalesce(group_key, 'sku:' || sku)) FROM stock_items "
        "WHERE supplier_id = ? AND status = 'active'", (sid,))
    images = store.scalar(
        "SELECT count(*) FROM (SELECT DISTINCT coalesce(group_key, 'sku:' || sku), j.value "
        "FROM stock_items, json_each(stock_items.image_urls) j "
        "WHERE supplier_id = ? AND status = 'active')", (sid,))
    return int(products), int(items), int(images)  # type: ignore[arg-type]
