"""Publish targets: one URL each (file, sftp, s3, git+…), remembered per shop without secrets.

A target is what the seller types (``sftp://me@host/www``) plus the options a URL cannot
carry well (the S3 endpoint, the SSH key file, public-read). It is kept in the shop file's
settings so the next publish needs no arguments; passwords and keys never are (secrets.py).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..core.i18n import _
from ..core.shop import get_setting, set_setting
from ..core.store import ShopStore
from .errors import PublishError

SETTING = "publish.target"
SCHEMES = ("file", "sftp", "s3", "git")
DEFAULT_BRANCH = "gh-pages"


@dataclass
class Target:
    """Where a shop is published: the URL and its options (nothing secret)."""

    url: str
    endpoint: str = ""  # s3: the S3-compatible service's address (empty: AWS)
    identity: str = ""  # sftp: a private key file
    public_read: bool = False  # s3: give every object the public-read ACL
    region: str = ""  # s3: the signing region (empty: the endpoint's default)

    @property
    def scheme(self) -> str:
        return scheme_of(self.url)

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Target:
        known = {k: data[k] for k in ("url", "endpoint", "identity", "public_read", "region")
                 if k in data}
        return cls(**known)


def scheme_of(url: str) -> str:
    head = url.split(":", 1)[0].lower()
    return "git" if head.startswith("git+") else head


@dataclass
class SftpAddress:
    user: str
    host: str
    port: int
    path: str

    @property
    def key(self) -> str:
        """Names the account in the keyring: sftp://user@host:port."""
        return f"sftp://{self.user}@{self.host}:{self.port}"


@dataclass
class S3Address:
    bucket: str
    prefix: str  # "" or "shop/" (always ending in a slash)


@dataclass
class GitAddress:
    remote: str  # what git is given: https://…, ssh://…, git@host:path, /path, file://…
    branch: str


def _refuse_password(url: str, password: str | None) -> None:
    if password:
        raise PublishError(_("The target {target} holds a password; remove it from the "
                             "address (you are asked for it, and it is kept in the system "
                             "keyring).").format(target=redact(url)))


def redact(url: str) -> str:
    """The URL without a password (user:secret@ becomes user@), for messages and display."""
    return re.sub(r"(//[^/@:]+):[^/@]*@", r"\1@", url)


def parse_target(url: str) -> Target:
    """Check that ``url`` is a target we can publish to (it is not contacted here)."""
    url = url.strip()
    scheme = scheme_of(url)
    if scheme not in SCHEMES or ":" not in url:
        raise PublishError(_("The target {target} is not one Weidian Desktop publishes to; use "
                             "file:///folder, sftp://user@host/folder, s3://bucket/prefix or "
                             "git+https://host/owner/repo.git.").format(target=redact(url)))
    target = Target(url)
    {"file": file_path, "sftp": sftp_address, "s3": s3_address, "git": git_address}[scheme](
        target)
    return target


def file_path(target: Target) -> Path:
    parts = urlsplit(target.url)
    if parts.netloc not in ("", "localhost") or not parts.path.startswith("/"):
        raise PublishError(_("The target {target} must name a folder as file:///path/to/folder."
                             ).format(target=target.url))
    return Path(unquote(parts.path))


def sftp_address(target: Target) -> SftpAddress:
    parts = urlsplit(target.url)
    _refuse_password(target.url, parts.password)
    if not parts.hostname or not parts.username:
        raise PublishError(_("The target {target} must name a user and a host, as in "
                             "sftp://user@example.com/www.").format(target=redact(target.url)))
    try:
        port = parts.port or 22
    except ValueError:
        raise PublishError(_("The port in the target {target} is not a number from 1 to 65535."
                             ).format(target=redact(target.url))) from None
    # As curl has it: sftp://host/var/www is absolute, sftp://host/~/www under the login folder
    path = unquote(parts.path).rstrip("/")
    if path in ("", "/~"):
        path = "."
    elif path.startswith("/~/"):
        path = path[3:]
    return SftpAddress(unquote(parts.username), parts.hostname, port, path)


def s3_address(target: Target) -> S3Address:
    parts = urlsplit(target.url)
    _refuse_password(target.url, parts.password)
    bucket = parts.hostname or ""
    if not re.fullmatch(r"[a-z0-9][a-z0-9.\-]{1,61}[a-z0-9]", bucket) or parts.username:
        raise PublishError(_("The target {target} must be s3://bucket or s3://bucket/folder, "
                             "with the bucket's name in lower case.").format(
                                 target=redact(target.url)))
    prefix = unquote(parts.path).strip("/")
    return S3Address(bucket, prefix + "/" if prefix else "")


def git_address(target: Target) -> GitAddress:
    rest = target.url[len("git+"):]
    remote, _sep, branch = rest.partition("#")
    if "://" in remote:
        _refuse_password(target.url, urlsplit(remote).password)
    if not remote or (remote.startswith("file://") and not urlsplit(remote).path):
        raise PublishError(_("The target {target} must name a repository, as in "
                             "git+https://github.com/owner/repo.git#gh-pages.").format(
                                 target=redact(target.url)))
    branch = branch or DEFAULT_BRANCH
    if not re.fullmatch(r"[A-Za-z0-9._/-]+", branch) or ".." in branch:
        raise PublishError(_("The branch {branch} in the target {target} is not a branch name."
                             ).format(branch=branch, target=redact(target.url)))
    return GitAddress(remote, branch)


def public_url(target: Target) -> str:
    """The address buyers will open, where the target tells it (else "")."""
    scheme = target.scheme
    if scheme == "s3":
        s3 = s3_address(target)
        if target.endpoint:
            return f"{target.endpoint.rstrip('/')}/{s3.bucket}/{s3.prefix}"
        return f"https://{s3.bucket}.s3.amazonaws.com/{s3.prefix}"
    if scheme == "git":
        return _pages_url(git_address(target))
    return ""


# Where each forge serves a repository's pages branch: (host, default pages branch, domain)
_FORGES = {"github.com": "github.io", "gitee.com": "gitee.io", "codeberg.org": "codeberg.page"}


def _pages_url(git: GitAddress) -> str:
    match = (re.match(r"^(?:https?|ssh)://(?:[^@/]+@)?([^/:]+)(?::\d+)?/([^/]+)/([^/]+?)"
                      r"(?:\.git)?/?$", git.remote)
             or re.match(r"^(?:[^@/]+@)?([^/:]+):([^/]+)/([^/]+?)(?:\.git)?/?$", git.remote))
    if not match:
        return ""
    host, owner, repo = match.group(1).lower(), match.group(2), match.group(3)
    domain = _FORGES.get(host)
    if domain is None:
        return ""
    owner = owner.lower()
    if repo.lower() in (f"{owner}.{domain}", "pages"):  # the owner's own site
        return f"https://{owner}.{domain}/"
    return f"https://{owner}.{domain}/{repo}/"


def remembered(store: ShopStore) -> Target | None:
    """The target this shop was last published to, or None."""
    data = get_setting(store, SETTING)
    return Target.from_json(data) if isinstance(data, dict) and data.get("url") else None


def remember(store: ShopStore, target: Target) -> None:
    """Keep the target (never a secret: parse_target refuses URLs that carry one)."""
    if remembered(store) != target:
        set_setting(store, SETTING, target.to_json())
