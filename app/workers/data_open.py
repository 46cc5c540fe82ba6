"""The window's first touch of the data folder, on the thread pool: a damaged, locked or
read-only database must never freeze the GUI thread (the lock wait alone takes seconds),
and neither must the keychain or the encryption of a plain file (app/core/data_protection.py),
which come first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal

from app import paths
from app.core.data_protection import protect_data_file
from app.core.queue_lock import Holder, QueueLock
from app.core.settings import AppSettings
from app.core.store import Store
from app.core.store.backups import move_aside, restore
from app.core.store.health import DataCheck, check_database
from app.workers.tasks import run_task


@dataclass(frozen=True)
class Opened:
    """`check` says whether the data can be used; when it can, the interface `language`
    and who else runs the summary queue (`queue_holder`, None when this window does)."""

    check: DataCheck
    language: str = ""
    queue_holder: Holder | None = None


class _Steps(QObject):
    """Carries the encryption's steps from the pool thread to the GUI thread."""

    sig_step = Signal(str)  # the step in words, with how far it is


def open_data(queue: QueueLock, on_done: Callable[[Opened], None],
              on_failed: Callable[[str], None],
              on_step: Callable[[str], None] = lambda text: None) -> None:
    """Put the data's key in force when it is (or must be) encrypted, encrypting a plain
    file first (`on_step` hears each step); check the database; when usable, open it once
    (migrations and the backup before them run here), read the interface language and try
    to take the queue lock. No keychain: `on_failed` with the reason."""
    steps = _Steps()
    steps.sig_step.connect(on_step, Qt.ConnectionType.QueuedConnection)

    def work() -> Opened:
        protect_data_file(paths.database_path(), lambda step: steps.sig_step.emit(
            f"{step.what} ({step.done} of {step.total})"))
        check = check_database(paths.database_path())
        if not check.ok:
            return Opened(check)
        store = Store(check.path)
        try:
            language = AppSettings.from_store(store).language
        finally:
            store.close()
        return Opened(check, language, queue.acquire())

    run_task(work, on_done, on_failed)


def claim_queue(queue: QueueLock, on_done: Callable[[Holder | None], None]) -> None:
    """Try the queue lock again (another process held it): None once this window has it."""
    run_task(queue.acquire, on_done)


def repair(check: DataCheck, with_backup: bool, on_done: Callable[[object], None],
           on_failed: Callable[[str], None]) -> None:
    """Move the damaged file aside (kept, renamed with the date): with_backup puts the
    newest backup in its place, otherwise the next open starts a fresh, empty file."""
    def work():
        return restore(check.path, check.backup) if with_backup else move_aside(check.path)

    run_task(work, on_done, on_failed)
