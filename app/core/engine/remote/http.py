"""The one HTTP client this app ever makes, and what its failures mean in plain words.

httpx with trust_env=False: no proxy, no .netrc and no CA path picked up from the
environment, so the only connection is to the configured host and port. TLS is checked
against the organisation's CA bundle when one is given, else the system's store."""

from __future__ import annotations

import ssl

import httpx

from app.core.engine.remote.config import ServerConfig

BACK_OFF_S = (1.0, 2.0, 4.0, 8.0)  # waits after a 429/503 before giving up


class ServerUnreachable(Exception):
    """No answer, or the answer broke off: the job pauses and resumes when it is back."""


class ServerTimedOut(ServerUnreachable):
    """Connected, but the answer stalled past the read deadline (a wedged slot): asked once
    more before the job pauses."""


class ServerRefused(Exception):
    """The server answered no (the token, the model, the request): retrying will not help."""


class TokenRefused(ServerRefused):
    """401/403: the token is missing, wrong or expired. A job pauses: it can go on once IT
    gives a new token."""


def make_client(config: ServerConfig, connections: int, *,
                keep_alive: bool = True) -> httpx.Client:
    """`keep_alive=False`: every request on a new connection, closed after it."""
    config.check()
    headers = {}
    token = config.token()
    if token:
        headers["Authorization"] = f"Bearer {token}"
    verify: ssl.SSLContext | bool = True
    if config.ca_bundle:
        verify = ssl.create_default_context(cafile=config.ca_bundle)
    return httpx.Client(
        base_url=config.base_url, headers=headers, verify=verify, trust_env=False,
        timeout=httpx.Timeout(config.read_s, connect=config.connect_s),
        limits=httpx.Limits(max_connections=max(connections, 1) + 2,
                            max_keepalive_connections=(max(connections, 1) + 2
                                                       if keep_alive else 0)))


def in_words(exc: httpx.HTTPError, config: ServerConfig) -> Exception:
    """A ServerUnreachable or ServerRefused saying what went wrong with `exc`."""
    where = config.host_port
    if isinstance(exc, httpx.ConnectTimeout):
        return ServerUnreachable(f"no answer from {where} within {config.connect_s:g} s")
    if isinstance(exc, httpx.ConnectError):
        if _is_certificate_problem(exc):
            return ServerRefused(
                f"the server at {where} showed a certificate this computer does not trust "
                f"({_reason(exc)}). Give the organisation's CA certificate file in the "
                "server settings, or ask your IT team.")
        return ServerUnreachable(f"no answer from {where}: the connection was refused "
                                 "(is the server running?)")
    if isinstance(exc, httpx.ReadTimeout):
        return ServerTimedOut(f"the server at {where} sent nothing for {config.read_s:g} s")
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return ServerUnreachable(f"the connection to {where} broke off ({_reason(exc)})")
    return ServerUnreachable(f"the server at {where} could not be reached ({_reason(exc)})")


def refusal(response: httpx.Response, config: ServerConfig) -> ServerRefused | None:
    """What a non-2xx answer means; None for a 2xx one."""
    if response.is_success:
        return None
    if response.status_code in (401, 403):
        has_token = config.token_env or config.token_in_keychain or config.given_token
        return TokenRefused("the server refused the token (it may have expired): ask your "
                            "IT team for a valid one" if has_token else
                            "the server asks for a token, and none is configured")
    detail = _error_text(response)
    return ServerRefused(f"the server at {config.host_port} answered "
                         f"{response.status_code}{': ' + detail if detail else ''}")


def busy(response: httpx.Response) -> bool:
    """429 (too many requests) or 503 (loading, or every slot taken): wait and ask again."""
    return response.status_code in (429, 503)


def error_message(error) -> str:
    """The words of an OpenAI-style {"error": {"message": …}} (or a bare string)."""
    return str(error.get("message", error) if isinstance(error, dict) else error)[:200]


def _error_text(response: httpx.Response) -> str:
    try:
        response.read()
        return error_message(response.json().get("error"))
    except Exception:  # not JSON: its first words
        return response.text[:200].strip()


def _is_certificate_problem(exc: Exception) -> bool:
    seen = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE" in str(exc).upper()


def _reason(exc: Exception) -> str:
    return str(exc) or type(exc).__name__
