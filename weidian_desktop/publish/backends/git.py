"""git+URL#branch: a branch of a git repository for GitHub, Gitee or Codeberg Pages.

Works with the ``git`` binary in a bare repository of its own (this computer's cache): the
branch's tip is fetched (one commit deep), the new tree is the old one with the changed
files' blobs put in and the gone ones taken out (a temporary index: no checkout), and one
commit per publish is pushed on top of the tip, never forced. The push is atomic: a cut
leaves the branch as it was, and the next publish starts again from it.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from ...core.i18n import _
from ..errors import PublishError
from ..target import Target, git_address
from .base import Backend, Done

TRACKING = "refs/weidian/published"
ZERO = "0" * 40
# GitHub Pages runs Jekyll unless told not to; the shop is already a finished site.
EXTRA = {".nojekyll": b""}


class GitBackend(Backend):
    """Stages files as blobs in a local bare repository; ``finish`` commits and pushes."""

    cheap_listing = True  # the tree is local after the fetch

    def __init__(self, target: Target, work_dir: Path) -> None:
        super().__init__(target)
        self.address = git_address(target)
        self.repo = work_dir / "git"
        self.index = work_dir / "git-index"
        self.tip: str | None = None
        self.changed = False

    def _git(self, *args: str, input: bytes | None = None, remote: bool = False) -> str:
        env = dict(os.environ, GIT_DIR=str(self.repo), GIT_INDEX_FILE=str(self.index),
                   LC_ALL="C")
        env.setdefault("GIT_AUTHOR_NAME", "Weidian Desktop")
        env.setdefault("GIT_AUTHOR_EMAIL", "publish@weidian-desktop.invalid")
        env.setdefault("GIT_COMMITTER_NAME", env["GIT_AUTHOR_NAME"])
        env.setdefault("GIT_COMMITTER_EMAIL", env["GIT_AUTHOR_EMAIL"])
        if remote and not sys.stdin.isatty():  # no prompt nobody can answer: fail instead
            env["GIT_TERMINAL_PROMPT"] = "0"
            env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
        try:
            done = subprocess.run(["git", *args], input=input, capture_output=True, env=env,
                                  timeout=600 if remote else 120, check=False)
        except FileNotFoundError:
            raise PublishError(_("Publishing to {target} needs the git program; install git "
                                 "and publish again.").format(target=self.label)) from None
        except subprocess.TimeoutExpired:
            raise PublishError(_("git did not finish talking to {target}; check your "
                                 "connection and publish again.").format(target=self.label)
                               ) from None
        if done.returncode != 0:
            raise self._refused(done.stderr.decode("utf-8", "replace"), remote)
        return done.stdout.decode("utf-8", "surrogateescape")

    def _refused(self, stderr: str, remote: bool) -> PublishError:
        where = {"target": self.label, "branch": self.address.branch}
        text = stderr.lower()
        if any(s in text for s in ("non-fast-forward", "fetch first", "[rejected]")):
            return PublishError(_("The branch {branch} of {target} changed while publishing "
                                  "(someone else published); publish again.").format(**where))
        if any(s in text for s in ("not found", "does not appear to be a git repository",
                                   "no such file", "not a git repository")):
            return PublishError(_("The repository of {target} does not exist; create it, or "
                                  "correct the target.").format(**where))
        if any(s in text for s in ("permission denied", "authentication failed",
                                   "could not read username", "access denied", "403",
                                   "pre-receive hook declined", "[remote rejected]",
                                   "read-only", "hook declined")):
            return PublishError(_("{target} does not let you push to the branch {branch}; "
                                  "check that your account (or git's stored credentials) may "
                                  "write to the repository.").format(**where))
        if remote:
            return PublishError(_("git could not reach {target}; check the address and your "
                                  "connection, then publish again.").format(**where))
        line = stderr.strip().splitlines()[-1] if stderr.strip() else "?"
        return PublishError(_("git failed for {target} ({reason}); publish again.").format(
            reason=_scrub(line), **where))

    def connect(self) -> None:
        if not (self.repo / "HEAD").is_file():
            self.repo.mkdir(parents=True, exist_ok=True)
            self._git("init", "--bare", "-q")
        branch = f"refs/heads/{self.address.branch}"
        heads = self._git("ls-remote", "--", self.address.remote, branch, remote=True)
        tip = next((line.split("\t")[0] for line in heads.splitlines()
                    if line.endswith("\t" + branch)), None)
        if tip is not None:
            have = subprocess.run(["git", "cat-file", "-e", f"{tip}^{{commit}}"],
                                  env=dict(os.environ, GIT_DIR=str(self.repo)),
                                  capture_output=True, check=False).returncode == 0
            if not have:
                self._git("fetch", "-q", "--depth=1", "--no-tags", "--", self.address.remote,
                          f"+{branch}:{TRACKING}", remote=True)
            self._git("read-tree", tip)
        else:
            self._git("read-tree", "--empty")
        self.tip = tip

    def read(self, path: str) -> bytes | None:
        if self.tip is None:
            return None
        try:
            return self._git_bytes("cat-file", "blob", f"{self.tip}:{path}")
        except PublishError:
            return None

    def _git_bytes(self, *args: str) -> bytes:
        env = dict(os.environ, GIT_DIR=str(self.repo))
        done = subprocess.run(["git", *args], capture_output=True, env=env, check=False)
        if done.returncode != 0:
            raise self._refused(done.stderr.decode("utf-8", "replace"), False)
        return done.stdout

    def listing(self, folders: Sequence[str] | None = None) -> dict[str, int]:
        if self.tip is None:
            return {}
        out = self._git_bytes("ls-tree", "-r", "-l", "-z", "--full-tree", self.tip)
        sizes = {}
        for record in out.split(b"\0"):
            if record:
                meta, _tab, name = record.partition(b"\t")
                size = meta.split()[-1]
                sizes[name.decode("utf-8", "surrogateescape")] = int(size) if size.isdigit() \
                    else 0
        return sizes

    def _stage(self, entries: list[tuple[str, str]]) -> None:
        lines = "".join(f"100644 {blob}\t{path}\n" if blob != ZERO else f"0 {ZERO}\t{path}\n"
                        for path, blob in entries)
        self._git("update-index", "--index-info", input=lines.encode("utf-8"))
        self.changed = True

    def upload(self, files: Sequence[tuple[str, Path]], done: Done,
               in_place: bool = False) -> None:
        if not files:
            return
        paths = "".join(f"{source}\n" for _path, source in files).encode("utf-8")
        blobs = self._git("hash-object", "-w", "--no-filters", "--stdin-paths",
                          input=paths).split()
        self._stage([(path, blob) for (path, _source), blob in zip(files, blobs, strict=True)])
        for path, _source in files:
            done(path)

    def write(self, path: str, data: bytes) -> None:
        blob = self._git("hash-object", "-w", "--no-filters", "--stdin", input=data).strip()
        self._stage([(path, blob)])

    def delete(self, paths: Sequence[str], done: Done) -> None:
        if paths:
            self._stage([(path, ZERO) for path in paths])
        for path in paths:
            done(path)

    def probe(self) -> None:
        """Check that the branch takes a push, without changing it: a dry-run push."""
        if self.tip is not None:
            self._git("push", "--dry-run", "-q", "--", self.address.remote,
                      f"{self.tip}:refs/heads/{self.address.branch}", remote=True)

    def finish(self, message: str) -> None:
        if not self.changed:
            return
        for path, data in EXTRA.items():
            if self.tip is None or self.read(path) is None:
                self.write(path, data)
        tree = self._git("write-tree").strip()
        parents = ["-p", self.tip] if self.tip else []
        commit = self._git("commit-tree", tree, *parents, "-m", message).strip()
        self._git("push", "-q", "--", self.address.remote,
                  f"{commit}:refs/heads/{self.address.branch}", remote=True)
        self._git("update-ref", TRACKING, commit)
        self.tip = commit
        self.changed = False


def _scrub(text: str) -> str:
    """git's message without a user:password@ a URL may carry."""
    return re.sub(r"//[^/@\s]+@", "//", text)
