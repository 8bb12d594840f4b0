"""Faults: a connection cut mid-upload leaves a whole shop online and the next publish
finishes it; refusals are one sentence naming the target, with nothing uploaded."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from weidian_desktop.core.shop import update_shop
from weidian_desktop.core.store import ShopStore
from weidian_desktop.publish import (
    HostKeyUnknown,
    PublishError,
    Secrets,
    Target,
    run,
    work_dir_for,
)
from weidian_desktop.publish.backends import s3 as s3_backend
from weidian_desktop.publish.manifest import MANIFEST, parse_manifest

from . import servers
from .conftest import PASSWORD, broken_links, digests, trust
from .scenario import assert_mirrors, publish
from .test_live_targets import read_folder, s3_client, s3_files


def sftp_target(sshd: servers.Sshd, folder: Path, port: int | None = None) -> Target:
    return Target(f"sftp://{sshd.user}@127.0.0.1:{port or sshd.port}{folder}",
                  identity=str(sshd.client_key))


def one_sentence(exc: BaseException, target: Target) -> str:
    text = str(exc)
    assert text.count(". ") == 0 and text.endswith(".") and "\n" not in text, text
    assert target.url.split("@")[-1].split("/")[0] in text or target.url in text, text
    return text


def test_sftp_server_killed_mid_upload(shop: ShopStore, tmp_path: Path, home: Path,
                                       sshd: servers.Sshd,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    trust(home, sshd)
    www = tmp_path / "www"
    target = sftp_target(sshd, www)
    publish(shop, target)
    before = read_folder(www)
    monkeypatch.setattr(run, "CHECKPOINT_FILES", 25)  # the demo is small: record often
    update_shop(shop, theme_color="#1a6b3c")  # a new stylesheet: every page changes

    uploading = []

    def kill_midway(done: int, total: int, text: str) -> None:
        if text.startswith("Uploading"):
            uploading.append(total)
        if uploading and done == total // 2:  # half the files sent (past a checkpoint)
            sshd.kill()

    try:
        with pytest.raises(PublishError) as cut:
            publish(shop, target, progress=kill_midway)
        one_sentence(cut.value, target)
        assert "publish again" in str(cut.value)
        during = read_folder(www)
        assert broken_links(during) == []  # the previous shop, whole (pages old or new)
        assert any(during[p] != before[p] for p in before if p.endswith(".html"))
    finally:
        sshd.start()
    finish_later(shop, target, www, before)


def finish_later(shop: ShopStore, target: Target, www: Path, before: dict[str, bytes]) -> None:
    """The next publish sends only what the cut publish had not recorded as landed."""
    recorded = parse_manifest((www / MANIFEST).read_bytes())
    assert recorded is not None
    exported = digests(work_dir_for(shop, target) / "site")
    landed = {p for p, (digest, _size) in recorded.items() if exported.get(p) == digest
              and (p not in before or hashlib.sha256(before[p]).hexdigest() != digest)}
    assert landed  # the cut came after a checkpoint: some new files are recorded
    finish = publish(shop, target)
    assert finish.uploaded and not set(finish.uploaded) & landed
    assert_mirrors(shop, target, lambda: read_folder(www))


def test_sftp_cut_by_the_network(shop: ShopStore, tmp_path: Path, home: Path,
                                 sshd: servers.Sshd,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy that drops every connection part way: the publish stops with one
    sentence, the shop online stays whole, and a publish by another way finishes it."""
    trust(home, sshd)
    www = tmp_path / "www"
    direct = sftp_target(sshd, www)
    publish(shop, direct)
    before = read_folder(www)
    update_shop(shop, theme_color="#1a6b3c")
    monkeypatch.setattr(run, "CHECKPOINT_FILES", 25)
    plan = publish(shop, direct, dry_run=True)  # cut once 60% of what travels has gone
    site = work_dir_for(shop, direct) / "site"
    proxy = servers.CuttingProxy(sshd.port, limit=sum(
        (site / p).stat().st_size for p in plan.uploaded) * 6 // 10)
    with open(home / ".ssh" / "known_hosts", "a") as known:
        known.write(sshd.host_key_line.split("\n")[0].replace(str(sshd.port), str(proxy.port))
                    + "\n")
    via_proxy = sftp_target(sshd, www, port=proxy.port)
    try:
        with pytest.raises(PublishError) as cut:
            publish(shop, via_proxy)
    finally:
        proxy.stop()
    one_sentence(cut.value, via_proxy)
    assert 0 < cut.value.uploaded
    assert broken_links(read_folder(www)) == []
    finish_later(shop, direct, www, before)


@pytest.mark.slow  # three publishes to moto, one through the proxy: 5-20 s
def test_s3_cut_by_the_network(shop: ShopStore, s3: servers.S3Server,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    s3_client(s3.endpoint).create_bucket(Bucket="cut")
    port = int(s3.endpoint.rsplit(":", 1)[1])
    direct = Target("s3://cut", endpoint=s3.endpoint)
    publish(shop, direct)
    update_shop(shop, theme_color="#1a6b3c")
    monkeypatch.setattr(run, "CHECKPOINT_FILES", 25)
    monkeypatch.setattr(s3_backend, "ATTEMPTS", 1)  # no back-off: the network stays cut
    plan = publish(shop, direct, dry_run=True)
    site = work_dir_for(shop, direct) / "site"
    proxy = servers.CuttingProxy(port, limit=sum(
        (site / p).stat().st_size for p in plan.uploaded) * 6 // 10)
    via_proxy = Target("s3://cut", endpoint=f"http://127.0.0.1:{proxy.port}")
    try:
        with pytest.raises(PublishError) as cut:
            publish(shop, via_proxy)
    finally:
        proxy.stop()
    assert "127.0.0.1" in str(cut.value) or "s3://cut" in str(cut.value)
    assert broken_links(s3_files(s3.endpoint, "cut")) == []
    finish = publish(shop, direct)
    assert finish.uploaded
    assert_mirrors(shop, direct, lambda: s3_files(s3.endpoint, "cut"))


def test_wrong_password(shop: ShopStore, tmp_path: Path, home: Path,
                        sshd: servers.Sshd) -> None:
    trust(home, sshd)
    target = Target(f"sftp://{sshd.user}@127.0.0.1:{sshd.port}{tmp_path / 'www'}")
    secrets = Secrets(given={f"sftp://{sshd.user}@127.0.0.1:{sshd.port}": PASSWORD})
    with pytest.raises(PublishError) as refused:
        publish(shop, target, secrets=secrets)
    assert "refused the password" in one_sentence(refused.value, target)
    assert PASSWORD not in str(refused.value) and not (tmp_path / "www").exists()
    from keyring import get_password

    assert get_password("Weidian Desktop publish", next(iter(secrets.given))) is None


def test_unknown_host_key(shop: ShopStore, tmp_path: Path, sshd: servers.Sshd) -> None:
    target = Target(f"sftp://{sshd.user}@127.0.0.1:{sshd.port}{tmp_path / 'www'}",
                    identity=str(sshd.client_key))
    with pytest.raises(HostKeyUnknown) as unknown:
        publish(shop, target)
    expected = subprocess.run(["ssh-keygen", "-l", "-f", str(sshd.folder / "host_key.pub")],
                              capture_output=True, text=True, check=True).stdout.split()[1]
    assert unknown.value.fingerprint == expected  # what `ssh` would show
    assert expected in one_sentence(unknown.value, target)
    assert not (tmp_path / "www").exists()
    from weidian_desktop.publish.backends.sftp import trust_host_key

    trust_host_key(unknown.value)  # accepted: the next publish goes through
    assert publish(shop, target).uploaded


def test_changed_host_key_is_refused(shop: ShopStore, tmp_path: Path, home: Path,
                                     sshd: servers.Sshd) -> None:
    other = subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
                            str(tmp_path / "k")], check=True)
    assert other.returncode == 0
    fake = (tmp_path / "k.pub").read_text().split()
    (home / ".ssh" / "known_hosts").write_text(f"[127.0.0.1]:{sshd.port} {fake[0]} {fake[1]}\n")
    target = sftp_target(sshd, tmp_path / "www")
    with pytest.raises(PublishError, match="CHANGED"):
        publish(shop, target)
    assert not (tmp_path / "www").exists()


def test_read_only_sftp(shop: ShopStore, tmp_path: Path, home: Path,
                        sshd: servers.Sshd) -> None:
    trust(home, sshd)
    (tmp_path / "www").mkdir()
    target = sftp_target(sshd, tmp_path / "www", port=sshd.ro_port)
    with pytest.raises(PublishError) as refused:
        publish(shop, target)
    assert "does not let" in one_sentence(refused.value, target)
    assert list((tmp_path / "www").iterdir()) == []


def test_missing_bucket(shop: ShopStore, s3: servers.S3Server,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    target = Target("s3://no-such-bucket/shop", endpoint=s3.endpoint)
    with pytest.raises(PublishError) as missing:
        publish(shop, target)
    text = one_sentence(missing.value, target)
    assert "no-such-bucket does not exist" in text and "create it" in text


def test_read_only_git(shop: ShopStore, tmp_path: Path) -> None:
    repo = tmp_path / "shop.git"
    subprocess.run(["git", "init", "--bare", "-q", str(repo)], check=True)
    hook = repo / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'this repository is read-only' >&2\nexit 1\n")
    hook.chmod(0o755)
    target = Target(f"git+file://{repo}#gh-pages")
    with pytest.raises(PublishError) as refused:
        publish(shop, target)
    assert "does not let you push" in one_sentence(refused.value, target)
    assert subprocess.run(["git", "--git-dir", str(repo), "branch", "--list"],
                          capture_output=True, text=True).stdout == ""


def test_missing_git_repository(shop: ShopStore, tmp_path: Path) -> None:
    target = Target(f"git+file://{tmp_path / 'nowhere.git'}")
    with pytest.raises(PublishError) as missing:
        publish(shop, target)
    assert "does not exist" in one_sentence(missing.value, target)


def test_sftp_first_publish_replaces_files_already_there_by_rename(
        shop: ShopStore, tmp_path: Path, home: Path, sshd: servers.Sshd) -> None:
    # A folder that already serves a shop the manifest does not know (put there by another
    # tool, or its manifest lost): its pages are replaced whole, never rewritten in place.
    trust(home, sshd)
    www = tmp_path / "www"
    www.mkdir()
    (www / "index.html").write_text("<p>the shop before</p>")
    inode = (www / "index.html").stat().st_ino
    publish(shop, sftp_target(sshd, www))
    assert (www / "index.html").read_text() != "<p>the shop before</p>"
    assert (www / "index.html").stat().st_ino != inode  # a new file renamed over the old
    assert not list(www.rglob("*.wdpart"))
