"""Which inference server the organisation runs, and how to reach it: from the admin policy
file where it names one (IT's word is final), else from the user's settings. None of it is
a secret: the bearer token is read at connect time from the OS keychain or an environment
variable the configuration names, never kept in the policy file or the database.

A plain-http URL to another machine would send documents across the network unencrypted:
refused unless the policy says this network allows it. Loopback is always allowed."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit

CONNECT_S = 10.0  # "no answer from host:port within 10 s"
READ_S = 120.0  # a busy server may take this long between two tokens (a long prefill)
TOKEN_SERVICE = "Offline Assistant server token"  # keychain service; the account: the URL


class ServerConfigError(ValueError):
    """A server configuration that cannot be used; the message says why in plain words."""


@dataclass(frozen=True)
class ServerConfig:
    base_url: str  # e.g. https://llm.example.org:8443 (without /v1)
    model: str = ""  # empty: the one model the server offers
    token_env: str = ""  # the environment variable holding the bearer token
    token_in_keychain: bool = False  # the token is kept in the OS keychain, under the URL
    ca_bundle: str = ""  # the organisation's CA certificates (PEM); empty: the system's
    allow_plain_http: bool = False  # only a policy may set it
    slots: int = 0  # 0: as many as the server reports, else 1
    connect_s: float = CONNECT_S
    read_s: float = READ_S
    source: str = "settings"  # "policy" or "settings", to say where a setting comes from
    # A token typed in Settings and tried before it is kept: never printed, never saved.
    given_token: str = field(default="", repr=False, compare=False)

    @property
    def host_port(self) -> str:
        parts = urlsplit(self.base_url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        return f"{parts.hostname}:{port}"

    def check(self) -> None:
        """Raise ServerConfigError when this URL must not be used."""
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ServerConfigError(
                f'"{self.base_url}" is not a server address. Write it like '
                "https://llm.example.org:8443.")
        if parts.scheme == "http" and not is_loopback(parts.hostname) and not (
                self.allow_plain_http):
            raise ServerConfigError(
                f"{self.base_url} is a plain http:// address on another computer: your "
                "documents would cross the network unencrypted. Use its https:// address, "
                "or ask your IT team to allow plain http in the policy file.")
        if self.ca_bundle and not os.path.isfile(self.ca_bundle):
            raise ServerConfigError(
                f"The certificate file {self.ca_bundle} given for the server does not exist.")

    def token(self) -> str | None:
        """The bearer token, or None when the server is used without one."""
        if self.given_token:
            return self.given_token
        if self.token_env:
            value = os.environ.get(self.token_env, "").strip()
            if not value:
                raise ServerConfigError(
                    f"The server's token should be in the environment variable "
                    f"{self.token_env}, which is not set.")
            return value
        if self.token_in_keychain:
            from app.core.keychain import server_token

            return server_token(TOKEN_SERVICE, self.base_url)
        return None


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def server_config(policy, settings) -> ServerConfig | None:
    """The server to use: the policy's when it names one, else the user's settings', else
    None (the local engine, and no socket at all)."""
    if policy.locked_down:  # nothing runs, here or on a server
        return None
    section = (policy.raw or {}).get("server")
    if section and section.get("url"):
        return ServerConfig(
            base_url=section["url"].rstrip("/"), model=section.get("model", ""),
            token_env=section.get("token_env", ""),
            token_in_keychain=bool(section.get("token_in_keychain")),
            ca_bundle=section.get("ca_bundle", ""),
            allow_plain_http=bool(section.get("allow_plain_http")),
            slots=int(section.get("slots", 0)), source="policy")
    if settings is None or not getattr(settings, "server_url", ""):
        return None
    return ServerConfig(
        base_url=settings.server_url.rstrip("/"), model=settings.server_model,
        token_env=settings.server_token_env, token_in_keychain=settings.server_token_keychain,
        ca_bundle=settings.server_ca_bundle, slots=settings.server_slots)
