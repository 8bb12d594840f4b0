"""What every kind of target offers the publish: read the manifest, send and delete files."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from pathlib import Path

from ..target import Target, redact

Done = Callable[[str], None]  # called with each path once the target has it for certain


class Backend(ABC):
    """A connection to one target. Every file is replaced atomically (a buyer sees the old
    file or the new one, never half of one); errors are PublishError sentences."""

    # Whether listing() costs little enough to check the whole manifest on every publish.
    cheap_listing = True

    def __init__(self, target: Target) -> None:
        self.target = target
        self.label = redact(target.url)

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @abstractmethod
    def connect(self) -> None:
        """Reach the target and log in; the target's folder, bucket or branch must exist."""

    @abstractmethod
    def read(self, path: str) -> bytes | None:
        """A small file from the target (the manifest), None when there is none."""

    @abstractmethod
    def listing(self, folders: Sequence[str] | None = None) -> dict[str, int]:
        """Sizes of the files the target holds (under ``folders`` only, when given)."""

    @abstractmethod
    def upload(self, files: Sequence[tuple[str, Path]], done: Done,
               in_place: bool = False) -> None:
        """Send ``files`` (target path, local file), calling ``done`` for each as it lands.

        ``in_place``: the files are new and nothing on the target links to them yet, so
        they may be written straight to their names (a cut leaves a part nobody loads,
        and the next publish sends it again: it is not in the manifest)."""

    @abstractmethod
    def delete(self, paths: Sequence[str], done: Done) -> None:
        """Remove ``paths``, calling ``done`` for each (a path already gone counts as done)."""

    @abstractmethod
    def write(self, path: str, data: bytes) -> None:
        """Write a small file (the manifest) atomically."""

    def probe(self) -> None:
        """Check that the target takes writes (Test connection), leaving nothing behind."""
        name = ".weidian-publish-probe"
        self.write(name, b"probe\n")
        self.delete([name], lambda _path: None)

    def finish(self, message: str) -> None:
        """Make the publish visible where that is one step (git: commit and push)."""
        return None

    def close(self) -> None:
        """Let go of the connection (safe to call twice, and after a failure)."""
        return None
