"""One window per data folder. The first launch holds a lock file in the folder and
listens on a local socket (a Unix-domain socket or a Windows named pipe, never a network
port) named from the folder's path; a second launch finds the lock taken, asks the first
window to come forward (and to queue any files it was given), and exits.

A lock left by a window that crashed is taken over: QLockFile sees that its process is gone.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_NAME = "window.lock"
HAND_OVER_MS = 5000  # the first window may be busy starting: give it a moment to answer
MAX_REQUEST = 64 * 1024  # a list of file paths; anything longer is not ours


def server_name(folder: Path) -> str:
    """Per data folder and per user (the socket lives in a shared temporary folder)."""
    digest = hashlib.sha256(str(Path(folder).resolve()).encode()).hexdigest()[:16]
    return f"offline-assistant-{digest}"


class SingleInstance(QObject):
    """sig_show(list): another launch asked this window to come forward, with file paths."""

    sig_show = Signal(list)

    def __init__(self, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.lock = QLockFile(str(Path(folder) / LOCK_NAME))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone: windows run for weeks
        self.name = server_name(folder)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True when this is the first window on the folder; it then listens for others.
        Also True when the folder cannot hold a lock (read-only): the data check says so."""
        if not self.lock.tryLock(0):
            return self.lock.error() == QLockFile.LockError.PermissionError
        QLocalServer.removeServer(self.name)  # a crashed window's socket file; the lock is ours
        self.server = QLocalServer(self)
        # Only this user may ask: another account on the machine must not open files here.
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        if not self.server.listen(self.name):
            raise OSError(f"cannot listen on {self.name}: {self.server.errorString()}")
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def holder_pid(self) -> int:
        ok, pid, _host, _app = self.lock.getLockInfo()
        return pid if ok else 0

    def hand_over(self, files: list[str]) -> bool:
        """Ask the first window to come forward and queue `files`; False if it did not answer."""
        socket = QLocalSocket()
        deadline = QDeadlineTimer(HAND_OVER_MS)
        while True:  # the first window may hold the lock a moment before it listens
            socket.connectToServer(self.name)
            if socket.waitForConnected(max(deadline.remainingTime(), 0)):
                break
            if deadline.hasExpired():
                return False
            socket.abort()
            QThread.msleep(100)  # a bounded retry of a launch, not a test's wait
        socket.write(json.dumps({"show": files}).encode() + b"\n")
        if not socket.waitForBytesWritten(max(deadline.remainingTime(), 0)):
            return False
        # The answer means the window has the request: exiting before it could lose it.
        answered = socket.waitForReadyRead(max(deadline.remainingTime(), 0))
        socket.disconnectFromServer()
        return answered

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_REQUEST:
                socket.abort()
            return
        try:
            files = json.loads(bytes(socket.readLine()).decode("utf-8"))["show"]
        except (ValueError, KeyError, TypeError):
            files = None
        if not isinstance(files, list):
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.sig_show.emit([str(f) for f in files if isinstance(f, str)])
