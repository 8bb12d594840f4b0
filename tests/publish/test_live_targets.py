"""Each kind of target against a real server on 127.0.0.1: a folder, OpenSSH's sshd,
moto's S3 server, a bare git repository."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import boto3
import pytest

from weidian_desktop.core.store import ShopStore
from weidian_desktop.publish import Target

from . import servers
from .conftest import trust
from .scenario import Md5, run_story

HIDDEN = (".weidian-publish", ".nojekyll")


def read_folder(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and p.name not in HIDDEN}


def test_folder(shop: ShopStore, tmp_path: Path) -> None:
    www = tmp_path / "www"
    run_story(shop, Target(f"file://{www}"), lambda: read_folder(www))


def test_sftp(shop: ShopStore, tmp_path: Path, home: Path, sshd: servers.Sshd) -> None:
    trust(home, sshd)
    www = tmp_path / "www"
    target = Target(f"sftp://{sshd.user}@127.0.0.1:{sshd.port}{www}",
                    identity=str(sshd.client_key))
    run_story(shop, target, lambda: read_folder(www))
    assert not list(www.rglob("*.wdpart"))  # every temporary name renamed or removed


def s3_files(endpoint: str, bucket: str, prefix: str = "") -> dict[str, bytes]:
    """The bucket's pages (their bytes: their links are checked) and every other object by
    its ETag, the MD5 of what was PUT (one listing instead of hundreds of GETs)."""
    client = s3_client(endpoint)
    out: dict[str, bytes] = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for item in page.get("Contents", ()):
            path = item["Key"][len(prefix):]
            if path in HIDDEN:
                continue
            if path.endswith(".html"):
                out[path] = client.get_object(Bucket=bucket, Key=item["Key"])["Body"].read()
            else:
                out[path] = Md5(item["ETag"].strip('"'))  # type: ignore[assignment]
    return out


def s3_client(endpoint: str) -> Any:
    return boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                        aws_access_key_id="test", aws_secret_access_key="test")


@pytest.mark.slow  # moto answers each of ~600 requests in this process: 5-10 s
def test_s3(shop: ShopStore, s3: servers.S3Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    client = s3_client(s3.endpoint)
    client.create_bucket(Bucket="shop-story")
    target = Target("s3://shop-story/site", endpoint=s3.endpoint)
    run_story(shop, target, lambda: s3_files(s3.endpoint, "shop-story", "site/"))
    # Content types and caching: hashed assets for a year, pages and sw.js revalidated.
    keys = [k["Key"] for k in client.list_objects_v2(Bucket="shop-story")["Contents"]]
    css = next(k for k in keys if k.startswith("site/assets/shop-") and k.endswith(".css"))
    head = client.head_object(Bucket="shop-story", Key=css)
    assert head["ContentType"].startswith("text/css")
    assert head["CacheControl"] == "public, max-age=31536000, immutable"
    image = next(k for k in keys if k.startswith("site/img/") and k.endswith(".webp"))
    assert client.head_object(Bucket="shop-story", Key=image)["CacheControl"].endswith(
        "immutable")
    for key, kind in (("site/index.html", "text/html"), ("site/sw.js", "text/javascript")):
        head = client.head_object(Bucket="shop-story", Key=key)
        assert head["ContentType"].startswith(kind) and head["CacheControl"] == "no-cache"


def git(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout


def git_files(repo: Path, branch: str) -> dict[str, bytes]:
    names = git("--git-dir", str(repo), "ls-tree", "-r", "--name-only", branch).splitlines()
    return {name: subprocess.run(["git", "--git-dir", str(repo), "cat-file", "blob",
                                  f"{branch}:{name}"], check=True, capture_output=True).stdout
            for name in names if name not in HIDDEN}


def test_git(shop: ShopStore, tmp_path: Path) -> None:
    repo = tmp_path / "shop.git"
    git("init", "--bare", "-q", str(repo))
    target = Target(f"git+file://{repo}#pages")
    run_story(shop, target, lambda: git_files(repo, "pages"))
    log = git("--git-dir", str(repo), "log", "--format=%s", "pages").splitlines()
    assert len(log) == 3  # one commit per publish that changed something; none forced
    assert all(line.startswith("Published to git+file://") for line in log)
    assert git("--git-dir", str(repo), "cat-file", "-t", "pages:.nojekyll").strip() == "blob"
