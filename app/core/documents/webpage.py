"""Web pages (.html, .htm): the text a reader sees, in sections under the page's headings.

Only the standard library's tokenizer reads the markup. Nothing a page points to is
ever loaded: no images, style sheets, frames or scripts, local or remote.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from .encoding import decode_text
from .errors import EmptyDocument
from .model import Page, number_sections
from .sizes import read_document

# Elements whose content is never shown as text: code, fallbacks for other settings,
# inert templates, drawings and embedded pages.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object"})
# The only elements that belong in <head>; any other start tag means the body has begun
# (browsers read pages that never close <head> the same way).
_HEAD_CONTENT = frozenset(
    {"head", "title", "meta", "link", "base", "style", "script", "noscript", "template"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that stand apart from the text around them: each one ends a paragraph.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "header", "hgroup", "hr", "html", "legend", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "ul",
    }
)  # fmt: skip
# Elements that only end a line.
_LINE_BREAKS = frozenset({"br", "option"})

# The charset a page declares in its first bytes, as <meta charset="..."> or
# <meta http-equiv="Content-Type" content="text/html; charset=...">, or an XHTML page's
# XML declaration. Browsers look at the first 1024 bytes; some generators write more first.
_DECLARATION_WINDOW = 4096
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.I)
_XML_ENCODING = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)", re.I)

_WHITESPACE = re.compile(r"\s+")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_THREE_OR_MORE_NEWLINES = re.compile(r"\n{3,}")


def read_html_file(path: Path) -> tuple[Page, ...]:
    pages = number_sections(html_sections(decode_html(read_document(path, "html"))))
    if not pages:
        raise EmptyDocument(path.name)
    return pages


def decode_html(data: bytes, declared: str | None = None) -> str:
    """A page's text from its bytes: the given charset (an e-mail's), else the page's own."""
    return decode_text(data, declared or declared_charset(data))


def declared_charset(data: bytes) -> str | None:
    head = data[:_DECLARATION_WINDOW]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    # A declaration readable as ASCII proves the bytes are not UTF-16 or UTF-32, whatever it
    # says (a page saved as UTF-16 starts with a byte-order mark, which comes first anyway).
    return "utf-8" if label.startswith(("utf-16", "utf-32", "ucs")) else label


def html_sections(markup: str) -> list[tuple[str | None, str]]:
    """(heading, text) for the text before the first heading, then for each heading."""
    reader = _TextReader()
    reader.feed(markup)
    reader.close()
    return reader.sections()


def html_to_text(markup: str) -> str:
    """All of a page's text in one piece, for a page inside something else (an e-mail)."""
    return "\n\n".join(text.strip() for _, text in html_sections(markup) if text.strip())


