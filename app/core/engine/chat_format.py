"""Turn a list of chat messages into the model's prompt.

The template comes from the GGUF file, which is untrusted input (CVE-2024-34359): it is
rendered only through llama-cpp-python's Jinja2ChatFormatter, which uses Jinja's
ImmutableSandboxedEnvironment. Models without a template get a plain fallback that goes
through the same sandboxed path.
"""

from __future__ import annotations

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


@dataclass(frozen=True)
class ChatPrompt:
    text: str
    stops: tuple[str, ...]


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
        return ChatPrompt(text=response.prompt, stops=stops)


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
