"""The FAQ page: add, edit, reorder and delete with undo; the try-it box answers like the shop."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from weidian_desktop.core.faq import FaqEntry, create_faq, list_faq
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.pages.faq_page import FaqPage


@pytest.fixture
def page(qtbot, store: ShopStore) -> FaqPage:
    create_faq(store, FaqEntry("多久发货？", "3–5 天。", ["发货", "快递"], "zh-CN"))
    widget = FaqPage(store, QUndoStack())
    qtbot.addWidget(widget)
    return widget


def test_add_edit_reorder_delete_and_undo(page: FaqPage, store: ShopStore, qtmodeltester) -> None:
    qtmodeltester.check(page.model)
    page.new_entry()
    page.question.setText("How long does shipping take?")
    page.answer.setPlainText("3 to 5 days.")
    page.keywords.setText("shipping， delivery、ship")
    page.save()
    assert [e.keywords for e in list_faq(store)][1] == ["shipping", "delivery", "ship"]
    assert page.model.rowCount() == 2 and page.selected_id() == list_faq(store)[1].id
    page.answer.setPlainText("Within a week.")
    page.save()
    assert list_faq(store)[1].answer == "Within a week."
    page.move_entry(-1)
    assert list_faq(store)[0].question == "How long does shipping take?"
    page.delete()
    assert [e.question for e in list_faq(store)] == ["多久发货？"]
    for _ in range(4):
        page.undo_stack.undo()
    assert [e.question for e in list_faq(store)] == ["多久发货？"]
    page.undo_stack.redo()
    assert list_faq(store)[1].answer == "3 to 5 days."


def test_invalid_entry_is_not_pushed(page: FaqPage, store: ShopStore) -> None:
    page.new_entry()
    page.question.setText("Empty answer?")
    page.save()
    assert "needs an answer" in page.message.text()
    assert page.undo_stack.count() == 0 and len(list_faq(store)) == 1


def test_try_box_answers_like_the_shop(page: FaqPage) -> None:
    page.trial.setText("什么时候发货")
    assert page.trial_result.text().startswith("多久发货？")
    page.trial.setText("do you sell cats")
    assert "No answer" in page.trial_result.text()
