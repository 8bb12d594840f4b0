"""The Drops page: inline refusals, undoable edits named in the Edit menu, models, timeline."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack

from weidian_desktop.core.coupons import list_coupons
from weidian_desktop.core.drops import create_drop, list_drops
from weidian_desktop.core.schedule import OnlineHours, get_online_hours
from weidian_desktop.core.shop import update_shop
from weidian_desktop.ui.pages.drops_page import DropsPage

from .conftest import DropShop, bag_drop, dump


@pytest.fixture
def page(qtbot, shop: DropShop) -> DropsPage:
    create_drop(shop.store, bag_drop(shop))
    widget = DropsPage(shop.store, QUndoStack())
    widget.resize(1200, 800)
    qtbot.addWidget(widget)
    return widget


def _tick(page: DropsPage, product_id: int, price: str = "", cap: str = "") -> None:
    row = page.editor._row_of(product_id, None)
    page.editor.items.item(row, 0).setCheckState(Qt.CheckState.Checked)
    page.editor.items.item(row, 2).setText(price)
    page.editor.items.item(row, 3).setText(cap)


def test_models(page: DropsPage, qtmodeltester) -> None:
    qtmodeltester.check(page.drops_model)
    qtmodeltester.check(page.coupons_model)
    assert page.drops_model.index(0, 4).data() == "5 of 5"


def test_inline_refusal_then_an_undoable_add(page: DropsPage, shop: DropShop) -> None:
    editor = page.editor
    page.new_drop()
    editor.name.setText("Mug morning")
    editor.zone.setCurrentText("Europe/Rome")
    editor.starts.set_naive(datetime(2026, 11, 11, 13, 0))  # overlaps the bag drop: fine
    editor.ends.set_naive(datetime(2026, 11, 11, 12, 0))
    _tick(page, shop.mug, "60.00", "0")
    assert editor.message.text() == ("The drop ends at 2026-11-11 12:00 CET, which is not "
                                     "after its start at 2026-11-11 13:00 CET.")
    assert not editor.save_button.isEnabled()
    editor.ends.set_naive(datetime(2026, 11, 12, 13, 0))
    assert editor.message.text() == ("The cap for Ceramic mug is 0; a drop offers at least 1 "
                                     "of each product.")
    before = dump(shop.store)
    page.save_drop()  # refused: nothing pushed, nothing written
    assert page.undo_stack.count() == 0 and dump(shop.store) == before
    _tick(page, shop.mug, "60.00", "12")
    assert editor.save_button.isEnabled()
    assert "on the shop's clock 11-11 20:00 to 11-12 20:00 CST" in editor.duration.text()
    page.save_drop()
    assert page.undo_stack.undoText() == "Add drop “Mug morning”"
    mug = next(d for d in list_drops(shop.store) if d.name == "Mug morning")
    assert (mug.starts_at, mug.timezone, mug.items[0].drop_price) == (
        "2026-11-11T12:00:00Z", "Europe/Rome", 6000)
    assert page.selected_drop() == mug.id
    page.undo_stack.undo()
    assert dump(shop.store) == before
    page.undo_stack.redo()
    assert [d.id for d in list_drops(shop.store)].count(mug.id) == 1


def test_edit_and_delete_with_undo_and_the_timeline(page: DropsPage, shop: DropShop,
                                                    qtbot, tmp_path) -> None:
    drop_id = list_drops(shop.store)[0].id
    page.select_drop(drop_id)
    assert page.editor.name.text() == "Singles' day bags"
    page.editor.name.setText("Bag day")
    page.save_drop()
    assert page.undo_stack.undoText() == "Edit drop “Bag day”"
    assert list_drops(shop.store)[0].name == "Bag day"
    page.delete_drop()
    assert list_drops(shop.store) == []
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert list_drops(shop.store)[0].name == "Singles' day bags"
    page.timeline.grab()  # paints it once (the timeline must not fail on any state)
    rect = page.timeline.bars()[0][0]
    with qtbot.waitSignal(page.timeline.dropClicked) as clicked:
        qtbot.mouseClick(page.timeline, Qt.MouseButton.LeftButton,
                         pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert clicked.args == [drop_id]
    page.ask_path = lambda *args: str(tmp_path / "qr.png")
    with qtbot.waitSignal(page.statusMessage) as status:
        page.qr_button.click()  # the test shop has no web address yet: refused
    assert "address" in status.args[0] and not (tmp_path / "qr.png").exists()
    update_shop(shop.store, base_url="https://shop.example.com/")
    page.qr_button.click()
    page.last_task.wait()  # drawn and written in a worker
    assert (tmp_path / "qr.png").read_bytes().startswith(b"\x89PNG")
    page.ask_path = lambda *args: str(tmp_path / "poster.pdf")
    with qtbot.waitSignal(page.posterRequested) as poster:
        page.poster_button.click()
    assert poster.args == ["singles-day-bags"]
    page.last_task.wait()
    assert (tmp_path / "poster.pdf").read_bytes().startswith(b"%PDF")


def test_coupons(page: DropsPage, shop: DropShop) -> None:
    editor = page.coupon_editor
    page.new_coupon()
    editor.code.setText("mug 5")
    assert editor.message.text().startswith("The code 'MUG 5' must be 3 to 32")
    editor.code.setText("mug-5")
    editor.kind.setCurrentIndex(editor.kind.findData("fixed"))
    editor.value.setText("5")
    editor.scope.setCurrentIndex(editor.scope.findData("product"))
    editor.target.setCurrentIndex(editor.target.findData(shop.mug))
    assert editor.save_button.isEnabled(), editor.message.text()
    page.save_coupon()
    assert page.undo_stack.undoText() == "Add coupon MUG-5"
    coupon = list_coupons(shop.store)[0]
    assert (coupon.code, coupon.value, coupon.product_id) == ("MUG-5", 500, shop.mug)
    assert page.coupons_model.index(0, 3).data() == "Ceramic mug"
    page.delete_coupon()
    assert list_coupons(shop.store) == []
    page.undo_stack.undo()
    assert list_coupons(shop.store)[0].code == "MUG-5"


def test_online_hours_are_edited_with_undo(page: DropsPage, shop: DropShop) -> None:
    def fill(dialog) -> bool:
        dialog.windows.setText("09:00–10:00, 8h")
        assert "'8h' is not a window like 08:00-10:00." in dialog.preview.text()
        dialog.windows.setText("20:00-21:00; 09:00-10:00")
        dialog.zone.setCurrentText("Europe/Rome")
        assert dialog.preview.text().startswith("On the shop's clock (Asia/Shanghai) today: ")
        return True

    page.run_dialog = fill
    page.edit_online_hours()
    assert page.undo_stack.undoText() == "Change online hours"
    assert get_online_hours(shop.store) == OnlineHours([("09:00", "10:00"), ("20:00", "21:00")],
                                                       "Europe/Rome")
    page.undo_stack.undo()
    assert get_online_hours(shop.store).zone == "Asia/Shanghai"
