"""``weidian-desktop publish``: the summary line, the remembered target, --dry-run, errors
in one sentence, and no secret anywhere (shop file, export, target, output, tracebacks)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path

import pytest

from weidian_desktop.core.shop import get_setting
from weidian_desktop.core.store import ShopStore
from weidian_desktop.publish import PublishError, Secrets, Target

from . import servers
from .conftest import PASSWORD, retitle, trust
from .scenario import publish


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
                **(env or {}))
    return subprocess.run([sys.executable, "-m", "weidian_desktop", "publish", *args],
                          capture_output=True, text=True, env=full, timeout=300,
                          stdin=subprocess.DEVNULL)


@pytest.fixture
def shop_file(demo_cached: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.weidian"
    shutil.copy(demo_cached, path)
    return path


def test_publish_remember_dry_run(shop_file: Path, tmp_path: Path) -> None:
    www = tmp_path / "www"
    first = cli(str(shop_file), f"file://{www}")
    assert first.returncode == 0, first.stderr
    assert re.search(rf"^Published to file://{www}: \d{{3}} uploaded, 0 unchanged, 0 deleted\.$",
                     first.stdout, re.M), first.stdout
    count = int(re.search(r": (\d+) uploaded", first.stdout).group(1))  # type: ignore[union-attr]
    again = cli(str(shop_file))  # the remembered target
    assert f": 0 uploaded, {count:,} unchanged, 0 deleted." in again.stdout, again.stderr
    with ShopStore.open(shop_file) as store:
        assert get_setting(store, "publish.target") == {"url": f"file://{www}"}
        retitle(store, "ceramic-mug", "Changed, not yet published")
    before = {p: p.read_bytes() for p in www.rglob("*") if p.is_file()}
    dry = cli(str(shop_file), "--dry-run")
    assert dry.returncode == 0 and "upload p/ceramic-mug/index.html" in dry.stdout
    assert "nothing was changed" in dry.stdout
    assert {p: p.read_bytes() for p in www.rglob("*") if p.is_file()} == before


def test_errors_are_one_sentence(shop_file: Path, tmp_path: Path) -> None:
    for args, words in (([], "has not been published yet"),
                        (["ftp://example.com/www"], "is not one Weidian Desktop publishes to"),
                        (["sftp://me:hunter2@example.com/www"], "holds a password"),
                        (["s3://Bad_Bucket"], "lower case")):
        result = cli(str(shop_file), *args)
        assert result.returncode == 1, (args, result.stdout)
        assert words in result.stderr and result.stderr.count("\n") == 1, result.stderr
        assert "Traceback" not in result.stderr and "hunter2" not in result.stderr


def secret_texts(key: Path) -> list[bytes]:
    """The password, and every line of the private key's body (what must never leak)."""
    lines = [line.strip() for line in key.read_text().splitlines()
             if line.strip() and not line.startswith("-----")]
    return [PASSWORD.encode(), *(line.encode() for line in lines if len(line) > 16)]


def leaks(folder: Path, secrets: list[bytes], skip: set[Path]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and path not in skip and not path.is_symlink():
            data = path.read_bytes()
            found += [f"{path}: {s[:8]!r}" for s in secrets if s in data]
    return found


def test_no_secret_anywhere(shop_file: Path, tmp_path: Path, home: Path,
                            sshd: servers.Sshd) -> None:
    trust(home, sshd)
    www = tmp_path / "www"
    url = f"sftp://{sshd.user}@127.0.0.1:{sshd.port}{www}"
    env = {"HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"),
           "WEIDIAN_PUBLISH_PASSWORD": PASSWORD}
    refused = cli(str(shop_file), url, env=env)  # the password is wrong (root has none)
    assert refused.returncode == 1 and "refused the password" in refused.stderr
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    done = cli(str(shop_file), url, "--identity", str(sshd.client_key), env=env)
    assert done.returncode == 0, done.stderr
    assert re.search(r"^Published to sftp://.+: \d+ uploaded, 0 unchanged, 0 deleted\.$",
                     done.stdout, re.M)
    secrets = secret_texts(sshd.client_key)
    for output in (refused.stdout, refused.stderr, done.stdout, done.stderr):
        assert not [s for s in secrets if s.decode() in output]
    # The shop file, the export and its cache, the target, logs: nothing anywhere.
    skip = {sshd.client_key, sshd.folder / "client_key.pub", sshd.folder / "authorized_keys"}
    assert leaks(tmp_path, secrets, skip) == []
    assert www.is_dir() and (www / "index.html").is_file()


def test_no_secret_in_a_traceback(shop: ShopStore, tmp_path: Path, home: Path,
                                  sshd: servers.Sshd) -> None:
    trust(home, sshd)
    account = f"sftp://{sshd.user}@127.0.0.1:{sshd.port}"
    secrets = Secrets(given={account: PASSWORD})
    with pytest.raises(PublishError) as refused:
        publish(shop, Target(f"{account}{tmp_path / 'www'}"), secrets=secrets)
    text = "".join(traceback.format_exception(refused.value))
    assert PASSWORD not in text and PASSWORD not in repr(secrets)
    assert refused.value.__cause__ is None and refused.value.__suppress_context__


def test_first_contact_asks_in_a_terminal(shop_file: Path, tmp_path: Path, home: Path,
                                          sshd: servers.Sshd) -> None:
    """In a terminal, an unknown server's fingerprint is shown and the seller is asked;
    "y" adds it to ~/.ssh/known_hosts and the publish goes on."""
    import pty

    url = f"sftp://{sshd.user}@127.0.0.1:{sshd.port}{tmp_path / 'www'}"
    controller, terminal = pty.openpty()
    env = dict(os.environ, HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    process = subprocess.Popen([sys.executable, "-m", "weidian_desktop", "publish",
                                str(shop_file), url, "--identity", str(sshd.client_key)],
                               stdin=terminal, stderr=terminal, stdout=subprocess.PIPE,
                               env=env, text=True)
    os.close(terminal)
    shown = bytearray()

    def read_terminal() -> None:  # always drained: progress lines must not block the CLI
        while True:
            try:
                chunk = os.read(controller, 4096)
            except OSError:
                return
            if not chunk:
                return
            shown.extend(chunk)

    reader = threading.Thread(target=read_terminal, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while b"[y/N]" not in shown and time.monotonic() < deadline:
            time.sleep(0.05)
        assert b"[y/N]" in shown, bytes(shown)
        os.write(controller, b"y\n")
        out, _err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
        reader.join(5)
        os.close(controller)
    fingerprint = subprocess.run(["ssh-keygen", "-l", "-f", str(sshd.folder / "host_key.pub")],
                                 capture_output=True, text=True).stdout.split()[1]
    assert fingerprint.encode() in shown
    assert process.returncode == 0 and "uploaded, 0 unchanged" in out
    assert f"[127.0.0.1]:{sshd.port} ssh-ed25519" in (home / ".ssh" / "known_hosts").read_text()
