"""Passwords and keys for publishing: given for this run, from the environment, or from the
operating system's keyring; never written to the shop file, the export, a log or a message.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field

SERVICE = "Weidian Desktop publish"
# SFTP passwords (and key passphrases) for scripts and CI; S3 keys come from the usual
# AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, which boto3 reads itself.
PASSWORD_ENV = "WEIDIAN_PUBLISH_PASSWORD"


def _keyring():
    try:
        import keyring
    except ImportError:  # the keyring package is optional at run time
        return None
    return keyring


# Any failure of the keyring (none installed, D-Bus gone, a locked collection) means "no
# keyring": a publish by key or from the environment must not stop for it.
def keyring_get(account: str) -> str | None:
    """The secret kept for ``account`` (None: none kept, or no keyring on this system)."""
    keyring = _keyring()
    try:
        return None if keyring is None else keyring.get_password(SERVICE, account)
    except Exception:
        return None


def keyring_set(account: str, secret: str) -> bool:
    """Keep ``secret`` in the system keyring; False when there is no usable keyring."""
    keyring = _keyring()
    try:
        if keyring is None:
            return False
        keyring.set_password(SERVICE, account, secret)
    except Exception:
        return False
    return True


def keyring_delete(account: str) -> None:
    keyring = _keyring()
    with contextlib.suppress(Exception):
        if keyring is not None:
            keyring.delete_password(SERVICE, account)


@dataclass
class Secrets:
    """The secrets of one publish: those typed for this run first, then the environment,
    then the keyring. ``remember`` keeps what was typed in the keyring once it worked."""

    given: dict[str, str] = field(default_factory=dict, repr=False)
    remember: bool = True
    use_environment: bool = True

    def get(self, account: str) -> str | None:
        if account in self.given:
            return self.given[account]
        if self.use_environment and os.environ.get(PASSWORD_ENV) and not account.startswith(
                "s3:"):
            return os.environ[PASSWORD_ENV]
        return keyring_get(account)

    def worked(self, account: str) -> None:
        """The secret for ``account`` was accepted: keep it if it was typed for this run."""
        if self.remember and account in self.given:
            keyring_set(account, self.given[account])

    def __repr__(self) -> str:  # never show a secret, even in a debugger or a traceback
        return f"Secrets(accounts={sorted(self.given)!r})"
