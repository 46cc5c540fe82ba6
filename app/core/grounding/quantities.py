"""Quantities as values with a unit: "3.8 billion", "RM 75,000", "about 80%", "10-20x",
"five-year", "tenfold", "Rp 3,5 triliun", "38亿".

Two quantities are the same when their values agree to the precision the summary wrote
("3.8 billion" is 3,812,000,000 rounded) and their units agree: 3.8 million is not 3.8
billion, 8% is not 80% nor 8 billion, 5x is not 5%.

quantulum3 (MIT) was measured for this and set aside: 24 MB, a first call of 4 s while it
loads its classifier, and it knows neither "juta"/"miliar", nor RM or Rp as currencies,
nor "tenfold", and reads "3,5" as two numbers. The forms below are few and fixed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# A number with one kind of thousands separator used consistently, or a plain one; then an
# optional decimal part. A space groups thousands only after 1–3 digits ("500 000").
_DIGITS = (r"\d{{1,3}}(?:(?P<sep{n}>[,.\u00a0\u202f ])\d{{3}})(?:(?P=sep{n})\d{{3}})*"
           r"(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?")
_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
_WORDS.update({w: 10 * i for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)})
_WORD_NUMBER = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
                r"three|four|five|six|seven|eight|nine))?|" + "|".join(sorted(
                    (w for w in _WORDS if _WORDS[w] < 20), key=len, reverse=True)) + ")")
SCALES = {
    "thousand": 1e3, "ribu": 1e3, "nghìn": 1e3, "ngàn": 1e3, "k": 1e3, "千": 1e3,
    "万": 1e4, "million": 1e6, "mn": 1e6, "m": 1e6, "juta": 1e6, "triệu": 1e6, "ล้าน": 1e6,
    "百万": 1e6, "亿": 1e8, "billion": 1e9, "bilion": 1e9, "bn": 1e9, "b": 1e9, "miliar": 1e9,
    "milyar": 1e9, "tỷ": 1e9, "tỉ": 1e9, "พันล้าน": 1e9, "trillion": 1e12, "trilion": 1e12,
    "triliun": 1e12, "tn": 1e12, "nghìn tỷ": 1e12, "ล้านล้าน": 1e12, "万亿": 1e12,
}
# Letters that only scale a number written against it ("RM5m", "$20.7bn", "10k").
_ATTACHED_ONLY = {"k", "m", "b", "mn", "bn", "tn"}
_CURRENCY_BEFORE = {
    "RM": "MYR", "MYR": "MYR", "S$": "SGD", "SGD": "SGD", "US$": "USD", "USD": "USD",
    "$": "$", "Rp": "IDR", "IDR": "IDR", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
    "฿": "THB", "THB": "THB", "₫": "VND", "VND": "VND", "¥": "CNY", "RMB": "CNY", "CNY": "CNY",
    "₱": "PHP", "PHP": "PHP",
}
_UNIT_AFTER = {
    "%": "%", "percent": "%", "per cent": "%", "persen": "%", "peratus": "%", "phần trăm": "%",
    "เปอร์เซ็นต์": "%", "percentage points": "pt", "percentage point": "pt",
    "x": "x", "×": "x", "times": "x", "fold": "x", "-fold": "x", "kali": "x", "lần": "x",
    "เท่า": "x", "倍": "x",
    "ringgit": "MYR", "Singapore dollars": "SGD", "US dollars": "USD",
    "dollars": "$", "dollar": "$", "USD": "USD", "SGD": "SGD", "euros": "EUR",
    "euro": "EUR", "pounds": "GBP", "rupiah": "IDR", "baht": "THB", "บาท": "THB",
    "đồng": "VND", "₫": "VND", "VND": "VND", "yuan": "CNY", "元": "CNY", "MYR": "MYR",
    "years": "year", "year": "year", "yr": "year", "tahun": "year", "năm": "year", "ปี": "year",
    "months": "month", "month": "month", "bulan": "month", "tháng": "month",
    "weeks": "week", "week": "week", "days": "day", "day": "day", "hari": "day",
    "hours": "hour", "hour": "hour", "jam": "hour", "giờ": "hour",
}
# Durations compared in a common unit: "36 months" is "three years", "two weeks" 14 days,
# "72 hours" three days. Months and days are not converted: a month has no fixed length.
_IN_COMMON_UNIT = {"year": 12, "month": 1, "week": 7, "day": 1, "hour": 1 / 24}
_DURATION_GROUP = {"year": "month", "month": "month", "week": "day", "day": "day",
                   "hour": "day"}
_DOLLARS = {"$", "USD", "SGD"}
_CURRENCIES = {"MYR", "SGD", "USD", "$", "IDR", "EUR", "GBP", "THB", "VND", "CNY", "PHP"}


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


LATIN = r"0-9A-Za-z\u00c0-\u024f\u1e00-\u1eff"  # Chinese and Thai may touch a number
# "from 210 million in 2023 to 395 million" and "2025 to 2030" hold years, not ranges.
_YEARLIKE = r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)"
_NUMBER = (rf"(?:{_DIGITS.format(n='')})|(?P<word>{_WORD_NUMBER})")
_LATIN_SCALES = [w for w in SCALES if w.isascii() and w not in _ATTACHED_ONLY]
_OTHER_SCALES = [w for w in SCALES if not w.isascii()]
# A Latin scale word ends at a word boundary ("36 months" is no "36 m"); Chinese and Thai
# ones run on into the next word ("38亿人").
_SCALE = (rf"(?P<scale>\s?(?:{_alternatives(_LATIN_SCALES)})(?![^\W\d_])"
          rf"|(?:{_alternatives(_ATTACHED_ONLY)})(?![^\W\d_])"
          rf"|\s?(?:{_alternatives(_OTHER_SCALES)}))?")
# A number after a word and a hyphen is part of a code ("GPT-4", "COVID-19"), but not a
# year after "end-", "mid-", "early-" or "late-".
_TIME_PREFIX = "|".join(f"(?<={word}-)" for word in ("end", "mid", "early", "late"))
_CURRENCY = rf"(?-i:{_alternatives(_CURRENCY_BEFORE)})"  # "rm 5" is no ringgit
_RANGE_TO = r"\s?(?:-|–|—|to|hingga|sampai|đến)\s?"
_QUANTITY = re.compile(
    rf"(?:{_TIME_PREFIX}|(?<![{LATIN}]-))(?<![{LATIN}.,])(?P<cur>{_CURRENCY})?\s?"
    rf"(?P<num>{_NUMBER}){_SCALE}"
    rf"(?:(?<!{_YEARLIKE}){_RANGE_TO}(?!{_YEARLIKE})(?P<cur2>{_CURRENCY})?"
    rf"(?P<num2>{_DIGITS.format(n='2')}|{_WORD_NUMBER}){_SCALE.replace('scale', 'scale2')})?"
    rf"(?P<unit>\s?-?(?:{_alternatives(_UNIT_AFTER)}))?"
    r"(?P<trail>[^\W\d_]|\d)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reading:
    """One way to read a written number: its value and the step it was rounded to."""

    value: float
    step: float


@dataclass(frozen=True)
class Quantity:
    text: str  # as written
    readings: tuple[tuple[Reading, ...], ...]  # one tuple per end ("10-20x" has two)
    unit: str  # "%", "x", "MYR", "year", "" for a plain count…
    kind: str  # "quantity" or "year"
    span: tuple[int, int]
    scale: float = 1.0  # the scale word's factor ("million": 1e6)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity written in `text`, in order."""
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(text):
        quantity = _quantity(match)
        if quantity and found and _BETWEEN.fullmatch(text[: found[-1].span[0]][-8:] + "|"
                                                     + text[found[-1].span[1]:quantity.span[0]]):
            found[-1:] = _range(found[-1], quantity, text)
        elif quantity:
            found.append(quantity)
    return found


