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
import itertools
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


# At most this many different earlier figures of one head noun are compared with a figure
# (an article has a handful; the bound keeps a long document linear).
_MAX_COMPARED = 200


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
        n = self.params["min_phrase_words"]
        items: list[tuple[Quantity, int]] = []
        for q in quantities_of(doc, lang):
            if q.measure != "count" or not q.counted or q.counted[0] in _HEADLESS:
                continue
            if q.value == 1 and not q.text[:1].isdigit():
                continue  # "salah satu", "one of": not a count
            items.append((q, bisect.bisect_right(starts, q.start) - 1))
        # Only figures of the same head noun can count the same thing, and of several earlier
        # figures that agree in everything a comparison reads (value, words, text and what
        # their sentences say), the first decides: later ones give the same answer. So each
        # figure is compared with the first figure of each kind before it, not with every
        # earlier figure, which kept long repetitive documents quadratic.
        firsts: dict[str, dict[tuple, tuple[Quantity, int]]] = {}
        head_values: dict[str, set[float]] = {}  # the values counted with each head noun so far
        explains = _SentenceFacts(doc, sentences)
        reported: set[int] = set()
        for b, sj in items:
            head = b.counted[0] if n > 0 else ""
            earlier = firsts.setdefault(head, {})
            values = head_values.setdefault(b.counted[0], set())
            # "tersebut" points back: only unambiguous when one earlier figure counted that noun.
            points_back = b.demonstrative and len(values) == 1
            for a, si in itertools.islice(earlier.values(), _MAX_COMPARED):
                if si == sj or not self._same_thing(a, b, points_back):
                    continue
                if self._compatible(a, b) or explains.difference(si, sj):
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
                    related=[Related(a.start, a.counted_end - a.start, "the same thing counted here")],
                )
                break
            # same figure, same words, same sentence text: compares exactly like the first one
            sentence = doc.prose[sentences[sj].start : sentences[sj].end]
            earlier.setdefault((b.value, b.high, b.approximate, b.counted, doc.text[b.start : b.end], sentence), (b, sj))
            if len(values) < 2:
                values.add(b.value)

    def _same_thing(self, a: Quantity, b: Quantity, points_back: bool) -> bool:
        n = self.params["min_phrase_words"]
        if len(a.counted) >= n and len(b.counted) >= n and a.counted[:n] == b.counted[:n]:
            return True
        return points_back and a.counted[:1] == b.counted[:1]

    @staticmethod
    def _compatible(a: Quantity, b: Quantity) -> bool:
        lo_a, hi_a = a.value, a.high if a.high is not None else a.value
        lo_b, hi_b = b.value, b.high if b.high is not None else b.value
        if lo_a <= hi_b and lo_b <= hi_a:
            return True  # equal, or one range holds the other value
        return a.approximate or b.approximate  # "sekitar 20.000" and "19.850" agree


class _SentenceFacts:
    """What each sentence says that explains a difference between two figures (a change, a part,
    another year, date or place), found once per sentence instead of once per compared pair."""

    def __init__(self, doc, sentences):
        self.doc = doc
        self.sentences = sentences
        self._facts: dict[int, tuple] = {}

    def _of(self, si: int) -> tuple:
        facts = self._facts.get(si)
        if facts is None:
            change, year, date, place = _explaining()
            s = self.sentences[si]
            text = self.doc.prose[s.start : s.end]
            facts = self._facts[si] = (
                bool(change.search(text)),
                frozenset(year.findall(text)),
                frozenset(date.findall(text)),
                frozenset(p.strip() for p in place.findall(text)),
            )
        return facts

    def difference(self, sa: int, sb: int) -> bool:
        """A change, a part, another year or place explains the difference."""
        ca, ya, da, pa = self._of(sa)
        cb, yb, db, pb = self._of(sb)
        if ca or cb:
            return True
        if ya and yb and ya != yb:
            return True
        if da and db and not da & db:
            return True  # two surveys, two events: other dates
        return bool(pa and pb and not pa & pb)
