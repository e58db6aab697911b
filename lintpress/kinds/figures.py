"""``figures``: the same thing counted with two different values in one article.

Example: ``penyerahan 20.000 bibit kelapa`` … later ``2.000 bibit kelapa
tersebut ditanam`` → the later figure is reported, the earlier one is related.

Two figures are compared only when they count the same thing, in one of two ways:

- a *restatement*: the later figure points back with a demonstrative
  (``Dari 454 orang tersebut``, ``Seluruh 31 juta anak itu``, ``those 300
  people``, ``biaya sebesar Rp 300 itu``) at a head noun that one earlier
  figure counted (``orang``), or that one earlier sum was the amount of
  (``biaya Rp 3.000``). The demonstrative says "the set I told you about", so
  only words at the figure itself excuse a different number: ``sisa``,
  ``tambahan``, ``hanya``, ``baru`` right before it, ``lainnya`` right after
  it; ``total`` or ``lalu`` elsewhere in the sentence do not. It also stays
  quiet when the earlier head noun was counted with two values (which one is
  meant?), when the earlier figure was itself a part or a change
  (``30 orang di antaranya``, ``bertambah 20 orang``), and when the later
  number was stated earlier as some other count (``sepuluh di antaranya`` …
  ``10 orang tersebut`` points at that subset);
- the *same two-word noun phrase* (``bibit kelapa``) without a demonstrative:
  then anything in either sentence that explains a difference is respected:
  a change (``naik dari … menjadi``, ``increased``), a part of a whole
  (``di antaranya``, ``sebagian``, ``of whom``), a smaller later count, other
  years, dates or places.

Figures in one sentence, approximations and ranges that hold the other value
are never compared. Each figure is looked up in indexes by head noun and
phrase, so the work grows linearly with the document.
"""

from __future__ import annotations

import bisect
from functools import cache

import regex

from lintpress.diagnostic import Related
from lintpress.kinds.base import Kind, Param
from lintpress.pattern_store import compile_regex
from lintpress.quantities import SCALES, Quantity, quantities_of

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


_WRITTEN = compile_regex(
    r"(\d+)(?:[.,](\d{1,2}))?(?!\d)\s*(ribu|rb|juta|jt|miliar|milyar|triliun|thousand|million|billion|trillion)?",
    regex.IGNORECASE,
)


def _step(q: Quantity) -> float:
    """The precision a figure is written with: 1 for ``454``, a million for ``31 juta``, a tenth of
    a trillion for ``13,2 triliun`` (one or two digits after the separator are decimals there)."""
    m = _WRITTEN.search(q.text)
    if not m or not m.group(3):
        return 1.0
    scale = SCALES.get(m.group(3).lower(), 1.0)
    return scale / 10 ** len(m.group(2) or "")


