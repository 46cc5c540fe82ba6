"""Flag numbers, dates, amounts and names in a summary that the document does not contain.

A small model can invent "€4.2 million" or "Dr. Tan": each such claim is listed so the
reader checks it. This is a literal check after normalising spacing, thousands separators
and case; it cannot prove a sentence true, only point at what has no source at all.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(
    r"(?<![\d.,])[$€£¥₫฿]?\d[\d,.\u202f\u00a0 ]*\d(?:\s?%)?|(?<![\d.,])\d(?:\s?%)?"
)
_DATE = re.compile(
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b",
    re.IGNORECASE,
)
# Two or more capitalised words in a row ("Bank Negara Malaysia", "Dr. Siti Rahman").
_NAME = re.compile(r"\b(?:[A-Z][\w'’-]+\.?\s+){1,4}[A-Z][\w'’-]+\b")
_CITATION = re.compile(r"\((?:p|pp|§)\.?[^)]*\)")


def normalise(text: str) -> str:
    text = text.lower().replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", text)


def _digits(text: str) -> str:
    return re.sub(r"[^\d]", "", text)


def claims(summary: str) -> list[str]:
    """Numbers, dates and multi-word names as they are written in the summary."""
    text = _CITATION.sub(" ", summary)  # our own page references are not claims
    found: list[str] = []
    for pattern in (_DATE, _NAME, _NUMBER):
        for match in pattern.finditer(text):
            claim = match.group(0).strip(" .,")
            if claim and claim not in found and not _inside_earlier(claim, found):
                found.append(claim)
    return found


def _inside_earlier(claim: str, found: list[str]) -> bool:
    return any(claim in earlier for earlier in found)


def unsupported_claims(summary: str, source: str) -> list[str]:
    """The claims of `summary` that occur nowhere in `source`."""
    haystack = normalise(source)
    flagged = []
    for claim in claims(summary):
        if normalise(claim) in haystack:
            continue
        if not re.search(r"[^\W\d_]", claim) and _number_in(_digits(claim), source):
            continue  # "1,200" vs "1 200" vs "1200": the same number written differently
        flagged.append(claim)
    return flagged


def _number_in(digits: str, source: str) -> bool:
    return any(_digits(match.group(0)) == digits
               for match in re.finditer(r"\d[\d,.\u202f\u00a0 ]*\d|\d", source))
