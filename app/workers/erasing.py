"""The window's deletions that erase (app/core/store/erase.py), on the thread pool: the
rows go, the full-text index is merged and the log emptied without holding up the
window. Each reports the core's `Erased` back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from sqlite_utils.db import NotFoundError

from app.core.store import erase
from app.workers.tasks import run_query

Done = Callable[[object], None]
Failed = Callable[[str], None]


def erase_deleted_conversations(on_done: Done, on_failed: Failed | None = None, *,
                                just_deleted: int | None = None) -> None:
    """`just_deleted`: a conversation whose deletion may still be on another pool thread;
    marked again here, in the same task, so the erasure cannot run before it."""
    def work(store):
        if just_deleted is not None:
            with suppress(NotFoundError):  # gone already (a retention purge): nothing to mark
                store.delete_conversation(just_deleted)
        return erase.erase_deleted_conversations(store)

    run_query(work, on_done, on_failed, writes=True)


def erase_job(job_id: int, on_done: Done, on_failed: Failed | None = None) -> None:
    run_query(lambda store: erase.erase_job(store, job_id), on_done, on_failed, writes=True)


def erase_everything(on_done: Done, on_failed: Failed | None = None) -> None:
    run_query(erase.erase_everything, on_done, on_failed, writes=True)


def purge_older_than(days: int, on_done: Done, on_failed: Failed | None = None) -> None:
    run_query(lambda store: erase.purge_older_than(store, days), on_done, on_failed,
              writes=True)
