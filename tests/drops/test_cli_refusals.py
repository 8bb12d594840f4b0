"""`drops` and `coupons` from the command line; they refuse what the app refuses, in the very
sentence its editors show.

Each case is typed twice, once as command-line options and once into the Drops page's
editor (or the coupon editor), and the two sentences must be equal; a refusal writes
nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from weidian_desktop.cli import main
from weidian_desktop.core.drops import create_drop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.pages.drops_page import DropsPage

from .conftest import DropShop, bag_drop, dump


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def closed(shop: DropShop) -> DropShop:
    """The shop with one drop (bags, 2026-11-11 20:00 to 11-12 20:00), closed for the CLI."""
    create_drop(shop.store, bag_drop(shop))
    shop.store.close()
    return shop


def _page(qtbot, path: Path) -> tuple[DropsPage, ShopStore]:
    store = ShopStore.open(path)
    page = DropsPage(store, QUndoStack())
    qtbot.addWidget(page)
    return page, store


@dataclass
class DropCase:
    """A drop as typed: times on the shop's clock (Asia/Shanghai); items by fixture name."""

    start: datetime
    end: datetime
    preview: datetime | None = None
    items: list[tuple[str, str | None, str, str]] = field(default_factory=list)  # p, v, $, cap

    def options(self) -> list[str]:
        args = ["--name", "Mug morning", "--start", f"{self.start:%Y-%m-%d %H:%M}",
                "--end", f"{self.end:%Y-%m-%d %H:%M}"]
        if self.preview:
            args += ["--preview", f"{self.preview:%Y-%m-%d %H:%M}"]
        slugs = {"bag": "leather-bag", "mug": "ceramic-mug", "scarf": "silk-scarf"}
        skus = {"red": "XM-001-1", "blue": "XM-001-2"}
        for product, variant, price, cap in self.items:
            ref = slugs[product] + (f"/{skus[variant]}" if variant else "")
            args += ["--item", f"{ref}:{price}:{cap}"]
        return args


DAY = datetime(2026, 12, 1, 13, 0)
DROP_CASES = {
    "end before start": (DropCase(DAY, datetime(2026, 12, 1, 12, 0), items=[
        ("mug", None, "", "")]),
        "The drop ends at 2026-12-01 12:00 CST, which is not after its start at "
        "2026-12-01 13:00 CST."),
    "preview too early": (DropCase(DAY, datetime(2026, 12, 2, 13, 0), datetime(2026, 11, 21, 13),
                                   [("mug", None, "", "")]),
                          "The preview starts 10 days before the launch; it must start 1 to "
                          "7 days before it."),
    "no products": (DropCase(DAY, datetime(2026, 12, 2, 13, 0)),
                    "Add at least one product to the drop."),
    "price not below": (DropCase(DAY, datetime(2026, 12, 2, 13, 0), items=[
        ("mug", None, "68", "")]),
        "The drop price of Ceramic mug, CN¥68.00, is not below its regular price of CN¥68.00."),
    "variant price": (DropCase(DAY, datetime(2026, 12, 2, 13, 0), items=[
        ("scarf", "blue", "139.00", "")]), "The drop price of Silk scarf (Blue), CN¥139.00, "
        "is not below its regular price of CN¥139.00."),
    "cap zero": (DropCase(DAY, datetime(2026, 12, 2, 13, 0), items=[("mug", None, "", "0")]),
                 "The cap for Ceramic mug is 0; a drop offers at least 1 of each product."),
    "cap not a number": (DropCase(DAY, datetime(2026, 12, 2, 13, 0), items=[
        ("mug", None, "", "two")]), "The cap of Ceramic mug must be a whole number."),
    "overlap": (DropCase(datetime(2026, 11, 12, 8, 0), datetime(2026, 11, 13, 8, 0), items=[
        ("bag", None, "", "")]),
        "Leather bag is already in the drop “Singles' day bags” from 2026-11-11 20:00 CST to "
        "2026-11-12 20:00 CST, which overlaps “Mug morning”."),
}


