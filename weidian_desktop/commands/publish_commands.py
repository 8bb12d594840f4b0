"""The ``publish`` command: export the shop and bring a target up to date with it."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from ..core.i18n import _
from . import command_help
from .common import shop_argument

if TYPE_CHECKING:
    from ..core.store import ShopStore
    from ..publish import Target


def register(sub: argparse._SubParsersAction) -> None:
    publish = sub.add_parser(
        "publish", help=command_help("publish"),
        description=_("Export the shop and send what changed to TARGET: file:///folder, "
                    "sftp://user@host[:port]/path, s3://bucket/prefix (with --endpoint for "
                    "R2, OSS, COS, B2, MinIO) or git+URL#branch. The target is remembered in "
                    "the shop file (never a password: those come from the system keyring, "
                    "WEIDIAN_PUBLISH_PASSWORD, or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY)."))
    shop_argument(publish)
    publish.add_argument("target", metavar="TARGET", nargs="?", default=None,
                         help=_("where to publish; default: where this shop was published last"))
    publish.add_argument("--endpoint", metavar="URL", default=None,
                         help=_("s3: the S3-compatible service's address (default: AWS)"))
    publish.add_argument("--identity", metavar="KEYFILE", default=None,
                         help=_("sftp: the private key to log in with"))
    publish.add_argument("--public-read", action="store_true", default=None,
                         help=_("s3: make every object readable by anyone (public-read ACL)"))
    publish.add_argument("--region", metavar="NAME", default=None,
                         help=_("s3: the region to sign requests for (default: us-east-1)"))
    publish.add_argument("--dry-run", action="store_true",
                         help=_("list what would be uploaded and deleted; change nothing"))
    publish.set_defaults(func=cmd_publish)


def _target(args: argparse.Namespace, store: ShopStore) -> Target:
    from ..core.errors import ValidationError
    from ..publish import parse_target, remembered

    last = remembered(store)
    if args.target is None and last is None:
        raise ValidationError(_("{shop} has not been published yet; give a TARGET, such as "
                                "file:///media/usb/shop or sftp://me@example.com/www."
                                ).format(shop=store.path.name))
    target = parse_target(args.target) if args.target else parse_target(last.url)  # type: ignore[union-attr]
    if last is not None and last.url == target.url:  # the options it was given last time
        target = type(last).from_json({**last.to_json(), "url": target.url})
    for name in ("endpoint", "identity", "public_read", "region"):
        value = getattr(args, name)
        if value is not None:
            setattr(target, name, value)
    return target


def _ask(question: str) -> bool:
    print(question, end=" ", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def cmd_publish(args: argparse.Namespace) -> int:
    from ..core.errors import ShopInUseError
    from ..core.store import ShopStore
    from ..publish import HostKeyUnknown, SecretNeeded, Secrets, publish_shop, remember
    from ..publish.backends.sftp import trust_host_key

    writable = True
    try:
        store = ShopStore.open(args.shop)
    except ShopInUseError:  # open in the app: publish all the same, remember nothing
        store, writable = ShopStore.open(args.shop, read_only=True), False
    interactive = sys.stdin.isatty() and sys.stderr.isatty()
    secrets = Secrets()
    shown = [""]

    def progress(done: int, total: int, text: str) -> None:
        if not sys.stderr.isatty():
            return
        if text:
            shown[0] = text
        count = f" {done:,}/{total:,}" if total else ""
        print(f"\r{shown[0]}{count}\033[K", end="", file=sys.stderr, flush=True)

    with store:
        target = _target(args, store)
        while True:
            try:
                result = publish_shop(store, target, secrets=secrets, dry_run=args.dry_run,
                                      progress=progress)
                break
            except HostKeyUnknown as unknown:
                if not interactive:
                    raise
                print(file=sys.stderr)
                if not _ask(_("{host} is not yet known; its key's fingerprint is "
                              "{fingerprint}. Trust it and remember it in ~/.ssh/known_hosts? "
                              "[y/N]").format(host=unknown.host, fingerprint=unknown.fingerprint)):
                    raise
                trust_host_key(unknown)
            except SecretNeeded as needed:
                if not interactive or needed.account in secrets.given:
                    raise
                print(file=sys.stderr)
                secrets.given[needed.account] = getpass.getpass(needed.prompt + " ")
            finally:
                if sys.stderr.isatty():
                    print("\r\033[K", end="", file=sys.stderr, flush=True)
        if writable and not args.dry_run:
            remember(store, target)
    if args.dry_run:
        for path in result.uploaded:
            print(_("upload {path}").format(path=path))
        for path in result.deleted:
            print(_("delete {path}").format(path=path))
    print(result.summary())
    if result.public_url and not args.dry_run:
        print(_("The shop is at {url}").format(url=result.public_url))
    return 0
