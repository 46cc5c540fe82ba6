"""What the window says when the data file cannot be used at start, and the choices it
offers: a damaged file is moved aside (kept) for a fresh start or replaced by the last
backup; a locked file or a read-only folder can be tried again once the cause is gone."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app import APP_NAME
from app.core.store.health import DAMAGED, LOCKED, DataCheck

START_FRESH, RESTORE, RETRY, QUIT = "start fresh", "restore", "retry", "quit"


class OpeningNotice(QLabel):
    """Shown while the data is checked, so a slow or locked file is not a blank screen."""

    def __init__(self):
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setText(self.tr("Opening your data…"))
        self.setMargin(24)


class DataProblemDialog(QMessageBox):
    """sig_chosen(str): START_FRESH, RESTORE, RETRY or QUIT. Opened window-modal with
    open(), never exec(): the event loop (and the worker threads' replies) keeps running."""

    sig_chosen = Signal(str)

    def __init__(self, check: DataCheck, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setIcon(QMessageBox.Icon.Warning)
        self.choices: dict[object, str] = {}  # button: choice, in the order shown
        if check.problem == DAMAGED:
            self._damaged(check)
        elif check.problem == LOCKED:
            self.setText(self.tr("Your data file is in use by another program."))
            self.setInformativeText(self.tr(
                "{path}\n\nWaited a few seconds for it to be free. Close the other program "
                "(or wait for it to finish), then try again.").format(path=check.path))
            self._choice(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole, RETRY)
        else:
            self.setText(self.tr("The data folder is read-only."))
            self.setInformativeText(self.tr(
                "Offline Assistant keeps your conversations and summaries in:\n{folder}\n\n"
                "{where} cannot be written to. Make it writable (or ask IT), then try "
                "again.").format(folder=check.path.parent, where=check.where))
            self._choice(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole, RETRY)
        # Closing the dialog is quitting; "Show Details..." is Qt's and chooses nothing.
        self.setEscapeButton(self._choice(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole,
                                          QUIT))
        self.buttonClicked.connect(self._clicked)

    def _damaged(self, check: DataCheck) -> None:
        self.setText(self.tr("Your data file is damaged."))
        self.setInformativeText(self.tr(
            "{path}\n\nMoving it aside keeps it, renamed with today's date, in the same folder; "
            "Offline Assistant then starts with an empty file.").format(path=check.path))
        self.setDetailedText(check.detail)
        self._choice(self.tr("Move it aside and start fresh"),
                     QMessageBox.ButtonRole.AcceptRole, START_FRESH)
        if check.backup is not None:
            locale, when = QLocale(), check.backup_taken
            taken = (f"{locale.toString(when.date(), QLocale.FormatType.LongFormat)}, "
                     f"{locale.toString(when.time(), QLocale.FormatType.ShortFormat)}")
            self._choice(self.tr("Restore the last backup ({date})").format(date=taken),
                         QMessageBox.ButtonRole.AcceptRole, RESTORE)

    def _choice(self, text: str, role: QMessageBox.ButtonRole, choice: str):
        button = self.addButton(text, role)
        self.choices[button] = choice
        return button

    def _clicked(self, button) -> None:
        if button in self.choices:
            self.sig_chosen.emit(self.choices[button])
