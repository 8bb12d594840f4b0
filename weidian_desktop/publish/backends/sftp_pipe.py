"""Many SFTP requests in flight at once over one channel (what makes SFTP as quick as rsync).

paramiko's file API waits for each answer: open, write, close and rename cost four round
trips a file. Here every request of a batch is sent without waiting and the answers are
matched as they come back (paramiko's own async request path, which its prefetching
reads use); each file still lands under a temporary name and is renamed over the real
one, so a buyer never loads half a file.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from paramiko.message import Message
from paramiko.sftp import (
    CMD_CLOSE,
    CMD_EXTENDED,
    CMD_HANDLE,
    CMD_MKDIR,
    CMD_OPEN,
    CMD_REMOVE,
    CMD_RENAME,
    CMD_RMDIR,
    CMD_STATUS,
    CMD_WRITE,
    SFTP_FLAG_CREATE,
    SFTP_FLAG_TRUNC,
    SFTP_FLAG_WRITE,
    SFTP_NO_SUCH_FILE,
    SFTP_OK,
    SFTP_OP_UNSUPPORTED,
    int64,
)
from paramiko.sftp_attr import SFTPAttributes
from paramiko.sftp_client import SFTPClient

CHUNK = 32768  # the write size every SFTP server takes
WINDOW = 128  # files in flight: enough to hide the round trips, little memory
PART = ".wdpart"

Answer = Callable[[int, Message], None]


@dataclass
class Failure:
    """A request the server refused: which path, the SFTP status code and its text."""

    path: str
    code: int
    text: str


class Pipe:
    """Sends requests without waiting; calls each one's handler when its answer arrives.

    Requests are gathered and written to the channel together: one SSH packet carries
    dozens of small requests, where paramiko would send (and encrypt, and make the kernel
    deliver) one packet each.
    """

    FLUSH_AT = 1 << 18  # bytes gathered before they are sent anyway

    def __init__(self, sftp: SFTPClient) -> None:
        self.sftp = sftp
        self.waiting: dict[int, Answer] = {}
        self.posix_rename = True
        self._out = bytearray()
        self._in = bytearray()

    def send(self, answer: Answer, kind: int, *args: object) -> None:
        # Packed here with struct, not through paramiko's Message (a third of the CPU of a
        # big first publish went to building 90,000 of them).
        sftp = self.sftp  # its own request numbers, so its later calls never reuse ours
        num = sftp.request_number
        sftp.request_number += 1
        parts = [b"", struct.pack(">I", num)]
        for item in args:
            if isinstance(item, int64):
                parts.append(struct.pack(">Q", item))
            elif isinstance(item, int):
                parts.append(struct.pack(">I", item))
            elif isinstance(item, Packed):
                parts.append(item)
            else:
                data = item.encode("utf-8") if isinstance(item, str) else bytes(item)  # type: ignore[call-overload]
                parts.append(struct.pack(">I", len(data)))
                parts.append(data)
        size = sum(map(len, parts))
        parts[0] = struct.pack(">IB", size + 1, kind)
        self._out += b"".join(parts)
        self.waiting[num] = answer
        if len(self._out) >= self.FLUSH_AT:
            self.flush()

    def flush(self) -> None:
        if self._out:
            self.sftp.sock.sendall(bytes(self._out))
            self._out.clear()

    def pump(self, until: int = 0) -> None:
        """Read answers until at most ``until`` requests are still out; what the answers
        lead to (a write after an open…) is sent once every answer at hand is read.

        Answers are read from the channel in bulk and cut into SFTP packets here: paramiko
        reads each one with two locked reads of the channel."""
        channel = self.sftp.sock
        buffer = self._in
        while len(self.waiting) > until:
            self.flush()
            chunk = channel.recv(1 << 16)
            if not chunk:
                raise EOFError("the server closed the connection")
            buffer += chunk
            start = 0
            while len(buffer) - start >= 5:
                size = struct.unpack_from(">I", buffer, start)[0]
                if len(buffer) - start - 4 < size:
                    break
                kind = buffer[start + 4]
                msg = Message(bytes(buffer[start + 5:start + 4 + size]))
                start += 4 + size
                num = msg.get_int()
                answer = self.waiting.pop(num, None)
                if answer is not None:
                    answer(kind, msg)
            del buffer[:start]
        self.flush()


class Packed(bytes):
    """Request fields already in wire form (the file attributes every request repeats)."""


def _attributes(mode: int) -> Packed:
    attrs = SFTPAttributes()
    attrs.st_mode = mode
    msg = Message()
    attrs._pack(msg)  # type: ignore[attr-defined]  # paramiko's stubs omit its packer
    return Packed(msg.asbytes())


FILE_MODE = _attributes(0o644)
FOLDER_MODE = _attributes(0o755)  # folders: the server's umask still applies


def _status(kind: int, msg: Message) -> tuple[int, str]:
    if kind != CMD_STATUS:
        return -1, f"unexpected answer {kind}"
    code = msg.get_int()
    return code, (msg.get_text() if code != SFTP_OK else "")


def make_dirs(pipe: Pipe, folders: list[str]) -> None:
    """mkdir -p for each folder (parents first); "already there" is no error."""
    ordered = sorted(set(folders), key=lambda f: (f.count("/"), f))
    for folder in ordered:
        pipe.send(lambda _k, _m: None, CMD_MKDIR, folder, FOLDER_MODE)
    pipe.pump()


def put_files(pipe: Pipe, files: list[tuple[str, str, Path | bytes]],
              done: Callable[[str], None], in_place: bool = False) -> list[Failure]:
    """Send ``files`` (key for ``done``, remote path, local file or bytes), each to a
    temporary name renamed over the real one (``in_place``: straight to its name, for new
    files no page links yet); returns what the server refused."""
    failures: list[Failure] = []
    queue = list(reversed(files))

    def start(key: str, remote: str, source: Path | bytes) -> None:
        part = remote if in_place else remote + PART
        data = source if isinstance(source, bytes) else source.read_bytes()

        def opened(kind: int, msg: Message) -> None:
            if kind != CMD_HANDLE:
                failures.append(Failure(remote, *_status(kind, msg)))
                return
            handle = msg.get_binary()
            refused: list[Failure] = []

            def written(kind: int, msg: Message) -> None:
                code, text = _status(kind, msg)
                if code != SFTP_OK and not refused:
                    refused.append(Failure(remote, code, text))

            for offset in range(0, max(len(data), 1), CHUNK):
                if data:
                    pipe.send(written, CMD_WRITE, handle, int64(offset),
                              data[offset:offset + CHUNK])
            pipe.send(lambda k, m: closed(k, m, refused), CMD_CLOSE, handle)

        def closed(kind: int, msg: Message, refused: list[Failure]) -> None:
            code, text = _status(kind, msg)
            if refused or code != SFTP_OK:
                failures.append(refused[0] if refused else Failure(remote, code, text))
                pipe.send(lambda _k, _m: None, CMD_REMOVE, part)
            elif in_place:
                done(key)
            else:
                rename(part, remote, lambda: done(key))

        pipe.send(opened, CMD_OPEN, part, SFTP_FLAG_WRITE | SFTP_FLAG_CREATE | SFTP_FLAG_TRUNC,
                  FILE_MODE)

    def rename(part: str, remote: str, landed: Callable[[], None]) -> None:
        if pipe.posix_rename:
            def renamed(kind: int, msg: Message) -> None:
                code, text = _status(kind, msg)
                if code == SFTP_OP_UNSUPPORTED:  # not OpenSSH: remove, then plain rename
                    pipe.posix_rename = False
                    rename(part, remote, landed)
                elif code == SFTP_OK:
                    landed()
                else:
                    failures.append(Failure(remote, code, text))

            pipe.send(renamed, CMD_EXTENDED, "posix-rename@openssh.com", part, remote)
            return

        def plain(kind: int, msg: Message) -> None:
            code, text = _status(kind, msg)
            if code == SFTP_OK:
                landed()
            else:
                failures.append(Failure(remote, code, text))

        pipe.send(lambda _k, _m: None, CMD_REMOVE, remote)
        pipe.send(plain, CMD_RENAME, part, remote)

    while queue:
        start(*queue.pop())
        pipe.pump(until=WINDOW * 3)
    pipe.pump()
    return failures


def remove_files(pipe: Pipe, files: list[tuple[str, str]], done: Callable[[str], None],
                 folders: list[str]) -> list[Failure]:
    """Remove ``files`` (key, remote path), then the ``folders`` they leave empty."""
    failures: list[Failure] = []
    for key, remote in files:
        def removed(kind: int, msg: Message, key: str = key, remote: str = remote) -> None:
            code, text = _status(kind, msg)
            if code in (SFTP_OK, SFTP_NO_SUCH_FILE):
                done(key)
            else:
                failures.append(Failure(remote, code, text))

        pipe.send(removed, CMD_REMOVE, remote)
        pipe.pump(until=WINDOW * 3)
    pipe.pump()
    for folder in sorted(set(folders), key=lambda f: -f.count("/")):  # deepest first
        pipe.send(lambda _k, _m: None, CMD_RMDIR, folder)  # refused while not empty: fine
    pipe.pump()
    return failures
