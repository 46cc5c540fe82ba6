"""Scanned pages read by text recognition, one after the other, telling how far it is.

The pages of a PDF that carry no text of their own and the pictures of an image file
come here; each becomes a Page marked with the engine's confidence, so the app can say
which pages were read by OCR and warn where the scan was poor.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from . import progress
from .model import Page
from .ocr import TextRecogniser


def recognise_pages(
    numbers: Sequence[int], picture_of: Callable[[int], object]
) -> dict[int, Page]:
    """Each numbered page read from its picture (`picture_of(number)`, a PIL image)."""
    recogniser = TextRecogniser()
    pages: dict[int, Page] = {}
    seconds = 0.0
    for done, number in enumerate(numbers):
        pace = seconds / done if done else None
        progress.page_read(progress.PageReading(number, done, len(numbers), pace))
        started = time.monotonic()
        picture = picture_of(number)
        recognised = recogniser.read(picture)
        took = time.monotonic() - started  # the picture's rendering counts too
        seconds += took
        pages[number] = Page(number, recognised.text, ocr_confidence=recognised.confidence,
                             ocr_seconds=round(took, 3))
    return pages
