"""The app's export: run in a helper process (one thread, so it forks on all cores) with
the app holding the shop open; the same site as export_shop, progress, Cancel, refusals."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from weidian_desktop.core.errors import Cancelled, ValidationError
from weidian_desktop.core.i18n import set_language
from weidian_desktop.core.products import Product, create_products
from weidian_desktop.core.store import ShopStore
from weidian_desktop.export import export_in_child, export_shop
from weidian_desktop.export.host import stop_helper

from .conftest import NOW
from .test_builder import snapshot


@pytest.fixture(autouse=True)
def fresh_helper():
    yield
    stop_helper()


def test_the_helper_exports_what_export_shop_does_and_caches_variants(
        small_shop: ShopStore, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    first = export_in_child(small_shop.path, tmp_path / "helper", now=NOW,
                            progress=lambda done, total, _text: calls.append((done, total)))
    assert first.images_encoded > 0 and calls and calls[-1][0] == calls[-1][1] > 0
    again = export_in_child(small_shop.path, tmp_path / "helper", now=NOW)
    assert again.written == [] and again.images_encoded == 0  # cached in the shop file
    export_shop(small_shop, tmp_path / "here", now=NOW)
    assert snapshot(tmp_path / "helper") == snapshot(tmp_path / "here")


def test_cancel_and_refusals_come_back_as_they_are(small_shop: ShopStore,
                                                   tmp_path: Path) -> None:
    with pytest.raises(Cancelled, match="previous export"):
        export_in_child(small_shop.path, tmp_path / "site", now=NOW, cancel=lambda: True)
    assert not (tmp_path / "site").exists()
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(ValidationError, match="not a folder"):
        export_in_child(small_shop.path, tmp_path / "file", now=NOW)
    export_in_child(small_shop.path, tmp_path / "site", now=NOW)  # the helper still works
    assert (tmp_path / "site/index.html").is_file()


@pytest.mark.slow
def test_from_a_thread_the_helper_still_renders_on_all_cores(store: ShopStore,
                                                             tmp_path: Path) -> None:
    """What the Export page does: the call from a worker thread of a process with threads."""
    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: nothing to spread")
    create_products(store, (Product(f"Product {i}", slug=f"product-{i}", price=100 + i,
                                    status="published") for i in range(2100)))
    results = []
    thread = threading.Thread(target=lambda: results.append(
        export_in_child(store.path, tmp_path / "site", now=NOW)))
    thread.start()
    thread.join()
    assert results[0].processes > 1 and len(results[0].pages) > 2100


def test_progress_and_refusals_in_the_callers_language(small_shop: ShopStore,
                                                      tmp_path: Path) -> None:
    """The helper is a fresh interpreter: it speaks the app's language, not English."""
    heard: list[str] = []
    set_language("zh_CN")
    try:
        export_in_child(small_shop.path, tmp_path / "site", now=NOW,
                        progress=lambda _done, _total, text: heard.append(text))
        (tmp_path / "file").write_text("not a folder")
        with pytest.raises(ValidationError) as refused:
            export_in_child(small_shop.path, tmp_path / "file", now=NOW)
    finally:
        set_language("en")
    assert heard[0] == "正在读取店铺…" and any(t.startswith("页面：0 / ") for t in heard)
    assert "not a folder" not in str(refused.value)
