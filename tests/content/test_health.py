"""The health report over a shop file: content, wording, freshness, score, check."""

from __future__ import annotations

from collections.abc import Callable

from weidian_desktop.core.check import run_check
from weidian_desktop.core.clock import utc_now
from weidian_desktop.core.health import (
    get_brand_watch_list,
    health_report,
    set_brand_watch_list,
)
from weidian_desktop.core.products import (
    ProductImage,
    ProductOption,
    get_product,
    update_product,
)
from weidian_desktop.core.store import ShopStore

from .conftest import fake_images


def codes(store: ShopStore, product_id: int | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in health_report(store).findings
            if product_id is None or f.product_id == product_id]


def test_a_clean_listing_scores_100(store: ShopStore, make_product: Callable) -> None:
    pid = make_product()
    report = health_report(store)
    assert report.findings == [] and report.product_scores == {pid: 100}
    assert report.score == 100


def test_content_rules(store: ShopStore, make_product: Callable) -> None:
    assert codes(store, make_product("Mug")) == [("title-short", "warning")]
    assert codes(store, make_product("真丝围巾")) == []  # 4 Chinese characters are enough
    assert codes(store, make_product("Scarf " * 25)) == [("title-long", "warning")]
    assert codes(store, make_product("Plain tote bag", description=" ")) == [
        ("no-description", "warning")]
    assert codes(store, make_product("Plain tote bag", price=0)) == [("no-price", "warning")]
    assert codes(store, make_product("Plain tote bag", photos=2)) == [("few-photos", "warning")]
    assert codes(store, make_product("Plain tote bag", photos=0)) == [("no-picture", "warning")]
    assert codes(store, make_product("Plain tote bag", alt="")) == [("missing-alt", "warning")]
    # Drafts are work in progress: no content findings until they are published.
    assert codes(store, make_product("Mug", status="draft", photos=0, price=0)) == []


def test_counterfeit_wording_in_every_text_of_a_product(store: ShopStore,
                                                        make_product: Callable) -> None:
    pid = make_product("Leather bag", description="高仿 quality",
                       translations={"it": {"title": "Borsa replica", "description": ""}},
                       tags=["AAA"])
    report = health_report(store)
    fields = sorted(f.field for f in report.findings if f.product_id == pid)
    assert fields == ["description", "tags", "title (it)"]
    assert all(f.severity == "error" and f.category == "health" for f in report.findings)
    assert report.product_scores[pid] == 0 and report.score == 0
    message = report.findings[0].message
    assert "Leather bag [leather-bag]" in message and "“高仿”" in message


def test_drafts_get_counterfeit_warnings_not_errors(store: ShopStore,
                                                    make_product: Callable) -> None:
    pid = make_product("Replica watch", status="draft")
    assert codes(store, pid) == [("counterfeit-warning", "warning")]


def test_ordinary_words_in_a_listing_do_not_alarm(store: ShopStore,
                                                  make_product: Callable) -> None:
    make_product("LED night light", description="Needs 3 AAA batteries. We replicate "
                 "the warm glow of paper lanterns. 需要3节AAA电池。原单价 ¥20。")
    assert codes(store) == []


def test_brand_watch_list(store: ShopStore, make_product: Callable) -> None:
    assert set_brand_watch_list(store, [" Hermès ", "hermès", "", "香奈儿"]) == ["Hermès",
                                                                             "香奈儿"]
    assert get_brand_watch_list(store) == ["Hermès", "香奈儿"]
    pid = make_product("Silk scarf, Hermes style")
    assert codes(store, pid) == [("brand", "warning")]


def test_freshness_supplier_gone_and_ended_drop(store: ShopStore,
                                                make_product: Callable) -> None:
    now = utc_now()
    with store.atomic() as db:
        supplier = db["suppliers"].insert({"name": "Yiwu", "created_at": now}).last_pk
        item = db["stock_items"].insert({"supplier_id": supplier, "sku": "YW-1", "title": "Mug",
                                         "status": "discontinued", "imported_at": now,
                                         "updated_at": now}).last_pk
    gone = make_product("Handmade ceramic mug", stock_item_id=item, supplier_price=1200)
    unlinked = make_product("Handmade ceramic bowl", supplier_price=900)  # item deleted
    featured = make_product("Handmade ceramic plate", featured=True)
    with store.atomic() as db:
        drop = db["drops"].insert({"slug": "spring", "name": "Spring drop",
                                   "timezone": "Asia/Shanghai",
                                   "starts_at": "2020-03-01T00:00:00Z",
                                   "ends_at": "2020-03-02T00:00:00Z", "created_at": now,
                                   "updated_at": now}).last_pk
        db["drop_items"].insert({"drop_id": drop, "product_id": featured})
    report = health_report(store)
    by_product = {(f.product_id, f.code) for f in report.findings}
    assert {(gone, "supplier-gone"), (unlinked, "supplier-gone"),
            (featured, "drop-ended-featured"), (featured, "drop-ended")} == by_product
    assert "SKU YW-1" in next(f.message for f in report.findings if f.product_id == gone)
    # A later drop of the same product makes featuring it right again.
    with store.atomic() as db:
        later = db["drops"].insert({"slug": "summer", "name": "Summer drop",
                                    "timezone": "Asia/Shanghai",
                                    "starts_at": "2099-06-01T00:00:00Z",
                                    "ends_at": "2099-06-02T00:00:00Z", "created_at": now,
                                    "updated_at": now}).last_pk
        db["drop_items"].insert({"drop_id": later, "product_id": featured})
    assert (featured, "drop-ended-featured") not in {
        (f.product_id, f.code) for f in health_report(store).findings}


def test_check_prints_findings_and_fails_only_on_errors(store: ShopStore,
                                                        make_product: Callable) -> None:
    pid = make_product("Plain tote bag", photos=1)
    report = run_check(store)
    assert report.ok and any(f.code == "few-photos" and f.product_id == pid
                             for f in report.findings)
    product = get_product(store, pid)
    product.description = "超A货"
    update_product(store, product)
    assert not run_check(store).ok


def test_posts_and_faq_are_checked_too(store: ShopStore) -> None:
    now = utc_now()
    with store.atomic() as db:
        db["posts"].insert({"slug": "news", "kind": "short", "body": "新到高仿包",
                            "publish_at": now, "created_at": now, "updated_at": now})
        db["faq_entries"].insert({"question": "Are they replicas?", "answer": "No."})
    findings = health_report(store).findings
    assert [(f.post_id is not None, f.faq_id is not None, f.severity) for f in findings] == [
        (True, False, "error"), (False, True, "error")]


def test_alt_text_and_options_are_scanned(store: ShopStore, make_product: Callable) -> None:
    pid = make_product("Wool beanie", alt="1:1 beanie photo")
    product = get_product(store, pid)
    product.images.append(ProductImage(fake_images(store, 1, "x")[0], "beanie"))
    product.options = [ProductOption("Grade", ["AAA", "B"])]
    update_product(store, product)
    assert [f.field for f in health_report(store).findings] == [
        "option Grade", "alt text of photo 1", "alt text of photo 2", "alt text of photo 3"]