def _type_drop(page: DropsPage, shop: DropShop, case: DropCase) -> str:
    editor = page.editor
    page.new_drop()
    editor.name.setText("Mug morning")
    editor.starts.set_naive(case.start)
    editor.ends.set_naive(case.end)
    editor.has_preview.setChecked(case.preview is not None)
    if case.preview:
        editor.preview.set_naive(case.preview)
    for product, variant, price, cap in case.items:
        row = editor._row_of(getattr(shop, product), getattr(shop, variant) if variant else None)
        editor.items.item(row, 2).setText(price)
        editor.items.item(row, 3).setText(cap)
        editor.items.item(row, 0).setCheckState(Qt.CheckState.Checked)
    editor.check()
    return editor.message.text()


@pytest.mark.parametrize("name", DROP_CASES)
def test_drops_add_refuses_like_the_drop_editor(name: str, closed: DropShop, qtbot,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    case, sentence = DROP_CASES[name]
    with ShopStore.open(closed.store.path) as store:
        before = dump(store)
    code, out, err = cli(capsys, "drops", "add", closed.store.path, *case.options())
    assert (code, out, err) == (1, "", f"weidian-desktop: {sentence}\n")
    page, store = _page(qtbot, closed.store.path)
    try:
        assert _type_drop(page, closed, case) == sentence
        assert dump(store) == before
    finally:
        store.close()


def test_drops_edit_refuses_and_keeps_the_drop(closed: DropShop,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = closed.store.path
    with ShopStore.open(path) as store:
        before = dump(store)
    code, _, err = cli(capsys, "drops", "edit", path, "singles-day-bags", "--end",
                       "2026-11-11 19:00")
    assert code == 1 and err == ("weidian-desktop: The drop ends at 2026-11-11 19:00 CST, "
                                 "which is not after its start at 2026-11-11 20:00 CST.\n")
    code, _, err = cli(capsys, "drops", "edit", path, "no-such-drop", "--name", "X")
    assert code == 1 and err == "weidian-desktop: There is no drop with the slug 'no-such-drop'.\n"
    code, _, err = cli(capsys, "drops", "add", path, "--name", "X", "--start", "2026-12-01",
                       "--end", "2026-12-02", "--item", "ceramic-mug:1:2:3")
    assert code == 2 and "is not PRODUCT[:PRICE[:CAP]]" in err
    with ShopStore.open(path) as store:
        assert dump(store) == before


COUPON_CASES = {
    "percent with decimals": (["X-10", "--percent", "10.5"],
                              "Type the percentage off as a whole number, like 10."),
    "percent too high": (["X-10", "--percent", "150"],
                         "A percentage off must be from 1 to 100, not 150."),
    "bad code": (["A", "--percent", "10"], "The code 'A' must be 3 to 32 letters or digits, "
                 "optionally joined by single dashes (like SPRING-10)."),
    "nothing off": (["X-10", "--amount", "0"], "An amount off must be more than CN¥0.00."),
    "ends first": (["X-10", "--percent", "10", "--from", "2026-12-02 10:00", "--until",
                    "2026-12-01 10:00"], "The coupon X-10 ends before it starts."),
    "taken code": (["bags-10", "--percent", "10"],
                   "The code BAGS-10 is already used by another coupon."),
}


def _type_coupon(page: DropsPage, args: list[str]) -> str:
    editor = page.coupon_editor
    page.new_coupon()
    editor.code.setText(args[0])
    options = dict(zip(args[1::2], args[2::2], strict=True))
    kind = "percent" if "--percent" in options else "fixed"
    editor.kind.setCurrentIndex(editor.kind.findData(kind))
    editor.value.setText(options.get("--percent", options.get("--amount", "")))
    for flag, check, edit in (("--from", editor.has_start, editor.starts),
                              ("--until", editor.has_end, editor.ends)):
        check.setChecked(flag in options)
        if flag in options:
            edit.set_naive(datetime.fromisoformat(options[flag]))
    editor.check()
    return editor.message.text()


@pytest.mark.parametrize("name", COUPON_CASES)
def test_coupons_add_refuses_like_the_coupon_editor(name: str, closed: DropShop, qtbot,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    args, sentence = COUPON_CASES[name]
    path = closed.store.path
    assert cli(capsys, "coupons", "add", path, "BAGS-10", "--amount", "10")[0] == 0
    with ShopStore.open(path) as store:
        before = dump(store)
    code, out, err = cli(capsys, "coupons", "add", path, *args)
    assert (code, out, err) == (1, "", f"weidian-desktop: {sentence}\n")
    page, store = _page(qtbot, path)
    try:
        assert _type_coupon(page, args) == sentence
        assert dump(store) == before
    finally:
        store.close()


def test_coupon_for_a_drop_and_delete(closed: DropShop,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = closed.store.path
    code, out, _ = cli(capsys, "coupons", "add", path, "bags-day", "--percent", "15",
                       "--drop", "singles-day-bags", "--max-uses", "3", "--min", "500")
    assert code == 0 and out == "Added the coupon BAGS-DAY: 15% off.\n"
    code, _, err = cli(capsys, "coupons", "add", path, "X-1", "--percent", "5", "--drop", "nope")
    assert code == 1 and err == "weidian-desktop: There is no drop with the slug 'nope'.\n"
    assert cli(capsys, "coupons", "add", path, "home-5", "--percent", "5", "--collection",
               "home")[0] == 0
    code, _, err = cli(capsys, "coupons", "add", path, "X-2", "--percent", "5", "--collection",
                       "nope")
    assert err == "weidian-desktop: There is no collection with the slug 'nope'.\n"
    listed = {c["code"]: c for c in json.loads(cli(capsys, "coupons", "list", path, "--json")[1])}
    assert (listed["HOME-5"]["scope"], listed["HOME-5"]["target"]) == ("collection", "home")
    assert (listed["BAGS-DAY"]["target"], listed["BAGS-DAY"]["max_uses"],
            listed["BAGS-DAY"]["min_order"]) == ("singles-day-bags", 3, 50000)
    code, out, _ = cli(capsys, "drops", "delete", path, "singles-day-bags")
    assert out == ("Deleted the drop “Singles' day bags”.\n"
                   "Its coupon BAGS-DAY was deleted with it.\n")
    code, _, err = cli(capsys, "coupons", "delete", path, "bags-day")
    assert code == 1 and err == "weidian-desktop: There is no coupon with the code BAGS-DAY.\n"


def test_drops_add_then_edit_on_another_clock(closed: DropShop,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = closed.store.path
    code, out, _ = cli(capsys, "drops", "add", path, "--name", "Scarf evening", "--zone",
                       "Europe/Rome", "--start", "2026-12-10 19:00", "--end",
                       "2026-12-11T00:00:00+01:00", "--item", "silk-scarf/XM-001-1:99:3",
                       "--item", "ceramic-mug::10", "--status", "draft")
    assert code == 0 and out.splitlines() == [
        "Added the drop “Scarf evening” (scarf-evening).",
        "From 2026-12-10 19:00 CET to 2026-12-11 00:00 CET."]
    drop = next(d for d in json.loads(cli(capsys, "drops", "list", path, "--json")[1])
                if d["slug"] == "scarf-evening")
    assert (drop["starts_at"], drop["ends_at"], drop["timezone"], drop["state"]) == (
        "2026-12-10T18:00:00Z", "2026-12-10T23:00:00Z", "Europe/Rome", "draft")
    assert drop["items"] == [
        {"product": "silk-scarf", "variant_sku": "XM-001-1", "drop_price": 9900,
         "quantity_cap": 3, "left": 3},
        {"product": "ceramic-mug", "variant_sku": None, "drop_price": None,
         "quantity_cap": 10, "left": 10}]
    code, out, _ = cli(capsys, "drops", "edit", path, "scarf-evening", "--preview",
                       "2026-12-08 19:00", "--item", "ceramic-mug:60", "--status", "published")
    assert out.splitlines()[-1] == "Preview from 2026-12-08 19:00 CET."
    drop = next(d for d in json.loads(cli(capsys, "drops", "list", path, "--json")[1])
                if d["slug"] == "scarf-evening")
    assert (drop["preview_at"], drop["status"], len(drop["items"])) == (
        "2026-12-08T18:00:00Z", "published", 1)
    assert cli(capsys, "drops", "edit", path, "scarf-evening", "--no-preview")[0] == 0
    code, out, _ = cli(capsys, "drops", "list", path)
    assert "scarf-evening" in out and out.splitlines()[-1] == "2 drops."
