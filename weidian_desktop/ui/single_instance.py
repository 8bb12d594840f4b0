"""One running app per user: a second launch hands its shop file over and exits.

A double-click on a shop file in the file manager starts the app again. The first app
listens on a local socket (QLocalServer: a Unix socket, or a named pipe on Windows) whose
name is made from the user and their home folder; a later launch connects to it, sends
the path and exits, and the running app opens that shop, in the window that already has it
or in a new one (a shop is never open twice). When no app answers in time, the launch
goes on as the first app.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_MS = 500  # a running app answers at once; a stale socket refuses at once
REPLY_MS = 5000  # the running app may be busy (a page being built) before it reads


def server_name() -> str:
    """The socket's name: one per user and home folder (a scratch HOME is another user)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        user = ""
    key = f"{user}\0{Path.home()}".encode()
    return "weidian-desktop-" + hashlib.sha256(key).hexdigest()[:16]


def _request(shop: str | None) -> bytes:
    # The running app may have another working folder: send the path made absolute here.
    path = str(Path(shop).expanduser().absolute()) if shop else None
    return (json.dumps({"open": path}) + "\n").encode()


def hand_over(shop: str | None, name: str | None = None) -> bool:
    """Send ``shop`` (or just "show yourself") to a running app; True if it took it."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(_request(shop))
    socket.flush()
    # The app answers once it has taken the request; no answer means it is not listening
    # properly (hung, or quitting), and this launch had better run on its own.
    ok = socket.waitForReadyRead(REPLY_MS) and bytes(socket.readLine().data()).strip() == b"ok"
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    """Listens for later launches and emits the shop path each one hands over."""

    openRequested = Signal(object)  # str path, or None: "bring the window to the front"

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        # Only this user may connect (on Unix the socket file is made mode 0700).
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; False if another app already does (or the socket cannot be made).

        A lock file makes "is an app listening? if not, listen" one step, so two launches at
        the same moment cannot both become the first app.
        """
        lock = QLockFile(QDir(QDir.tempPath()).filePath(self.name + ".lock"))
        if not lock.tryLock(2000):
            return False
        try:
            probe = QLocalSocket()
            probe.connectToServer(self.name)
            if probe.waitForConnected(CONNECT_MS):
                probe.disconnectFromServer()
                return False  # someone answered after all
            if self.server.listen(self.name):
                return True
            # A socket left behind by an app that crashed: nobody answers it, remove it.
            QLocalServer.removeServer(self.name)
            if self.server.listen(self.name):
                return True
            log.warning("cannot listen on %s: %s", self.name, self.server.errorString())
            return False
        finally:
            lock.unlock()

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.canReadLine():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data())
        try:
            request = json.loads(line)
            path = request.get("open")
            if path is not None and not isinstance(path, str):
                raise ValueError("open is not a path")
        except (ValueError, AttributeError):
            log.warning("ignored a malformed request from another launch: %r", line[:200])
            socket.write(b"refused\n")
            socket.flush()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.openRequested.emit(path)


def start(open_shop: Callable[[str | None], object], parent: QObject,
          shop: str | None) -> InstanceServer | None:
    """Become the first app, or hand ``shop`` to it.

    Returns the server (keep it) when this launch is the first app; None when a running
    app took the request and this launch should exit.
    """
    if hand_over(shop):
        return None
    server = InstanceServer(parent=parent)
    if not server.listen():
        # Another launch became the first app in the meantime, or no socket can be made
        # here: hand over once more, else run without (the shop lock still guards files).
        if hand_over(shop):
            return None
        return server
    server.openRequested.connect(open_shop)
    return server
