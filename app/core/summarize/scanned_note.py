"""What a reader of a summary must know about the pages read by text recognition (OCR):
which pages they are, how sure the engine was, and which are poor scans whose words and
digits may be wrong. Worded once here, for the summary in the window, its export and the
command line alike."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.core.documents.ocr import LOW_CONFIDENCE


@dataclass(frozen=True)
class ScannedNote:
    pages: tuple[int, ...]  # read by OCR
    doubtful: tuple[int, ...]  # of those, read with low confidence
    confidence: float  # mean over the pages read by OCR, 0–1

    @property
    def label(self) -> str:
        """"p. 4–6 read by OCR (mean confidence 97 %)", with the poor scans named."""
        words = (f"{pages_label(self.pages)} read by OCR "
                 f"(mean confidence {self.confidence:.0%})")
        if self.doubtful:
            words += (f"; low confidence on {pages_label(self.doubtful)}: check its words "
                      "and figures against the paper")
        return words


def scanned_note(pages: Iterable) -> ScannedNote | None:
    """From stored page rows (dicts with "number" and "ocr_confidence") or Page objects;
    None when no page was read by OCR."""
    read = [(_get(page, "number"), _get(page, "ocr_confidence")) for page in pages]
    scanned = [(number, confidence) for number, confidence in read if confidence is not None]
    if not scanned:
        return None
    doubtful = tuple(number for number, confidence in scanned if confidence < LOW_CONFIDENCE)
    mean = sum(confidence for _, confidence in scanned) / len(scanned)
    return ScannedNote(tuple(number for number, _ in scanned), doubtful, mean)


def pages_label(numbers: Iterable[int]) -> str:
    """"p. 4", "p. 4–6", "p. 1, 4–6, 9": runs of pages joined by a dash."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return "p. " + ", ".join(
        str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


def _get(page, name: str):
    return page[name] if isinstance(page, dict) else getattr(page, name, None)
