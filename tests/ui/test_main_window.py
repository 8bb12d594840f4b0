"""The main window: pages from the registry, title, file handling and its clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from weidian_desktop.core.shop import get_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui import app_settings
from weidian_desktop.ui.main_window import create_main_window
from weidian_desktop.ui.page_registry import available_pages


@pytest.fixture
def make_window(qtbot):
    def make(shop: Path | str | None):
        window = create_main_window(str(shop) if shop else None)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window
    return make


def message_boxes(window) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox)]


def test_opens_the_demo_shop_with_its_pages(make_window, demo_copy) -> None:
    window = make_window(demo_copy)
    assert window.windowTitle() == "小满杂货铺 Xiaoman Goods — demo.weidian"
    view = window.view
    specs = available_pages()
    assert [view.sidebar.item(n).text() for n in range(view.sidebar.count())] == \
        [s.title_text() for s in specs]
    assert len(view.pages) == 1  # lazily: only the page shown was built
    shown = view.current_key()
    assert shown == ("products" if "products" in view.keys() else
                     "shop" if "shop" in view.keys() else specs[0].key)
    for key in view.keys():  # every page of the registry opens on the demo shop
        view.show_page(key)
        assert view.stack.currentWidget() is view.pages[key]
        page = view.pages[key]
        assert type(page) is not QLabel, f"page {key} failed to build: {page.text()}"
    assert app_settings.recent_files()[0] == demo_copy.resolve()


def test_no_shop_and_no_last_shop_shows_the_welcome_screen(make_window) -> None:
    window = make_window(None)
    assert window.store is None
    assert window.central.currentWidget() is window.welcome
    assert window.windowTitle() == "Weidian Desktop"
    assert not window.files.save_copy_action.isEnabled()


def test_the_last_shop_opens_again(make_window, demo_copy) -> None:
    first = make_window(demo_copy)
    first.close()
    second = make_window(None)
    assert second.store is not None and second.store.path == demo_copy


def test_a_locked_file_gives_the_store_message(qtbot, make_window, demo_copy) -> None:
    holder = ShopStore.open(demo_copy)  # another window or command has it
    try:
        window = make_window(demo_copy)
        assert window.store is None
        assert "demo.weidian is already open in another Weidian Desktop window" \
            in window.last_message
        qtbot.waitUntil(lambda: window.last_message in message_boxes(window))
    finally:
        holder.close()


def test_a_damaged_file_gives_the_store_message(make_window, tmp_path) -> None:
    bad = tmp_path / "notes.weidian"
    bad.write_bytes(b"these are my notes, not a shop" * 10)
    window = make_window(bad)
    assert window.store is None
    assert window.last_message == \
        "notes.weidian is not a Weidian shop file (it is not an SQLite database)."
    assert window.central.currentWidget() is window.welcome


def test_save_a_copy_gives_a_file_that_opens(make_window, demo_copy, tmp_path) -> None:
    window = make_window(demo_copy)
    products = window.store.scalar("SELECT COUNT(*) FROM products")
    handle = window.files.save_copy(tmp_path / "backup")
    handle.wait()
    assert handle.error is None
    copy = tmp_path / "backup.weidian"
    with ShopStore.open(copy) as store:
        assert get_shop(store).name == "小满杂货铺 Xiaoman Goods"
        assert store.scalar("SELECT COUNT(*) FROM products") == products
    assert "backup.weidian" in window.statusBar().currentMessage()


def test_close_returns_to_welcome_and_releases_the_file(make_window, demo_copy) -> None:
    window = make_window(demo_copy)
    window.files.close.trigger()  # File > Close Shop
    assert window.store is None and window.central.currentWidget() is window.welcome
    ShopStore.open(demo_copy).close()  # the lock was released
    assert app_settings.last_shop() is None  # closed on purpose: welcome next time


def test_product_requested_opens_the_products_page(qtbot, monkeypatch, make_window,
                                                   demo_copy) -> None:
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QWidget

    from weidian_desktop.ui import shop_view
    from weidian_desktop.ui.page_registry import PageSpec

    class Asking(QWidget):
        productRequested = Signal(int)
        statusMessage = Signal(str)

        def __init__(self, store, undo_stack, parent=None):
            super().__init__(parent)

    class Products(QWidget):
        def __init__(self, store, undo_stack, parent=None):
            super().__init__(parent)
            self.opened: list[int] = []

        def open_product(self, product_id: int) -> None:
            self.opened.append(product_id)

    classes = {"orders": Asking, "products": Products}
    monkeypatch.setattr(shop_view, "available_pages", lambda: [
        PageSpec(key, key.title(), lambda key=key: classes[key])
        for key in ("orders", "products")])
    window = make_window(demo_copy)
    view = window.view
    assert view.current_key() == "products"  # opens on Products when there is one
    asking = view.show_page("orders")
    asking.statusMessage.emit("Recorded order WD-1")
    assert window.statusBar().currentMessage() == "Recorded order WD-1"
    asking.productRequested.emit(7)
    assert view.current_key() == "products" and view.pages["products"].opened == [7]


def test_welcome_new_shop_registers_and_opens_it(qtbot, make_window, tmp_path) -> None:
    from weidian_desktop.ui.wizard import ShopWizard

    window = make_window(None)
    window.new_shop(tmp_path / "fresh.weidian")
    wizard = window.findChild(ShopWizard)
    wizard.front_page.name.setText("Fresh shop")
    wizard.next()
    wizard.next()
    wizard.channels_page.channels.edits["telegram"].setText("fresh_shop")
    wizard.accept()
    assert window.store is not None and window.store.path == tmp_path / "fresh.weidian"
    assert window.windowTitle() == "Fresh shop — fresh.weidian"
    assert window.view.shop_name.text() == "Fresh shop"


def test_the_demo_shop_is_written_then_opened(qtbot, make_window, tmp_path) -> None:
    window = make_window(None)
    handle = window.open_demo(tmp_path / "demo.weidian")
    handle.wait(60)
    assert handle.error is None
    assert window.store is not None and window.store.path == tmp_path / "demo.weidian"
    assert window.view.shop_name.text() == "小满杂货铺 Xiaoman Goods"


def _stroke_lightness(icon) -> int:
    image = icon.pixmap(20, 20).toImage()
    inked = [image.pixelColor(x, y) for x in range(image.width())
             for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200]
    return max(c.lightness() for c in inked)


def test_icons_follow_a_switch_to_the_dark_scheme(qtbot, qapp, make_window, demo_copy) -> None:
    from weidian_desktop.ui.theme import apply_theme

    window = make_window(demo_copy)
    try:
        apply_theme(qapp, dark=False)
        assert _stroke_lightness(window.view.sidebar.item(0).icon()) < 100  # dark strokes
        apply_theme(qapp, dark=True)
        qtbot.waitUntil(lambda: _stroke_lightness(window.view.sidebar.item(0).icon()) > 180)
    finally:
        apply_theme(qapp, dark=False)


def test_recent_menu_geometry_and_a_dropped_shop_file(qtbot, make_window, demo_copy,
                                                      tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window = make_window(None)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo_copy))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert window.store is not None and window.store.path == demo_copy
    window.files._fill_recent()
    assert window.files.recent_menu.actions()[0].text() == "&1 demo.weidian"
    window.resize(window.width(), 700)  # the offscreen screen is only 800 px wide
    window.close()
    again = make_window(None)  # reopens the last shop, at the size it was left
    assert again.store.path == demo_copy and again.height() == 700


def test_welcome_cards_answer_clicks_and_keys(qtbot, make_window) -> None:
    from PySide6.QtCore import Qt

    welcome = make_window(None).welcome
    with qtbot.waitSignal(welcome.newRequested):
        qtbot.mouseClick(welcome.new_button, Qt.MouseButton.LeftButton)
    welcome.demo_button.setFocus()
    with qtbot.waitSignal(welcome.demoRequested):
        qtbot.keyClick(welcome.demo_button, Qt.Key.Key_Return)
