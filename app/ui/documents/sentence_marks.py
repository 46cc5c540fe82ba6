"""How a summary sentence's support is shown: a mark after the sentence whose shape and word
say it (✓ supported, ◐ partly, ✗ not found), never its colour alone, and a plain sentence
on hover. The marks are placed by the stored sentence rows' offsets: a private-use
character pair carries each sentence's number through the Markdown renderer to the place
the link is drawn."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.core.summarize.provenance import insert_at_ends

MARK = re.compile("\ue000(\\d+)\ue001")
COLOURS = {"light": {"supported": "#1a7f37", "partly": "#8a5a00", "not_found": "#b42318"},
           "dark": {"supported": "#7ee787", "partly": "#ffd27a", "not_found": "#ff9b8f"}}


@dataclass(frozen=True)
class SentenceMark:
    end: int  # where the sentence ends in the summary
    level: str  # supported | partly | not_found
    tip: str  # what hovering says
    model: str | None = None  # the thorough check's "yes" or "no", when it was asked


def marks_for(rows: list[dict]) -> tuple[SentenceMark, ...]:
    return tuple(SentenceMark(row["end"], row["level"], tip_for(row), row.get("model"))
                 for row in rows)


def tip_for(row: dict) -> str:
    """What a reader needs to know about one sentence, in plain words."""
    passages = row["passages"]
    page = passages[0]["page"] if passages else None
    if row["level"] == "not_found":
        words = [QCoreApplication.translate(
            "SentenceMarks", "Not found in the document: no passage says this. Check it "
                             "before you rely on it.")]
    elif row["level"] == "partly":
        words = [QCoreApplication.translate(
            "SentenceMarks", "Partly supported by page {page}: some of it is not in that "
                             "passage.").format(page=page)]
    else:
        words = [QCoreApplication.translate(
            "SentenceMarks", "Supported by page {page}.").format(page=page)]
    if row["scope"] == "document" and passages:
        words.append(QCoreApplication.translate(
            "SentenceMarks", "Found on a page other than the parts the summary was "
                             "written from."))
    for claim in row["claims"]:
        if claim["kind"] == "meaning":
            continue  # the model's "no", said below
        if claim["status"] == "opposite":
            words.append(QCoreApplication.translate(
                "SentenceMarks", "“{claim}”: the passage on page {page} says the opposite (one "
                                 "of them is negated).").format(claim=claim["text"],
                                                                page=claim["page"]))
        elif claim["status"] == "not_found":
            words.append(QCoreApplication.translate(
                "SentenceMarks", "“{claim}” is not in the document.").format(
                    claim=claim["text"]))
        elif claim["status"] == "elsewhere":
            words.append(QCoreApplication.translate(
                "SentenceMarks", "“{claim}” is on page {page}, not in this passage.").format(
                    claim=claim["text"], page=claim["page"]))
    if row.get("model"):
        words.append(model_words(row["model"]))
    if passages:
        words.append(QCoreApplication.translate("SentenceMarks", "Click to see the passage."))
    return " ".join(words)


def model_words(verdict: str) -> str:
    """The thorough check's verdict in words."""
    if verdict == "yes":
        return QCoreApplication.translate(
            "SentenceMarks", "Thorough check — the model: the passage supports this.")
    return QCoreApplication.translate(
        "SentenceMarks", "Thorough check — the model: the passage does not support this.")


def with_markers(summary: str, marks: tuple[SentenceMark, ...]) -> str:
    """`summary` with each sentence's number hidden at its end."""
    return insert_at_ends(summary, [(m.end, f"\ue000{i}\ue001") for i, m in enumerate(marks)])


def badge(index: int, mark: SentenceMark, dark: bool, href: str = "") -> str:
    """The mark drawn after sentence `index`, a link to "sent:<index>" (or to `href`)."""
    colour = COLOURS["dark" if dark else "light"][mark.level]
    shown = {"supported": "✓",
             "partly": "◐ " + QCoreApplication.translate("SentenceMarks", "partly"),
             "not_found": "✗ " + QCoreApplication.translate("SentenceMarks", "not found"),
             }[mark.level]
    if mark.model:  # the thorough check's verdict, in words beside the mark
        shown += " · " + (QCoreApplication.translate("SentenceMarks", "model: supported")
                          if mark.model == "yes" else
                          QCoreApplication.translate("SentenceMarks", "model: not supported"))
    return (f"&nbsp;<a href='{href or f'sent:{index}'}' style='color:{colour}; "
            f"text-decoration:none'>"
            f"<b>{html.escape(shown).replace(' ', '&nbsp;')}</b></a>")


def legend(dark: bool, thorough: bool = False) -> str:
    """One line under the summary's title that says what the marks mean (and, after a
    thorough check, what its "model:" words mean)."""
    colours = COLOURS["dark" if dark else "light"]
    shown = [(colours["supported"], "✓", QCoreApplication.translate(
                  "SentenceMarks", "supported by the document")),
             (colours["partly"], "◐", QCoreApplication.translate(
                  "SentenceMarks", "partly supported")),
             (colours["not_found"], "✗", QCoreApplication.translate(
                  "SentenceMarks", "not found in the document"))]
    items = " · ".join(f"<b style='color:{c}'>{m}</b> {html.escape(w)}" for c, m, w in shown)
    if thorough:
        items += " · " + html.escape(QCoreApplication.translate(
            "SentenceMarks", "model: what the model said when asked whether the passage "
                             "supports a doubtful sentence (thorough check)"))
    hint = html.escape(QCoreApplication.translate(
        "SentenceMarks", "click a mark or a page reference to see the source"))
    return f"{items} — {hint}"
