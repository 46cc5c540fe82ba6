"""A small Markdown-to-HTML renderer for chat messages, in the subset models write:
headings, bullet and numbered lists, bold, italic, inline code, fenced code blocks (each
with a "Copy" link) and pipe tables. Everything else is escaped text: a model's output is
never trusted as HTML."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")
_CODE = re.compile(r"`([^`]+)`")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


@dataclass
class Rendered:
    html: str
    code_blocks: list[str] = field(default_factory=list)


def inline(text: str) -> str:
    text = html.escape(text)
    text = _CODE.sub(lambda m: f"<code>{m.group(1)}</code>", text)
    text = _BOLD.sub(r"<b>\1</b>", text)
    return _ITALIC.sub(r"<i>\1</i>", text)


def to_html(text: str, *, code_background: str = "#f0f0f0", first_code: int = 0) -> Rendered:
    """`first_code` numbers this message's code blocks after those of earlier messages."""
    out: list[str] = []
    code: list[str] = []
    lines = text.split("\n")
    copy = html.escape(QCoreApplication.translate("Markdown", "Copy"))
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip().startswith("```"):
            block, i = _take_code(lines, i + 1)
            number = first_code + len(code)
            code.append(block)
            out.append(
                f"<p><a href='copy:{number}'>{copy}</a></p><pre style='background:"
                f"{code_background}; padding:6px'>{html.escape(block)}</pre>")
            continue
        if "|" in line and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
            table, i = _take_table(lines, i)
            out.append(table)
            continue
        if _BULLET.match(line) or _NUMBERED.match(line):
            items, i = _take_list(lines, i)
            out.append(items)
            continue
        heading = _HEADING.match(line)
        if heading:
            level = min(len(heading.group(1)) + 2, 6)  # keep headings modest in a chat
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif line.strip():
            out.append(inline(line) + "<br>")
        elif out and out[-1].endswith("<br>") and out[-1] != "<br>":
            out.append("<br>")  # a paragraph break; lists, tables and code have their own
        i += 1
    return Rendered("".join(out), code)


def _take_code(lines: list[str], i: int) -> tuple[str, int]:
    block = []
    while i < len(lines) and not lines[i].strip().startswith("```"):
        block.append(lines[i])
        i += 1
    return "\n".join(block), i + 1


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _take_table(lines: list[str], i: int) -> tuple[str, int]:
    head = "".join(f"<th>{inline(c)}</th>" for c in _cells(lines[i]))
    rows, i = [], i + 2
    while i < len(lines) and "|" in lines[i]:
        rows.append("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in _cells(lines[i])) + "</tr>")
        i += 1
    return (f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>"
            f"{''.join(rows)}</table>"), i


def _take_list(lines: list[str], i: int) -> tuple[str, int]:
    numbered = bool(_NUMBERED.match(lines[i]))
    pattern = _NUMBERED if numbered else _BULLET
    items = []
    while i < len(lines) and pattern.match(lines[i]):
        items.append(f"<li>{inline(pattern.match(lines[i]).group(1))}</li>")
        i += 1
    tag = "ol" if numbered else "ul"
    return f"<{tag}>{''.join(items)}</{tag}>", i
