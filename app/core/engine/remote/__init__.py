"""The organisation's inference server as a second engine backend (no Qt). The only code
in this app that opens a network connection, and only to the configured host and port."""

from app.core.engine.remote.client import ServerClient
from app.core.engine.remote.config import ServerConfig, ServerConfigError, server_config
from app.core.engine.remote.model import ServerModel

__all__ = ["ServerClient", "ServerConfig", "ServerConfigError", "ServerModel",
           "server_config"]
