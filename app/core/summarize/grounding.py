"""Flag the numbers, dates, amounts and names of a summary that the document does not state.

A small model can invent "€4.2 million", write "million" for "billion" or name "Dr. Tan":
each such claim is listed so the reader checks it. The claims are read as values
(app/core/grounding): "3.8 billion" is not "3.8 million", "March 14, 2025" is "14 March
2025", "Singapore's IMDA" is the Infocomm Media Development Authority the document defines.
It cannot prove a sentence true, only point at what has no source at all.
"""

from __future__ import annotations

from app.core.grounding import check_claims, split_passages


def unsupported_claims(summary: str, source: str) -> list[str]:
    """The claims of `summary` that occur nowhere in `source`, each once, in order."""
    flagged: list[str] = []
    for sentence in split_passages([(1, summary)]):
        for claim in check_claims(sentence.text, source, source):
            if claim.status == "not_found" and claim.text not in flagged:
                flagged.append(claim.text)
    return flagged
