"""``ordinals`` and ``anniversary``: one event numbered two ways, or against its own years.

``ordinals``: ``HUT ke-76 Kemenimipas`` … later ``HUT ke-77`` (the same named
event with another number) → the later one is reported. Only events that are
numbered once per occurrence qualify: anniversaries (``HUT``, ``ulang
tahun``, ``hari jadi``, ``dies natalis``, ``milad``, ``anniversary``) and named
events of two or more capitalised words (``Hari Bakti Imigrasi ke-76``,
``76th Immigration Day``). Steps and rounds (``tahap ke-2``, ``hari ke-3``)
are not events and are ignored, as is a sentence that looks back or ahead
(``tahun lalu``, ``next year``).

``anniversary``: ``didirikan pada 1950`` … ``HUT ke-75 … tahun 2026`` →
2026 − 1950 = 76, not 75. Both years must be written in the article: the
founding year once, the event year in the ordinal's own sentence.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

import regex

from lintpress.diagnostic import Edit, Related
from lintpress.kinds.base import Kind
from lintpress.pattern_store import compile_regex
from lintpress.quantities import ORDINAL_WORDS_EN, ORDINAL_WORDS_ID, ordinal_matches, word_hits

_ANNIV = r"(?i:HUT|ulang\s+tahun|hari\s+jadi|hari\s+ulang\s+tahun|dies\s+natalis|milad|anniversary|lustrum)"
_ORD_ID = r"(?P<ord>[Kk]e-?(?P<n>\d+)|(?P<w>" + "|".join(ORDINAL_WORDS_ID) + "))"
_EN_ORD = r"(?P<en>\d+)(?:st|nd|rd|th)|(?P<ew>" + "|".join(ORDINAL_WORDS_EN) + ")"
_CAP = r"(?:[A-Z][\w'’]*|[A-Z]{2,}|dan|of|the|&)"
# An ordinal anywhere: "ke-76", "ketujuh", "76th", "seventh" (found first: ordinals are rare).
_ORD_ANY = re.compile(rf"(?<![\w-])(?:{_ORD_ID}|{_EN_ORD})(?![\w-])")
# The event named before an Indonesian ordinal: "Hari Bakti Imigrasi ke-76", "HUT RI ke-80".
_ID_NAME = compile_regex(rf"(?P<name>(?:{_ANNIV}\s+)?(?:{_CAP}\s+){{0,5}}?(?:{_CAP}|{_ANNIV}))\s+\Z")
# The event named after an English ordinal: "76th Immigration Day", "76th anniversary".
_EN_NAME = rf"\s+(?P<name>(?:{_CAP}\s+){{0,4}}(?:{_CAP}|anniversary))\b"
_SKIP = compile_regex(
    r"\b(?:lalu|sebelumnya|mendatang|depan|berikutnya|kemarin|dulu|previous|last|next|ago|"
    r"upcoming|former|sejak|since)\b",
    regex.IGNORECASE,
)
_FUNCTION_CAP = {"dan", "of", "the", "&"}
_STARTERS = {"Pada", "Dalam", "Di", "Saat", "Acara", "Peringatan", "Perayaan", "In", "At", "On", "The",
             "Menjelang", "Jelang", "Memperingati", "Rangkaian"}  # fmt: skip
_FOUNDED = (
    r"\b(?:berdiri|didirikan|dibentuk|diresmikan|dicanangkan|lahir|founded|established|formed)\b"
    r"[^.\n]{0,40}?(?<![\d.,])((?:18|19|20)\d\d)(?!\d)"
)
_FOUNDED_WORDS = ("berdiri", "didirikan", "dibentuk", "diresmikan", "dicanangkan", "lahir", "founded",
                  "established", "formed")  # fmt: skip
_YEAR = compile_regex(r"(?<![\d.,/])(?:19|20)\d\d(?![\d/])")


@cache
def _compiled(pattern: str, flags: int = 0):
    """A pattern compiled on first need: English ordinals and founding dates are rare here."""
    return compile_regex(pattern, flags)


def ordinal_events(doc, language: str = "id") -> list[tuple[int, int, str, int, int]]:
    """(start, end of the ordinal, event key, number, sentence index) for each numbered event."""
    cache = doc.__dict__.setdefault("_lintpress_ordinals", None)
    if cache is not None:
        return cache
    out = []
    prose = doc.prose
    starts = [sent.start for sent in doc.sentences]
    # The ordinals are whole words (or "ke-76"): the quantities already found them, a scan of the
    # prose is needed only when some text lies outside the paragraphs.
    found = ordinal_matches(doc, language if language in ("id", "en") else "id", _ORD_ANY)
    for m in _ORD_ANY.finditer(prose) if found is None else found:
        si = bisect.bisect_right(starts, m.start()) - 1
        if si < 0:
            continue
        sent = doc.sentences[si]
        if m.group("ord"):
            name = _ID_NAME.search(prose, max(sent.start, m.start() - 120), m.start())
            n = int(m.group("n")) if m.group("n") else ORDINAL_WORDS_ID[m.group("w").lower()]
        else:
            name = _compiled(_EN_NAME).match(prose, m.end(), sent.end)
            n = int(m.group("en")) if m.group("en") else ORDINAL_WORDS_EN[m.group("ew").lower()]
        key = _key(name.group("name")) if name else None
        if key is not None:
            out.append((m.start(), m.end(), key, n, si))
    out.sort()
    doc.__dict__["_lintpress_ordinals"] = out
    return out


def _key(name: str) -> str | None:
    """A normalised event name, or None when the words do not name a numbered event."""
    words = name.split()
    while words and (words[0] in _STARTERS or words[0].lower() in _FUNCTION_CAP):
        words = words[1:]
    while words and words[-1].lower() in _FUNCTION_CAP:
        words = words[:-1]
    if not words:
        return None
    joined = " ".join(words)
    if _compiled(_ANNIV, regex.IGNORECASE).search(joined) or len(words) >= 2:
        return joined.lower()
    return None


def _same_event(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (" " in short and long_.endswith(" " + short))


class Ordinals(Kind):
    NAME = "ordinals"
    PARAMS = {}

    def check(self, doc):
        events = ordinal_events(doc, self.context.language)
        first: dict[str, tuple[int, int, int, int]] = {}
        for start, end, key, n, si in events:
            sent = doc.sentences[si]
            if _SKIP.search(doc.prose, sent.start, sent.end):
                continue
            # "Puncak Hari Bakti Rimbawan" is "Hari Bakti Rimbawan": match on the word suffix.
            known = next((k for k in first if _same_event(k, key)), None)
            if known is None:
                first[key] = (start, end, n, si)
                continue
            fs, fe, fn, fsi = first[known]
            if fn == n or fsi == si:
                continue
            yield self.diagnostic(
                start,
                end - start,
                text=doc.text[start:end],
                other=doc.text[fs:fe],
                event=key,
                suggestions=[doc.text[fs:fe]],
                related=[Related(fs, fe - fs, self.related_label("same-event"))],
            )


class Anniversary(Kind):
    NAME = "anniversary"
    FIX_APPLICABILITY = "unsafe"  # the date (or founding year) may be the wrong half
    PARAMS = {}

    def check(self, doc):
        if word_hits(doc, _FOUNDED_WORDS) == []:
            return  # no founding verb anywhere: nothing to compare against
        founding = _compiled(_FOUNDED, regex.IGNORECASE)
        founded = {(int(m.group(1)), m.start(1)) for m in founding.finditer(doc.prose)}
        if len({y for y, _ in founded}) != 1:
            return
        fy, fo = next(iter(founded))
        for start, end, key, n, si in ordinal_events(doc, self.context.language):
            if not _compiled(_ANNIV, regex.IGNORECASE).search(key) and not key.startswith("hari "):
                continue
            sent = doc.sentences[si]
            years = {int(y) for y in _YEAR.findall(doc.prose, sent.start, sent.end)} - {fy}
            if len(years) != 1:
                continue
            ey = years.pop()
            if ey <= fy or ey - fy == n:
                continue
            right = ey - fy
            old = doc.text[start:end]
            digits = _compiled(r"\d+")
            new = digits.sub(str(right), old, count=1) if digits.search(old) else ""
            yield self.diagnostic(
                start,
                end - start,
                text=old,
                suggestions=[new] if new else [],
                fix=[Edit(start, end - start, new)] if new else None,
                founded=fy,
                year=ey,
                expected=right,
                related=[Related(fo, 4, self.related_label("founding-year"))],
            )
