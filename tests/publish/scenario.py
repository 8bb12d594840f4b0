"""The one story every target must tell: first publish, nothing changed, one product
changed, one product unpublished; the target checked byte for byte after each."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from weidian_desktop.core.store import ShopStore
from weidian_desktop.publish import PublishResult, Target, publish_shop, work_dir_for

from .conftest import NOW, broken_links, digests, retitle, unpublish

ReadTarget = Callable[[], dict[str, bytes]]  # the target's files (not its hidden ones)
CHANGED = "ceramic-mug"  # featured on the home page, in a collection, in the search index
GONE = "linen-tote"


def publish(shop: ShopStore, target: Target, **options: object) -> PublishResult:
    return publish_shop(shop, target, now=NOW, **options)  # type: ignore[arg-type]


class Md5(str):
    """A file the target described by its MD5 (an S3 ETag) instead of sending its bytes."""


def assert_mirrors(shop: ShopStore, target: Target, read: ReadTarget) -> dict[str, bytes]:
    """The target holds exactly the export, and no page lacks a file it links to."""
    site = work_dir_for(shop, target) / "site"
    files = read()
    local = digests(site)
    held = {p: (hashlib.md5((site / p).read_bytes()).hexdigest() == data and local[p]
                if isinstance(data, Md5) and p in local else hashlib.sha256(data).hexdigest())
            for p, data in files.items()}
    assert held == local
    assert broken_links(files) == []
    return files


def run_story(shop: ShopStore, target: Target, read: ReadTarget) -> None:
    site = work_dir_for(shop, target) / "site"
    first = publish(shop, target)
    assert first.deleted == [] and first.unchanged == 0
    exported = digests(site)
    assert sorted(first.uploaded) == sorted(exported) and len(exported) > 200
    assert first.public_url == target_url_or_shop(shop, target)
    assert_mirrors(shop, target, read)

    again = publish(shop, target)
    assert (again.uploaded, again.deleted, again.unchanged) == ([], [], len(first.uploaded))

    before = digests(site)
    retitle(shop, CHANGED, "Ceramic mug, glazed again")
    third = publish(shop, target)
    after = digests(site)
    changed = {p for p in after if before.get(p) != after[p]}
    assert set(third.uploaded) == changed and third.deleted == []
    assert "p/ceramic-mug/index.html" in changed and "index.html" in changed
    assert "search/index.html" in changed  # the search index embedded in the search page
    for path in changed - {"sw.js"}:  # sw.js: its cache name follows the home page
        text = (site / path).read_text(encoding="utf-8")
        assert CHANGED in text, f"{path} travelled but does not show the product"
    assert len(changed) < len(after) // 4
    assert_mirrors(shop, target, read)

    unpublish(shop, GONE)
    fourth = publish(shop, target)
    gone = [p for p in fourth.deleted if f"p/{GONE}/" in p]
    # its pages, and its photos no page shows any more
    assert gone and all(f"p/{GONE}/" in p or p.startswith("img/") for p in fourth.deleted)
    files = assert_mirrors(shop, target, read)
    assert not [p for p in files if f"/{GONE}/" in f"/{p}"]


def target_url_or_shop(shop: ShopStore, target: Target) -> str:
    from weidian_desktop.core.shop import get_shop
    from weidian_desktop.publish import public_url

    return get_shop(shop).base_url or public_url(target)