# "between ten and twenty times": one range, its unit and scale written once at its end.
_BETWEEN = re.compile(r"(?:.*\s)?between\s\|\sand\s", re.IGNORECASE | re.DOTALL)


def _range(first: Quantity, last: Quantity, text: str) -> list[Quantity]:
    if first.unit or first.kind == "year" or len(first.readings) > 1 or last.kind == "year":
        return [first, last]  # two figures of their own ("between 2022 and 2024")
    scale = last.scale
    ends = (tuple(Reading(r.value * scale, r.step * scale) for r in first.readings[0]),
            *last.readings)
    span = (first.span[0], last.span[1])
    return [Quantity(text[span[0] : span[1]], ends, last.unit, "quantity", span, scale)]


def _quantity(match: re.Match) -> Quantity | None:
    if match["trail"] and not _is_cjk(match["trail"]):
        return None  # "5G", "2nd", "H100"-like codes are not quantities
    word = match["word"]
    if word and not (match["scale"] or match["unit"]) and _WORDS.get(word.lower(), 2) < 2:
        return None  # "one of the", "zero-sum": not a figure anyone wrote as a claim
    scale, scale2 = _scale(match, "scale"), _scale(match, "scale2")
    # "7 to 8 billion": a scale written once, at the end, scales both ends
    ends = [_readings(match["num"], scale if match["scale"] else scale2)]
    if match["num2"]:
        ends.append(_readings(match["num2"], scale2 if match["scale2"] else scale))
    if not all(ends):
        return None
    unit = _unit(match)
    text = match.group(0)[: len(match.group(0)) - len(match["trail"] or "")].strip()
    plain = match["num"]
    is_year = (not unit and not match["scale"] and not match["num2"] and plain.isdigit()
               and len(plain) == 4 and 1900 <= int(plain) <= 2100)
    return Quantity(text, tuple(ends), unit, "year" if is_year else "quantity",
                    match.span(), scale2 if match["scale2"] else scale)


