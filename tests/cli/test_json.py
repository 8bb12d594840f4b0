"""`--json` on every list command: exactly the fields and types the README documents."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from weidian_desktop.cli import build_parser, main

README = Path(__file__).resolve().parents[2] / "README.md"


def documented() -> dict[tuple[str, str | None], list[tuple[str, str]]]:
    """(list command, nested field or None) -> [(field, type)] from the README's table."""
    section = README.read_text(encoding="utf-8").split("### Lists as JSON", 1)[1]
    shapes = {}
    for line in section.split("\n## ", 1)[0].splitlines():
        match = re.match(r"\| `([a-z ]+)`(?:, each of `(\w+)`)? \| (.+) \|$", line)
        if match:
            fields = re.findall(r"`(\w+)` ([\w/]+)", match[3])
            shapes[(match[1], match[2])] = fields
    return shapes


def conforms(value: object, kind: str) -> bool:
    if kind.endswith("/null"):
        if value is None:
            return True
        kind = kind.removesuffix("/null")
    if kind == "text":
        return isinstance(value, str)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "list":
        return isinstance(value, list)
    return value in kind.split("/")  # codes


def check(rows: list, fields: list[tuple[str, str]]) -> None:
    assert rows, "a shape is only checked on a list that has elements"
    for row in rows:
        assert list(row) == [name for name, _ in fields]
        for name, kind in fields:
            assert conforms(row[name], kind), (name, kind, row[name])


@pytest.fixture(scope="module")
def demo(demo_shop: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo shop with one product picked from a supplier (the demo has none)."""
    path = tmp_path_factory.mktemp("json") / "demo.weidian"
    shutil.copyfile(demo_shop, path)
    assert main(["pick", str(path), "--supplier", "义乌小商品 Yiwu Goods", "--sku", "YW-001",
                 "--publish"]) == 0
    return path


def test_every_list_command_has_json_and_the_readme_documents_it(capsys) -> None:
    shapes = documented()
    parser = build_parser(*{"products", "drops", "coupons", "posts", "orders"})
    lists = []
    for action in parser._actions:
        if isinstance(action, type(parser._subparsers._group_actions[0])):
            for name, command in action.choices.items():
                for sub in command._actions:
                    if sub.__class__.__name__ == "_SubParsersAction":
                        lists += [f"{name} {a}" for a in sub.choices if a in ("list",
                                                                               "summary")]
    assert sorted(lists) == sorted(c for c, nested in shapes if nested is None)
    for command in lists:
        with pytest.raises(SystemExit):
            main([*command.split(), "--help"])
        assert "--json" in capsys.readouterr().out


def test_json_shapes_on_the_demo_shop(demo: Path, capsys) -> None:
    shapes = documented()
    for (command, nested), fields in shapes.items():
        capsys.readouterr()
        assert main([*command.split(), str(demo), "--json"]) == 0
        out = capsys.readouterr().out
        assert out.endswith("]\n") and out.count("\n") == 1  # one line
        rows = json.loads(out)
        if nested:
            rows = [item for row in rows for item in row[nested]]
        check(rows, fields)
    capsys.readouterr()
    main(["products", "list", str(demo), "--json", "--supplier", "义乌小商品 yiwu goods",
          "--status", "published"])
    picked = json.loads(capsys.readouterr().out)
    assert [p["supplier"] for p in picked] == ["义乌小商品 Yiwu Goods"]


@pytest.mark.parametrize("command", ["products", "drops"])
def test_json_is_the_same_bytes_in_every_language(demo: Path, command: str) -> None:
    outputs = set()
    for language in ("en_US.UTF-8", "zh_CN.UTF-8", "it_IT.UTF-8"):
        env = {**os.environ, "LANGUAGE": language.split(".")[0], "LANG": language,
               "LC_ALL": language}
        result = subprocess.run([sys.executable, "-m", "weidian_desktop", command, "list",
                                 str(demo), "--json"], capture_output=True, env=env,
                                timeout=60, check=True)
        outputs.add(result.stdout)
    assert len(outputs) == 1
