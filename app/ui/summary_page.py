"""A finished summary as the reader shows it: rendered from its Markdown (lists, key-facts
tables), each page reference a link to that page's text, each sentence's support marked
after it (its reference and mark link to "sent:N"), and the claims the document does not
contain highlighted and listed underneath. Pure HTML building: the Transcript shows it."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.ui.documents.sentence_marks import MARK, SentenceMark, badge, legend, with_markers
from app.ui.markdown import to_html

REFERENCE = re.compile(r"\((?:p\.|§|sections?) [^)]*\)")
# a sentence's end: its reference (if any), its end mark, then its hidden number
_SENTENCE_END = re.compile(rf"(?P<ref>{REFERENCE.pattern})?(?P<end>[.!?。！？]?){MARK.pattern}")
TAG = re.compile(r"(<[^>]*>)")  # splits rendered HTML into tags and the text between


@dataclass
class SummaryPage:
    html: str
    references: list[str] = field(default_factory=list)  # "ref:N" / "sent:N" link targets
    link_tips: dict[str, str] = field(default_factory=dict)  # a mark's link -> its tooltip


def summary_page(name: str, summary: str, flags: list[str], marks: tuple[SentenceMark, ...],
                 scanned: str, colours: dict, dark: bool) -> SummaryPage:
    """`scanned` says which pages were read by OCR, so the reader knows their text is the
    engine's reading."""
    page = SummaryPage("")
    mark = f"<span style='background:{colours['flag']}'>"
    claims = re.compile("|".join(_claim_pattern(f)
                                 for f in sorted(flags, key=len, reverse=True) if f))

    def marked(text: str) -> str:
        if not claims.pattern:
            return text
        return claims.sub(lambda m: f"{mark}{m.group(0)}</span>", text)

    def linked(match: re.Match) -> str:
        if match.group(3) is None:  # a reference with no sentence row
            page.references.append(html.unescape(match.group(0))[1:-1])
            return f"<a href='ref:{len(page.references) - 1}'>{match.group(0)}</a>"
        index = int(match.group(3))  # the sentence's number (MARK's group)
        page.link_tips[f"sent:{index}"] = marks[index].tip
        reference = match.group("ref") or ""
        if reference:
            page.references.append(html.unescape(reference)[1:-1])
            reference = f"<a href='sent:{index}'>{reference}</a>"
        return reference + match.group("end") + badge(index, marks[index], dark)

    def decorated(text: str) -> str:  # text between tags: references, then claims
        out, last = [], 0
        for match in re.finditer(f"{_SENTENCE_END.pattern}|{REFERENCE.pattern}", text):
            out += [marked(text[last:match.start()]), linked(match)]
            last = match.end()
        return "".join(out) + marked(text[last:])

    rendered = to_html(with_markers(summary, marks), code_background=colours["code"]).html
    body = "".join(part if part.startswith("<") else decorated(part)
                   for part in TAG.split(rendered))
    warning = ""
    if flags:
        listed = ", ".join(f"{mark}{html.escape(f)}</span>" for f in flags)
        heading = QCoreApplication.translate("Transcript", "Not found in the document")
        advice = QCoreApplication.translate("Transcript",
                                            "check these before you rely on them:")
        warning = (f"<p style='color:{colours['warn']}'><b>{heading}</b> — {advice} "
                   f"{listed}</p>")
    title = "<span style='color:{}; font-weight:600'>{}</span>".format(
        colours["summary_name"], QCoreApplication.translate(
            "Transcript", "Summary of {name}").format(name=html.escape(name)))
    if scanned:  # the note is worded in core (scanned_note.py), like the export's
        colour = colours["warn"] if "low confidence" in scanned else colours["muted"]
        title += f"<br><span style='color:{colour}'>{html.escape(scanned)}</span>"
    if marks:  # what the marks mean, for a reader who has not seen them before
        title += (f"<br><span style='color:{colours['muted']}'>"
                  f"{legend(dark, any(m.model for m in marks))}</span>")
    page.html = (
        f"<table width='100%' cellpadding='12' style='border-collapse:collapse; border:1px "
        f"solid {colours['summary_edge']}'><tr><td style='background:{colours['summary']}'>"
        f"{title}<br>{after_heading(body)}</td></tr></table>{warning}")
    return page


def after_heading(body: str) -> str:
    """`body` under a bold heading line: a paragraph, list or table keeps its own top
    margin, so a line break is added only before inline text (else the gap doubles)."""
    return body if re.match(r"<(p|ol|ul|h\d|table|pre)\b", body) else f"<br>{body}"


def _claim_pattern(claim: str) -> str:
    """A flagged claim as a whole word or number: "4" must not light up inside "2024". Only
    Latin letters and digits are bounded; Thai or Chinese text has no spaces to bound by."""
    edge = "[0-9A-Za-z]"
    start = f"(?<!{edge})" if re.match(edge, claim[0]) else ""
    end = f"(?!{edge})" if re.match(edge, claim[-1]) else ""
    return start + re.escape(html.escape(claim)) + end