def _scale(match: re.Match, group: str) -> float:
    written = match[group]
    if not written:
        return 1.0
    key = written.strip()
    return SCALES.get(key.lower(), SCALES.get(key, 1.0))


def _unit(match: re.Match) -> str:
    currency = match["cur"] or match["cur2"]
    if currency:
        return _CURRENCY_BEFORE[currency]
    written = (match["unit"] or "").strip().lstrip("-").strip()
    for key, unit in _UNIT_AFTER.items():
        if key.lower() == written.lower():
            return unit
    return ""


def _readings(written: str, scale: float) -> tuple[Reading, ...]:
    if written.lower() in _WORDS or "-" in written or " " in written and written[0].isalpha():
        return (Reading(_word_value(written) * scale, scale),)
    compact = written.replace("\u00a0", " ").replace("\u202f", " ")
    readings = []
    for thousands, decimal in ((",", "."), (".", ","), (" ", ".")):
        reading = _parse(compact, thousands, decimal)
        if reading:
            readings.append(Reading(reading[0] * scale, reading[1] * scale))
    return tuple(dict.fromkeys(readings))


def _parse(written: str, thousands: str, decimal: str) -> tuple[float, float] | None:
    """(value, rounding step) if `written` reads as a number with these separators."""
    body = written
    if thousands in body:
        groups = body.split(decimal)[0].split(thousands)
        if any(len(g) != 3 for g in groups[1:]):
            return None
        body = body.replace(thousands, "")
    if body.count(decimal) > 1 or any(c not in "0123456789" + decimal for c in body):
        return None
    whole, _, fraction = body.partition(decimal)
    value = float(f"{whole}.{fraction}" if fraction else whole)
    return value, 10.0 ** -len(fraction)


def _word_value(written: str) -> float:
    return float(sum(_WORDS.get(part, 0) for part in re.split(r"[- ]", written.lower())))


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\u0e00" <= char <= "\u0e7f"


class QuantityIndex:
    """The quantities of one text by value, so a claim is looked up, not compared with
    each of a long document's thousands of figures."""

    def __init__(self, quantities):
        entries = sorted((r.value * _IN_COMMON_UNIT.get(q.unit, 1), q.unit)
                         for q in quantities for end in q.readings for r in end)
        self.values = [value for value, _ in entries]
        self.units = [unit for _, unit in entries]

    def states(self, claim: Quantity) -> bool:
        """Each end of `claim` agrees, to the precision it is written with, with a figure
        of the text in a unit that agrees. A range's ends may be stated apart: "from 60 to
        172" is stated by "172, up from 60", "up to 20x" by "10-20x"."""
        return all(any(self._has(r, claim.unit) for r in end) for end in claim.readings)

    def _has(self, reading: Reading, unit: str) -> bool:
        factor = _IN_COMMON_UNIT.get(unit, 1)
        middle = reading.value * factor
        slack = (reading.step / 2 + 1e-9 * abs(reading.value)) * factor
        i = bisect_left(self.values, middle - slack)
        while i < len(self.values) and self.values[i] <= middle + slack:
            if _units_agree(unit, self.units[i]):
                return True
            i += 1
        return False


def _units_agree(claim: str, source: str) -> bool:
    if claim == source:
        return True
    if _DURATION_GROUP.get(claim, claim) == _DURATION_GROUP.get(source, source):
        return True
    if claim in _CURRENCIES and source in _CURRENCIES:
        return "$" in (claim, source) and {claim, source} <= _DOLLARS  # "$" is any dollar
    return (claim in _CURRENCIES and not source) or (source in _CURRENCIES and not claim)
