"""Incremental re-export: each kind of change re-renders the right pages, and the folder
it leaves is byte for byte what an export from scratch gives (a stale page is a bug)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from weidian_desktop.core.collections import rename_collection
from weidian_desktop.core.drops import Drop, DropItem, create_drop
from weidian_desktop.core.images import add_image
from weidian_desktop.core.products import ProductImage, find_product, update_product
from weidian_desktop.core.shop import update_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_shop, fingerprint, pipeline, views
from weidian_desktop.export.marker import MARKER
from weidian_desktop.export.views import PriceText

from .conftest import NOW, picture
from .test_builder import inodes, snapshot


def _edit(slug: str, **fields) -> Callable[[ShopStore], None]:
    def change(store: ShopStore) -> None:
        product = find_product(store, slug)
        for name, value in fields.items():
            setattr(product, name, value)
        update_product(store, product)
    return change


def _new_image(store: ShopStore) -> None:
    product = find_product(store, "mug")
    product.images = [ProductImage(add_image(store, picture((9, 200, 9))), "green")]  # type: ignore[arg-type]
    update_product(store, product)


def _translate(store: ShopStore) -> None:
    product = find_product(store, "mug")
    product.translations = {"en": {"title": "Porcelain mug", "description": "English"}}
    update_product(store, product)


def _leave_collection(store: ShopStore) -> None:
    product = find_product(store, "mug")
    product.collection_ids = []
    update_product(store, product)


def _rename_collection(store: ShopStore) -> None:
    (cid,) = [r["id"] for r in store.query("SELECT id FROM collections")]
    rename_collection(store, cid, "Tea & cups")


def _drop(store: ShopStore) -> None:
    mug = find_product(store, "mug")
    create_drop(store, Drop("Mug day", "2026-11-20T00:00:00Z", "2026-12-20T00:00:00Z",
                            items=[DropItem(mug.id, drop_price=5000, quantity_cap=3)]))


# (change, pages that must be rewritten, pages that must stay as they were)
CASES: dict[str, tuple[Callable[[ShopStore], None], set[str], set[str]]] = {
    "product title": (_edit("mug", title="白瓷杯"), {"p/mug/index.html", "c/tea/index.html",
                      "search/index.html"}, {"p/scarf/index.html", "en/p/mug/index.html"}),
    "price": (_edit("mug", price=7100), {"p/mug/index.html", "en/p/mug/index.html",
              "c/tea/index.html", "en/c/tea/index.html", "en/search/index.html"},
              {"p/tea/index.html"}),
    "image": (_new_image, {"p/mug/index.html", "c/tea/index.html"}, {"p/scarf/index.html"}),
    "translation": (_translate, {"en/p/mug/index.html", "en/c/tea/index.html",
                    "en/search/index.html"}, {"p/mug/index.html", "en/p/tea/index.html"}),
    "collection membership": (_leave_collection, {"p/mug/index.html", "c/tea/index.html"},
                              {"p/scarf/index.html"}),
    "collection title": (_rename_collection, {"p/scarf/index.html", "c/tea/index.html",
                         "index.html"}, set()),
    "drop": (_drop, {"p/mug/index.html", "index.html"}, {"p/scarf/index.html"}),
    "shop name": (lambda s: update_shop(s, name="New name"), {"p/scarf/index.html",
                  "en/c/tea/index.html", "index.html"}, set()),
    "language set": (lambda s: update_shop(s, languages=["zh-CN", "en", "it"]),
                     {"p/scarf/index.html", "it/p/scarf/index.html", "c/tea/index.html"},
                     set()),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_change_rerenders_what_shows_it(small_shop: ShopStore, tmp_path: Path,
                                        case: str) -> None:
    change, must_change, must_stay = CASES[case]
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    before = inodes(out)
    change(small_shop)
    result = export_shop(small_shop, out, now=NOW)
    after = inodes(out)
    changed = {p for p in after if after[p] != before.get(p)} - {MARKER}
    assert changed == set(result.written)
    assert must_change <= changed, must_change - changed
    assert not must_stay & changed, must_stay & changed
    export_shop(small_shop, tmp_path / "clean", now=NOW)
    assert snapshot(out) == snapshot(tmp_path / "clean")


def test_template_change_rerenders_every_page(small_shop: ShopStore, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """An edited template or script (the files' digest) re-renders pages the manifest kept."""
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    real = fingerprint.files_fingerprint
    monkeypatch.setattr(fingerprint, "files_fingerprint", lambda: real() + "edited")
    rendered: list[str] = []
    original = pipeline.plan_site

    def spy(*args, **kwargs):
        done = original(*args, **kwargs)
        rendered.extend(j.path for j in [*done.local, *done.jobs, *done.search])
        assert done.reused == []
        return done

    monkeypatch.setattr(pipeline, "plan_site", spy)
    export_shop(small_shop, out, now=NOW)
    assert {"p/mug/index.html", "en/p/scarf/index.html", "c/tea/index.html"} <= set(rendered)


def test_unchanged_shop_renders_no_product_page(small_shop: ShopStore, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    made: list[int] = []
    real = views.ViewMaker.product

    def counting(self, product):
        made.append(product.id)
        return real(self, product)

    monkeypatch.setattr(views.ViewMaker, "product", counting)
    result = export_shop(small_shop, out, now=NOW)
    assert result.written == []
    # Only the home page's cards (three products, two languages) get views.
    assert len(made) <= 6 and "p/mug/index.html" not in result.written


@pytest.mark.parametrize("currency,languages", [
    ("CNY", ["zh-CN", "en", "it", "de-CH", "hi-IN", "ar", "fr"]),
    ("JPY", ["ja", "en"]), ("KWD", ["ar", "en"]), ("EUR", ["it", "es", "nl", "fr-CH"])])
def test_price_text_matches_babel(currency: str, languages: list[str]) -> None:
    from weidian_desktop.core.money import format_money

    amounts = [0, 1, 5, 9, 10, 99, 100, 999, 1000, 12345, 99999, 100000, 1234567, 123456789,
               10 ** 12 + 7, -1, -5, -12345, -1234567]
    for language in languages:
        fast = PriceText(currency, language)
        for amount in amounts + amounts:  # the second round comes from the caches
            assert fast(amount) == format_money(amount, currency, language), (language, amount)


def test_the_service_worker_changes_with_a_page_without_a_digest(small_shop: ShopStore,
                                                                  tmp_path: Path) -> None:
    """A new post changes only pages rendered every time (home, posts): the service
    worker's cache name must change all the same, or buyers keep the old pages."""
    from weidian_desktop.core.posts import Post, create_post

    update_shop(small_shop, base_url="")  # no sitemap to change with the post
    out = tmp_path / "site"
    export_shop(small_shop, out, now=NOW)
    before = (out / "sw.js").read_bytes()
    create_post(small_shop, Post("short", body="New tea in", slug="new-tea",
                                 publish_at="2026-11-01T00:00:00Z"))
    result = export_shop(small_shop, out, now=NOW)
    assert "posts/new-tea/index.html" in result.written
    assert (out / "sw.js").read_bytes() != before
