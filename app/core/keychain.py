"""The data file's encryption key, kept in the operating system's keychain through `keyring`:
Windows Credential Manager, the macOS Keychain, or the Secret Service of a Linux desktop
(GNOME Keyring, KWallet). None of them touches the network.

One key per data folder (its full path names it), 32 random bytes made on first use. Only
those keychains are trusted: keyring also offers back-ends that write secrets into a file
in plain (keyrings.alt) or that store nothing (its "fail" and "null" back-ends), and a key
kept beside the data protects nothing. When no trusted keychain answers (no desktop
session, a locked keyring), the app refuses to start and says why: it never falls back to
an unencrypted file.
"""

from __future__ import annotations

import logging
import secrets
import sys
from pathlib import Path

from app.core.policy import PolicyRefusal

logger = logging.getLogger(__name__)

SERVICE = "Offline Assistant database key"
KEY_BYTES = 32  # 256 bits: SQLCipher's AES-256 key, given raw


class KeychainUnavailable(PolicyRefusal):
    """No keychain can keep (or give back) the data file's key; the message says so."""


def keychain_name() -> str:
    if sys.platform == "win32":
        return "Windows Credential Manager"
    if sys.platform == "darwin":
        return "the macOS Keychain"
    return "the desktop's keyring (Secret Service: GNOME Keyring or KWallet)"


def database_key(data_folder: Path, *, create: bool) -> bytes:
    """The key of the data file in `data_folder`; with `create`, a new one is made and kept
    when the keychain has none. Raises KeychainUnavailable with the words to show."""
    from keyring.errors import KeyringError

    backend = _trusted_backend()
    account = str(Path(data_folder).resolve())
    try:
        stored = backend.get_password(SERVICE, account)
        if stored is None and create:
            backend.set_password(SERVICE, account, secrets.token_bytes(KEY_BYTES).hex())
            stored = backend.get_password(SERVICE, account)  # what the keychain really kept
            logger.info("a new data key was stored in %s", type(backend).__module__)
    except KeyringError as exc:  # locked, or the user refused to unlock it
        raise KeychainUnavailable(_refusal(f"it did not answer ({exc})")) from exc
    if stored is None:
        raise KeychainUnavailable(
            f"Your data is encrypted, and its key is not in {keychain_name()} for "
            f"{account}. Without it the data cannot be read. Ask your IT team: the key may "
            f"be in the keychain of another user account, or restore the keychain.")
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeychainUnavailable(_refusal("the key kept there is not one this app made"))
    return key


def _trusted_backend():
    """The highest-priority keychain that keeps secrets in the operating system's own
    protected store and answers now; raises KeychainUnavailable when there is none.
    Chosen here, not by keyring's configuration or its environment variable, so that a
    plain-file back-end can never be slipped in."""
    for backend in _trusted_classes():
        if backend.viable:
            return backend()
    raise KeychainUnavailable(_refusal("none was found on this computer"))


def _trusted_classes() -> list:
    if sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring

        return [WinVaultKeyring]
    if sys.platform == "darwin":
        from keyring.backends.macOS import Keyring

        return [Keyring]
    from keyring.backends.kwallet import DBusKeyring
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    return [SecretServiceKeyring, DBusKeyring]


def _refusal(why: str) -> str:
    return (f"Your organisation's policy requires your data to be encrypted, with its key kept "
            f"in {keychain_name()}, but no keychain can be used: {why}. Offline Assistant "
            f"will not keep your data unencrypted, nor its key beside the data, so it cannot "
            f"start. Sign in to a desktop session with its keyring unlocked, or ask your IT "
            f"team.")


def server_token(service: str, account: str) -> str:
    """The organisation server's bearer token kept in the OS keychain under its URL (IT or
    the user put it there: `offline-assistant server token`, or Settings). Raises
    KeychainUnavailable with the words to show when there is none, or no trusted keychain
    answers."""
    from keyring.errors import KeyringError

    backend = _trusted_backend()
    try:
        stored = backend.get_password(service, account)
    except KeyringError as exc:
        raise KeychainUnavailable(
            f"The server's token is kept in {keychain_name()}, which did not answer "
            f"({exc}). Unlock it, or ask your IT team.") from exc
    if not stored:
        raise KeychainUnavailable(
            f"The server's token is not in {keychain_name()} for {account}. Store it with "
            "`offline-assistant server token`, or ask your IT team.")
    return stored


def keep_server_token(service: str, account: str, token: str) -> None:
    """Keep the server's token in the OS keychain (never in a file of this app)."""
    from keyring.errors import KeyringError

    try:
        _trusted_backend().set_password(service, account, token)
    except KeyringError as exc:
        raise KeychainUnavailable(
            f"{keychain_name()} did not keep the server's token ({exc}).") from exc
