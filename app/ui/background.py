"""The app while nobody looks at its window: summaries go on writing in the background.

- Closing the window while documents are being summarised asks first: keep summarising in
  the background (in the system tray where the desktop has one, else minimised), or stop
  and quit (a stopped summary carries on from its last finished part at the next start).
- When the last summary of a batch ends while the window is in the background, a system
  notification says so; clicking it brings the window back on that summary.
- The window's title carries the running summary's progress ("37 % · Offline Assistant"),
  which every task bar and dock shows, and so does the tray icon's tooltip. On Linux
  desktops that draw progress on a launcher (KDE Plasma, Ubuntu's dock) it is drawn there too.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from app import APP_NAME, DESKTOP_ID

# Set on the application by a quit that must not be asked about (a logout's SIGTERM).
QUITTING = "quitting"


class LauncherProgress:
    """The Unity LauncherEntry signal on the session bus (a local D-Bus socket, no network):
    the launcher of the app's .desktop entry shows a progress bar while a summary runs.
    Where no desktop listens, or there is no session bus, nothing happens."""

    PATH = "/com/canonical/unity/launcherentry/offline_assistant"
    INTERFACE = "com.canonical.Unity.LauncherEntry"

    def __init__(self, bus: QDBusConnection | None = None):
        if bus is None and sys.platform.startswith("linux"):
            bus = QDBusConnection.sessionBus()
        self.bus = bus

    def show(self, share: float | None) -> None:
        """`share` done from 0 to 1; None: no progress to show."""
        if self.bus is None or not self.bus.isConnected():
            return
        message = QDBusMessage.createSignal(self.PATH, self.INTERFACE, "Update")
        message.setArguments([f"application://{DESKTOP_ID}.desktop",
                              {"progress": float(share or 0.0),
                               "progress-visible": share is not None}])
        self.bus.send(message)


class Background(QObject):
    """sig_notified(str, str): a notification was given (its title and text), by the tray
    where there is one, else by the task bar entry asking for attention."""

    sig_notified = Signal(str, str)

    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.window = window
        self.leaving = False  # the user chose to quit: the next close is not asked about
        self.unseen = []  # JobFinished events of the batch ending while the window is away
        self.result: int | None = None  # the job a click on the notification opens
        self.question: QMessageBox | None = None
        self.launcher = LauncherProgress()
        self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
        self.tray.setToolTip(APP_NAME)
        menu = QMenu(window)
        menu.addAction(self.tr("Show Offline Assistant"), self.bring_back)
        menu.addAction(self.tr("Stop and quit"), self.quit)
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(self._tray_clicked)
        self.tray.messageClicked.connect(self.open_result)

    @staticmethod
    def tray_available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def away(self) -> bool:
        window = self.window
        return window.isHidden() or window.isMinimized() or not window.isActiveWindow()

    def _summarising(self) -> bool:
        queue = self.window.documents.queue  # current: started, perhaps without a job id yet
        return queue.current is not None or bool(queue.waiting)

    # -- progress and notifications --------------------------------------------------------
    def show_progress(self, job) -> None:
        """The running job's share done in the title (None: no job runs)."""
        if job is None or not job.live.total:
            share, title = None, APP_NAME
        else:
            share = min(1.0, job.live.value / (100 * job.live.total))  # value: 100 per part
            title = self.tr("{percent} % · {app}").format(percent=int(share * 100), app=APP_NAME)
        if title != self.window.windowTitle():  # the bus hears of whole percents only
            self.window.setWindowTitle(title)
            self.tray.setToolTip(title)
            self.launcher.show(share)

    def job_finished(self, event) -> None:
        if event.status not in ("done", "failed") or not self.away():
            return
        self.unseen.append(event)
        if self._summarising():
            return  # one notification for a batch, when its last document ends
        ended, self.unseen = self.unseen, []  # the next batch is told of on its own
        done = [e for e in ended if e.status == "done"]
        self.result = done[-1].job_id if done else None
        if len(ended) == 1 and done:
            title = self.tr("Summary ready")
            text = self.tr("{name} is summarised.").format(name=self._name(done[0]))
        else:
            title = self.tr("Summaries ready")
            text = self.tr("%n document(s) summarised", "", len(done))
            if len(ended) > len(done):
                text += " · " + self.tr("%n could not be summarised", "", len(ended) - len(done))
        self.notify(title, text)

    def _name(self, event) -> str:
        row = self.window.documents.row(f"job:{event.job_id}")
        return row.name if row is not None else self.tr("The document")

    def notify(self, title: str, text: str) -> None:
        if self.tray_available():
            self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:  # no tray to speak from: the task bar entry flashes until the window is seen
            QApplication.alert(self.window)
        self.sig_notified.emit(title, text)

    def open_result(self) -> None:
        """The notification was clicked: the window, on the summary that ended last."""
        self.bring_back()
        self.window.show_page(1)
        if self.result is not None:
            self.window.documents.select(f"job:{self.result}")
        self.result = None

    def bring_back(self) -> None:
        QApplication.instance().setQuitOnLastWindowClosed(True)
        window = self.window
        window.showNormal()
        window.raise_()
        window.activateWindow()
        if not self._summarising():
            self.tray.hide()

    def _tray_clicked(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_result() if self.result is not None else self.bring_back()

    # -- closing -----------------------------------------------------------------------------
    def postpone_close(self, event) -> bool:
        """In the window's closeEvent: True when the close waits for the user's answer."""
        if (self.leaving or not self._summarising()
                or QApplication.instance().property(QUITTING)):
            return False
        event.ignore()
        if self.question is not None:
            self.question.raise_()
            return True
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, self.tr(
            "Documents are still being summarised."), parent=self.window)
        where = (self.tr("in the system tray") if self.tray_available()
                 else self.tr("minimised in the task bar"))
        box.setInformativeText(self.tr(
            "Keep summarising in the background ({where}) and be told when they are done, "
            "or stop now: a stopped summary carries on from its last finished part the next "
            "time you open Offline Assistant.").format(where=where))
        keep = box.addButton(self.tr("Keep summarising"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(self.tr("Stop and quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.finished.connect(lambda _result: self._answered(box.clickedButton(), keep, stop))
        self.question = box
        box.open()
        return True

    def _answered(self, clicked, keep, stop) -> None:
        self.question.deleteLater()
        self.question = None
        if clicked is keep:
            self.to_background()
        elif clicked is stop:
            self.quit()

    def to_background(self) -> None:
        if self.tray_available():
            QApplication.instance().setQuitOnLastWindowClosed(False)  # hidden is not closed
            self.tray.show()
            self.window.hide()
        else:
            self.window.showMinimized()

    def quit(self) -> None:
        self.leaving = True
        self.tray.hide()
        hidden = self.window.isHidden()
        self.window.close()
        if hidden:  # closing a hidden window does not end the application by itself
            QApplication.instance().quit()
