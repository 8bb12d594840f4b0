"""sftp://user@host[:port]/path: shared hosting and small servers, through paramiko.

The server's host key is checked against ~/.ssh/known_hosts as OpenSSH does; an unknown
one stops with HostKeyUnknown (the seller checks the fingerprint and accepts it, and it is
added there, as ``ssh`` would), a changed one is refused. Login by key (``--identity``),
by the default keys or the agent, or by password (secrets.py).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import posixpath
import socket
from collections.abc import Iterator, Sequence
from pathlib import Path

import paramiko
from paramiko.sftp import SFTP_NO_SUCH_FILE, SFTP_PERMISSION_DENIED

from ...core.i18n import _
from ..errors import HostKeyUnknown, PublishError, SecretNeeded
from ..secrets import Secrets
from ..target import Target, sftp_address
from .base import Backend, Done
from .sftp_pipe import Failure, Pipe, make_dirs, put_files, remove_files

TIMEOUT = 20.0  # seconds without an answer before the connection counts as cut
# AES-GCM first (OpenSSH's own order puts it before CTR): each packet is decrypted and
# checked in one C call, where CTR adds an HMAC made in Python for every packet.
FIRST_CIPHERS = ("aes128-gcm@openssh.com", "aes256-gcm@openssh.com")

# paramiko checks each incoming packet's MAC with a Python loop over its bytes; the C
# comparison is as constant-time and took a third of the reading thread's CPU in a big
# first publish (one packet for every two or three answers). Same result, same inputs.
paramiko.util.constant_time_bytes_eq = hmac.compare_digest  # type: ignore[assignment]


def known_hosts_file() -> Path:
    return Path(os.path.expanduser("~/.ssh/known_hosts"))


def host_spec(host: str, port: int) -> str:
    return host if port == 22 else f"[{host}]:{port}"


def fingerprint(key: paramiko.PKey) -> str:
    """OpenSSH's way of showing a key: ``SHA256:`` and the base64 of its digest."""
    digest = hashlib.sha256(key.asbytes()).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def trust_host_key(unknown: HostKeyUnknown) -> None:
    """Add the host key the seller accepted to ~/.ssh/known_hosts (as ``ssh`` does)."""
    path = known_hosts_file()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    line = f"{host_spec(unknown.host, unknown.port)} {unknown.key_type} {unknown.key_base64}\n"
    with open(path, "a", encoding="ascii") as handle:
        handle.write(line)


