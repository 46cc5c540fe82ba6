"""Summary prompts, kept as versioned templates in resources/prompts/<version>/ so a job can
record exactly which wording produced it (app/prompt_files.py says where)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.core.documents.model import SUPPORTED_SUFFIXES
from app.prompt_files import PROMPT_VERSION, prompts_folder


@dataclass(frozen=True)
class PromptSet:
    version: str
    system: str
    map: str
    reduce: str
    styles: dict
    # v4 on: the style-independent steps (notes.py), the same for every style and language
    notes: str | None = None  # a part's notes
    merge: str | None = None  # notes on several parts combined into one set of notes

    def style(self, name: str) -> str:
        if name not in self.styles:
            raise ValueError(f"unknown summary style {name!r}; choose one of {sorted(self.styles)}")
        return self.styles[name]

    def map_messages(self, *, document: str, pages: str, text: str, style: str,
                     language: str | None = None) -> list[dict]:
        body = self.map.format(document=document, pages=pages, text=text,
                               style=self.style(style), language=language_line(language))
        return [{"role": "system", "content": self.system}, {"role": "user", "content": body}]

    @property
    def reads_once(self) -> bool:
        """Whether the steps before the last are written without the style or language."""
        return self.notes is not None and self.merge is not None

    def notes_messages(self, *, document: str, pages: str, text: str) -> list[dict]:
        body = self.notes.format(document=document, pages=pages, text=text)
        return [{"role": "system", "content": self.system}, {"role": "user", "content": body}]

    def merge_messages(self, *, document: str, text: str) -> list[dict]:
        body = self.merge.format(document=document, text=text)
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
    folder = folder or prompts_folder(version)

    def read(name: str) -> str:
        return (folder / name).read_text(encoding="utf-8").strip()

    def optional(name: str) -> str | None:
        return read(name) if (folder / name).exists() else None

    return PromptSet(
        version=version,
        system=read("system.txt"),
        map=read("map.txt"),
        reduce=read("reduce.txt"),
        styles=json.loads(read("styles.json")),
        notes=optional("notes.txt"),
        merge=optional("merge.txt"),
    )


def page_label(first: int, last: int) -> str:
    return f"p. {first}" if first == last else f"p. {first}–{last}"


# The reduce step heads each part with its page label ("[p. 4–6]"), the map prompt names the
# pages ("(p. 1–6)") and the question prompt labels passages ("[fees.pdf, p. 4]"); small
# models copy these, the document's name in brackets and references of their own into the
# answer, where they read as citations nobody checked. Every page reference the model wrote
# is taken out, and so is a line left with nothing but a label or a stray page number
# ("2–3)"), before the app adds the references it has matched to a passage.
_PAGES = r"(?:pp?\.|pages?)\s*\d+(?:\s*[–-]\s*\d+)?"
_FILE_NAME = rf"[^\[\]()\n]{{1,120}}(?:{'|'.join(map(re.escape, SUPPORTED_SUFFIXES))})"
_BRACKETED_LABEL = re.compile(
    rf"\**(?:\[\s*{_FILE_NAME}\s*\]|[\[(][^\[\]()\n]{{0,120}}?\b{_PAGES}\s*[\])])\**:?",
    re.IGNORECASE)
_LABEL_LINE = re.compile(rf"^[^\w|]*(?:{_PAGES}|\d+(?:\s*[–-]\s*\d+)?)[^\w|]*$", re.IGNORECASE)
# The prompts' own section headings ("TEXT:", "PART SUMMARIES:"), which a small model
# echoes as a line of its answer.
_PROMPT_HEADING_LINE = re.compile(r"^[\W_]*(?:TEXT|PART (?:SUMMARIES|NOTES))[\W_]*$",
                                  re.IGNORECASE)


def strip_part_labels(text: str) -> str:
    lines = []
    for line in text.splitlines():
        cleaned = _BRACKETED_LABEL.sub("", line)
        if cleaned != line:
            if not re.search(r"\w", cleaned):
                continue  # the line was only a label (perhaps with a bullet or bold marks)
            indent = line[: len(line) - len(line.lstrip())]
            body = re.sub(r" {2,}", " ", cleaned.strip())
            cleaned = indent + re.sub(r" (?=[.,;:!?])", "", body)
        if _LABEL_LINE.match(cleaned) or _PROMPT_HEADING_LINE.match(cleaned):
            continue
        lines.append(cleaned)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
