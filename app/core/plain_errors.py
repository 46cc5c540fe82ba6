"""Any error that stops a piece of work, said in words a non-engineer can act on.

The app's own errors (a document that cannot be read, a model that cannot be used) already
speak plainly. What a full disk, a locked or read-only database, or a bug raises does not:
`in_words` turns those into one sentence that says what happened and what to do next.
"""

from __future__ import annotations

import errno

from app.core.audit import AuditUnavailable
from app.core.documents.errors import DocumentError
from app.core.engine import EngineError
from app.core.engine.remote.config import ServerConfigError
from app.core.policy import PolicyRefusal
from app.core.store import JobDeleted
from app.core.store.connection import Error as DatabaseErrors

_FULL = "The disk is full: free some space, then {then}."
_BUSY = ("The app's database is in use by another program (perhaps a second Offline "
         "Assistant): close it, then {then}.")
_READ_ONLY = ("The app's data folder cannot be written (it is read-only or not yours): "
              "make it writable, then {then}.")
_DISK = "The disk could not be read or written: check the drive, then {then}."

# SQLite's own wording of its result codes (sqlite3_errstr), which Python passes on.
_SQLITE = (("database or disk is full", _FULL), ("is locked", _BUSY),
           ("readonly database", _READ_ONLY), ("unable to open database", _READ_ONLY),
           ("disk i/o error", _DISK))
_ERRNO = {errno.ENOSPC: _FULL, errno.EDQUOT: _FULL, errno.EROFS: _READ_ONLY,
          errno.EACCES: _READ_ONLY, errno.EPERM: _READ_ONLY, errno.EIO: _DISK}


def storage_problem(exc: BaseException) -> str | None:
    """The sentence template for a problem of the disk or the database the user can fix
    (free space, close another program, permissions); None for anything else."""
    if isinstance(exc, DatabaseErrors):
        text = str(exc).lower()
        return next((sentence for words, sentence in _SQLITE if words in text), None)
    if isinstance(exc, OSError):
        return _ERRNO.get(exc.errno)
    return None


def in_words(exc: BaseException, then: str = "try again") -> str:
    """One plain sentence for `exc`; `then` is the step after the fix ("resume this
    document", "ask again")."""
    if isinstance(exc, (DocumentError, EngineError, JobDeleted, AuditUnavailable, PolicyRefusal,
                        ServerConfigError)):
        return str(exc)
    template = storage_problem(exc)
    if template is not None:
        return template.format(then=then)
    # A bug: name it briefly so a report can quote it, without a traceback.
    return (f"Something unexpected went wrong ({type(exc).__name__}: {exc}). "
            f"Finished work is kept: {then}, and report this if it happens again.")
