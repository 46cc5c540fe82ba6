"""Turn a list of chat messages into the model's prompt.

The template comes from the GGUF file, which is untrusted input (CVE-2024-34359): it is
rendered only through llama-cpp-python's Jinja2ChatFormatter, which uses Jinja's
ImmutableSandboxedEnvironment. Models without a template get a plain fallback that goes
through the same sandboxed path.

The prompt comes back in pieces: the template's own markup, where `<|im_start|>` and the
like are real control tokens, and the messages' text, which is tokenised as plain text
whatever it contains, so a document cannot write chat markup of its own (prompt_tokens.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FALLBACK_TEMPLATE = (
    "{% for message in messages %}"
    "{% if message['role'] == 'system' %}{{ message['content'] }}\n\n"
    "{% elif message['role'] == 'user' %}### User:\n{{ message['content'] }}\n\n"
    "{% else %}### Assistant:\n{{ message['content'] }}\n\n{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}### Assistant:\n{% endif %}"
)
FALLBACK_STOPS = ("### User:", "\n### ")
# Stands in for message i while the template is rendered, to find where its text lands.
# Private-use characters: no template markup contains them, and trimming or changing the
# case of the text leaves them as they are.
_SLOT = "\ue000{}\ue001"
_SLOTS = re.compile("\ue000(\\d+)\ue001")


@dataclass(frozen=True)
class Piece:
    text: str
    markup: bool  # the template's own text: the only place special tokens may come from


@dataclass(frozen=True)
class ChatPrompt:
    pieces: tuple[Piece, ...]
    stops: tuple[str, ...]

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)


class ChatFormat:
    def __init__(self, template: str | None, *, bos_token: str, eos_token: str):
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self.from_model = bool(template)
        self._formatter = Jinja2ChatFormatter(
            template=template or FALLBACK_TEMPLATE, eos_token=eos_token, bos_token=bos_token
        )
        self._eos_token = eos_token

    def render(self, messages: list[dict]) -> ChatPrompt:
        response = self._formatter(messages=messages)
        stops = tuple(s for s in _as_list(response.stop) if s)
        if not self.from_model:
            stops += FALLBACK_STOPS
        slotted = [{**m, "content": _SLOT.format(i)} for i, m in enumerate(messages)]
        marked = self._formatter(messages=slotted).prompt
        return ChatPrompt(pieces=_pieces(response.prompt, marked, messages), stops=stops)


def _pieces(prompt: str, marked: str, messages: list[dict]) -> tuple[Piece, ...]:
    """Split `prompt` into the template's markup and the messages' text, using `marked` (the
    same template rendered with a slot in place of each message's text). Many templates trim
    the text (`| trim`): each slot is matched to the text or to its trimmed form so that the
    pieces add up to exactly `prompt`. A template that changes the text in another way gets
    the messages' text as it is, in the template's markup: a slightly different prompt,
    never a message read as markup."""
    parts = _SLOTS.split(marked)
    markup, slots = parts[0::2], [messages[int(i)]["content"] for i in parts[1::2]]
    pieces, at = [], 0
    for before, text, after in zip(markup, slots, markup[1:]):
        if not prompt.startswith(before, at):
            break
        at += len(before)
        text = next((t for t in (text, text.strip()) if prompt.startswith(t + after, at)),
                    None)
        if text is None:
            break
        pieces += [Piece(before, True), Piece(text, False)]
        at += len(text)
    else:
        if prompt[at:] == markup[-1]:
            return _joined(pieces + [Piece(markup[-1], True)])
    if any("\ue000" in m or "\ue001" in m for m in markup):
        raise ValueError("This model's chat template cuts up the text of the messages, so the "
                         "app cannot build a safe prompt with it. Choose another model.")
    return _joined([Piece(part, True) if i % 2 == 0 else Piece(slots[i // 2], False)
                    for i, part in enumerate(parts)])


def _joined(pieces: list[Piece]) -> tuple[Piece, ...]:
    return tuple(piece for piece in pieces if piece.text)


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


class StopScanner:
    """Releases streamed text, holding back only what could still become a stop string,
    so the user never sees half of '### User:' flash up and vanish."""

    def __init__(self, stops: tuple[str, ...]):
        self.stops = stops
        self.pending = ""
        self.stopped = False

    def feed(self, text: str) -> str:
        self.pending += text
        for stop in self.stops:
            at = self.pending.find(stop)
            if at != -1:
                self.stopped = True
                out, self.pending = self.pending[:at], ""
                return out
        keep = self._held_back()
        out = self.pending[: len(self.pending) - keep]
        self.pending = self.pending[len(self.pending) - keep :]
        return out

    def flush(self) -> str:
        out, self.pending = self.pending, ""
        return out

    def _held_back(self) -> int:
        longest = 0
        for stop in self.stops:
            for size in range(min(len(stop) - 1, len(self.pending)), 0, -1):
                if self.pending.endswith(stop[:size]):
                    longest = max(longest, size)
                    break
        return longest
