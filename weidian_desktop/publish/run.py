"""publish_shop: export, compare with the target's manifest, send what changed, buyer-safe.

The target's manifest only ever names files the target holds for certain: it is rewritten
after each wave of uploads (and every few hundred files), so a publish cut anywhere is
finished by the next one, which sends only what is still missing.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import Cancelled
from ..core.i18n import _
from ..core.progress import CancelFn, ProgressFn, check_cancel, report
from ..core.shop import get_shop
from ..core.store import ShopStore
from .backends import Backend, open_backend
from .errors import PublishError
from .manifest import MANIFEST, Files, local_files, manifest_bytes, parse_manifest
from .plan import ASSETS, LAST, PAGES, Plan, make_plan, stage
from .secrets import Secrets
from .target import Target, public_url

BATCH = 256  # files handed to the backend at once: Cancel is noticed between batches
CHECKPOINT_FILES = 500  # the manifest is rewritten after this many files…
CHECKPOINT_SECONDS = 10.0  # …or this long, whichever comes first
SPOT_CHECK = ("assets",)  # where a costly-to-list target's manifest is checked each time


@dataclass
class PublishResult:
    """What a publish did (or, dry, would do) to its target."""

    target: str  # the target as shown (never a password)
    uploaded: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    public_url: str = ""
    dry_run: bool = False
    bytes_sent: int = 0
    seconds: float = 0.0
    export_seconds: float = 0.0

    def summary(self) -> str:
        """``Published to TARGET: 12 uploaded, 3,201 unchanged, 1 deleted.``"""
        counts = {"target": self.target, "uploaded": f"{len(self.uploaded):,}",
                  "unchanged": f"{self.unchanged:,}", "deleted": f"{len(self.deleted):,}"}
        if self.dry_run:
            return _("Dry run for {target}: {uploaded} to upload, {unchanged} unchanged, "
                     "{deleted} to delete; nothing was changed.").format(**counts)
        return _("Published to {target}: {uploaded} uploaded, {unchanged} unchanged, "
                 "{deleted} deleted.").format(**counts)


def work_dir_for(store: ShopStore, target: Target) -> Path:
    """This computer's copy of what is published: the export and the digests of its files
    (in the user's cache folder: it can always be made again)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    key = hashlib.sha256(f"{store.path.resolve()}\n{target.url}".encode()).hexdigest()[:16]
    return base / "weidian-desktop" / "publish" / key


def publish_shop(store: ShopStore, target: Target, *, secrets: Secrets | None = None,
                 dry_run: bool = False, progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None, work_dir: Path | None = None,
                 now: str | None = None, base_url: str | None = None,
                 export: Callable[..., object] | None = None) -> PublishResult:
    """Export the shop and bring ``target`` up to date with it (see the module's doc).

    ``base_url`` (else the shop's, else the one the target implies) goes into the export.
    Raises PublishError (one sentence) or Cancelled; either way the target still serves a
    whole shop, and the next publish finishes the work.
    """
    from ..export import export_shop  # late: Jinja and Pillow only when exporting

    started = time.perf_counter()
    secrets = secrets or Secrets()
    work = work_dir or work_dir_for(store, target)
    base_url = base_url or get_shop(store).base_url or public_url(target)
    result = PublishResult(target=_label(target), public_url=base_url, dry_run=dry_run)
    with open_backend(target, secrets, work) as backend:
        report(progress, 0, 0, _("Connecting to {target}…").format(target=result.target))
        backend.connect()
        report(progress, 0, 0, _("Exporting the shop…"))
        t0 = time.perf_counter()
        exported = (export or export_shop)(store, work / "site", base_url=base_url or None,
                                progress=lambda d, t, _text: report(progress, d, t, ""),
                                cancel=cancel, now=now)
        result.export_seconds = time.perf_counter() - t0
        local = local_files(work / "site", work / "digests", exported)
        raw = backend.read(MANIFEST)
        remote = _remote_state(backend, parse_manifest(raw))
        plan = make_plan(local, remote)
        result.unchanged = plan.unchanged
        if dry_run:
            result.uploaded, result.deleted = plan.upload, plan.delete
        else:
            _Sync(backend, work / "site", local, remote, plan, result, progress,
                  cancel).run(raw)
    result.seconds = time.perf_counter() - started
    return result


def _label(target: Target) -> str:
    from .target import redact

    return redact(target.url)


def _remote_state(backend: Backend, manifest: Files | None) -> Files:
    """What the target holds by the manifest, checked against the target's own listing:
    everything where listing is cheap, else the assets (the files every page needs)."""
    if manifest is None:  # first publish, or a manifest cut short: send everything
        return {}
    scope = None if backend.cheap_listing else SPOT_CHECK
    sizes = backend.listing(scope)
    prefixes = tuple(f + "/" for f in scope or ())
    checked = manifest if scope is None else {
        p: v for p, v in manifest.items() if p.startswith(prefixes)}
    if scope is not None and any(sizes.get(p) != size for p, (_d, size) in checked.items()):
        sizes, checked = backend.listing(None), manifest  # in doubt: check all of it
    state = dict(manifest)
    for path, (_digest, size) in checked.items():
        held = sizes.get(path)
        if held is None:
            del state[path]  # gone from the target: sent again if still exported
        elif held != size:
            state[path] = ("", held)  # changed behind our back: sent again, or deleted
    return state


class _Sync:
    """Carries out a plan wave by wave, keeping the target's manifest true at every step."""

    def __init__(self, backend: Backend, site: Path, local: Files, remote: Files, plan: Plan,
                 result: PublishResult, progress: ProgressFn | None,
                 cancel: CancelFn | None) -> None:
        self.backend, self.site, self.local, self.plan = backend, site, local, plan
        self.state = dict(remote)  # what the target holds for certain, as it changes
        self.result, self.progress, self.cancel = result, progress, cancel
        self.total = len(plan.upload) + len(plan.delete)
        self.done = 0
        self.since_checkpoint = 0
        self.last_checkpoint = time.monotonic()

    def run(self, raw: bytes | None) -> None:
        label = self.result.target
        text = _("Uploading to {target}…").format(target=label)
        report(self.progress, 0, self.total, text)
        try:
            for wave in (ASSETS, PAGES, LAST):
                paths = [p for p in self.plan.upload if stage(p) == wave]
                # New files first, straight to their names (one request less each): nothing
                # online links them yet. They are recorded before anything that may link
                # them is sent, so a file online pages link is never rewritten in place.
                fresh = [p for p in paths if p not in self.state] if wave != LAST else []
                known = [p for p in paths if p in self.state or wave == LAST]
                self._upload(fresh, in_place=True)
                if fresh and self.since_checkpoint:
                    self._checkpoint()
                self._upload(known)
            if self.since_checkpoint:  # then the manifest, before any deletion
                self._checkpoint()
            # The manifest still names the files about to go: a cut during the deletions
            # leaves them listed, and the next publish deletes them.
            self._delete(self.plan.delete)
        except (Cancelled, PublishError, OSError, EOFError) as exc:
            self._salvage()
            if isinstance(exc, Cancelled):
                raise Cancelled(_("Publishing stopped; the shop online is whole, and the next "
                                  "publish finishes the work.")) from None
            if isinstance(exc, PublishError):
                exc.uploaded = len(self.result.uploaded)
                raise
            raise PublishError(_("The connection to {target} broke after {count} of {total} "
                                 "files; the shop online is still whole: publish again to "
                                 "finish.").format(target=label, count=self.done,
                                                   total=self.total),
                               uploaded=len(self.result.uploaded)) from None
        if self.plan.delete or (raw is None and not self.plan.upload):
            self.backend.write(MANIFEST, manifest_bytes(self.state))
        if self.plan.changes:
            self.backend.finish(self.result.summary())

    def _tick(self) -> None:
        self.done += 1
        self.since_checkpoint += 1
        report(self.progress, self.done, self.total, "")

    def _upload(self, paths: list[str], in_place: bool = False) -> None:
        def landed(path: str) -> None:
            self.state[path] = self.local[path]
            self.result.uploaded.append(path)
            self.result.bytes_sent += self.local[path][1]
            self._tick()

        for start in range(0, len(paths), BATCH):
            check_cancel(self.cancel)  # run() words what a stop leaves online
            batch = paths[start:start + BATCH]
            self.backend.upload([(p, self.site / p) for p in batch], landed, in_place)
            # The manifest grows with the shop: recorded every tenth of it at least, so
            # recording costs a bounded share of the publish (not 60 rewrites of 3 MB).
            if (self.since_checkpoint >= max(CHECKPOINT_FILES, len(self.state) // 10)
                    or time.monotonic() - self.last_checkpoint > CHECKPOINT_SECONDS):
                self._checkpoint()

    def _delete(self, paths: list[str]) -> None:
        def gone(path: str) -> None:
            self.state.pop(path, None)
            self.result.deleted.append(path)
            self._tick()

        for start in range(0, len(paths), BATCH * 4):
            check_cancel(self.cancel)  # run() words what a stop leaves online
            self.backend.delete(paths[start:start + BATCH * 4], gone)

    def _checkpoint(self) -> None:
        self.backend.write(MANIFEST, manifest_bytes(self.state))
        self.since_checkpoint = 0
        self.last_checkpoint = time.monotonic()

    def _salvage(self) -> None:
        """After a failure or Cancel: record what did land, if the target still listens
        (if not, the manifest of the last checkpoint is still true, only less complete)."""
        if not self.since_checkpoint:
            return
        try:
            self._checkpoint()
        except Exception:  # the connection is gone: the last checkpoint stands
            pass


def check_target(store: ShopStore, target: Target, *, secrets: Secrets | None = None,
                 work_dir: Path | None = None) -> str:
    """Test connection: reach the target, log in, write and remove a small file; one
    sentence saying what the target holds. Raises PublishError like a publish would."""
    with open_backend(target, secrets or Secrets(), work_dir or work_dir_for(store, target)
                      ) as backend:
        backend.connect()
        held = parse_manifest(backend.read(MANIFEST))
        backend.probe()
    if held:
        return _("{target} answers and takes files; it holds {count} files published "
                 "before.").format(target=backend.label, count=f"{len(held):,}")
    return _("{target} answers and takes files; nothing has been published there yet."
             ).format(target=backend.label)