def _common(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """The words two counted phrases share at their start ("paket sembako")."""
    out = []
    for x, y in zip(a, b):
        if x != y:
            break
        out.append(x)
    return tuple(out) or b[:1]


_PHRASE_PEERS = 16  # earlier figures of one phrase compared with a later one (distinct values)

# Words at a restated figure that make it a part, a remainder or a change of the set it points
# back to (``sisa 20 orang tersebut``), read in the few words right before the number ...
_PART_BEFORE = (
    r"(?:\b(?:sisa|sisanya|tinggal|hanya|cuma|baru|tambahan|sebagian|selebihnya|lagi|bertambah|"
    r"berkurang|naik|turun|meningkat|menurun|menjadi|tambah|kurang|per|setiap|tiap|rata-rata|"
    r"masing-masing|remaining|only|another|additional|extra|each|per|average|rest|other)"
    r"(?:\s+(?:sebanyak|sejumlah|dari|sekitar|of|the|those|these))?\s+$)"
)
# ... or right after the counted phrase (``20 orang lainnya``, ``30 orang di antaranya``).
_PART_AFTER = (
    r"^\s*(?:lainnya|lain|lagi|di\s+antaranya|diantaranya|sisanya|saja|tambahan|"
    r"of\s+(?:whom|which|them)|more|others?|remaining)\b"
)
# A sum's head noun before it: ``biaya (sebesar) Rp 300``, ``dana senilai Rp 5 miliar``.
_MONEY_HEAD = r"(?:^|[^\w-])(\p{Ll}[\p{Ll}-]{2,})\s+(?:(?:sebesar|senilai|sejumlah|mencapai|yakni|yaitu|of|worth)\s+)?$"


@cache
def _restating():
    """Patterns read at a restated figure, compiled on first need."""
    return (
        compile_regex(_PART_BEFORE, regex.IGNORECASE),
        compile_regex(_PART_AFTER, regex.IGNORECASE),
        compile_regex(_MONEY_HEAD),
    )


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
        # head key → the earlier figures of that head and the set of their values
        heads: dict[tuple[str, str], list[tuple[Quantity, int]]] = {}
        head_values: dict[tuple[str, str], set[float]] = {}
        phrases: dict[tuple[str, ...], list[tuple[Quantity, int]]] = {}
        stated: dict[str, set[float]] = {}  # measure → every value stated so far (any noun)
        for q in quantities_of(doc, lang):
            if q.ordinal:
                continue
            measure = q.measure
            key = self._head(doc, q, measure)
            if key is None:
                if not (q.counted and q.counted[0] in _HEADLESS):
                    stated.setdefault(measure, set()).add(q.value)
                continue
            sj = bisect.bisect_right(starts, q.start) - 1
            phrase = self._phrase(q, measure, n)
            peers = phrases.get(phrase, ()) if phrase else ()
            if q.demonstrative:
                # the phrase when one figure counted it ("bibit kelapa"), else the head noun ("bibit")
                if len(peers) == 1:
                    other = self._restated_against(doc, q, sj, peers, {peers[0][0].value}, stated)
                else:
                    other = self._restated_against(doc, q, sj, heads.get(key), head_values.get(key), stated)
            else:
                other = self._phrase_conflict(doc, sentences, q, sj, peers)
            if other is not None:
                yield self._finding(doc, other, q)
            heads.setdefault(key, []).append((q, sj))
            head_values.setdefault(key, set()).add(q.value)
            if phrase:
                same = phrases.setdefault(phrase, [])
                if len(same) < _PHRASE_PEERS and all(p.value != q.value for p, _ in same):
                    same.append((q, sj))
            stated.setdefault(measure, set()).add(q.value)

    def _finding(self, doc, a: Quantity, b: Quantity):
        thing = " ".join(_common(a.counted, b.counted)) if b.counted else self._money_noun(doc, b) or b.unit
        return self.diagnostic(
            b.start,
            b.end - b.start,
            text=doc.text[b.start : b.end],
            thing=thing,
            other=doc.text[a.start : a.end],
            suggestions=[doc.text[a.start : a.end]],
            related=[Related(a.start, max(a.counted_end, a.end) - a.start, self.related_label("same-count"))],
        )

    def _head(self, doc, q: Quantity, measure: str) -> tuple[str, str] | None:
        """What a figure counts, as an index key: ("count", noun) or (currency, the sum's noun)."""
        if measure == "count":
            if not q.counted or q.counted[0] in _HEADLESS:
                return None
            if q.value == 1 and not q.text[:1].isdigit():
                return None  # "salah satu", "one of": not a count
            return ("count", q.counted[0])
        if measure == "money" and not q.counted:
            noun = self._money_noun(doc, q)
            return (q.unit, noun) if noun else None
        return None

    @staticmethod
    def _phrase(q: Quantity, measure: str, n: int) -> tuple[str, ...] | None:
        """What names one thing without a demonstrative: the counted phrase of ``n`` words."""
        return q.counted[:n] if measure == "count" and len(q.counted) >= n else None

    @staticmethod
    def _money_noun(doc, q: Quantity) -> str | None:
        m = _restating()[2].search(doc.prose, max(0, q.start - 40), q.start)
        return m.group(1).lower() if m else None

    def _restated_against(self, doc, b: Quantity, sj: int, earlier, values, stated) -> Quantity | None:
        """The earlier figure a demonstrative restatement contradicts, if any."""
        if not earlier or len(values) != 1:
            return None  # never counted before, or counted two ways: which one is meant?
        a, si = earlier[0]
        if si == sj or self._compatible(a, b) or b.value in stated.get(b.measure, ()):
            return None
        if self._part(doc, a) or self._part(doc, b):
            return None
        return a

    @staticmethod
    def _part(doc, q: Quantity) -> bool:
        """A figure that is a part, a remainder or a change rather than the whole it names."""
        before, after, _ = _restating()
        prose = doc.prose
        if before.search(prose, max(0, q.start - 30), q.start):
            return True
        end = max(q.counted_end, q.end)
        return bool(after.match(prose, end, min(len(prose), end + 20)))

    def _phrase_conflict(self, doc, sentences, b: Quantity, sj: int, peers) -> Quantity | None:
        """The earlier figure of the same noun phrase that contradicts ``b``, unless explained."""
        if any(self._compatible(a, b) for a, _ in peers):
            return None  # it restates one of them: the others are other things counted so
        for a, si in peers:
            if si == sj or self._compatible(a, b) or b.value < a.value:
                continue  # a smaller count later may be a part of the first
            if self._explained(doc, sentences[si], sentences[sj], a, b):
                continue
            return a
        return None

    @staticmethod
    def _compatible(a: Quantity, b: Quantity) -> bool:
        lo_a, hi_a = a.value, a.high if a.high is not None else a.value
        lo_b, hi_b = b.value, b.high if b.high is not None else b.value
        if lo_a <= hi_b and lo_b <= hi_a:
            return True  # equal, or one range holds the other value
        if abs(a.value - b.value) < max(_step(a), _step(b)):
            return True  # one is the other rounded: "Rp 13.255.244.538.149" … "Rp 13,2 triliun itu"
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
