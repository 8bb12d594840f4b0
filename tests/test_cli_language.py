"""The command line in the seller's language: LANGUAGE, LC_ALL, LANG or --language; --json alike."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from weidian_desktop.cli import main
from weidian_desktop.core.products import Product, create_product
from weidian_desktop.core.store import ShopStore


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run([sys.executable, "-m", "weidian_desktop", *args], capture_output=True,
                          text=True, env={**environ, **env}, timeout=120)


@pytest.fixture
def counterfeit_shop(shop_path: Path) -> Path:
    with ShopStore.open(shop_path) as store:
        create_product(store, Product(title="高仿 Leather bag", description="Soft.",
                                      price=19900, status="published"))
    return shop_path


def test_check_prints_its_findings_in_chinese(counterfeit_shop: Path) -> None:
    done = run("check", str(counterfeit_shop), LANGUAGE="zh_CN")
    assert done.returncode == 1, done.stderr
    assert "错误：高仿 Leather bag [" in done.stdout  # severity and listing
    assert "的标题：“高仿”是仿冒用语；请删除。" in done.stdout
    assert "没有图片。" in done.stdout
    assert "counterfeit" not in done.stdout and "error" not in done.stdout
    last = done.stdout.strip().splitlines()[-1]
    assert last == f"{counterfeit_shop.name}：1 个错误，1 条警告。", last


def test_import_refuses_in_italian(shop_path: Path, tmp_path: Path) -> None:
    data = tmp_path / "file.json"
    data.write_text('[{"sku": "A-1", "title": "Sciarpa"}]', encoding="utf-8")
    done = run("import", str(shop_path), str(data), LANGUAGE="it")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "weidian-desktop: file.json è JSON, non un file di listino che l'importazione legge "
        "(CSV, TSV o un feed XML di Google Merchant).")


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "it_IT.UTF-8"}, "non esiste"),
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "it_IT.UTF-8"}, "不存在"),
    ({"LANGUAGE": "zh_CN", "LANG": "it_IT.UTF-8"}, "不存在"),
    ({"LANG": "C"}, "does not exist"),
])
def test_the_environment_chooses(env: dict[str, str], expected: str, tmp_path: Path) -> None:
    done = run("check", str(tmp_path / "none.weidian"), **env)
    assert done.returncode == 1 and expected in done.stderr, done.stderr


@pytest.mark.parametrize("argv", [
    ["check", "{shop}", "--language", "it"],
    ["--language", "it", "check", "{shop}"],
    ["check", "--language=it", "{shop}"],
    ["orders", "list", "{shop}", "--language", "it"],
    ["drops", "list", "--language", "it", "{shop}"],
])
def test_language_on_any_command(argv: list[str], tmp_path: Path, capsys) -> None:
    missing = str(tmp_path / "none.weidian")
    assert main([a.format(shop=missing) for a in argv]) == 1
    assert capsys.readouterr().err.strip() == "weidian-desktop: none.weidian non esiste."


def test_help_and_argparse_speak_the_language(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["import", "--language", "zh_CN"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：weidian-desktop import")
    assert "错误：缺少以下必需参数：SHOP, FILE" in err
    with pytest.raises(SystemExit):
        main(["check", "--help", "--language", "it"])
    out = capsys.readouterr().out
    assert "uso: weidian-desktop check" in out and "il file del negozio (*.weidian)" in out


LISTS = [["products", "list"], ["drops", "list"], ["coupons", "list"], ["posts", "list"],
         ["orders", "list"], ["orders", "summary"], ["orders", "summary", "--by", "drop"]]


@pytest.mark.parametrize("command", LISTS, ids=" ".join)
def test_json_is_the_same_bytes_in_every_language(demo_shop: Path, command: list[str],
                                                   capsys) -> None:
    outputs = {}
    for language in ("en", "zh_CN", "it", "en_XA"):
        assert main([*command, str(demo_shop), "--json", "--language", language]) == 0
        outputs[language] = capsys.readouterr().out.encode()
    assert len(set(outputs.values())) == 1 and outputs["en"].startswith(b"[")


def test_order_warnings_in_json_are_english_in_every_language(demo_shop: Path,
                                                               tmp_path: Path, capsys) -> None:
    message = tmp_path / "message.txt"
    # A cut line: the order line with a changed checksum gives warnings.
    outputs = []
    for n, language in enumerate(("en", "zh_CN", "it")):
        shop = tmp_path / f"{language}.weidian"
        shutil.copyfile(demo_shop, shop)
        message.write_text(_changed_order(demo_shop), encoding="utf-8")
        assert main(["orders", "add", str(shop), "--message", str(message), "--json",
                     "--at", "2030-01-01T00:00:00Z", "--language", language]) == 0, n
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1] == outputs[2]
    assert '"code": "checksum_mismatch"' in outputs[0] and "was changed after" in outputs[0]


def _changed_order(shop: Path) -> str:
    """A demo order's message with its machine line's quantity changed by hand."""
    with ShopStore.open(shop, read_only=True) as store:
        text = str(store.scalar("SELECT message FROM orders ORDER BY id LIMIT 1"))
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("#WD1"))
    fields = lines[at].split(" ")
    code, qty = fields[2].split(",")[0].rsplit("*", 1)
    fields[2] = f"{code}*{int(qty) + 1}"
    fields[1] = "WD-ZZZZZZ"
    lines[at] = " ".join(fields)
    return "\n".join(lines)
