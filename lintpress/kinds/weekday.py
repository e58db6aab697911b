"""``weekday`` and ``date-conflict``: a weekday that does not fit its date.

``weekday`` checks ``Senin (14/10/2025)`` against the calendar (14 October
2025 was a Tuesday) and offers the right weekday as the fix. Short dates such
as ``Selasa (20/1)`` are judged only when the article tells the year (a full
date elsewhere, front matter ``date:``, ``--date``, or one single year named
in the text); otherwise nothing is guessed.

``date-conflict`` needs no year: within one article the same date cannot fall
on two weekdays (``Selasa (20/1)`` … ``Rabu (20/1)``), and two dates fewer
than seven days apart cannot share a weekday (``Senin (13/10)`` … ``Senin
(14/10)``). It only speaks when ``weekday`` cannot (the year is unknown).
"""

from __future__ import annotations

import datetime as _dt

from lintpress.dates import (
    WEEKDAY_NAMES,
    DateMention,
    article_years,
    find_dated_weekdays,
    parse_front_date,
    weekday_of,
)
from lintpress.diagnostic import Edit, Related
from lintpress.kinds.base import Kind, match_case


def _years_and_mentions(kind: Kind, doc) -> tuple[list[DateMention], list[int]]:
    cache = doc.__dict__.setdefault("_lintpress_dates", {})
    if "v" not in cache:
        mentions = find_dated_weekdays(doc.prose)
        fm = doc.front_matter.get("date") if doc.front_matter else None
        years = article_years(doc.prose, mentions, parse_front_date(fm), kind.context.reference_date)
        cache["v"] = (mentions, years)
    return cache["v"]


def _candidate_years(m: DateMention, years: list[int]) -> list[int]:
    """Years the date may belong to: its own, else the article's (± one across New Year)."""
    if m.year:
        return [m.year]
    if not years:
        return []
    y = years[0]
    out = [y]
    if m.month >= 11:
        out.append(y - 1)
    if m.month <= 2:
        out.append(y + 1)
    return out


class Weekday(Kind):
    NAME = "weekday"
    FIX_APPLICABILITY = "unsafe"  # the date (or founding year) may be the wrong half
    PARAMS = {}

    def check(self, doc):
        mentions, years = _years_and_mentions(self, doc)
        for m in mentions:
            cands = _candidate_years(m, years)
            if not cands:
                continue
            actual = [weekday_of(y, m.month, m.day) for y in cands]
            if None in actual[:1] or m.weekday in actual:
                continue
            right = actual[0]
            lang = m.language
            wrong = doc.text[m.weekday_start : m.weekday_end]
            name = match_case(wrong, WEEKDAY_NAMES[lang][right])
            date = _spell_date(_dt.date(cands[0], m.month, m.day), lang)
            yield self.diagnostic(
                m.weekday_start,
                m.weekday_end - m.weekday_start,
                text=wrong,
                suggestions=[name],
                fix=[Edit(m.weekday_start, m.weekday_end - m.weekday_start, name)],
                date=date,
                year_source="stated" if m.year else "article",
            )


class DateConflict(Kind):
    NAME = "date-conflict"
    PARAMS = {}

    def check(self, doc):
        mentions, years = _years_and_mentions(self, doc)
        seen: list[DateMention] = []
        for m in mentions:
            if m.year or years:
                seen.append(m)
                continue
            for e in seen:
                if e.year:
                    continue
                same_date = (e.day, e.month) == (m.day, m.month)
                if same_date and e.weekday != m.weekday:
                    why = "same date, other weekday"
                elif not same_date and e.weekday == m.weekday and _days_apart(e, m) < 7:
                    why = "same weekday, date fewer than seven days apart"
                else:
                    continue
                yield self.diagnostic(
                    m.start,
                    m.end - m.start,
                    text=doc.text[m.start : m.end],
                    other=doc.text[e.start : e.end],
                    why=why,
                    related=[Related(e.start, e.end - e.start, self.related_label("earlier-date"))],
                )
                break
            seen.append(m)


_MONTH_NAMES = {
    "id": [
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def _spell_date(d: _dt.date, language: str) -> str:
    """The date as the article's readers write it: 20 Januari 2026, January 20, 2026."""
    month = _MONTH_NAMES[language][d.month - 1]
    return f"{month} {d.day}, {d.year}" if language == "en" else f"{d.day} {month} {d.year}"


def _days_apart(a: DateMention, b: DateMention) -> int:
    """Days between two day/month dates in a leap year (year unknown), across New Year too."""
    try:
        da = _dt.date(2024, a.month, a.day)
        db = _dt.date(2024, b.month, b.day)
    except ValueError:
        return 99
    diff = abs((da - db).days)
    return min(diff, 366 - diff)