class _TextReader(HTMLParser):
    """Collects text as a list of lines per section; an empty line marks a paragraph break.

    HTML allows leaving out many end tags (</p>, </li>, </td>, </tr>, </head>), so no
    state here waits for an end tag that may never come, except for hidden elements.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # &amp;, &#3585; and friends arrive decoded
        self._sections: list[tuple[str | None, list[str]]] = [(None, [])]
        self._line: list[str] = []  # the pieces of the line being read
        self._hidden: list[str] = []  # open hidden elements, innermost last
        self._in_head = False
        self._title: list[str] = []  # the words of the page's first <title>
        self._in_title = False
        self._title_seen = False
        self._heading: tuple[str, int] | None = None  # (tag, first line) of an open heading
        self._pre_depth = 0
        self._cells: list[int] = []  # per open table, the cells so far in its current row
        self._lists: list[int | None] = []  # per open list: next number (<ol>) or None (<ul>)
        self._marker = ""  # "- " or "3. " of a list item whose words have not come yet

    def sections(self) -> list[tuple[str | None, str]]:
        self._end_heading()
        self._end_line()
        sections = [(heading, _join_lines(lines)) for heading, lines in self._sections]
        return _with_title(_WHITESPACE.sub(" ", "".join(self._title)).strip(), sections)

    # The tokenizer's callbacks ---------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._in_head and tag not in _HEAD_CONTENT:
            self._in_head = False
        if tag in _HIDDEN or self._hidden:
            if tag in _HIDDEN:
                self._hidden.append(tag)
            return
        if tag == "head":
            self._in_head = True
        elif tag == "title" and not self._title_seen:
            self._in_title = self._title_seen = True
        elif tag in _HEADINGS and not self._in_cell():
            self._start_heading(tag)
        elif tag in ("table", "tr", "td", "th"):
            self._table_start(tag)
        elif tag in ("ul", "ol", "dir", "menu"):
            self._break(paragraph=True)
            self._lists.append(1 if tag == "ol" else None)
        elif tag == "li":
            self._list_item()
        elif tag in _BLOCKS or tag in _HEADINGS:
            self._break(paragraph=True)
            if tag == "pre":
                self._pre_depth += 1
        elif tag in _LINE_BREAKS:
            self._break(paragraph=False)

    def handle_endtag(self, tag: str) -> None:
        if self._hidden:
            if tag in self._hidden:
                # Closes that element and any hidden one left open inside it.
                del self._hidden[len(self._hidden) - 1 - self._hidden[::-1].index(tag) :]
            return
        if tag == "head":
            self._in_head = False
        elif tag == "title":
            self._in_title = False
        elif self._heading and tag in _HEADINGS:
            # Browsers let any </h1>..</h6> close the open heading, whatever its level.
            self._end_heading()
        elif tag == "table" and self._cells:
            self._cells.pop()
            self._break(paragraph=True)
        elif tag in ("ul", "ol", "dir", "menu") and self._lists:
            self._lists.pop()
            self._marker = ""  # an empty last item
            self._break(paragraph=True)
        elif tag in _BLOCKS or tag in _HEADINGS:
            self._break(paragraph=True)
            if tag == "pre" and self._pre_depth:
                self._pre_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        if self._in_title:
            self._title.append(data)
            return
        if self._in_head:
            return  # stray text among the page's settings is not shown either
        if self._marker and not data.isspace():
            # Placed with the item's first words, so that <li><p>Text</p> reads "- Text".
            self._line.append(self._marker)
            self._marker = ""
        if self._pre_depth:
            first, *others = data.split("\n")
            self._line.append(first)
            for line in others:
                self._end_line()
                self._line.append(line)
        else:
            self._line.append(_WHITESPACE.sub(" ", data))

    # Lines, paragraphs, headings ------------------------------------------------------

    def _lines(self) -> list[str]:
        return self._sections[-1][1]

    def _end_line(self) -> None:
        line = "".join(self._line)
        self._line = []
        line = line.rstrip() if self._pre_depth else _RUNS_OF_SPACES.sub(" ", line).strip()
        if line:
            self._lines().append(line)

    def _break(self, *, paragraph: bool) -> None:
        # Inside a table cell every break is a space, so that each row stays on one line.
        if self._in_cell():
            self._line.append(" ")
            return
        self._end_line()
        lines = self._lines()
        if paragraph and lines and lines[-1]:
            lines.append("")

    def _start_heading(self, tag: str) -> None:
        self._end_heading()  # a heading left open by a missing end tag
        self._break(paragraph=True)
        self._heading = (tag, len(self._lines()))

    def _end_heading(self) -> None:
        if self._heading is None:
            return
        self._end_line()
        first = self._heading[1]
        self._heading = None
        lines = self._lines()
        text = " ".join(line for line in lines[first:] if line)
        if not text:
            return  # a heading with no words (an image, an anchor) starts nothing
        del lines[first:]
        # The heading's words stay in the text too, as Markdown's heading lines do.
        self._sections.append((text, [text, ""]))

    # Tables and lists ------------------------------------------------------------------

    def _in_cell(self) -> bool:
        return any(self._cells)

    def _table_start(self, tag: str) -> None:
        if tag == "table":
            self._break(paragraph=True)
            self._cells.append(0)
        elif not self._cells:
            return  # a row or cell outside any table: its text reads on as it is
        elif tag == "tr":
            # Rows are lines; the rows of a table inside a cell are kept apart by "; ".
            if self._cells[-1]:
                self._cells[-1] = 0
                if self._in_cell():
                    self._line.append("; ")
                else:
                    self._end_line()
        else:  # td or th
            if self._cells[-1]:
                self._line.append(" | ")
            self._cells[-1] += 1

    def _list_item(self) -> None:
        self._break(paragraph=False)
        if self._in_cell():
            return
        if self._lists and self._lists[-1] is not None:
            self._marker = f"{self._lists[-1]}. "
            self._lists[-1] += 1
        else:
            self._marker = "- "


def _join_lines(lines: list[str]) -> str:
    return _THREE_OR_MORE_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def _with_title(title: str, sections: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """The page's <title> heads the text before the first heading, or stands alone."""
    if not title:
        return sections
    (_, preamble), rest = sections[0], sections[1:]
    if not preamble and rest and rest[0][0] == title:
        return rest  # the first heading already says it
    return [(title, f"{title}\n\n{preamble}".strip()), *rest]
