"""What the app and the engine host say to each other: plain JSON, checked before use.

The host reads model files, and a model's chat template is untrusted input
(CVE-2024-34359): a host taken over must not be able to run code in the app. So nothing
on the pipe is a pickle (unpickling can run any code). Each message is one JSON object,
sent with `send_bytes` and read with `recv_bytes` capped in size (a longer one is refused
from its length alone); the reader keeps only the fields it knows, each of its type.

Host to app: {"type": …} as listed in _HOST_FIELDS; app to host: {"op": …} as listed in
_REQUEST_FIELDS (host.py describes both). Anything else raises NotUnderstood. The bench's
raw llama.cpp process (app/core/bench/raw.py) speaks the same way, with messages of its own.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import fields

from app.core.engine.events import (
    Answered,
    BatchWriting,
    EngineEvent,
    EngineFailure,
    Finished,
    PrefillProgress,
    Timings,
    Token,
)

# A summary's token count carries every paragraph of a document (up to millions of
# characters, 12 bytes each for an emoji as JSON writes it); an answer's text is at most a
# context long. Both limits leave room for that and refuse what no real message needs.
MAX_REQUEST_BYTES = 256 * 1024 * 1024
MAX_HOST_MESSAGE_BYTES = 64 * 1024 * 1024

NOT_UNDERSTOOD = (
    "The model engine sent a message the app does not understand, so it was stopped. "
    "Everything saved so far is kept; the engine will be restarted for your next request."
)


class NotUnderstood(ValueError):
    """A message that is not JSON, names no known type, or has a field of the wrong kind."""


# What a field may hold: a type (str, bool, list, dict), one of these three, a frozenset of
# the allowed strings, [what each item is], or a record: {field: what it is}, every field
# present, or a Partial({...}) where each may be left out.


class Count:
    """A whole number, 0 or more (a bool is not one, though Python says it is an int)."""


class Seconds:
    """A finite number of seconds, 0 or more."""


class Name:
    """A short lower-case word: a stage, an error kind, a role in code."""


class Partial(dict):
    """A record whose fields may each be left out (a cancelled answer has few timings)."""


_NAME = re.compile(r"[a-z_]{1,40}")
_TIMING_KINDS = Partial({f.name: Count if f.type in ("int", int) else Seconds
                         for f in fields(Timings)})

_HOST_FIELDS: dict[str, dict[str, object]] = {
    "token": {"text": str},
    "prefill": {"done": Count, "total": Count},
    "writing": {"tokens": Count, "seconds": Seconds, "answers": Count},
    "finished": {"text": str, "finish_reason": frozenset({"stop", "length", "cancelled", "loop"}),
                 "timings": _TIMING_KINDS},
    "answer": {"seq": Count, "text": str,
               "finish_reason": frozenset({"stop", "length", "cancelled", "loop"}),
               "timings": _TIMING_KINDS},
    "error": {"kind": Name, "message": str},
    "alive": {"stage": Name, "for_s": Seconds},
    "loaded": {"n_ctx": Count, "n_ctx_train": Count,
               "template": frozenset({"model", "fallback"}), "system_info": str, "pid": Count},
    "capabilities": {"gpu_offload": bool},
    "counts": {"counts": [Count]},
    "unloaded": {},
}
# The app's own requests: checked for shape only (each handler checks what it uses, and a
# failure there goes back to the app as an error reply).
_REQUEST_FIELDS: dict[str, dict[str, object]] = {
    "load": {"path": str, "options": dict},
    "generate": {"id": Count, "messages": [dict], "params": dict},
    "generate_many": {"id": Count, "requests": [{"messages": [dict], "params": dict}]},
    "cancel": {"id": Count},
    "count_tokens": {"texts": [str]},
    "count_prompt": {"messages": [dict]},
    "capabilities": {},
    "unload": {},
    "shutdown": {},
}


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number")


# ASCII only: a lone surrogate in a document's text (an e-mail header's undecodable byte)
# travels as "\\udcXX" and comes back the same, where UTF-8 could not carry it. Made once:
# json.dumps and json.loads with options build a new coder per call, too slow per token.
_ENCODER = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), allow_nan=False)
# NaN and Infinity are not JSON, and a NaN in a heartbeat would slip past every deadline.
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)

# The one reply each request gets when it succeeds (any request may get an "error").
REPLIES = {"load": "loaded", "capabilities": "capabilities", "count_tokens": "counts",
           "count_prompt": "counts", "unload": "unloaded"}


def encode(message: dict) -> bytes:
    return _ENCODER.encode(message).encode("ascii")


def decode_host_message(data: bytes) -> dict:
    """A message from the host with only its known fields, each checked."""
    return decode(data, "type", _HOST_FIELDS)


def decode_request(data: bytes) -> dict:
    """A request from the app with only its known fields, each checked."""
    return decode(data, "op", _REQUEST_FIELDS)


def to_event(message: dict) -> EngineEvent:
    """The event a decoded message of a generation stands for; any other type has no
    place in a generation."""
    kind = message["type"]
    if kind == "token":
        return Token(message["text"])
    if kind == "prefill":
        return PrefillProgress(message["done"], message["total"])
    if kind == "writing":
        return BatchWriting(message["tokens"], message["seconds"], message["answers"])
    if kind == "finished":
        return Finished(message["text"], message["finish_reason"], Timings(**message["timings"]))
    if kind == "answer":
        return Answered(message["seq"], Finished(message["text"], message["finish_reason"],
                                                 Timings(**message["timings"])))
    if kind == "error":
        return EngineFailure(message["message"], message["kind"])
    raise NotUnderstood(f"a {kind!r} message in the middle of an answer")


def decode(data: bytes, key: str, known: dict[str, dict[str, object]]) -> dict:
    """The message in `data` if its `key` names one of `known` and each of that one's
    fields is as described there; only those fields are kept."""
    try:
        message = _DECODER.decode(data.decode("utf-8"))
        kind = message[key]
        expected = known[kind]
        checked = {name: _checked(message[name], spec) for name, spec in expected.items()}
    except (ValueError, TypeError, KeyError, RecursionError) as problem:
        raise NotUnderstood(str(problem)[:200]) from None
    return {key: kind, **checked}


def _checked(value, spec):
    """`value` if it is what `spec` describes (as the comment above Count says); raises
    TypeError otherwise."""
    if spec is Count:
        if type(value) is not int or value < 0:
            raise TypeError("not a count")
    elif spec is Seconds:
        if type(value) not in (int, float) or not math.isfinite(value) or value < 0:
            raise TypeError("not a duration")
    elif spec is Name:
        if type(value) is not str or not _NAME.fullmatch(value):
            raise TypeError("not a name")
    elif isinstance(spec, frozenset):
        if type(value) is not str or value not in spec:
            raise TypeError("not one of the allowed values")
    elif isinstance(spec, list):
        if type(value) is not list:
            raise TypeError("not a list")
        return [_checked(item, spec[0]) for item in value]
    elif isinstance(spec, dict):
        if type(value) is not dict:
            raise TypeError("not a record")
        if not (set(value) <= set(spec) if type(spec) is Partial else set(value) == set(spec)):
            raise TypeError("not a record of the known fields")
        return {name: _checked(item, spec[name]) for name, item in value.items()}
    elif type(value) is not spec:
        raise TypeError(f"not a {spec.__name__}")
    return value
