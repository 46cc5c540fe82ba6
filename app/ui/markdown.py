"""Chat messages and summaries rendered from Markdown by markdown-it-py (CommonMark plus
pipe tables), with raw HTML off: a model's output is never trusted as HTML. Its own
touches: headings kept modest, each fenced code block with a "Copy" link, a model's single
line breaks kept (it lays out addresses and lists of figures that way), tables with borders
(Qt draws none otherwise)."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from PySide6.QtCore import QCoreApplication


@dataclass
class Rendered:
    html: str
    code_blocks: list[str] = field(default_factory=list)


def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "breaks": True}).enable("table")
    # no link or image is followed from a model's text: they stay text, and so does a line
    # that reads like a link definition ("[1]: p. 4"), which CommonMark would hide
    return parser.disable(["link", "image", "autolink", "linkify", "reference"],
                          ignoreInvalid=True)


_PARSER = _parser()


def to_html(text: str, *, code_background: str = "#f0f0f0", first_code: int = 0) -> Rendered:
    """`first_code` numbers this message's code blocks after those of earlier messages."""
    code: list[str] = []
    copy = html.escape(QCoreApplication.translate("Markdown", "Copy"))
    tokens = _PARSER.parse(text)
    for token in tokens:
        if token.type == "heading_open" or token.type == "heading_close":
            level = min(int(token.tag[1]) + 2, 6)  # keep headings modest in a chat
            token.tag = f"h{level}"
        elif token.type == "table_open":
            token.attrs.update({"border": "1", "cellspacing": "0", "cellpadding": "4"})
        elif token.type in ("fence", "code_block"):
            block = token.content.removesuffix("\n")
            number = first_code + len(code)
            code.append(block)
            token.type = "html_block"  # written as is: escaped here, not by the renderer
            token.content = (
                f"<p><a href='copy:{number}'>{copy}</a></p><pre style='background:"
                f"{code_background}; padding:6px'>{html.escape(block)}</pre>")
    rendered = _PARSER.renderer.render(tokens, _PARSER.options, {})
    return Rendered(rendered, code)
