"""The Posts page: write a post, link products and photos, schedule it, undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from weidian_desktop.core.posts import Post, create_post, list_posts
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.pages.posts_page import PostsPage

from .conftest import fake_images


@pytest.fixture
def page(qtbot, store: ShopStore, make_product: Callable) -> PostsPage:
    make_product("Ceramic mug")
    make_product("Wool beanie")
    create_post(store, Post("short", body="Hello buyers", publish_at="2026-01-01T02:00:00Z"))
    widget = PostsPage(store, QUndoStack())
    qtbot.addWidget(widget)
    return widget


def test_new_recommendation_scheduled_on_the_shop_clock(page: PostsPage, store: ShopStore,
                                                        qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    editor = page.editor
    editor.kind.setCurrentIndex(editor.kind.findData("recommendation"))
    editor.title.setText("Winter favourites")
    editor.body.setPlainText("Warm things.")
    editor._set_publish("2099-12-01T00:30:00Z")  # 08:30 in Asia/Shanghai
    assert editor.publish.dateTime().toString("yyyy-MM-dd HH:mm") == "2099-12-01 08:30"
    editor.products.item(1).setCheckState(Qt.CheckState.Checked)
    editor._add_photo(fake_images(store, 1, "post")[0], "Beanie on a shelf")
    page.save()
    post = list_posts(store)[0]
    assert (post.kind, post.publish_at, post.slug) == ("recommendation", "2099-12-01T00:30:00Z",
                                                       "winter-favourites")
    assert len(post.product_ids) == 1 and post.images[0].alt == "Beanie on a shelf"
    assert page.model.item(0, 3).text() == "scheduled"
    assert page.model.item(1, 3).text() == "published"
    page.undo_stack.undo()
    assert [p.body for p in list_posts(store)] == ["Hello buyers"]
    page.undo_stack.redo()
    assert list_posts(store)[0].slug == "winter-favourites"


def test_edit_and_delete_with_undo(page: PostsPage, store: ShopStore) -> None:
    page.select_post(list_posts(store)[0].id)
    assert page.editor.body.toPlainText() == "Hello buyers"
    page.editor.body.setPlainText("Hello again")
    page.editor.status.setCurrentIndex(page.editor.status.findData("draft"))
    page.save()
    assert list_posts(store)[0].status == "draft"
    assert page.model.item(0, 3).text() == "draft"
    page.delete()
    assert list_posts(store) == []
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert list_posts(store)[0].body == "Hello buyers"


def test_refusal_is_shown_and_nothing_pushed(page: PostsPage) -> None:
    page.new_post()
    page.editor.kind.setCurrentIndex(page.editor.kind.findData("nine_grid"))
    page.save()
    assert "at least one photo" in page.editor.message.text()
    assert page.undo_stack.count() == 0
