"""One module per kind of target; ``open_backend`` picks it from the target's URL."""

from __future__ import annotations

from ..secrets import Secrets
from ..target import Target
from .base import Backend


def open_backend(target: Target, secrets: Secrets, work_dir) -> Backend:
    """The backend for ``target`` (not yet connected; its libraries load only here)."""
    scheme = target.scheme
    if scheme == "file":
        from .folder import FolderBackend

        return FolderBackend(target)
    if scheme == "sftp":
        from .sftp import SftpBackend

        return SftpBackend(target, secrets)
    if scheme == "s3":
        from .s3 import S3Backend

        return S3Backend(target, secrets)
    from .git import GitBackend

    return GitBackend(target, work_dir)


__all__ = ["Backend", "open_backend"]
