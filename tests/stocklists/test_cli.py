"""`weidian-desktop import` and `pick` as a user runs them: diff, skipped lines, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from weidian_desktop.cli import main
from weidian_desktop.core.store import ShopStore


def run(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "weidian_desktop", *map(str, args)],
                          capture_output=True, text=True, timeout=60)


def test_import_dry_run_then_import_then_pick(shop_path: Path, fixtures: Path) -> None:
    before = shop_path.read_bytes()
    dry = run("import", shop_path, fixtures / "generic_gbk.csv", "--supplier", "棉记",
              "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "4 new, 0 changed (0 price changes), 0 discontinued" in dry.stdout
    assert "  line 5: the line has no price" in dry.stdout
    assert "line 3: the barcode '6.90123E+12'" in dry.stdout
    assert "Dry run: nothing was written." in dry.stdout
    assert shop_path.read_bytes() == before
    done = run("import", shop_path, fixtures / "generic_gbk.csv", "--supplier", "棉记")
    assert done.returncode == 0, done.stderr
    assert "  G-1  纯棉T恤 白色  39.90 CNY" in done.stdout
    assert "4 new, 0 changed, 0 discontinued" in done.stdout and "1 line skipped" in done.stdout
    picked = run("pick", shop_path, "--supplier", "棉记", "--sku", "G-1", "G-3",
                 "--markup", "30", "--add", "2", "--round", ".90")
    assert picked.returncode == 0, picked.stderr
    # 39.90 x 1.3 + 2 = 53.87 -> 53.90; margin 14.00 of 53.90 = 26.0 %
    assert "纯棉T恤 白色  53.90 CNY  margin 14.00 CNY (26.0%)" in picked.stdout
    assert "Picked 2 products from '棉记'" in picked.stdout
    with ShopStore.open(shop_path) as store:
        assert store.scalar("SELECT count(*) FROM products WHERE availability = "
                            "'on_request'") == 2


def test_reimport_prints_price_changes_and_discontinued(store: ShopStore, fixtures: Path,
                                                        tmp_path: Path, capsys) -> None:
    first = tmp_path / "list.csv"
    first.write_text("sku,title,price\nA-1,Silk scarf,10.00\nA-2,Wool hat,20.00\n",
                     encoding="utf-8")
    path = store.path
    store.close()
    assert main(["import", str(path), str(first), "--supplier", "S"]) == 0
    assert main(["pick", str(path), "--supplier", "S", "--sku", "A-2"]) == 0
    first.write_text("sku,title,price\nA-1,Silk scarf,12.50\nA-3,Belt,5\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(path), str(first), "--supplier", "S"]) == 0
    out = capsys.readouterr().out
    assert "1 new, 1 changed (1 price change), 1 discontinued" in out
    assert "  A-1  Silk scarf  10.00 CNY → 12.50 CNY" in out
    assert "  A-2  Wool hat  (picked into 1 shop product: flagged)" in out


def test_mapping_file_for_a_header_nobody_could_guess(shop_path: Path, fixtures: Path,
                                                      tmp_path: Path) -> None:
    refused = run("import", shop_path, fixtures / "generic_mapped.csv", "--supplier", "DE")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "holds a product title" in refused.stderr
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"sku": "Art", "title": "Bez", "price": "EK",
                                   "option:Farbe": "Farbe"}), encoding="utf-8")
    done = run("import", shop_path, fixtures / "generic_mapped.csv", "--supplier", "DE",
               "--mapping", mapping, "--currency", "EUR")
    assert done.returncode == 0, done.stderr
    assert "  X-1  Wollschal  12.50 EUR" in done.stdout
    # Remembered: the next import of this supplier needs no --mapping.
    again = run("import", shop_path, fixtures / "generic_mapped.csv", "--supplier", "DE")
    assert again.returncode == 0 and "3 unchanged" in again.stdout


def test_errors_are_one_sentence_and_usage_exits_2(shop_path: Path, tmp_path: Path,
                                                   fixtures: Path) -> None:
    bad = tmp_path / "map.json"
    bad.write_text("{not json", encoding="utf-8")
    for args, words in (
            (("import", shop_path, tmp_path / "none.csv"), "none.csv does not exist"),
            (("import", shop_path, fixtures / "generic_gbk.csv", "--mapping", bad),
             "is not JSON"),
            (("pick", shop_path, "--supplier", "Nobody", "--all"), "no supplier named"),
            (("pick", shop_path, "--supplier", "X", "--all", "--markup", "-100"), "above")):
        result = run(*args)
        assert result.returncode == 1, result
        assert words in result.stderr and "Traceback" not in result.stderr
        assert result.stderr.startswith("weidian-desktop: ") and result.stderr.count("\n") == 1
    for args in (("pick", shop_path, "--supplier", "X"),
                 ("pick", shop_path, "--supplier", "X", "--all", "--sku", "A"),
                 ("pick", shop_path, "--supplier", "X", "--all", "--markup", "lots"),
                 ("import", shop_path, fixtures / "generic_gbk.csv", "--format", "xlsx")):
        assert run(*args).returncode == 2
    for command in ("import", "pick"):
        helped = run(command, "--help")
        assert helped.returncode == 0 and "--supplier" in helped.stdout


def test_prices_without_their_own_currency_print_the_suppliers(shop_path: Path, fixtures: Path,
                                                               capsys) -> None:
    assert main(["import", str(shop_path), str(fixtures / "woocommerce_small.csv"),
                 "--dry-run", "--currency", "EUR"]) == 0
    new = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("  ")]
    assert new and all(ln.endswith(" EUR") for ln in new if "line " not in ln)
