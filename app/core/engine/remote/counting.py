"""How a server counts tokens, so that chunks fit its context exactly. The two servers
the app is built for each have a `/tokenize`, in shapes of their own:
- llama.cpp's `llama-server`: {"content": text} → {"tokens": […]}, and `/apply-template`
  to see a chat prompt as the model will, which is then tokenized;
- vLLM: {"model", "prompt"} for a text, {"model", "messages"} for a chat prompt with the
  model's template → {"count", "tokens", "max_model_len"}.
A server with neither is planned for from an estimate with a safety margin (client.py)."""

from __future__ import annotations

import math

LLAMA_CPP, VLLM = "llama.cpp", "vllm"
MARKER_TOKENS = 8  # a chat message's role markers, where the template cannot be seen
# Where the server cannot count: an estimate meant to stay above the truth, since a chunk
# over the server's context is refused at every try. Measured with an English-trained
# tokenizer (SmolLM2's): ASCII text runs 4.0 characters a token in English but 2.2 in
# Malay and Indonesian, which sets the rate; other letters are counted by their UTF-8
# bytes, which such a tokenizer may split them into (Vietnamese 1.5 characters a token,
# Thai and Chinese 0.6, about 1.6 bytes).
ASCII_CHARS_PER_TOKEN = 2.2
OTHER_BYTES_PER_TOKEN = 1.5
ESTIMATE_MARGIN = 1.25  # and a quarter more on top
ESTIMATE_NOTE = ("The server does not count tokens (no /tokenize): chunks are planned from a "
                 "cautious estimate, so they are smaller than they could be.")


def probe(kind: str, model: str) -> dict:
    """A request of `kind`'s shape that its /tokenize answers (and the other refuses)."""
    return text_request(kind, model, "a")


def text_request(kind: str, model: str, text: str) -> dict:
    if kind == VLLM:
        return {"model": model, "prompt": text, "add_special_tokens": False}
    # as the local engine counts: a document's "<|im_start|>" is text, not a marker
    return {"content": text, "parse_special": False}


def chat_request(model: str, messages: list[dict]) -> dict:
    """vLLM's: the model's own template, with the assistant's turn begun, as it answers."""
    return {"model": model, "messages": messages, "add_generation_prompt": True}


def templated_request(prompt: str) -> dict:
    """llama.cpp's, for a prompt /apply-template wrote: its BOS counted, as it is sent."""
    return {"content": prompt, "add_special": True}


def counted(reply: dict) -> int:
    return int(reply["count"]) if "count" in reply else len(reply["tokens"])


def estimate(text: str) -> int:
    ascii_chars = len(text.encode("ascii", "ignore"))
    other_bytes = len(text.encode("utf-8", "replace")) - ascii_chars
    return math.ceil((ascii_chars / ASCII_CHARS_PER_TOKEN
                      + other_bytes / OTHER_BYTES_PER_TOKEN) * ESTIMATE_MARGIN)
