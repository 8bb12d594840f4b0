"""Amounts in the core's sentences are written as the open shop's tables write them."""

from __future__ import annotations

from weidian_desktop.core import i18n
from weidian_desktop.core.shop import get_shop
from weidian_desktop.ui.main_window import create_main_window


def test_the_open_shop_sets_how_sentences_write_money(qtbot, demo_copy) -> None:
    with i18n.using_language("it"):
        win = create_main_window(str(demo_copy))
        qtbot.addWidget(win)
        language = get_shop(win.store).default_language
        assert i18n.money_language() == language != "it"
        assert str(i18n.Amount(26600, "CNY")) == "¥266.00"
        win.close_shop()
        assert i18n.money_language() == "it"
