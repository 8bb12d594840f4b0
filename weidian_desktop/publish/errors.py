"""The one error a publish reports: a sentence naming the target and what to do."""

from __future__ import annotations

from ..core.errors import WeidianError


class PublishError(WeidianError):
    """The target refused, could not be reached or failed half-way (the shop stays whole)."""

    def __init__(self, message: str, *, uploaded: int = 0) -> None:
        super().__init__(message)
        self.uploaded = uploaded  # files already on the target when it stopped


class HostKeyUnknown(PublishError):
    """First contact with an SSH server: the seller must check and accept its fingerprint."""

    def __init__(self, message: str, *, host: str, port: int, key_type: str, key_base64: str,
                 fingerprint: str) -> None:
        super().__init__(message)
        self.host, self.port = host, port
        self.key_type, self.key_base64, self.fingerprint = key_type, key_base64, fingerprint


class SecretNeeded(PublishError):
    """The target wants a password (or a key's passphrase) that nobody gave yet."""

    def __init__(self, message: str, *, account: str, prompt: str) -> None:
        super().__init__(message)
        self.account = account  # the keyring entry it goes to: sftp://user@host:port, …
        self.prompt = prompt  # "Password for me@example.com:"
