"""``totals``: parts that add up to more than the total the text states.

``Sebanyak 5.000 paket dibagikan, terdiri atas 3.000 paket untuk warga dan
2.500 paket untuk yayasan`` → 3.000 + 2.500 = 5.500 > 5.000: the last part is
reported, the total is related. Only a breakdown the text announces counts:
the total is followed in the same sentence (or the next one) by ``terdiri
atas/dari``, ``di antaranya``, ``meliputi``, ``yakni``, ``masing-masing``,
``consisting of``, ``of which`` or ``including``; the parts count the same
unit as the total.

Percentages: a list of shares of one whole (``60 persen …, 30 persen …, dan
25 persen …`` after ``terdiri``/``dengan rincian``/``consisting of``, or
three or more shares with ``sisanya``) summing to more than 100 is reported.
"""

from __future__ import annotations

import bisect

import regex

from lintpress.diagnostic import Related
from lintpress.kinds.base import Kind, Param
from lintpress.pattern_store import compile_regex
from lintpress.quantities import Quantity, extract, word_hits

_BREAKDOWN = compile_regex(
    r"\b(?:terdiri\s+(?:atas|dari)|di\s+antaranya|diantaranya|meliputi|yakni|yaitu|masing-masing|"
    r"dengan\s+rincian|rinciannya|dirinci|consisting\s+of|of\s+which|of\s+whom|including|comprising|"
    r"broken\s+down|split\s+into)\b",
    regex.IGNORECASE,
)
# A word each breakdown phrase contains: only sentences holding one are searched.
_BREAKDOWN_WORDS = ("terdiri", "antaranya", "meliputi", "yakni", "yaitu", "masing-masing", "rincian",
                    "dirinci", "consisting", "which", "whom", "including", "comprising", "broken", "split")  # fmt: skip

_AND_BEFORE = compile_regex(r"\b(?:dan|and|serta)\s+$")
# Shares that change ("naik 60 persen") are not parts of one whole.
_CHANGE = compile_regex(
    r"\b(?:naik|turun|meningkat|menurun|tumbuh|bertambah|berkurang|rose|fell|increased?|decreased?|grew)\b",
    regex.IGNORECASE,
)


class Totals(Kind):
    NAME = "totals"
    PARAMS = {"tolerance": Param("float", 0.005, doc="relative slack for rounding")}

    def check(self, doc):
        lang = self.context.language if self.context.language in ("id", "en") else "id"
        sents = doc.sentences
        hits = word_hits(doc, _BREAKDOWN_WORDS)
        if hits == []:
            return  # no breakdown word anywhere
        for i, sent in enumerate(sents):
            if hits is not None:  # search only sentences holding a breakdown word
                k = bisect.bisect_left(hits, sent.start)
                if k == len(hits) or hits[k] >= sent.end:
                    continue
            bd = _BREAKDOWN.search(doc.prose, sent.start, sent.end)
            if not bd:
                continue
            before = [q for q in extract(doc.prose, lang, sent.start, bd.start()) if not q.ordinal]
            end = sents[i + 1].end if i + 1 < len(sents) and bd.end() > sent.end - 3 else sent.end
            after = _list_items(doc.prose, extract(doc.prose, lang, bd.end(), end))
            yield from self._counts(doc, before, after)
            if bd.group().lower() != "masing-masing" and not _CHANGE.search(doc.prose, sent.start, end):
                yield from self._shares(doc, after)

    def _counts(self, doc, before: list[Quantity], after: list[Quantity]):
        totals = [q for q in before if q.measure == "count" and not q.is_range and q.unit]
        if not totals:
            return
        total = totals[-1]
        parts = [q for q in after if q.measure == "count" and q.unit == total.unit]
        if len(parts) < 2 or any(p.approximate for p in parts) or total.approximate:
            return
        s = sum(p.value for p in parts)
        if s > total.value * (1 + self.params["tolerance"]):
            last = parts[-1]
            yield self.diagnostic(
                last.start,
                last.end - last.start,
                text=doc.text[last.start : last.end],
                total=doc.text[total.start : total.end],
                sum=_fmt(s),
                related=[Related(total.start, total.end - total.start, self.related_label("stated-total"))]
                + [Related(p.start, p.end - p.start, self.related_label("part")) for p in parts[:-1]],
            )

    def _shares(self, doc, after: list[Quantity]):
        parts = [q for q in after if q.measure == "percent"]
        if len(parts) < 2 or any(p.approximate for p in parts):
            return
        s = sum(p.value for p in parts)
        if s > 100 * (1 + self.params["tolerance"]):
            last = parts[-1]
            yield self.diagnostic(
                last.start,
                last.end - last.start,
                text=doc.text[last.start : last.end],
                total="100%",
                sum=_fmt(s) + "%",
                related=[Related(p.start, p.end - p.start, self.related_label("share")) for p in parts[:-1]],
            )


def _list_items(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The quantities of one enumeration: up to and including the item after 'dan'/'and'."""
    out = []
    prev_end = None
    for q in qs:
        if q.ordinal or q.is_range:
            continue
        out.append(q)
        gap = text[prev_end : q.start] if prev_end is not None else ""
        if _AND_BEFORE.search(gap):
            break
        prev_end = q.counted_end or q.end
    return out


def _fmt(v: float) -> str:
    return f"{v:,.0f}".replace(",", ".") if v == int(v) else f"{v:.2f}".replace(".", ",")
