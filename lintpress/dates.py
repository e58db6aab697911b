"""Dates with weekdays in news prose, and the year they most likely belong to.

Indonesian datelines name the weekday and give the date in brackets or after a
comma: ``Selasa (20/1)``, ``Senin (14/10/2025)``, ``Senin, 19 Januari 2026``,
``pada Rabu, 4/2/2026``. English ones: ``Tuesday, Jan. 20, 2026``,
``Tuesday (20 January)``. Short forms carry no year; :func:`article_years`
finds the year the text itself supports so a weekday is only judged when the
year is known (never guessed).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from functools import cache
from typing import NamedTuple

import regex

from lintpress.pattern_store import compile_regex

WEEKDAYS_ID = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
WEEKDAYS_EN = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAY_NAMES = {
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MONTHS = {
    # Indonesian
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12,
}  # fmt: skip

_WD = "|".join(sorted(map(regex.escape, {**WEEKDAYS_ID, **WEEKDAYS_EN}), key=len, reverse=True))
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"

# Weekday followed by a date: "Selasa (20/1)", "Senin, 19 Januari 2026", "Tuesday, Jan. 20, 2026".
_DATED = compile_regex(
    rf"""\b(?P<wd>{_WD})\b
    (?:\s*,\s*(?:tanggal\s+|tgl\.?\s+)?|\s*\(\s*|\s+(?:tanggal\s+|tgl\.?\s+)?)
    (?:
        (?P<d1>\d{{1,2}})/(?P<m1>\d{{1,2}})(?:/(?P<y1>{_YEAR}|\d\d))?(?!\d|/)
      | (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mn2>{_MON})\.?(?:\s*,?\s*(?P<y2>{_YEAR}))?(?!\w)
      | (?P<mn3>{_MON})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*(?P<y3>{_YEAR}))?(?!\w)
    )(?:(?<=\(\s*[^()]{{3,30}})\s*\))?""",
    regex.IGNORECASE | regex.VERBOSE,
)
# Where a weekday may start a dateline (capitalised: "minggu" in lower case means "week").
# The standard library engine finds these words much faster than ``regex`` scans _DATED.
# The pattern starts with the words (capital letters: the engine skips ahead to them); the word
# boundary before is checked on each hit.
_WEEKDAY_WORD = re.compile(
    r"(?:"
    + "|".join(sorted({w.capitalize() for w in {**WEEKDAYS_ID, **WEEKDAYS_EN}}, key=len, reverse=True))
    + r")\b"
)
# A full date with year and no weekday: evidence for the article's year.
_DAY_FIRST = rf"\b\d{{1,2}}\s+(?:{_MON})\.?,?\s+(?P<y>{_YEAR})\b|\b\d{{1,2}}/\d{{1,2}}/(?P<y2>{_YEAR})\b"
_FULL_DATE_MONTH_FIRST = rf"\b(?:{_MON})\.?\s+\d{{1,2}},\s+(?P<y3>{_YEAR})\b"
# Without the month-first form ("Jan. 20, 2026"), which alone costs ten times the others to scan
# and needs "day, year" in the text: the full pattern is compiled and used only then.
_FULL_DATE_DAY_FIRST = compile_regex(_DAY_FIRST, regex.IGNORECASE)
_DAY_COMMA_YEAR = compile_regex(rf"\d,\s+{_YEAR}", regex.IGNORECASE)
_ISO_DATE = compile_regex(r"\s*['\"]?(\d{4})-(\d{1,2})-(\d{1,2})")
_ANY_YEAR = compile_regex(rf"(?<![\d.,/-]){_YEAR}(?![\d/]|[.,]\d)")


class DateMention(NamedTuple):
    """A weekday stated together with a date; ``year`` only when written in the match."""

    start: int
    end: int
    weekday: int
    weekday_start: int
    weekday_end: int
    day: int
    month: int
    year: int | None
    language: str  # "id" or "en": the language of the weekday word


@cache
def _full_date():
    """Every full date form: day first (``19 Januari 2026``, ``19/1/2026``) or month first."""
    return compile_regex(f"{_DAY_FIRST}|{_FULL_DATE_MONTH_FIRST}", regex.IGNORECASE)


def find_dated_weekdays(text: str) -> list[DateMention]:
    """Every weekday word followed by a day and month in ``text``."""
    out = []
    for w in _WEEKDAY_WORD.finditer(text):
        p = w.start()
        if p and (text[p - 1].isalnum() or text[p - 1] == "_"):
            continue  # no word boundary before (``re``'s word characters): inside a longer word
        m = _DATED.match(text, p)
        if m is None:
            continue
        wd = m.group("wd")
        key = wd.lower()
        lang = "en" if key in WEEKDAYS_EN else "id"
        weekday = WEEKDAYS_EN.get(key, WEEKDAYS_ID.get(key))
        if m.group("d1"):
            day, month = int(m.group("d1")), int(m.group("m1"))
            ys = m.group("y1")
        elif m.group("d2"):
            day, month = int(m.group("d2")), MONTHS[m.group("mn2").lower()]
            ys = m.group("y2")
        else:
            day, month = int(m.group("d3")), MONTHS[m.group("mn3").lower()]
            ys = m.group("y3")
        year = None
        if ys:
            year = int(ys) if len(ys) == 4 else 2000 + int(ys)
        if lang == "en" and m.group("d1") and month > 12 and day <= 12:
            day, month = month, day  # US order: 1/20
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        out.append(
            DateMention(m.start(), m.end(), weekday, m.start("wd"), m.end("wd"), day, month, year, lang)
        )
    return out


def weekday_of(year: int, month: int, day: int) -> int | None:
    """Monday=0 … Sunday=6, or None for an impossible date (31/2)."""
    try:
        return _dt.date(year, month, day).weekday()
    except ValueError:
        return None


def article_years(text: str, mentions: list[DateMention], front_date=None, reference_date=None) -> list[int]:
    """The year(s) short dates in this text belong to, most likely first; [] when unknown.

    Evidence in order: years written in other weekday datelines of the
    article (``Senin (13/10/2025)``), the front matter date, the run's
    reference date, years of full dates in the text (``19 Januari 2026``), then
    a single year named anywhere (``Hari Bakti Ke-76 Tahun 2026``). The last
    two are dropped when they are ambiguous (several years, or a bare year)
    and the short dates disagree with them but agree with a neighbouring year
    (see :func:`plausible_year`).
    """
    datelines = Counter(m.year for m in mentions if m.year)
    if datelines:
        return [y for y, _ in datelines.most_common()]
    for d in (front_date, reference_date):
        if d is not None:
            return [d.year]
    full = Counter()
    pattern = _full_date() if _DAY_COMMA_YEAR.search(text) else _FULL_DATE_DAY_FIRST
    for fm in pattern.finditer(text):
        y = fm.group("y") or fm.group("y2") or fm.groupdict().get("y3")
        full[int(y)] += 1
    if full:
        ranked = [y for y, _ in sorted(full.items(), key=lambda kv: (-kv[1], -kv[0]))]
        # Several years in full dates: some are other events, so the choice must fit.
        return ranked if len(ranked) == 1 or plausible_year(ranked[0], mentions) else []
    named = {int(y) for y in _ANY_YEAR.findall(text)}
    if len(named) == 1 and plausible_year(next(iter(named)), mentions):
        return list(named)
    return []


def plausible_year(year: int, mentions: list[DateMention]) -> bool:
    """False when a year inferred from the text fits none of the short dates but a neighbour fits all.

    A year found elsewhere in the article may belong to another event (an
    earlier election, a founding); when every short date is wrong for it and
    all are right for the year before or after, the year is the mistake.
    """
    short = [m for m in mentions if not m.year]
    if not short or any(weekday_of(year, m.month, m.day) == m.weekday for m in short):
        return True
    return not any(
        all(weekday_of(y, m.month, m.day) == m.weekday for m in short) for y in (year - 1, year + 1)
    )


def parse_front_date(value) -> _dt.date | None:
    """A front matter ``date:`` value as a date (ISO prefix), else None."""
    if isinstance(value, _dt.date):
        return value
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.match(value)
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
