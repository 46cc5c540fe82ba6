"""Summary prompts, kept as versioned templates in resources/prompts/<version>/ so a job can
record exactly which wording produced it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.paths import resources_dir

PROMPT_VERSION = "v1"


@dataclass(frozen=True)
class PromptSet:
    version: str
    system: str
    map: str
    reduce: str
    styles: dict

    def style(self, name: str) -> str:
        if name not in self.styles:
            raise ValueError(f"unknown summary style {name!r}; choose one of {sorted(self.styles)}")
        return self.styles[name]

    def map_messages(self, *, document: str, pages: str, text: str, style: str,
                     language: str | None = None) -> list[dict]:
        body = self.map.format(document=document, pages=pages, text=text,
                               style=self.style(style), language=language_line(language))
        return [{"role": "system", "content": self.system}, {"role": "user", "content": body}]

    def reduce_messages(self, *, document: str, text: str, style: str,
                        language: str | None = None) -> list[dict]:
        body = self.reduce.format(document=document, text=text, style=self.style(style),
                                  language=language_line(language))
        return [{"role": "system", "content": self.system}, {"role": "user", "content": body}]


def language_line(language: str | None) -> str:
    """The document's own language unless the user picked another."""
    if language:
        return f"Write the summary in {language}."
    return "Write in the same language as the text."


@cache
def load_prompts(version: str = PROMPT_VERSION, folder: Path | None = None) -> PromptSet:
    folder = folder or resources_dir() / "prompts" / version

    def read(name: str) -> str:
        return (folder / name).read_text(encoding="utf-8").strip()

    return PromptSet(
        version=version,
        system=read("system.txt"),
        map=read("map.txt"),
        reduce=read("reduce.txt"),
        styles=json.loads(read("styles.json")),
    )


def page_label(first: int, last: int) -> str:
    return f"p. {first}" if first == last else f"p. {first}–{last}"
