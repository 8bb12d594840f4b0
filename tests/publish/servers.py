"""Real servers on 127.0.0.1 for the publish tests and benchmark: OpenSSH's sshd, moto's S3.

Each runs from a throw-away folder on a free port and is stopped by the caller (``stop()``).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
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
    host_key_line: str  # for known_hosts: "[127.0.0.1]:PORT ssh-ed25519 AAAA…"
    process: subprocess.Popen | None = None

    def start(self) -> None:
        config = self.folder / "sshd_config"
        self.process = subprocess.Popen(
            [SSHD, "-D", "-e", "-f", str(config), "-p", str(self.port)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=open(self.folder / "sshd.log", "ab"))
        wait_port(self.port)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            # sshd's children (one per connection) are in its process group? No: they are
            # its children; killing the listener leaves open sessions, so kill the group.
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


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
        "Subsystem sftp internal-sftp\n")
    port = free_port()
    host_pub = (folder / "host_key.pub").read_text().split()
    server = Sshd(folder, port, user, folder / "client_key",
                  f"[127.0.0.1]:{port} {host_pub[0]} {host_pub[1]}")
    server.start()
    return server
