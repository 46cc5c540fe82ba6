"""From launch to the window: the data check off the GUI thread ("Opening your data…"),
the problem dialog when the file cannot be used, then the window, which takes the summary
queue unless a terminal command is running it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, paths
from app.cli.output import ExitCode
from app.core.queue_lock import WINDOW, Holder, QueueLock
from app.ui.data_problem import QUIT, RESTORE, RETRY, DataProblemDialog, OpeningNotice
from app.ui.i18n import install_translations
from app.workers.data_open import Opened, claim_queue, open_data, repair

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

QUEUE_RETRY_MS = 3000  # a terminal summary takes minutes: a try every few seconds is plenty


class Startup(QObject):
    def __init__(self, app: QApplication, create_window, files: list[str], instance=None):
        super().__init__()
        self.app = app
        self.instance = instance  # the single-instance lock and listener, held while we live
        self.create_window = create_window
        self.files = list(files)  # to queue once the window exists
        self.window: MainWindow | None = None
        self.dialog: DataProblemDialog | None = None
        self.exit_code = 0
        self.queue = QueueLock(paths.data_dir(), WINDOW)
        self.notice = OpeningNotice()
        self._retry = QTimer(self, singleShot=True, interval=QUEUE_RETRY_MS)
        self._retry.timeout.connect(lambda: claim_queue(self.queue, self._queue_claimed))

    def begin(self) -> None:
        self.notice.show()
        self._open()

    def _open(self) -> None:
        open_data(self.queue, self._opened, self._failed, self._encrypting)

    def _encrypting(self, step: str) -> None:
        """A plain data file is being encrypted (the organisation's policy): say how far."""
        self.notice.setText(self.tr("Encrypting your data, as your organisation requires. "
                                    "Please wait…\n{step}").format(step=step))

    def show_request(self, files: list[str]) -> None:
        """Another launch on this data folder: come forward and queue its files."""
        self.files += files
        target = self.window or self.dialog or self.notice
        target.showNormal()
        target.raise_()
        target.activateWindow()
        if self.window is not None:
            self._queue_files()

    def finish(self) -> None:
        """The window has closed: let a terminal command or the next window take over."""
        self.queue.release()
        if self.instance is not None:
            self.instance.release()

    # -- opening -------------------------------------------------------------------------
    def _opened(self, opened: Opened) -> None:
        if not opened.check.ok:
            self.dialog = DataProblemDialog(opened.check)
            self.dialog.sig_chosen.connect(lambda choice: self._chosen(opened, choice))
            self.dialog.open()
            return
        for translator in getattr(self.app, "translators", []):
            self.app.removeTranslator(translator)
        self.app.translators = install_translations(self.app, opened.language)
        self.window = self.create_window()
        if opened.queue_holder is not None:
            self._hold_queue(opened.queue_holder)
        self.window.show()
        self.notice.close()
        self._queue_files()

    def _chosen(self, opened: Opened, choice: str) -> None:
        self.dialog.deleteLater()
        self.dialog = None
        if choice == QUIT:
            self.exit_code = ExitCode.DATA
            self.app.exit(ExitCode.DATA)
        elif choice == RETRY:
            self._open()
        else:
            repair(opened.check, choice == RESTORE,
                   lambda _aside: self._open(),
                   self._failed)

    def _failed(self, message: str) -> None:
        QMessageBox.critical(self.notice, APP_NAME, self.tr(
            "Offline Assistant could not open your data:\n{message}").format(message=message))
        self.exit_code = ExitCode.DATA
        self.app.exit(ExitCode.DATA)

    # -- the summary queue -----------------------------------------------------------------
    def _hold_queue(self, holder: Holder) -> None:
        self.window.documents.hold_queue(True)
        self.window.show_notice(self.tr(
            "A summary started from the command line (process {pid}) is running on this data "
            "folder. Summaries here start when it has finished.").format(pid=holder.pid))
        self._retry.start()

    def _queue_claimed(self, holder: Holder | None) -> None:
        if holder is not None:
            self._retry.start()
            return
        self.window.show_notice("")
        self.window.documents.hold_queue(False)

    def _queue_files(self) -> None:
        if self.files:
            self.window.show_page(1)
            self.window.documents.add_paths(self.files)
            self.files = []
