"""Publish tests: a home of their own (~/.ssh, the cache, the keyring), the demo shop with
its image variants cached, and the real servers (sshd, moto's S3) once per module."""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from weidian_desktop.core.products import find_product, update_product
from weidian_desktop.core.store import ShopStore

from . import servers

pytest.register_assert_rewrite("publish.scenario", "tests.publish.scenario")

NOW = "2026-11-25T00:00:00Z"  # drops and posts decided by a fixed clock: same pages each run
PASSWORD = "correct horse battery staple 7Q!"  # what the secret-leak tests look for


class MemoryKeyring:
    """A keyring backend in memory (the machine's own must not be touched by tests)."""

    priority = 1

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.items.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.items[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        self.items.pop((service, user), None)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """HOME (for ~/.ssh/known_hosts), the cache folder and the keyring, all throw-away."""
    import keyring
    from keyring.backend import KeyringBackend

    folder = tmp_path / "home"
    (folder / ".ssh").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder / ".cache"))
    for name in ("WEIDIAN_PUBLISH_PASSWORD", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                 "AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"):
        monkeypatch.delenv(name, raising=False)
    backend = type("TestKeyring", (MemoryKeyring, KeyringBackend), {})()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield folder
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def demo_cached(demo_shop: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the demo shop whose image variants are cached (an export takes ~1 s, not
    8): exported once, so each test's copy exports fast."""
    from weidian_desktop.export import export_shop

    folder = tmp_path_factory.mktemp("publish-demo")
    path = folder / "demo.weidian"
    shutil.copy(demo_shop, path)
    export_shop(path, folder / "site", now=NOW)
    return path


@pytest.fixture
def shop(demo_cached: Path, tmp_path: Path) -> Iterator[ShopStore]:
    """A copy of the demo shop, open."""
    path = tmp_path / "demo.weidian"
    shutil.copy(demo_cached, path)
    store = ShopStore.open(path)
    yield store
    store.close()


@pytest.fixture(scope="module")
def sshd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[servers.Sshd]:
    if not servers.sshd_available():
        pytest.fail("OpenSSH's sshd is missing: scripts/setup installs openssh-server")
    server = servers.start_sshd(tmp_path_factory.mktemp("sshd"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def s3() -> Iterator[servers.S3Server]:
    server = servers.start_s3()
    yield server
    server.stop()


def trust(home: Path, server: servers.Sshd) -> None:
    (home / ".ssh" / "known_hosts").write_text(server.host_key_line + "\n")


def retitle(store: ShopStore, slug: str, title: str) -> None:
    product = find_product(store, slug)
    product.title = title
    update_product(store, product)


def unpublish(store: ShopStore, slug: str) -> None:
    product = find_product(store, slug)
    product.status = "draft"
    update_product(store, product)


def digests(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` but the hidden bookkeeping at its top, by SHA-256."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.rglob("*") if p.is_file()
            and not p.relative_to(folder).parts[0].startswith(".")}


_REF = re.compile(r'(?:src|href)="([^"#?]+)|srcset="([^"]+)"')


def broken_links(files: dict[str, bytes]) -> list[str]:
    """Each page's links to the files it loads (styles, scripts, images, icons, the web app
    manifest) that the target does not hold; links to other pages are the export's
    business, not the publish's."""
    missing = []
    for path, data in files.items():
        if not path.endswith(".html"):
            continue
        base = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
        for single, srcset in _REF.findall(data.decode("utf-8")):
            refs = [single] if single else [part.split()[0] for part in srcset.split(",")]
            for ref in refs:
                if (not ref or ":" in ref or ref.startswith(("/", "mailto"))
                        or ref.endswith((".html", "/"))):
                    continue
                resolved = _resolve(base, ref)
                if resolved is not None and resolved not in files:
                    missing.append(f"{path} -> {ref}")
    return missing


def _resolve(base: str, ref: str) -> str | None:
    parts = (base + ref).split("/")
    out: list[str] = []
    for part in parts:
        if part == "..":
            if not out:
                return None
            out.pop()
        elif part not in (".", ""):
            out.append(part)
    path = "/".join(out)
    return path + "/index.html" if ref.endswith("/") else path
