"""The user's preferences, kept in the store's settings table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

THEMES = ("system", "light", "dark")


@dataclass
class AppSettings:
    theme: str = "system"
    send_with_enter: bool = False  # Ctrl+Enter always sends; Enter too when this is on
    context_length: int = 0  # 0: chosen automatically from the model and free memory
    threads: int = 0  # 0: one per physical core
    default_model: str = ""  # empty: the first usable model of the catalogue (files.py)
    welcomed: bool = False
    language: str = ""  # of the interface; empty: the system's, where a translation exists
    # What text recognition of scanned pages reads: codes of documents.ocr.OCR_LANGUAGES,
    # comma-separated ("latin,zh"); empty: every language the shipped model reads.
    ocr_languages: str = ""
    # The organisation's inference server (engine/remote/config.py); an empty URL: the
    # model runs on this computer. A policy that names a server overrides all of these.
    server_url: str = ""
    server_model: str = ""  # empty: the one model the server offers
    server_token_env: str = ""  # the environment variable holding the bearer token
    server_token_keychain: bool = False  # the token is in the OS keychain, under the URL
    server_ca_bundle: str = ""  # the organisation's CA certificates (PEM file)
    server_slots: int = 0  # 0: as many as the server reports

    @classmethod
    def from_store(cls, store) -> AppSettings:
        saved = store.settings()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in saved.items() if k in known})

    def save(self, store) -> None:
        store.save_settings(asdict(self))


def ocr_languages_in_force(store) -> tuple[str, ...]:
    """What text recognition reads now: the policy's languages where it sets them, else the
    user's choice in Settings; empty: every one it can."""
    from app.core.policy import policy_in_force
    from app.core.policy.documents import ocr_languages

    return ocr_languages(AppSettings.from_store(store).ocr_languages, policy_in_force())
