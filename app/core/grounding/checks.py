"""Check each claim of a summary sentence against its passage and the whole document.

A claim (a quantity, a year, a date, a name or an acronym) is "supported" when the passage
the sentence is traced to states it, "elsewhere" when only another part of the document
does (with the page where it first does), and "not_found" otherwise. Only the app's own
page references ("(p. 4)", "(pp. 3–5)", "(§ Scope)") are not claims: a bracket such as
"(penalty RM 75,000 if late)" is checked like the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.core.grounding.dates import CalendarDate, find_dates
from app.core.grounding.names import (
    NOT_NAME_WORDS,
    Acronyms,
    Name,
    find_names,
    mentions,
    name_kind,
    normalised,
)
from app.core.grounding.quantities import QuantityIndex, find_quantities

# What cite.py appends: "(p. 4)", "(p. 12–13)", "(pp. 3–5)", "(§ Findings)", "(section 2)".
APP_REFERENCE = re.compile(
    r"\s?\((?:pp?\.\s?\d+(?:\s?[–-]\s?\d+)?|§\s[^)]*|sections?\s\d+(?:\s?[–-]\s?\d+)?)\)")
# "opposite": the passage states the claim's opposite (a negation one side only, levels.py)
STATUSES = ("supported", "elsewhere", "not_found", "opposite")


@dataclass(frozen=True)
class ClaimCheck:
    text: str  # as the summary writes it
    kind: str  # "quantity", "year", "date", "name", "acronym", "negation" (polarity.py)
    # or "meaning" (the model check)
    status: str  # one of STATUSES
    where: int | None  # the page that states it (None when not found or pages unknown)


@dataclass(frozen=True)
class _Text:
    """What one text (a passage, a page, the document) states, read once."""

    quantities: QuantityIndex
    dates: tuple[CalendarDate, ...]
    years: frozenset[int]
    plain: str  # normalised for name matching
    capitalised: frozenset[str]
    words: tuple[str, ...]  # the words of `plain`, in order


@lru_cache(maxsize=2048)  # a document and its pages serve every sentence of its summary
def _read(text: str) -> _Text:
    dates = tuple(find_dates(text))
    quantities = tuple(find_quantities(text))
    years = {d.year for d in dates} | {
        int(q.readings[0][0].value) for q in quantities if q.kind == "year"}
    capitalised = {normalised(w) for w in re.findall(r"\b[^\W\d_][\w’'-]*", text)
                   if w[0].isupper()}
    plain = normalised(text)
    return _Text(QuantityIndex(quantities), dates, frozenset(years), plain, frozenset(capitalised),
                 tuple(re.findall(r"\w+", plain)))


@lru_cache(maxsize=16)
def _acronyms(document: str) -> Acronyms:
    return Acronyms.of(document)


def check_claims(sentence: str, passage_text: str, document_text: str,
                 pages: list[tuple[int, str]] | None = None,
                 passage_pages: list[tuple[int, str]] | None = None) -> list[ClaimCheck]:
    """Each claim of `sentence` with where it is stated: in `passage_text`, elsewhere in
    `document_text`, or nowhere. `pages` and `passage_pages` ((number, text) of the whole
    document and of the passages, when known) give the page that states it."""
    sentence = APP_REFERENCE.sub("", sentence)
    acronyms = _acronyms(document_text)
    checks = []
    for text, kind, is_stated in _claims(sentence, acronyms, _read(document_text)):
        if is_stated(_read(passage_text)):
            status, among = "supported", passage_pages
        elif is_stated(_read(document_text)):
            status, among = "elsewhere", pages
        else:
            status, among = "not_found", ()
        page = next((n for n, t in among or () if is_stated(_read(t))), None)
        checks.append(ClaimCheck(text, kind, status, page))
    return checks


def _claims(sentence: str, acronyms: Acronyms, document: _Text):
    """(text, kind, test) for each claim; the test says whether a read text states it.
    Dates are read first and quantities next, so "14 March 2025" is one claim, not three."""
    dates = find_dates(sentence)
    rest = _blank(sentence, [d.span for d in dates])
    quantities = find_quantities(rest)
    rest = _blank(rest, [q.span for q in quantities])
    for date in dates:
        yield date.text, "date", lambda t, d=date: any(d.supported_by(o) for o in t.dates) or (
            d.month is None and d.quarter is None and d.year in t.years)
    for quantity in quantities:
        if quantity.kind == "year":
            year = int(quantity.readings[0][0].value)
            yield quantity.text, "year", lambda t, y=year: y in t.years
        else:
            yield quantity.text, "quantity", lambda t, q=quantity: t.quantities.states(q)
    for name in find_names(rest):
        yield from _name_claims(_without_opening_word(name, acronyms, document), acronyms,
                                document)


def _without_opening_word(name: Name, acronyms: Acronyms, document: _Text) -> str:
    """"Kontrak Kementerian Kesihatan" opening a sentence is the name "Kementerian
    Kesihatan" after a word the grammar capitalised, when the document knows it so."""
    if not name.opening or " " not in name.text:
        return name.text
    rest = name.text.split(" ", 1)[1]
    if _states_name(document, normalised(name.text), acronyms) or not _states_name(
            document, normalised(rest), acronyms):
        return name.text
    return rest


# What a date or a figure already read is replaced with: no letter, no blank, so the words
# on either side of "Line 1 Line 2" or "Crazy Ones 14 October 1998 Here" are not one name.
_READ = "\u2063"  # INVISIBLE SEPARATOR


def _blank(text: str, spans) -> str:
    for start, end in spans:
        text = text[:start] + _READ * (end - start) + text[end:]
    return text


# A name joined from others ("Dr. Tan of Prima Medika", "IMDA and Google") that the
# document never writes whole is checked in its parts: first split at "and", then at "of".
_JOINS = (r"and|&", r"of|for|on|the|de")


def _name_claims(text: str, acronyms: Acronyms, document: _Text, joins=_JOINS):
    whole = normalised(text)
    if joins and not _states_name(document, whole, acronyms):
        parts = [p.strip() for p in re.split(rf"\s(?:{joins[0]})\s", text) if p.strip()]
        for part in parts:
            yield from _name_claims(part, acronyms, document, joins[1:])
        return
    yield text, name_kind(text), lambda t: _states_name(t, whole, acronyms)


def _states_name(text: _Text, name: str, acronyms: Acronyms) -> bool:
    if mentions(text.plain, name):
        return True
    if any(mentions(text.plain, form) for form in acronyms.other_forms(name)):
        return True
    # "Minister Josephine Teo" for "Minister for Digital Development Josephine Teo": every
    # word capitalised in the text, close together, the last two side by side (a name's
    # distinctive end). "Bank Negara Indonesia" is not "Bank Negara Malaysia" near "Bank
    # Rakyat Indonesia".
    words = [w for w in re.findall(r"\w+", name) if w not in NOT_NAME_WORDS]
    if len(words) < 2 or not all(w in text.capitalised for w in words):
        return False
    if not mentions(text.plain, " ".join(words[-2:])):
        return False
    return _close_together(text.words, set(words), len(words) + NAME_SLACK)


NAME_SLACK = 5  # other words allowed among a name's words ("Minister for Digital …")


def _close_together(words: tuple[str, ...], wanted: set[str], width: int) -> bool:
    last_seen: dict[str, int] = {}
    for i, word in enumerate(words):
        if word in wanted:
            last_seen[word] = i
            if len(last_seen) == len(wanted) and i - min(last_seen.values()) < width:
                return True
    return False
