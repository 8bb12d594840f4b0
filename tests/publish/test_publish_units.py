"""Targets, the manifest and the plan, without a server."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from weidian_desktop.core.store import ShopStore
from weidian_desktop.publish import PublishError, Target, parse_target, public_url
from weidian_desktop.publish.manifest import local_files, manifest_bytes, parse_manifest
from weidian_desktop.publish.plan import ASSETS, LAST, PAGES, is_hashed, make_plan, stage
from weidian_desktop.publish.target import redact, remember, remembered, sftp_address


@pytest.mark.parametrize(("url", "expected"), [
    ("git+https://github.com/Xiaoman/shop.git#gh-pages", "https://xiaoman.github.io/shop/"),
    ("git+git@github.com:xiaoman/xiaoman.github.io.git", "https://xiaoman.github.io/"),
    ("git+ssh://git@gitee.com/xiaoman/shop.git", "https://xiaoman.gitee.io/shop/"),
    ("git+https://codeberg.org/xiaoman/pages.git", "https://xiaoman.codeberg.page/"),
    ("git+https://example.com/xiaoman/shop.git", ""),
    ("s3://shop/site", "https://shop.s3.amazonaws.com/site/"),
    ("sftp://me@example.com/var/www", ""),
    ("file:///media/usb/shop", ""),
])
def test_public_url_from_the_target(url: str, expected: str) -> None:
    assert public_url(parse_target(url)) == expected


def test_s3_endpoint_gives_the_address() -> None:
    target = Target("s3://shop/site", endpoint="https://minio.example.com:9000/")
    assert public_url(target) == "https://minio.example.com:9000/shop/site/"


def test_sftp_paths_as_curl_reads_them() -> None:
    assert sftp_address(Target("sftp://me@h/var/www")).path == "/var/www"
    assert sftp_address(Target("sftp://me@h:2222/~/www")).path == "www"
    assert sftp_address(Target("sftp://me@h")).port == 22


@pytest.mark.parametrize("url", ["sftp://me:secret@h/www", "s3://AB", "ftp://h/x",
                                 "sftp://h/www", "git+https://u:tok@github.com/a/b.git",
                                 "git+x#bad..branch", "file://host/x"])
def test_refused_targets(url: str) -> None:
    with pytest.raises(PublishError) as refused:
        parse_target(url)
    assert "secret" not in str(refused.value) and "tok@" not in str(refused.value)


def test_redact() -> None:
    assert redact("sftp://me:pw@host/x") == "sftp://me@host/x"


def test_remembered_per_shop_without_secrets(store: ShopStore) -> None:
    assert remembered(store) is None
    target = Target("s3://shop", endpoint="https://r2.example.com", public_read=True)
    remember(store, target)
    assert remembered(store) == target


def test_manifest_round_trip_and_damage() -> None:
    files = {"index.html": ("ab" * 32, 10), "p/x y/index.html": ("cd" * 32, 3)}
    data = manifest_bytes(files)
    assert parse_manifest(data) == files and manifest_bytes(files) == data
    text = gzip.decompress(data).replace(b"\t10\t", b"\t11\t")
    assert parse_manifest(gzip.compress(text)) is None  # edited: the check line disagrees
    assert parse_manifest(data[: len(data) // 2]) is None  # cut short
    assert parse_manifest(None) is None


def test_plan_order_is_buyer_safe() -> None:
    local = {p: ("new", 1) for p in ("index.html", "sw.js", "assets/shop-0123456789.css",
                                     "img/ab/0123456789abcdef01-360.webp", "sitemap.xml",
                                     "p/a/index.html")}
    remote = {"p/a/index.html": ("new", 1), "p/gone/index.html": ("x", 1),
              "assets/shop-9999999999.css": ("x", 1), "sw.js": ("old", 1)}
    plan = make_plan(local, remote)
    assert [stage(p) for p in plan.upload] == sorted(stage(p) for p in plan.upload)
    assert plan.upload[-1] == "sw.js" and stage(plan.upload[0]) == ASSETS
    assert plan.delete == ["p/gone/index.html", "assets/shop-9999999999.css"]
    assert plan.unchanged == 1 and stage("sitemap.xml") == PAGES and stage("sw.js") == LAST
    assert is_hashed("assets/shop-0123456789.css") and not is_hashed("img/icon-192.png")


def test_local_digests_read_only_changed_files(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    (site / "p").mkdir(parents=True)
    (site / "index.html").write_text("home")
    (site / "p" / "a.html").write_text("a")
    (site / ".weidian-export").write_text("the export's own")
    first = local_files(site, tmp_path / "digests")
    assert set(first) == {"index.html", "p/a.html"}
    read = []
    from weidian_desktop.publish import manifest

    real = manifest._digest
    monkeypatch.setattr(manifest, "_digest", lambda p: read.append(p) or real(p))
    (site / "p" / "a.html.new").write_text("A")
    (site / "p" / "a.html.new").replace(site / "p" / "a.html")  # as the export writes
    second = local_files(site, tmp_path / "digests")
    assert [Path(p) for p in read] == [site / "p" / "a.html"]
    assert second["index.html"] == first["index.html"]
