"""`weidian-desktop orders …` as a user runs it: a separate process, exit codes, stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import cart_message


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "weidian_desktop", *map(str, args)],
                          input=stdin, capture_output=True, text=True, timeout=60)


def test_add_list_status_template_po(order_shop, tmp_path: Path) -> None:
    path = order_shop.path
    order_shop.close()
    message = tmp_path / "message.txt"
    message.write_text("在吗？\n" + cart_message({"XM-001-1": 1, "XM-003": 2}), encoding="utf-8")
    added = run("orders", "add", path, "--message", message, "--json")
    assert added.returncode == 0, added.stderr
    result = json.loads(added.stdout)
    assert (result["reference"], result["total"], result["duplicate"]) == ("WD-7K3M9Q", 22500,
                                                                          False)
    again = run("orders", "add", path, "-", stdin=message.read_text(encoding="utf-8"))
    assert again.returncode == 0 and "already recorded" in again.stdout
    listed = json.loads(run("orders", "list", path, "--json").stdout)
    assert [(o["reference"], o["items"], o["status"]) for o in listed] == [
        ("WD-7K3M9Q", 3, "requested")]
    assert run("orders", "status", path, "wd-7k3m9q", "confirmed").returncode == 0
    template = run("orders", "template", path, "WD-7K3M9Q", "confirmed")
    assert template.stdout.startswith("张三您好")
    po = run("orders", "po", path, "-o", tmp_path / "po.csv", "--mark-ordered")
    assert po.returncode == 0, po.stderr
    assert "Hangzhou Silk Co: 1 order, 3 units." in po.stdout
    assert "ordered" in run("orders", "list", path).stdout
    summary = run("orders", "summary", path, "--by", "drop")
    assert summary.returncode == 0 and "Tea day" in summary.stdout


def test_refusals_are_one_sentence_with_status_1(order_shop, tmp_path: Path) -> None:
    path = order_shop.path
    order_shop.close()
    text = cart_message({"XM-002": 1})
    cut = run("orders", "add", path, "-", stdin=text[:-40])
    assert cut.returncode == 1 and cut.stdout == ""
    assert cut.stderr.startswith("weidian-desktop: Order request WD-7K3M9Q is cut off")
    assert cut.stderr.count("\n") == 1 and "Traceback" not in cut.stderr
    chat = run("orders", "add", path, "-", stdin="今天发货吗？")
    assert chat.returncode == 1 and "not an order request" in chat.stderr
    edited = run("orders", "add", path, "-", stdin=text.replace(" 6800 ", " 100 "))
    assert edited.returncode == 0 and "warning [total_edited]" in edited.stdout
    missing = run("orders", "add", path, "--message", tmp_path / "nope.txt")
    assert missing.returncode == 1 and "nope.txt does not exist" in missing.stderr
    usage = run("orders", "add", path)
    assert usage.returncode == 2 and "--message FILE or as -" in usage.stderr
    bad_time = run("orders", "add", path, "-", "--at", "yesterday", stdin=text)
    assert bad_time.returncode == 2
