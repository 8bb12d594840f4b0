"""Real servers on 127.0.0.1 for the publish tests and benchmark: OpenSSH's sshd, moto's S3.

Each runs from a throw-away folder on a free port and is stopped by the caller (``stop()``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SSHD = shutil.which("sshd") or "/usr/sbin/sshd"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


@dataclass
class Sshd:
    """An sshd on 127.0.0.1: its port, host key line, the client key and the user."""

    folder: Path
    port: int
    user: str
    client_key: Path
    host_key_line: str  # for known_hosts: "[127.0.0.1]:PORT ssh-ed25519 AAAA…" (both ports)
    process: subprocess.Popen | None = None
    ro_port: int = 0  # the read-only port

    def start(self) -> None:
        if self.process is not None and self.process.poll() is None:
            return  # already running: a second one could not bind, and this one would leak
        config = self.folder / "sshd_config"
        self.process = subprocess.Popen(
            [SSHD, "-D", "-e", "-f", str(config), "-p", str(self.port), "-p",
             str(self.ro_port)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=open(self.folder / "sshd.log", "ab"))
        wait_port(self.port)

    def kill(self) -> None:
        """Kill sshd and the sessions it forked (a server that dies mid-upload)."""
        if self.process is not None:
            for pid in [*_children(self.process.pid), self.process.pid]:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            self.process.wait()
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.kill()
        self.process = None


def _children(pid: int) -> list[int]:
    """The processes below ``pid`` (sshd's per-connection children and theirs), from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def sshd_available() -> bool:
    return os.path.exists(SSHD) and shutil.which("ssh-keygen") is not None


def start_sshd(folder: Path) -> Sshd:
    """sshd -D -e with a throw-away host key, UsePAM no, StrictModes no, one authorized key."""
    folder.mkdir(parents=True, exist_ok=True)
    keygen = ["ssh-keygen", "-q", "-t", "ed25519", "-N", ""]
    subprocess.run([*keygen, "-f", str(folder / "host_key")], check=True)
    subprocess.run([*keygen, "-f", str(folder / "client_key"), "-C", "publish-test"],
                   check=True)
    shutil.copy(folder / "client_key.pub", folder / "authorized_keys")
    if os.geteuid() == 0:
        os.makedirs("/run/sshd", exist_ok=True)  # sshd's privilege separation folder
    user = os.environ.get("USER") or __import__("pwd").getpwuid(os.getuid()).pw_name
    (folder / "sshd_config").write_text(
        f"HostKey {folder / 'host_key'}\n"
        f"PidFile {folder / 'sshd.pid'}\n"
        f"AuthorizedKeysFile {folder / 'authorized_keys'}\n"
        "ListenAddress 127.0.0.1\n"
        "UsePAM no\nStrictModes no\nPermitRootLogin yes\n"
        "PasswordAuthentication yes\nKbdInteractiveAuthentication no\n"
        "MaxSessions 20\nMaxStartups 50\nLogLevel ERROR\n"
        "Subsystem sftp internal-sftp\n"
        # a second port where the same account may read but not write (internal-sftp -R)
        "Match LocalPort {RO_PORT}\n  ForceCommand internal-sftp -R\n")
    port, ro_port = free_port(), free_port()
    config = folder / "sshd_config"
    config.write_text(config.read_text().replace("{RO_PORT}", str(ro_port)))
    host_pub = (folder / "host_key.pub").read_text().split()
    server = Sshd(folder, port, user, folder / "client_key",
                  f"[127.0.0.1]:{port} {host_pub[0]} {host_pub[1]}\n"
                  f"[127.0.0.1]:{ro_port} {host_pub[0]} {host_pub[1]}", ro_port=ro_port)
    server.start()
    return server


class CuttingProxy:
    """A TCP proxy on 127.0.0.1 that forwards to ``port`` and, once ``limit`` bytes went
    upstream, cuts every connection and refuses new ones (a network that goes away)."""

    def __init__(self, port: int, limit: int) -> None:
        self.upstream, self.limit, self.sent = port, limit, 0
        self.cut = threading.Event()
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(16)
        self.port = self.listener.getsockname()[1]
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _addr = self.listener.accept()
            except OSError:
                return
            if self.cut.is_set():
                client.close()
                continue
            server = socket.create_connection(("127.0.0.1", self.upstream))
            self._sockets += [client, server]
            threading.Thread(target=self._pipe, args=(client, server, True),
                             daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, False),
                             daemon=True).start()

    def _pipe(self, source: socket.socket, dest: socket.socket, counted: bool) -> None:
        try:
            while not self.cut.is_set():
                data = source.recv(65536)
                if not data:
                    break
                if counted:
                    with self._lock:
                        self.sent += len(data)
                        over = self.sent >= self.limit
                    if over:
                        self.close_all()
                        return
                dest.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                dest.shutdown(socket.SHUT_WR)

    def close_all(self) -> None:
        self.cut.set()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def stop(self) -> None:
        self.close_all()
        with contextlib.suppress(OSError):
            self.listener.close()


@dataclass
class S3Server:
    """moto's standalone S3 server in a thread of this process, on a free port."""

    server: object
    endpoint: str

    def stop(self) -> None:
        self.server.stop()  # type: ignore[attr-defined]


def start_s3() -> S3Server:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    return S3Server(server, f"http://{host}:{port}")
