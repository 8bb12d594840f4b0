"""`products list|publish|unpublish` and `pick --publish`: the Products page's bulk status."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from weidian_desktop.cli import main
from weidian_desktop.core.products import Product, create_product, find_product
from weidian_desktop.core.store import ShopStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stocklists"


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(shop_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Three products picked from Silko (drafts) and one of the seller's own (published)."""
    with ShopStore.open(shop_path) as store:
        create_product(store, Product("Own mug", slug="own-mug", price=5000,
                                      status="published"))
    assert cli(capsys, "import", shop_path, FIXTURES / "shopify_trimmed.csv", "--supplier",
               "Silko")[0] == 0
    assert cli(capsys, "pick", shop_path, "--supplier", "silko", "--all")[0] == 0
    return shop_path


def statuses(path: Path) -> dict[str, str]:
    with ShopStore.open(path) as store:
        return dict(store.conn.execute("SELECT slug, status FROM products").fetchall())


def test_list_filters_by_status_and_supplier(shop: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "products", "list", shop)
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "4 products."
    # Columns are two or more spaces apart; states and availability read as words.
    assert re.split(r"\s{2,}", lines[0]) == ["own-mug", "published", "¥50.00", "on request",
                                              "Own mug"]
    drafts = json.loads(cli(capsys, "products", "list", shop, "--status", "draft", "--json")[1])
    assert [p["slug"] for p in drafts] == ["silk-scarf", "tea-cup", "linen-bag"]
    assert drafts[0]["supplier"] == "Silko" and drafts[0]["price"] == 12900
    picked = json.loads(cli(capsys, "products", "list", shop, "--supplier", "SILKO",
                            "--json")[1])
    assert len(picked) == 3


def test_publish_and_unpublish_by_supplier_slug_or_all(shop: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "products", "publish", shop, "--slug", "tea-cup")[1] == \
        "Published 1 product.\n"
    assert cli(capsys, "products", "publish", shop, "--supplier", "Silko")[1] == \
        "Published 2 products.\n1 was published already.\n"
    assert set(statuses(shop).values()) == {"published"}
    with ShopStore.open(shop) as store:
        # The bulk action marks nothing as the seller's edit: a re-import still updates it.
        assert find_product(store, "tea-cup").overrides == []
    assert cli(capsys, "products", "unpublish", shop, "--all")[1] == \
        "Unpublished 4 products.\n"
    assert set(statuses(shop).values()) == {"draft"}


def test_refusals_change_nothing(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = statuses(shop)
    code, out, err = cli(capsys, "products", "publish", shop, "--slug", "tea-cup", "nope")
    assert (code, out, err) == (1, "", "weidian-desktop: There is no product with the slug "
                                       "'nope'.\n")
    code, _, err = cli(capsys, "products", "publish", shop, "--supplier", "Nobody")
    assert err == ("weidian-desktop: There is no supplier named 'Nobody'; import its catalogue "
                   "first.\n")
    code, _, err = cli(capsys, "products", "list", shop, "--supplier", "Nobody")
    assert code == 1 and "There is no supplier named 'Nobody'" in err
    with pytest.raises(SystemExit) as usage:
        main(["products", "publish", str(shop)])  # which products: required
    assert usage.value.code == 2
    assert statuses(shop) == before


def test_pick_publish(shop_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli(capsys, "import", shop_path, FIXTURES / "generic_price_headers.csv", "--supplier", "PH")
    code, out, _ = cli(capsys, "pick", shop_path, "--supplier", "PH", "--all", "--publish")
    assert code == 0 and out.endswith("All 2 products are published.\n")
    assert set(statuses(shop_path).values()) == {"published"}
