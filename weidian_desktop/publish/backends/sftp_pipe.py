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
    SFTP_FLAG_EXCL,
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

# An answer's kind and its body after the request number: read with struct here, not
# through paramiko's Message (a third of the answers' cost in a big first publish).
Answer = Callable[[int, bytes], None]
_INT = struct.Struct(">I")
_HEAD = struct.Struct(">IBI")  # length, kind, request number
_OFFSET = struct.Struct(">Q")


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
    # Requests the server still has to work through before the gathered ones go out: a
    # flush after every answer sent an SSH packet (and woke sshd) for two requests or so,
    # a quarter of a first publish's CPU on both sides.
    LOW_WATER = 96

    def __init__(self, sftp: SFTPClient) -> None:
        self.sftp = sftp
        self.waiting: dict[int, Answer] = {}
        self.posix_rename = True
        self._out = bytearray()
        self._unsent = 0  # requests gathered in _out, not yet on the wire
        self._in = bytearray()

    def send(self, answer: Answer, kind: int, *args: object) -> None:
        # Packed here with struct, not through paramiko's Message (a third of the CPU of a
        # big first publish went to building 90,000 of them).
        parts = []
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
        self.request(answer, kind, b"".join(parts))

    def request(self, answer: Answer, kind: int, payload: bytes) -> None:
        """Queue one request whose fields (after its number) are already packed."""
        sftp = self.sftp  # its own request numbers, so its later calls never reuse ours
        num = sftp.request_number
        sftp.request_number += 1
        self._out += _HEAD.pack(len(payload) + 5, kind, num)
        self._out += payload
        self.waiting[num] = answer
        self._unsent += 1
        if len(self._out) >= self.FLUSH_AT:
            self.flush()

    def flush(self) -> None:
        if self._out:
            self.sftp.sock.sendall(bytes(self._out))
            self._out.clear()
            self._unsent = 0

    def pump(self, until: int = 0) -> None:
        """Read answers until at most ``until`` requests are still out; what the answers
        lead to (a write after an open…) is gathered and sent once the server is down to
        LOW_WATER requests (never less than one: a read must always have an answer coming).

        Answers are read from the channel in bulk and cut into SFTP packets here: paramiko
        reads each one with two locked reads of the channel."""
        channel = self.sftp.sock
        buffer = self._in
        unpack = _INT.unpack_from
        while len(self.waiting) > until:
            if len(self.waiting) - self._unsent < self.LOW_WATER:
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
                num = unpack(buffer, start + 5)[0]
                body = bytes(buffer[start + 9:start + 4 + size])
                start += 4 + size
                answer = self.waiting.pop(num, None)
                if answer is not None:
                    answer(kind, body)
            del buffer[:start]
        if len(self.waiting) - self._unsent < self.LOW_WATER:  # keep the server busy
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
_REPLACE = _INT.pack(SFTP_FLAG_WRITE | SFTP_FLAG_CREATE | SFTP_FLAG_TRUNC) + FILE_MODE
# A file written straight to its name must be a new one: one already there (a shop put
# there by another tool, a manifest lost) may be live, so it goes by rename after all.
_CREATE = _INT.pack(SFTP_FLAG_WRITE | SFTP_FLAG_CREATE | SFTP_FLAG_EXCL) + FILE_MODE


def _field(data: bytes) -> bytes:
    return _INT.pack(len(data)) + data


def _status(kind: int, body: bytes) -> tuple[int, str]:
    if kind != CMD_STATUS or len(body) < 4:
        return -1, f"unexpected answer {kind}"
    code = _INT.unpack_from(body)[0]
    return code, (_string(body, 4).decode("utf-8", "replace") if code != SFTP_OK else "")


def _string(body: bytes, at: int) -> bytes:
    """The length-prefixed string at ``at`` (empty if the answer is cut short)."""
    if len(body) < at + 4:
        return b""
    size = _INT.unpack_from(body, at)[0]
    return body[at + 4:at + 4 + size]


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
    files no page links yet, if the server agrees nothing is there); returns what the
    server refused."""
    failures: list[Failure] = []
    queue = list(reversed(files))

    def start(key: str, remote: str, source: Path | bytes, in_place: bool = in_place,
              data: bytes | None = None) -> None:
        part = remote if in_place else remote + PART
        if data is None:
            data = source if isinstance(source, bytes) else source.read_bytes()

        def opened(kind: int, body: bytes) -> None:
            if kind != CMD_HANDLE:
                if in_place:  # there already (or not creatable): the safe way decides
                    start(key, remote, source, False, data)
                else:
                    failures.append(Failure(remote, *_status(kind, body)))
                return
            handle = _field(_string(body, 0))
            refused: list[Failure] = []

            def written(kind: int, body: bytes) -> None:
                code, text = _status(kind, body)
                if code != SFTP_OK and not refused:
                    refused.append(Failure(remote, code, text))

            for offset in range(0, len(data), CHUNK):
                pipe.request(written, CMD_WRITE, handle + _OFFSET.pack(offset)
                             + _field(data[offset:offset + CHUNK]))
            pipe.request(lambda k, b: closed(k, b, refused), CMD_CLOSE, handle)

        def closed(kind: int, body: bytes, refused: list[Failure]) -> None:
            code, text = _status(kind, body)
            if refused or code != SFTP_OK:
                failures.append(refused[0] if refused else Failure(remote, code, text))
                pipe.send(lambda _k, _m: None, CMD_REMOVE, part)
            elif in_place:
                done(key)
            else:
                rename(part, remote, lambda: done(key))

        pipe.request(opened, CMD_OPEN,
                     _field(part.encode("utf-8")) + (_CREATE if in_place else _REPLACE))

    def rename(part: str, remote: str, landed: Callable[[], None]) -> None:
        if pipe.posix_rename:
            def renamed(kind: int, body: bytes) -> None:
                code, text = _status(kind, body)
                if code == SFTP_OP_UNSUPPORTED:  # not OpenSSH: remove, then plain rename
                    pipe.posix_rename = False
                    rename(part, remote, landed)
                elif code == SFTP_OK:
                    landed()
                else:
                    failures.append(Failure(remote, code, text))

            pipe.send(renamed, CMD_EXTENDED, "posix-rename@openssh.com", part, remote)
            return

        def plain(kind: int, body: bytes) -> None:
            code, text = _status(kind, body)
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
        def removed(kind: int, body: bytes, key: str = key, remote: str = remote) -> None:
            code, text = _status(kind, body)
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
