"""Dates as calendar values: "14 March 2025", "March 14, 2025", "14/03/2025",
"2025-03-14", "March 2025", "Q3 2025", "ngày 14 tháng 3 năm 2025", "2025年3月14日",
"14 มีนาคม 2568" all become (year, month, day) or (year, quarter), compared as such.

dateparser (BSD) was measured for this and set aside: 13 MB with its dependencies, 230 ms
for its first parse, and in running text it reads "about 80% of" as the year 1980 and
"Q3 2025" as 2 September. The written forms a summary uses are these few; the month names
of the users' languages are a table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.grounding.quantities import LATIN

_MONTH_NAMES = [
    "january jan januari", "february feb februari", "march mar mac maret",
    "april apr", "may mei", "june jun juni", "july jul julai juli",
    "august aug ogos agustus agu", "september sep sept", "october oct oktober okt",
    "november nov", "december dec disember desember des",
]
_THAI_MONTHS = ("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน "
                "ตุลาคม พฤศจิกายน ธันวาคม").split()
MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}
MONTHS.update({name: i for i, name in enumerate(_THAI_MONTHS, 1)})
BUDDHIST_ERA = 543  # Thai documents count years from 543 BC

_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20|25)\d\d)(?!\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_FORMS = [
    rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    r"(?P<year>\d{4})[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?!\d)",
    r"(?P<day>[0-3]?\d)[/.-](?P<month>[01]?\d)[/.-](?P<year>\d{4})(?!\d)",
    r"ngày\s+(?P<day>[0-3]?\d)\s+tháng\s+(?P<month>[01]?\d)\s+năm\s+(?P<year>\d{4})",
    r"tháng\s+(?P<month>[01]?\d)\s+năm\s+(?P<year>\d{4})",
    r"(?P<year>\d{4})\s*年\s*(?P<month>[01]?\d)\s*月(?:\s*(?P<day>[0-3]?\d)\s*日)?",
    r"\b(?:Q|quarter\s+)(?P<quarter>[1-4])\s*(?:of\s+)?(?:FY\s?)?(?P<year>\d{4})",
    r"(?P<ordinal>first|second|third|fourth)\s+quarter\s+(?:of\s+)?(?P<year>\d{4})",
    rf"{_MONTH},?\s+{_YEAR}",
    r"\bFY\s?(?P<year>\d{4})",
]


@dataclass(frozen=True)
class CalendarDate:
    text: str
    year: int
    month: int | None  # None for a quarter
    day: int | None  # None for a month or a quarter
    quarter: int | None
    span: tuple[int, int]

    def supported_by(self, other: CalendarDate) -> bool:
        """`other` states this date (or lies in the month or quarter this one names)."""
        if self.year != other.year:
            return False
        if self.quarter:
            return (other.quarter or _quarter(other.month)) == self.quarter
        if self.month is None:
            return True  # a fiscal year names only its year
        if self.month != other.month:
            return False
        return self.day is None or self.day == other.day


def _quarter(month: int | None) -> int | None:
    return (month - 1) // 3 + 1 if month else None


# Latin letters and digits may not touch a date; Chinese and Thai ones may ("于2025年3月").
_COMPILED = [re.compile(rf"(?<![{LATIN}/.-]){form}(?![{LATIN}/])", re.IGNORECASE)
             for form in _FORMS]


def find_dates(text: str) -> list[CalendarDate]:
    """Every date written in `text`, in order; a span is read by the first form that fits."""
    found: list[CalendarDate] = []
    taken = bytearray(len(text))  # characters already read as part of a date
    for pattern in _COMPILED:
        for match in pattern.finditer(text):
            if any(taken[match.start() : match.end()]):
                continue
            date = _date(match)
            if date:
                found.append(date)
                taken[match.start() : match.end()] = b"\1" * (match.end() - match.start())
    return sorted(found, key=lambda d: d.span)


def _date(match: re.Match) -> CalendarDate | None:
    parts = match.groupdict()
    year = int(parts["year"])
    month_text = parts.get("month")
    month = None
    if month_text:
        month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower().rstrip(".")]
        if month_text in _THAI_MONTHS and year > 2400:
            year -= BUDDHIST_ERA
    quarter = int(parts["quarter"]) if parts.get("quarter") else _ORDINAL_QUARTER.get(
        (parts.get("ordinal") or "").lower())
    day = int(parts["day"]) if parts.get("day") else None
    if month and month > 12 and day and day <= 12:  # 03/14/2025 is written the US way
        month, day = day, month
    if not 1900 <= year <= 2100 or (month and not 1 <= month <= 12) or (day and not 1 <= day <= 31):
        return None
    return CalendarDate(match.group(0), year, month, day, quarter, match.span())
