"""Encryption at rest, set up at start: before anything opens the data file, the window and
every terminal command call `protect_data_file`, which puts the key in force for every
connection of this process (app/core/store/connection.py) when the data is, or must be,
encrypted, and encrypts a plain file first (app/core/store/encryption.py).

- The organisation's policy requires encryption (`encrypt_database`): the key comes from
  the keychain (made on first use); a plain file with data in it is encrypted in place.
- No policy requires it, but the file is encrypted (it once did): it stays encrypted and
  its key is used; nothing is ever decrypted back to plain.
- Otherwise the file is plain, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.core import audit, keychain
from app.core.policy import Policy, policy_in_force
from app.core.store.connection import use_key
from app.core.store.encryption import EncryptionStep, encrypt_in_place, is_encrypted, is_plain


def protect_data_file(path: Path, progress: Callable[[EncryptionStep], None] = lambda s: None,
                      policy: Policy | None = None) -> bool:
    """Prepare the data file at `path` as above; True when its connections are encrypted.
    Raises KeychainUnavailable (a PolicyRefusal) when the key cannot be had: the caller
    says so and does not start."""
    policy = policy or policy_in_force()
    path = Path(path)
    if not policy.encrypt_database and not is_encrypted(path):
        use_key(None)
        return False
    key = keychain.database_key(path.parent, create=not is_encrypted(path))
    use_key(key)
    if is_plain(path) and path.stat().st_size > 0:
        rows = encrypt_in_place(path, progress)
        audit.record("data_encrypted", rows=rows)
    return True
