"""How far the reading of one document is, told while it is read: text recognition takes
seconds a page, so a 40-page scan is minutes, and the window says which page it is on
("Reading p. 4 (scanned)") and how long the rest will take.

A reader calls `page_read`; whoever started the reading listens with `listen`. One
document is read at a time in a process (the reading child reads one and ends), so one
listener is all there is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class PageReading:
    """A page of the document is being read by text recognition (a scanned page)."""

    page: int  # the page's number (1-based), or the picture's in a multi-page TIFF
    scanned_done: int  # scanned pages already recognised
    scanned_total: int  # scanned pages in the document
    # This machine's measured pace, from the pages already recognised (None before the
    # first one is done: no guess), and the time the rest will take at that pace.
    seconds_per_page: float | None = None

    @property
    def eta_s(self) -> float | None:
        if self.seconds_per_page is None:
            return None
        return self.seconds_per_page * (self.scanned_total - self.scanned_done)


def with_known_pace(
    listener: Callable[[PageReading], None], pace: float | None
) -> Callable[[PageReading], None]:
    """`listener`, told this machine's pace from earlier scans (the store's ocr_pace)
    until the document's own first page has been measured: an ETA from the first page."""
    if pace is None:
        return listener

    def told(reading: PageReading) -> None:
        if reading.seconds_per_page is None:
            reading = replace(reading, seconds_per_page=pace)
        listener(reading)

    return told


_listener: Callable[[PageReading], None] | None = None


def listen(listener: Callable[[PageReading], None] | None) -> None:
    global _listener
    _listener = listener


def page_read(reading: PageReading) -> None:
    if _listener is not None:
        _listener(reading)
