"""`posts add|list|delete`: the Posts page's checks and sentences, photos taken from products."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from PySide6.QtGui import QUndoStack

from weidian_desktop.cli import main
from weidian_desktop.core.posts import list_posts
from weidian_desktop.core.store import ShopStore
from weidian_desktop.ui.pages.posts_page import PostsPage


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


CASES = {
    "article without a title": (["--kind", "article", "--body", "Long text"],
                                "An article needs a title."),
    "short without text": (["--kind", "short"], "Write the post's text first."),
    "recommendation without products": (["--kind", "recommendation", "--body", "Try these"],
                                        "A recommendation needs at least one product."),
    "9 photos without photos": (["--kind", "nine_grid", "--body", "Look"],
                                "A 9-photo post needs at least one photo."),
}


@pytest.mark.parametrize("name", CASES)
def test_posts_add_refuses_like_the_posts_page(name: str, store: ShopStore, qtbot,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    args, sentence = CASES[name]
    path = store.path
    store.close()
    code, out, err = cli(capsys, "posts", "add", path, *args)
    assert (code, out, err) == (1, "", f"weidian-desktop: {sentence}\n")
    with ShopStore.open(path) as reopened:
        assert list_posts(reopened) == []
        page = PostsPage(reopened, QUndoStack())
        qtbot.addWidget(page)
        options = dict(zip(args[::2], args[1::2], strict=True))
        page.editor.kind.setCurrentIndex(page.editor.kind.findData(options["--kind"]))
        page.editor.body.setPlainText(options.get("--body", ""))
        page.save()
        assert page.editor.message.text() == sentence
        assert list_posts(reopened) == []


def test_posts_add_list_delete(store: ShopStore, make_product: Callable[..., int],
                               capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    make_product("Ceramic mug", slug="ceramic-mug", photos=2, alt="A mug")
    make_product("Wool beanie", slug="wool-beanie", photos=1, alt="A beanie")
    path = store.path
    store.close()
    body = tmp_path / "text.txt"
    body.write_text("Nine views of the studio.\n", encoding="utf-8")
    assert cli(capsys, "posts", "add", path, "--kind", "nine_grid", "--title", "Studio",
               "--body-file", body, "--photos-of", "ceramic-mug", "wool-beanie",
               "--at", "2099-12-01 08:30")[1] == "Added the post “Studio” (studio).\n"
    code, out, _ = cli(capsys, "posts", "add", path, "--kind", "recommendation", "--body",
                       "Warm things for winter", "--product", "wool-beanie", "--status", "draft")
    assert code == 0 and out == "Added the post “Warm things for winter” " \
                                "(warm-things-for-winter).\n"
    code, out, _ = cli(capsys, "posts", "list", path, "--json")
    studio, warm = json.loads(out)
    assert studio["publish_at"] == "2099-12-01T00:30:00Z"  # 08:30 on the shop's clock
    assert studio["body"] == "Nine views of the studio."
    assert [i["alt"] for i in studio["images"]] == ["A mug", "A mug", "A beanie"]
    assert (warm["status"], warm["products"], warm["images"]) == ("draft", ["wool-beanie"], [])
    code, out, _ = cli(capsys, "posts", "list", path, "--status", "draft")
    assert out.splitlines()[-1] == "1 post." and "warm-things-for-winter" in out
    code, _, err = cli(capsys, "posts", "add", path, "--body", "x", "--at", "soon")
    assert err == "weidian-desktop: 'soon' is not a date and time like 2026-11-11 20:00.\n"
    code, _, err = cli(capsys, "posts", "add", path, "--body", "x", "--product", "nope")
    assert err == "weidian-desktop: There is no product with the slug 'nope'.\n"
    assert cli(capsys, "posts", "delete", path, "studio")[1] == "Deleted the post “Studio”.\n"
    with ShopStore.open(path) as reopened:
        assert [p.slug for p in list_posts(reopened)] == ["warm-things-for-winter"]
