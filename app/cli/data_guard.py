"""The terminal's side of the data folder's guards: its encryption (the key from the keychain,
a plain file encrypted first), the start check of the database (damaged, locked,
read-only) and the queue lock that lets one process run summaries."""

from __future__ import annotations

from collections.abc import Callable

from app import paths
from app.cli.output import ExitCode, say
from app.core.queue_lock import WINDOW, Holder, QueueLock
from app.core.store.health import DAMAGED, LOCKED, check_database


def protect_data() -> int:
    """Put the data file's key in force when the data is, or must be, encrypted (a plain file
    is encrypted first, its progress printed); 0, or ExitCode.POLICY after saying why the
    key cannot be had."""
    from app.core.data_protection import protect_data_file
    from app.core.policy import PolicyRefusal
    from app.core.store.encryption import EncryptionFailed

    def show(step) -> None:
        say(f"Encrypting your data ({step.done}/{step.total}): {step.what}")

    try:
        protect_data_file(paths.database_path(), show)
    except PolicyRefusal as exc:  # no keychain, or the key is not in it
        say(str(exc))
        return ExitCode.POLICY
    except EncryptionFailed as exc:  # the plain file is kept, unchanged
        say(str(exc))
        return ExitCode.DATA
    return 0


def check_data() -> int:
    """0 when the database can be opened; otherwise say why and return ExitCode.DATA."""
    check = check_database(paths.database_path())
    if check.ok:
        return 0
    if check.problem == DAMAGED:
        backup = (f" or restore the backup of {check.backup_taken:%d %B %Y, %H:%M}"
                  if check.backup else "")
        say(f"Your data file is damaged: {check.path} ({check.detail}). Nothing was changed. "
            f"Open the Offline Assistant window to move it aside (it is kept) and start "
            f"fresh{backup}.")
    elif check.problem == LOCKED:
        say(f"Your data file {check.path} is locked by another program (waited a few "
            f"seconds). Close the other program, or wait for it to finish, and try again.")
    else:
        say(f"The data folder cannot be written to: {check.where} is read-only. Offline "
            f"Assistant keeps your conversations and summaries there; make it writable, or "
            f"set OFFLINE_ASSISTANT_HOME to a folder you can write to.")
    return ExitCode.DATA


def run_holding_queue(command: str, wait: bool, work: Callable[[], int]) -> int:
    """Run `work` (a command that runs summary jobs) holding the queue lock."""
    lock = claim_queue(command, wait)
    if isinstance(lock, int):
        return lock
    try:
        return work()
    finally:
        lock.release()


def claim_queue(command: str, wait: bool) -> QueueLock | int:
    """The queue lock for a command that runs summary jobs, or ExitCode.BUSY after saying who
    runs them now. With `wait`, wait for the holder to finish instead."""
    lock = QueueLock(paths.data_dir(), command)
    holder = lock.acquire()
    if holder is None:
        return lock
    if not wait:
        say(_busy(holder, command))
        return ExitCode.BUSY
    say(f"Waiting for {_who(holder)} to finish …")
    lock.acquire(wait=True)
    return lock


def _busy(holder: Holder, command: str) -> str:
    if holder.kind == WINDOW:
        queue = _WINDOW_DOES.get(command, _WINDOW_DOES["summarize"])
        return (f"The Offline Assistant window is running on this data folder; {queue}. "
                f"Or close the window, or run this again with --wait to start when it closes.")
    who = _who(holder)
    return (f"{who[0].upper()}{who[1:]} is running summaries on this data folder. Run this "
            f"again with --wait to start when it has finished.")


_WINDOW_DOES = {  # what the window offers instead of a command it keeps from running
    "summarize": "its queue runs the summaries: add the files on its Documents page",
    "jobs resume": "its queue will resume the unfinished summaries by itself",
    "jobs delete": "delete the summary with the Delete button on its Documents page",
    "purge": "nothing is erased while it may be summarising",
}


def _who(holder: Holder) -> str:
    if holder.kind == WINDOW:
        return "the Offline Assistant window"
    if holder.pid:
        return f"another `offline-assistant {holder.kind}` (process {holder.pid})"
    return "another Offline Assistant process"