class SftpBackend(Backend):
    """Uploads over one SFTP channel with many requests in flight (sftp_pipe.py)."""

    cheap_listing = False  # a folder per product: listing them all takes a round trip each

    def __init__(self, target: Target, secrets: Secrets) -> None:
        super().__init__(target)
        self.address = sftp_address(target)
        self.secrets = secrets
        self.transport: paramiko.Transport | None = None
        self.sftp: paramiko.SFTPClient | None = None
        self.pipe: Pipe | None = None
        self._dirs: set[str] = set()

    # --- connecting ----------------------------------------------------------------------
    def connect(self) -> None:
        a = self.address
        try:
            sock = socket.create_connection((a.host, a.port), timeout=TIMEOUT)
        except socket.gaierror:
            raise PublishError(_("The host {host} of the target {target} is unknown; check "
                                 "its name.").format(host=a.host, target=self.label)) from None
        except TimeoutError:
            raise PublishError(_("{host} did not answer on port {port} (target {target}); "
                                 "check the host, the port and your connection.").format(
                                     host=a.host, port=a.port, target=self.label)) from None
        except OSError:
            raise PublishError(_("Nothing answers on {host} port {port} (target {target}); "
                                 "check the host and the port, or whether the server runs."
                                 ).format(host=a.host, port=a.port, target=self.label)
                               ) from None
        # Requests go out as small packets while answers are awaited: without this, Nagle's
        # algorithm meets the server's delayed ACKs and each batch stalls 40 ms.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        transport = paramiko.Transport(sock)
        self.transport = transport
        options = transport.get_security_options()
        options.ciphers = tuple(c for c in FIRST_CIPHERS if c in options.ciphers) + tuple(
            c for c in options.ciphers if c not in FIRST_CIPHERS)
        known = self._known_keys()
        if known:  # ask for a host key we can check, as OpenSSH does
            wanted = [t for t in options.key_types if t in known]
            if wanted:
                options.key_types = wanted
        try:
            transport.start_client(timeout=TIMEOUT)
        except (paramiko.SSHException, OSError, EOFError):
            raise PublishError(_("{host} port {port} does not speak SSH (target {target}); "
                                 "check the port.").format(host=a.host, port=a.port,
                                                           target=self.label)) from None
        self._check_host_key(transport.get_remote_server_key(), known)
        self._log_in(transport)
        transport.set_keepalive(15)
        with self._errors():
            self.sftp = paramiko.SFTPClient.from_transport(transport)
            assert self.sftp is not None
            channel = self.sftp.get_channel()
            assert channel is not None  # an SFTP client made from a transport has one
            channel.settimeout(TIMEOUT * 3)
            self.pipe = Pipe(self.sftp)
        self._root_exists()

    def _known_keys(self) -> dict[str, paramiko.PKey]:
        keys = paramiko.HostKeys()
        with contextlib.suppress(OSError):
            keys.load(str(known_hosts_file()))
        found = keys.lookup(host_spec(self.address.host, self.address.port))
        return dict(found) if found else {}

    def _check_host_key(self, key: paramiko.PKey, known: dict[str, paramiko.PKey]) -> None:
        a = self.address
        if not known:
            raise HostKeyUnknown(
                _("{host} is not yet known (target {target}); its key's fingerprint is "
                  "{fingerprint}: check it with the server's owner, then accept it (in the app, in "
                  "a terminal, or by connecting once with ssh).").format(
                      host=host_spec(a.host, a.port), target=self.label,
                      fingerprint=fingerprint(key)),
                host=a.host, port=a.port, key_type=key.get_name(),
                key_base64=key.get_base64(), fingerprint=fingerprint(key))
        if known.get(key.get_name()) != key:
            raise PublishError(_("The host key of {host} has CHANGED (target {target}; now "
                                 "{fingerprint}): someone may be in between; ask the "
                                 "server's owner before you remove the old key from "
                                 "~/.ssh/known_hosts.").format(
                                     host=host_spec(a.host, a.port), target=self.label,
                                     fingerprint=fingerprint(key)))

    def _load_key(self, path: Path) -> paramiko.PKey:
        account = f"passphrase:{path}"
        passphrase = None
        try:
            try:
                key = paramiko.PKey.from_path(path)
            except paramiko.PasswordRequiredException:  # locked: its passphrase, if known
                passphrase = self.secrets.get(account)
                if passphrase is None:
                    raise
                key = paramiko.PKey.from_path(path, passphrase)
        except FileNotFoundError:
            raise PublishError(_("The key file {path} does not exist; correct --identity or "
                                 "the target's key file.").format(path=path)) from None
        except paramiko.PasswordRequiredException:
            raise SecretNeeded(_("The key file {path} is locked by a passphrase; type it "
                                 "(it is kept in the system keyring).").format(path=path),
                               account=account,
                               prompt=_("Passphrase for {path}:").format(path=path)) from None
        except (paramiko.SSHException, ValueError, OSError):
            if passphrase:
                raise PublishError(_("The passphrase for the key file {path} is wrong; type "
                                     "it again.").format(path=path)) from None
            raise PublishError(_("{path} is not a private key paramiko can read; give the "
                                 "private key file (not the .pub).").format(path=path)
                               ) from None
        if passphrase:
            self.secrets.worked(account)
        return key

    def _default_keys(self) -> list[paramiko.PKey]:
        keys: list[paramiko.PKey] = []
        with contextlib.suppress(Exception):
            keys.extend(paramiko.Agent().get_keys())
        for name in ("id_ed25519", "id_ecdsa", "id_rsa"):
            path = Path(os.path.expanduser(f"~/.ssh/{name}"))
            with contextlib.suppress(Exception):
                if path.is_file():
                    keys.append(paramiko.PKey.from_path(path))
        return keys

    def _log_in(self, transport: paramiko.Transport) -> None:
        a = self.address
        who = {"user": a.user, "target": self.label}
        identity = self.target.identity
        if identity:
            try:
                transport.auth_publickey(a.user, self._load_key(Path(identity).expanduser()))
                return
            except paramiko.AuthenticationException:
                if self.secrets.get(a.key) is None:
                    raise PublishError(_("The server refused the key {path} for {user} "
                                         "(target {target}); add its .pub to the account's "
                                         "authorized_keys, or give another key.").format(
                                             path=identity, **who)) from None
            except paramiko.SSHException:
                raise self._cut() from None
        password = self.secrets.get(a.key)
        if password is None and not identity:
            for key in self._default_keys():
                with contextlib.suppress(paramiko.AuthenticationException):
                    transport.auth_publickey(a.user, key)
                    return
        if password is None:
            raise SecretNeeded(_("{user}@{host} needs a password (target {target}); type it "
                                 "in a terminal or the app, set WEIDIAN_PUBLISH_PASSWORD, or "
                                 "give a key file with --identity.").format(
                                     host=a.host, **who),
                               account=a.key,
                               prompt=_("Password for {user}@{host}:").format(host=a.host, **who))
        try:
            transport.auth_password(a.user, password)
        except paramiko.BadAuthenticationType:
            raise PublishError(_("The server {target} takes no passwords for {user}; give a "
                                 "key file with --identity.").format(**who)) from None
        except paramiko.AuthenticationException:
            raise PublishError(_("The server refused the password for {user} (target "
                                 "{target}); check it and type it again.").format(**who)
                               ) from None
        except paramiko.SSHException:
            raise self._cut() from None
        self.secrets.worked(a.key)

    def _root_exists(self) -> None:
        assert self.sftp is not None
        root = self.address.path
        with self._errors():
            try:
                self.sftp.stat(root)
            except FileNotFoundError:
                try:
                    self.sftp.mkdir(root)
                except OSError:
                    raise PublishError(_("The folder {path} does not exist on {host} and "
                                         "cannot be made (target {target}); create it or "
                                         "correct the target.").format(
                                             path=root, host=self.address.host,
                                             target=self.label)) from None
        self._dirs.add(root)

    # --- errors ------------------------------------------------------------------------------
    def _cut(self) -> PublishError:
        return PublishError(_("The connection to {target} broke; the shop online is still "
                              "whole: publish again to finish.").format(target=self.label))

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except PublishError:
            raise
        except PermissionError:
            raise self._refused(Failure(self.address.path, SFTP_PERMISSION_DENIED, "")) \
                from None
        except (paramiko.SSHException, EOFError, OSError):
            raise self._cut() from None

    def _refused(self, failure: Failure) -> PublishError:
        where = {"path": failure.path, "target": self.label, "user": self.address.user}
        if failure.code == SFTP_PERMISSION_DENIED:
            return PublishError(_("The server does not let {user} write {path} (target "
                                  "{target}); choose a folder the account may write to, or "
                                  "change its permissions.").format(**where))
        if failure.code == SFTP_NO_SUCH_FILE:
            return PublishError(_("The folder of {path} is missing on the server (target "
                                  "{target}); check the target's folder and publish again."
                                  ).format(**where))
        return PublishError(_("The server refused to store {path} (target {target}): the "
                              "disk may be full or the account over its quota; free some "
                              "space and publish again to finish.").format(**where))

    # --- files ----------------------------------------------------------------------------------
    def _remote(self, path: str) -> str:
        return posixpath.join(self.address.path, path)

    def read(self, path: str) -> bytes | None:
        assert self.sftp is not None
        with self._errors():
            try:
                with self.sftp.open(self._remote(path), "rb") as handle:
                    handle.prefetch()
                    return handle.read()
            except FileNotFoundError:
                return None

    def listing(self, folders: Sequence[str] | None = None) -> dict[str, int]:
        assert self.sftp is not None
        sizes: dict[str, int] = {}
        todo = list(folders) if folders is not None else [""]
        with self._errors():
            while todo:
                folder = todo.pop()
                try:
                    entries = self.sftp.listdir_attr(self._remote(folder) if folder
                                                     else self.address.path)
                except FileNotFoundError:
                    continue
                for entry in entries:
                    path = f"{folder}/{entry.filename}" if folder else entry.filename
                    if entry.st_mode is not None and (entry.st_mode & 0o170000) == 0o040000:
                        todo.append(path)
                    else:
                        sizes[path] = entry.st_size or 0
        return sizes

    def _send(self, files: list[tuple[str, str, Path | bytes]], done: Done,
              in_place: bool = False) -> None:
        assert self.pipe is not None
        with self._errors():
            folders = {posixpath.dirname(remote) for _k, remote, _s in files} - self._dirs
            if folders:
                wanted = set()
                for folder in folders:  # with each parent below the root
                    while folder not in self._dirs and folder not in wanted and folder:
                        wanted.add(folder)
                        folder = posixpath.dirname(folder)
                make_dirs(self.pipe, sorted(wanted))
                self._dirs |= wanted
            failures = put_files(self.pipe, files, done, in_place)
        if failures:
            raise self._refused(failures[0])

    def upload(self, files: Sequence[tuple[str, Path]], done: Done,
               in_place: bool = False) -> None:
        self._send([(p, self._remote(p), source) for p, source in files], done, in_place)

    def write(self, path: str, data: bytes) -> None:
        self._send([(path, self._remote(path), data)], lambda _p: None)

    def delete(self, paths: Sequence[str], done: Done) -> None:
        assert self.pipe is not None
        root = self.address.path
        folders = set()
        for path in paths:
            folder = posixpath.dirname(path)
            while folder:
                folders.add(self._remote(folder))
                folder = posixpath.dirname(folder)
        with self._errors():
            failures = remove_files(self.pipe, [(p, self._remote(p)) for p in paths], done,
                                    sorted(folders - {root}))
        self._dirs -= folders
        if failures:
            raise self._refused(failures[0])

    def close(self) -> None:
        if self.transport is not None:
            with contextlib.suppress(Exception):
                self.transport.close()
        self.transport = self.sftp = self.pipe = None
