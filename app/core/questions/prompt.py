"""The prompt that asks the model a question about some passages, kept as a versioned
template beside the summary prompts (resources/prompts/ask/<version>/) so that an answer
records exactly which wording produced it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import groupby
from pathlib import Path

from app.core.questions.retrieval import FoundPassage
from app.core.summarize.prompts import page_label
from app.paths import resources_dir

ASK_PROMPT_VERSION = "ask-v1"


@dataclass(frozen=True)
class AskPrompt:
    version: str
    system: str
    question: str

    def messages(self, *, passages: str, question: str,
                 earlier: list[dict] = ()) -> list[dict]:
        """`earlier`: the conversation's earlier questions and answers, as chat messages,
        between the instructions and the question with its passages."""
        body = self.question.format(passages=passages, question=question.strip())
        return [{"role": "system", "content": self.system}, *earlier,
                {"role": "user", "content": body}]


@cache
def load_ask_prompt(version: str = ASK_PROMPT_VERSION, folder: Path | None = None) -> AskPrompt:
    folder = folder or resources_dir() / "prompts" / "ask" / version.removeprefix("ask-")

    def read(name: str) -> str:
        return (folder / name).read_text(encoding="utf-8").strip()

    return AskPrompt(version, read("system.txt"), read("question.txt"))


def source_label(page: int, name: str | None) -> str:
    """"p. 4", or with the document's name when several are asked: "fees.pdf, p. 4"."""
    return f"{name}, {page_label(page, page)}" if name else page_label(page, page)


def passage_block(passages: list[FoundPassage], names: dict[int, str] | None) -> str:
    """The passages in the order given, the consecutive ones of a page under one label.
    `names` (document id -> file name) only when more than one document is asked."""
    blocks = []
    for (document_id, page), group in groupby(passages, lambda p: (p.document_id, p.page)):
        label = source_label(page, names[document_id] if names else None)
        blocks.append(f"[{label}] " + " ".join(p.text for p in group))
    return "\n\n".join(blocks)
