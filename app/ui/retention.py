"""The organisation's retention rule in the window: what is older than the policy's
`retention_days` is erased (app/core/store/erase.py, the same erasure as a user's
deletion, recorded in the audit trail) when the window starts and then every few hours,
since a window may stay open for weeks."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.workers.erasing import purge_older_than

EVERY_MS = 6 * 60 * 60 * 1000


class Retention(QObject):
    """sig_erased(object): a purge removed something (the core's Erased);
    sig_notice(str): it could not run, in plain words."""

    sig_erased = Signal(object)
    sig_notice = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.days: int | None = None
        self.timer = QTimer(self, interval=EVERY_MS)
        self.timer.timeout.connect(self.purge)

    def start(self, days: int | None) -> None:
        """Keep data `days` days (None: as long as the user wants)."""
        self.days = days
        if days is None:
            self.timer.stop()
            return
        self.purge()
        self.timer.start()

    def purge(self) -> None:
        if self.days is not None:
            purge_older_than(self.days, self._done, self.sig_notice.emit)

    def _done(self, erased) -> None:
        if erased.conversations or erased.documents or erased.jobs:
            self.sig_erased.emit(erased)
