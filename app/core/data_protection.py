"""Encryption at rest, set up at start: before anything opens the data file, the window and
every terminal command call `protect_data_file`, which puts the key in force for every
connection of this process (app/core/store/connection.py) when the data is, or must be,
encrypted, and encrypts a plain file first (app/core/store/encryption.py).

- The organisation's policy requires encryption (`encrypt_database`): the key comes from
  the keychain (made on first use); a plain file with data in it is encrypted in place.
- No policy requires it, but the file is encrypted (it once did): it stays encrypted and
  its key is used; nothing is ever decrypted back to plain. A file that only looks
  encrypted (a damaged header) and has no key in the keychain is opened plain, so that
  the health check reports it as damaged, as before.
- Otherwise the file is plain, as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from app.core import audit, keychain
from app.core.policy import Policy, PolicyRefusal, policy_in_force
from app.core.store.connection import use_key
from app.core.store.encryption import EncryptionStep, encrypt_in_place, is_encrypted, is_plain

logger = logging.getLogger(__name__)


def protect_data_file(path: Path, progress: Callable[[EncryptionStep], None] = lambda s: None,
                      policy: Policy | None = None) -> bool:
    """Prepare the data file at `path` as above; True when its connections are encrypted.
    Raises KeychainUnavailable (a PolicyRefusal) when the key cannot be had: the caller
    says so and does not start."""
    policy = policy or policy_in_force()
    path = Path(path)
    if not policy.encrypt_database:
        key = _key_if_any(path) if is_encrypted(path) else None
        use_key(key)
        return key is not None
    key = keychain.database_key(path.parent, create=not is_encrypted(path))
    use_key(key)
    if is_plain(path) and path.stat().st_size > 0:
        rows = encrypt_in_place(path, progress)
        audit.record("data_encrypted", rows=rows)
    return True


def _key_if_any(path: Path) -> bytes | None:
    """The key of a file encrypted under an earlier policy; None where the keychain has
    none (or there is no keychain): no policy requires one, so the file is then opened
    plain and, if it is not, the health check calls it damaged (it is kept, never lost)."""
    try:
        return keychain.database_key(path.parent, create=False)
    except PolicyRefusal as exc:
        logger.warning("the data file is not plain SQLite and has no usable key: %s",
                       type(exc).__name__)
        return None
