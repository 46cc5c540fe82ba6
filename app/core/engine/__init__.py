from app.core.engine.client import EngineClient, LoadedModel
from app.core.engine.events import (
    EngineError,
    EngineEvent,
    EngineFailure,
    Finished,
    PrefillProgress,
    Timings,
    Token,
)

__all__ = [
    "EngineClient",
    "EngineError",
    "EngineEvent",
    "EngineFailure",
    "Finished",
    "LoadedModel",
    "PrefillProgress",
    "Timings",
    "Token",
]
