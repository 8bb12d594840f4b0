"""Put the exported shop online: a folder, SFTP, S3-compatible storage or a git branch.

``publish_shop(store, target)`` exports, compares with the manifest kept on the target and
sends only what changed, in an order that never shows a buyer a page with missing parts.
"""

from .errors import HostKeyUnknown, PublishError, SecretNeeded
from .run import PublishResult, check_target, publish_shop, work_dir_for
from .secrets import Secrets
from .target import Target, parse_target, public_url, remember, remembered

__all__ = ["HostKeyUnknown", "PublishError", "PublishResult", "SecretNeeded", "Secrets",
           "Target", "check_target", "parse_target", "public_url", "publish_shop", "remember",
           "remembered", "work_dir_for"]
