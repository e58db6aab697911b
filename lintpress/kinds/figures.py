"""``figures``: the same thing counted with two different values in one article.

Example: ``penyerahan 20.000 bibit kelapa`` … later ``2.000 bibit kelapa
tersebut ditanam`` → the later figure is reported, the earlier one is related.

Precision first. Two figures are compared only when they count the same
thing: the same two-word noun phrase (``bibit kelapa``), or the later one
points back with ``tersebut``/``itu``/``those`` at a head noun counted once
before. Legitimate differences are left alone: figures in one sentence, a
change (``naik dari … menjadi``, ``increased``), a part of a whole
(``di antaranya``, ``sebagian``, ``of whom``), approximations, ranges that
hold the other value, different years, places or periods.
"""

from __future__ import annotations

import bisect
from functools import cache

import regex

from lintpress.diagnostic import Related
from lintpress.kinds.base import Kind, Param
from lintpress.pattern_store import compile_regex
from lintpress.quantities import Quantity, quantities_of

_CHANGE = (
    r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|melonjak|merosot|anjlok|tumbuh|"
    r"menjadi|semula|sebelumnya|dibanding(?:kan)?|ketimbang|target(?:nya)?|ditargetkan|rencana|"
    r"direncanakan|lalu|kemarin|tahap|gelombang|periode|kuartal|triwulan|semester|"
    r"di\s+antaranya|diantaranya|antara\s+lain|sebagian|sisanya|sisa|termasuk|masing-masing|"
    r"dari\s+(?:total|jumlah|keseluruhan)|total|seluruhnya|keseluruhan|tambahan|lagi|baru|"
    r"per|setiap|tiap|rata-rata|hanya|tinggal|mencapai|"
    r"rose|fell|increased?|decreased?|grew|dropped|up|down|from|compared|previously|target|"
    r"of\s+(?:whom|which|them)|including|remaining|each|per|average|another|additional|total|only)\b"
)
_YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"
_DATE = (
    r"\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)\w*"
    r"|\b\d{1,2}/\d{1,2}\b"
)
_PLACE = r"\b(?i:di|in|at)\s+((?:[A-Z][\w-]+\s?){1,3})"


@cache
def _explaining():
    """The patterns that explain a difference (change, year, date, place), compiled on first need:
    most articles never count one thing twice with two values."""
    return (
        compile_regex(_CHANGE, regex.IGNORECASE),
        compile_regex(_YEAR),
        compile_regex(_DATE, regex.IGNORECASE),
        compile_regex(_PLACE),
    )


_HEADLESS = {"tahun", "hari", "bulan", "minggu", "pekan", "jam", "menit", "detik", "kali", "persen",
             "years", "year", "days", "day", "months", "hours", "times", "percent", "per"}  # fmt: skip


def _common(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """The words two counted phrases share at their start ("paket sembako")."""
    out = []
    for x, y in zip(a, b):
        if x != y:
            break
        out.append(x)
    return tuple(out) or b[:1]


class Figures(Kind):
    NAME = "figures"
    PARAMS = {
        "min_phrase_words": Param("int", 2, doc="words two counted phrases must share without 'tersebut'"),
    }

    def check(self, doc):
        lang = self.context.language if self.context.language in ("id", "en") else "id"
        sentences = doc.sentences
        starts = [s.start for s in sentences]
        items: list[tuple[Quantity, int]] = []
        for q in quantities_of(doc, lang):
            if q.measure != "count" or not q.counted or q.counted[0] in _HEADLESS:
                continue
            if q.value == 1 and not q.text[:1].isdigit():
                continue  # "salah satu", "one of": not a count
            items.append((q, bisect.bisect_right(starts, q.start) - 1))
        reported: set[int] = set()
        for j, (b, sj) in enumerate(items):
            for i in range(j):
                a, si = items[i]
                if si == sj or not self._same_thing(a, b, items[:j]):
                    continue
                if self._compatible(a, b) or self._explained(doc, sentences[si], sentences[sj], a, b):
                    continue
                if not b.demonstrative and b.value < a.value:
                    continue  # a smaller count later may be a part of the first
                if b.start in reported:
                    break
                reported.add(b.start)
                yield self.diagnostic(
                    b.start,
                    b.end - b.start,
                    text=doc.text[b.start : b.end],
                    thing=" ".join(_common(a.counted, b.counted)),
                    other=doc.text[a.start : a.end],
                    suggestions=[doc.text[a.start : a.end]],
                    related=[Related(a.start, a.counted_end - a.start, self.related_label("same-count"))],
                )
                break

    def _same_thing(self, a: Quantity, b: Quantity, earlier: list[tuple[Quantity, int]]) -> bool:
        n = self.params["min_phrase_words"]
        if len(a.counted) >= n and len(b.counted) >= n and a.counted[:n] == b.counted[:n]:
            return True
        if b.demonstrative and a.counted[:1] == b.counted[:1]:
            # "tersebut" points back: only unambiguous when one earlier figure counted that noun.
            heads = {q.value for q, _ in earlier if q.counted[:1] == b.counted[:1]}
            return len(heads) == 1
        return False

    @staticmethod
    def _compatible(a: Quantity, b: Quantity) -> bool:
        lo_a, hi_a = a.value, a.high if a.high is not None else a.value
        lo_b, hi_b = b.value, b.high if b.high is not None else b.value
        if lo_a <= hi_b and lo_b <= hi_a:
            return True  # equal, or one range holds the other value
        return a.approximate or b.approximate  # "sekitar 20.000" and "19.850" agree

    @staticmethod
    def _explained(doc, sa, sb, a: Quantity, b: Quantity) -> bool:
        """A change, a part, another year or place explains the difference."""
        change, year, date, place = _explaining()
        ta = doc.prose[sa.start : sa.end]
        tb = doc.prose[sb.start : sb.end]
        if change.search(ta) or change.search(tb):
            return True
        ya, yb = set(year.findall(ta)), set(year.findall(tb))
        if ya and yb and ya != yb:
            return True
        da, db = set(date.findall(ta)), set(date.findall(tb))
        if da and db and not da & db:
            return True  # two surveys, two events: other dates
        pa = {p.strip() for p in place.findall(ta)}
        pb = {p.strip() for p in place.findall(tb)}
        return bool(pa and pb and not pa & pb)
