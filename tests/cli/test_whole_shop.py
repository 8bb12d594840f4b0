"""A whole shop made with the command line only, from a supplier's file to the exported site."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from weidian_desktop.cli import main
from weidian_desktop.export.drop_views import code_hash

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stocklists"


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> str:
    """Run one command as a seller would; it must succeed. Returns what it printed."""
    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _at(delta: timedelta) -> str:
    """A time with its zone, as a script would compute it (now ± delta, in Shanghai)."""
    moment = datetime.now(UTC) + delta
    return moment.astimezone(timezone(timedelta(hours=8))).replace(microsecond=0).isoformat()


def test_a_whole_shop_from_the_command_line(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    shop, site = tmp_path / "silk.weidian", tmp_path / "site"
    cli(capsys, "new", shop, "--name", "Silk & Co", "--language", "en")
    cli(capsys, "import", shop, FIXTURES / "shopify_trimmed.csv", "--supplier", "Silko")
    cli(capsys, "import", shop, FIXTURES / "generic_price_currency.csv", "--supplier", "Gloves",
        "--currency", "CNY")
    out = cli(capsys, "pick", shop, "--supplier", "Silko", "--all", "--markup", "30",
              "--round", ".90")
    assert "Silk scarf 真丝围巾  167.90 CNY" in out  # 129.00 x 1.3 = 167.70 -> .90
    listed = json.loads(cli(capsys, "products", "list", shop, "--json"))
    assert {p["status"] for p in listed} == {"draft"}  # a pick makes drafts ...
    assert cli(capsys, "products", "publish", shop, "--supplier", "Silko") == \
        "Published 3 products.\n"  # ... which the seller publishes
    out = cli(capsys, "pick", shop, "--supplier", "Gloves", "--sku", "PC-1", "--publish")
    assert out.endswith("1 product is published.\n")
    listed = json.loads(cli(capsys, "products", "list", shop, "--status", "published",
                            "--json"))
    assert [p["slug"] for p in listed] == ["silk-scarf", "tea-cup", "linen-bag", "wool-gloves"]

    cli(capsys, "drops", "add", shop, "--name", "Scarf week",
        "--preview", _at(-timedelta(hours=1)), "--start", _at(timedelta(days=2)),
        "--end", _at(timedelta(days=3)),
        "--item", "silk-scarf:99:20", "--item", "tea-cup")
    cli(capsys, "coupons", "add", shop, "scarf-week", "--percent", "10", "--drop", "scarf-week")
    cli(capsys, "coupons", "add", shop, "WELCOME", "--amount", "10", "--min", "100")
    cli(capsys, "posts", "add", shop, "--title", "New silk", "--body",
        "Hand-rolled scarves, just in.", "--product", "silk-scarf")
    drop = json.loads(cli(capsys, "drops", "list", shop, "--json"))[0]
    assert (drop["state"], drop["items"][0]["quantity_cap"]) == ("preview", 20)
    cli(capsys, "export", shop, site)

    for slug, price in (("silk-scarf", "167.90"), ("tea-cup", "46.90"),
                        ("linen-bag", "1,363.90"), ("wool-gloves", "14.90")):
        assert price in (site / "p" / slug / "index.html").read_text(encoding="utf-8")
    drop_page = (site / "d" / "scarf-week" / "index.html").read_text(encoding="utf-8")
    assert "Scarf week" in drop_page and "99.00" in drop_page
    assert "Only 20 made · 20 left" in drop_page and "SCARF-WEEK" in drop_page
    cart = (site / "cart" / "index.html").read_text(encoding="utf-8")
    assert code_hash("WELCOME") in cart and code_hash("SCARF-WEEK") in cart
    assert "Hand-rolled scarves, just in." in (site / "posts" / "new-silk" / "index.html"
                                               ).read_text(encoding="utf-8")
    assert "new-silk" in (site / "index.html").read_text(encoding="utf-8")
