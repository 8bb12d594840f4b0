"""Images in the editor: paste, drop, reorder, cover, alt, remove; undo, redo, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage
from PySide6.QtTest import QTest

from weidian_desktop.core.images import product_images
from weidian_desktop.core.products import Product, create_product
from weidian_desktop.core.store import ShopStore

from .products_helpers import make_page, photo_bytes, photo_file


def drop(strip, mime: QMimeData) -> None:
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    strip.dropEvent(event)


def wait_ingest(panel) -> None:
    assert panel.task is not None
    panel.task.wait()


def hashes(store, pid: int) -> list[str]:
    return [i.hash for i in product_images(store, pid)]


def test_paste_drop_reorder_cover_alt_remove_with_undo_and_reopen(qtbot, store, tmp_path: Path,
                                                                  shop_path: Path) -> None:
    pid = create_product(store, Product(title="青花瓷盘", price=16800))
    page = make_page(qtbot, store)
    page.open_product(pid)
    panel, stack = page.editor.images, page.undo_stack
    # Ctrl+V with a copied image (a screenshot, or "Copy image" in a browser).
    image = QImage(160, 120, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 60, 150))
    QGuiApplication.clipboard().setImage(image)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)  # shortcuts go to the active window
    page.editor.images.strip.setFocus()
    QTest.keyClick(page.editor.images.strip, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_ingest(panel)
    assert stack.undoText() == "Add 1 image"
    pasted = hashes(store, pid)
    assert len(pasted) == 1 and panel.strip.count() == 1
    # Two files dropped from the file manager.
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(photo_file(tmp_path, n, c)))
                   for n, c in (("a.jpg", (200, 40, 40)), ("b.jpg", (40, 200, 40)))])
    drop(panel.strip, files)
    wait_ingest(panel)
    assert stack.undoText() == "Add 2 images"
    first, a, b = hashes(store, pid)
    assert first == pasted[0]
    # Reorder by dragging (the strip reports the order the drop makes).
    panel.strip.move_image(2, 0)
    assert hashes(store, pid) == [b, first, a] and stack.undoText() == "Reorder images"
    assert panel.strip.item(0).text() == "Cover"
    panel.strip.select_hash(a)
    panel.make_cover()
    assert hashes(store, pid) == [a, b, first] and stack.undoText() == "Choose cover image"
    panel.set_alt(b, "朱红真丝围巾，平铺")
    assert product_images(store, pid)[1].alt == "朱红真丝围巾，平铺"
    panel.strip.select_hash(first)
    panel.remove_selected()
    assert hashes(store, pid) == [a, b] and stack.undoText() == "Remove image"
    # Undo walks back each step; redo replays them.
    stack.undo()
    assert hashes(store, pid) == [a, b, first]
    stack.undo()
    assert product_images(store, pid)[1].alt == ""
    stack.undo()
    assert hashes(store, pid) == [b, first, a]
    stack.undo()
    stack.undo()
    assert hashes(store, pid) == [first] and panel.strip.count() == 1
    stack.undo()
    assert hashes(store, pid) == []
    for _ in range(6):
        stack.redo()
    assert hashes(store, pid) == [a, b]
    assert product_images(store, pid)[1].alt == "朱红真丝围巾，平铺"
    # The table's cover thumbnail follows, made off the GUI thread.
    cover = page.model.index(0, page.model.COVER)
    page.model.data(cover, Qt.ItemDataRole.DecorationRole)
    with qtbot.waitSignal(page.model.dataChanged, timeout=5000):
        pass
    page.model.thumbnails.wait()
    assert not page.model.data(cover, Qt.ItemDataRole.DecorationRole).isNull()
    page.close()
    store.close()
    with ShopStore.open(shop_path) as reopened:
        assert [(i.hash, i.alt) for i in product_images(reopened, pid)] == [
            (a, ""), (b, "朱红真丝围巾，平铺")]


def test_a_bad_file_gives_its_sentence_and_writes_nothing(qtbot, store, tmp_path: Path) -> None:
    pid = create_product(store, Product(title="Mug", price=6800))
    page = make_page(qtbot, store)
    page.open_product(pid)
    panel = page.editor.images
    renamed = tmp_path / "mug.jpg"
    renamed.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)  # a damaged PNG named .jpg
    good = photo_file(tmp_path, "good.jpg", (1, 2, 3))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(renamed))])
    drop(panel.strip, mime)
    wait_ingest(panel)
    assert page.editor.message.text().startswith("mug.jpg ")
    assert page.editor.message.text().endswith(".")
    assert store.scalar("SELECT count(*) FROM images") == 0
    assert page.undo_stack.count() == 0


def test_browser_drop_uses_the_image_bytes_not_the_web_address(qtbot, store) -> None:
    pid = create_product(store, Product(title="Fan", price=3900))
    page = make_page(qtbot, store)
    page.open_product(pid)
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/fan.jpg")])
    mime.setData("image/jpeg", photo_bytes((160, 110, 70)))
    drop(page.editor.images.strip, mime)
    wait_ingest(page.editor.images)
    assert len(hashes(store, pid)) == 1


def test_images_pasted_into_a_new_product_save_it_first(qtbot, store) -> None:
    page = make_page(qtbot, store)
    page.new_product()
    page.editor.title.setText("Olive oil soap")
    page.editor.price.setText("29")
    image = QImage(50, 50, QImage.Format.Format_RGB32)
    image.fill(QColor(150, 160, 80))
    QGuiApplication.clipboard().setImage(image)
    page.editor.images.paste()
    wait_ingest(page.editor.images)
    pid = page.editor.product_id
    assert pid is not None and len(hashes(store, pid)) == 1
    assert [page.undo_stack.text(i) for i in range(2)] == ["Add product “Olive oil soap”",
                                                          "Add 1 image"]


def test_keyboard_moves_and_undo_while_another_product_is_open(qtbot, store,
                                                               tmp_path: Path) -> None:
    from weidian_desktop.core.images import add_product_images
    from weidian_desktop.media.images import prepare_image

    pid = create_product(store, Product(title="Moka pot", price=15900))
    other = create_product(store, Product(title="Tote", price=9900))
    add_product_images(store, pid, [prepare_image(photo_bytes((n * 60, 90, 90)))
                                    for n in range(3)])
    a, b, c = hashes(store, pid)
    page = make_page(qtbot, store)
    page.open_product(pid)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    strip = page.editor.images.strip
    strip.setFocus()
    strip.select_hash(a)
    QTest.keyClick(strip, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert hashes(store, pid) == [b, a, c]
    QTest.keyClick(strip, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert hashes(store, pid) == [b, c, a]
    page.open_product(other)
    page.editor.title.setText("Tote bag (unsaved)")
    page.undo_stack.undo()  # the move, on a product not shown: the form stays as typed
    assert hashes(store, pid) == [b, a, c]
    assert page.editor.product_id == other and page.editor.title.text() == "Tote bag (unsaved)"
    assert page.undo_stack.count() == 2


def test_drag_within_the_strip_reorders_and_copied_files_paste(qtbot, store,
                                                               tmp_path: Path) -> None:
    pid = create_product(store, Product(title="Beanie", price=8900))
    page = make_page(qtbot, store)
    page.open_product(pid)
    panel = page.editor.images
    copied = QMimeData()  # files copied in the file manager, then Ctrl+V
    copied.setUrls([QUrl.fromLocalFile(str(photo_file(tmp_path, f"{n}.jpg", (n * 70, 50, 50))))
                    for n in range(3)])
    QGuiApplication.clipboard().setMimeData(copied)
    panel.paste()
    wait_ingest(panel)
    a, b, c = hashes(store, pid)
    strip = panel.strip

    class InternalDrop(QDropEvent):
        def source(self):  # what Qt reports for a drag that started in the strip
            return strip

    strip.setCurrentRow(2)
    target = strip.visualItemRect(strip.item(0)).center()
    mime = strip.model().mimeData([strip.model().index(2, 0)])
    strip.dropEvent(InternalDrop(QPointF(target), Qt.DropAction.MoveAction, mime,
                                 Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert hashes(store, pid) == [c, a, b] and strip.hashes() == [c, a, b]
    assert page.undo_stack.undoText() == "Reorder images"
