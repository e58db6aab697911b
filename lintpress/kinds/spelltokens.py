"""Which words of an article a speller looks at, and how often the article uses each.

Not spell-checked: numbers and anything glued to a digit (``B-1234-XY``, ``5G``,
``ke-76``), single letters, all-caps acronyms and words with inner capitals
(``DPRD``, ``KemenPAN``), hashtags and mentions, pieces of host and file names
(``ditjenpas.go.id``, ``account_circle``) and words with an apostrophe other
than an English possessive. Capitalised words are kept but marked, because
mid-sentence they are names: rules decide what to do with them.
"""

from __future__ import annotations

import bisect
import weakref
from dataclasses import dataclass, field

import regex


@dataclass(frozen=True)
class Word:
    """A word a speller may check, with its place in the document."""

    text: str  # as written (possessive 's removed)
    lower: str
    start: int
    end: int
    capitalised: bool  # first letter upper-case, the rest lower-case
    sentence_start: bool  # first word of its sentence (a capital there says nothing)


@dataclass
class Scan:
    """The checkable words of a document, plus counts and first places of every word form."""

    words: list[Word]
    counts: dict[str, int]  # lower-case form → occurrences (all word tokens, any case)
    first: dict[str, tuple[int, int]]  # lower-case form → (start, end) of its first occurrence
    memo: dict = field(default_factory=dict)  # what rules derive from the scan (repeated words …)

    def repeated(self, min_count: int) -> dict[int, list[str]]:
        """Words used at least ``min_count`` times, by length."""
        key = ("repeated", min_count)
        if key not in self.memo:
            by_len: dict[int, list[str]] = {}
            for w, n in self.counts.items():
                if n >= min_count:
                    by_len.setdefault(len(w), []).append(w)
            self.memo[key] = by_len
        return self.memo[key]


_SCANS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_APOSTROPHES = "'’"
_DIGIT = regex.compile(r"\d")


def scan(doc, language: str) -> Scan:
    """The words of ``doc`` to spell-check (cached per document: several rules share it)."""
    key = (language,)
    per_doc = _SCANS.get(doc)
    if per_doc is None:
        per_doc = _SCANS[doc] = {}
    if key not in per_doc:
        per_doc[key] = _scan(doc, language)
    return per_doc[key]


def _sentence_starts(doc) -> set[int]:
    """Offsets of the first word token of every sentence."""
    starts = [t.start for t in doc.words]
    out = set()
    for s in doc.sentences:
        i = bisect.bisect_left(starts, s.start)
        if i < len(starts) and starts[i] < s.end:
            out.add(starts[i])
    return out


def _glued(prose: str, start: int, end: int) -> bool:
    """Part of a hashtag, mention, host name, file name or identifier."""
    before = prose[start - 1] if start > 0 else " "
    after = prose[end] if end < len(prose) else " "
    if before in "#@_\\" or after in "_@\\":
        return True
    if before == "." and start > 1 and prose[start - 2].isalnum():
        return True
    return after == "." and end + 1 < len(prose) and prose[end + 1].isalnum()


def _scan(doc, language: str) -> Scan:
    prose = doc.prose
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    words: list[Word] = []
    sentence_starts: set[int] | None = None
    for tok in doc.words:
        text = tok.text
        if not text[0].isalpha():
            continue
        lower = text.lower()
        counts[lower] = counts.get(lower, 0) + 1
        if lower not in first:
            first[lower] = (tok.start, tok.end)
        if len(text) < 2 or (not text.isalpha() and _DIGIT.search(text)) or _glued(prose, tok.start, tok.end):
            continue
        end = tok.end
        if any(a in text for a in _APOSTROPHES):
            if language == "en" and text[-2:-1] in _APOSTROPHES and text[-1] in "sS":
                text, end = text[:-2], end - 2
            if any(a in text for a in _APOSTROPHES):
                continue
        if not text[1:].islower():
            continue  # acronyms (DPRD), inner capitals (KemenPAN, iPhone)
        capitalised = text[0].isupper()
        if capitalised and sentence_starts is None:
            sentence_starts = _sentence_starts(doc)
        words.append(
            Word(
                text,
                text.lower(),
                tok.start,
                end,
                capitalised,
                capitalised and tok.start in sentence_starts,  # type: ignore[operator]
            )
        )
    return Scan(words, counts, first)
