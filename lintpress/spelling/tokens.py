"""Which words of an article a speller looks at, and how often the article uses each.

Not spell-checked: numbers and anything glued to a digit (``B-1234-XY``, ``5G``,
``ke-76``), single letters, all-caps acronyms and words with inner capitals
(``DPRD``, ``KemenPAN``), hashtags and mentions, pieces of host and file names
(``ditjenpas.go.id``, ``account_circle``) and words with an apostrophe other
than an English possessive. Capitalised words are kept but marked, because
mid-sentence they are names: rules decide what to do with them.

Speed: the scan itself is three passes in C over the tokens (their text, lower
case through a process-wide memo, a ``Counter``). Rules subtract the words they
already know from ``counts`` (a set operation) and look closer only at the few
left (:meth:`Scan.candidates`): what a written form is (checkable or not, its
lower-case core, capitalised or not) is decided once per process
(:func:`form_info`), and occurrences with the context checks that need the
surrounding characters (hashtags, host names, sentence starts) are built only
for forms a rule wants to report (:meth:`Scan.occurrences`).
"""

from __future__ import annotations

import bisect
from collections import Counter
from itertools import compress, repeat
from operator import ge, itemgetter
from typing import NamedTuple

from lintpress.pattern_store import compile_regex


class Word(NamedTuple):
    """A word a speller may check, with its place in the document (a tuple: cheap to make)."""

    text: str  # as written (possessive 's removed)
    lower: str
    start: int
    end: int
    capitalised: bool  # first letter upper-case, the rest lower-case
    sentence_start: bool  # first word of its sentence (a capital there says nothing)


class Form(NamedTuple):
    """A checkable written form: its text without a possessive, lower-cased, capitalised or not."""

    text: str
    lower: str
    capitalised: bool
    cut: int  # characters removed from the end (an English possessive 's)


_APOSTROPHES = "'’"
_DIGIT = compile_regex(r"\d")
#: (language, written form) → Form, or None when the form is never spell-checked.
_FORMS: dict[tuple[str, str], Form | None] = {}


def form_info(text: str, language: str) -> Form | None:
    """What a written word form is to a speller (cached per process)."""
    key = (language, text)
    try:
        return _FORMS[key]
    except KeyError:
        info = _FORMS[key] = _form_info(text, language)
        return info


def _form_info(text: str, language: str) -> Form | None:
    if len(text) < 2 or not text[0].isalpha() or (not text.isalpha() and _DIGIT.search(text)):
        return None
    cut = 0
    if "'" in text or "’" in text:
        if language == "en" and text[-2:-1] in _APOSTROPHES and text[-1] in "sS":
            text, cut = text[:-2], 2
        if "'" in text or "’" in text:
            return None
    if not text[1:].islower():
        return None  # acronyms (DPRD), inner capitals (KemenPAN, iPhone); a lone letter left of 's
    return Form(text, text.lower(), text[0].isupper(), cut)


#: Token count above which a scan finds a word's places through an index (see Scan.places).
_INDEX_FROM = 4000


class Scan(NamedTuple):
    """The word tokens of a document with counts of every lower-case form."""

    doc: object
    language: str
    tokens: list  # every token of the document (``doc.words``), in order
    texts: list[str]  # their text
    lowered: list[str]  # their text, lower-cased
    counts: dict[str, int]  # lower-case token → occurrences (numbers too: they never match a word)
    memo: dict  # what rules derive from the scan (repeated words …)

    def places(self, values: list[str], value: str) -> list[int]:
        """Indices of ``value`` in ``values`` (``self.texts`` or ``self.lowered``), in order.

        In an article the list is scanned in C (``list.index``), with no Python work per
        token; a book-length document gets an index, built once, so finding every
        candidate word does not grow with the square of its length.
        """
        if len(values) > _INDEX_FROM:
            key = ("places", id(values))
            index = self.memo.get(key)
            if index is None:
                index = self.memo[key] = {}
                for i, v in enumerate(values):
                    index.setdefault(v, []).append(i)
            return index.get(value, [])
        out: list[int] = []
        i = -1
        while True:
            try:
                i = values.index(value, i + 1)
            except ValueError:
                return out
            out.append(i)

    def forms_of(self, lower: str) -> list[str]:
        """The distinct written forms whose lower case is ``lower`` (``Kelapa``, ``kelapa``), in order."""
        texts = self.texts
        out: list[str] = []
        for i in self.places(self.lowered, lower):
            if texts[i] not in out:
                out.append(texts[i])
        return out

    def candidates(self, exclude: set[str] | frozenset[str] = frozenset()) -> dict[str, list[str]]:
        """Lower-case core → its checkable, not capitalised written forms, for words not in ``exclude``.

        ``exclude`` is what a speller already knows: all but a few dozen words of an article.
        """
        key = ("candidates", id(exclude))
        if key in self.memo:  # the rules share one speller: unknown-word, then local-typo
            return {low: forms for low, forms in self.memo[key].items() if low not in exclude}
        rest = self.counts.keys() - exclude
        # written forms of the rest, in order of first use (compress and map run in C)
        forms = dict.fromkeys(compress(self.texts, map(rest.__contains__, self.lowered)))
        out: dict[str, list[str]] = {}
        language = self.language
        for text in forms:
            if text[0].isupper():
                continue  # a name or a sentence start (the usual case): no Form needed
            info = form_info(text, language)
            if info is None or info.capitalised or info.lower in exclude:
                continue
            out.setdefault(info.lower, []).append(text)
        self.memo[key] = out
        return out

    def capitalised(self, exclude: set[str] | frozenset[str] = frozenset()) -> dict[str, list[str]]:
        """Lower-case core → its capitalised written forms (``Jakrta``), for words not in ``exclude``.

        Names and sentence starts: the rules decide which of them to check (see ``Word.sentence_start``).
        """
        key = ("capitalised", id(exclude))
        if key in self.memo:
            return {low: forms for low, forms in self.memo[key].items() if low not in exclude}
        rest = self.counts.keys() - exclude
        forms = dict.fromkeys(compress(self.texts, map(rest.__contains__, self.lowered)))
        out: dict[str, list[str]] = {}
        for text in forms:
            if not text[0].isupper():
                continue
            info = form_info(text, self.language)
            if info is None or not info.capitalised or info.lower in exclude:
                continue
            out.setdefault(info.lower, []).append(text)
        self.memo[key] = out
        return out

    def forms_in(self, words) -> list[str]:
        """The checkable written forms (any case) whose lower-case core is in ``words`` (a typo list)."""
        lows = self.counts.keys() & words
        if self.language == "en":  # goverment's: the possessive is cut before the look-up
            lows |= {k for k in self.counts if k[-2:-1] in _APOSTROPHES and k[:-2] in words}
        out = []
        for low in sorted(lows):
            for text in self.forms_of(low):
                info = form_info(text, self.language)
                if info is not None and info.lower in words:
                    out.append(text)
        return out

    def occurrences(self, text: str) -> list[Word]:
        """Every place the written form ``text`` is checkable (not part of a hashtag, host …)."""
        info = form_info(text, self.language)
        if info is None:
            return []
        prose = self.doc.prose
        out = []
        for i in self.places(self.texts, text):
            tok = self.tokens[i]
            if glued_to_markup(prose, tok[1], tok[2]):
                continue
            start = tok[1]
            out.append(
                Word(
                    info.text,
                    info.lower,
                    start,
                    tok[2] - info.cut,
                    info.capitalised,
                    info.capitalised and start in self.sentence_starts(),
                )
            )
        return out

    def sentence_starts(self) -> set[int]:
        """Offsets of the first word token of every sentence."""
        key = "starts"
        if key not in self.memo:
            starts = [t[1] for t in self.tokens]
            out = set()
            for s in self.doc.sentences:
                i = bisect.bisect_left(starts, s.start)
                if i < len(starts) and starts[i] < s.end:
                    out.add(starts[i])
            self.memo[key] = out
        return self.memo[key]

    def first(self, lower: str) -> tuple[int, int]:
        """(start, end) of the first token whose lower-case form is ``lower``."""
        tok = self.tokens[self.places(self.lowered, lower)[0]]
        return tok[1], tok[2]

    def repeated(self, min_count: int) -> dict[int, list[str]]:
        """Words used at least ``min_count`` times, by length."""
        key = ("repeated", min_count)
        if key not in self.memo:
            by_len: dict[int, list[str]] = {}
            counts = self.counts
            for w in compress(counts, map(ge, counts.values(), repeat(min_count))):  # the filter runs in C
                if w[0].isalpha():
                    by_len.setdefault(len(w), []).append(w)
            self.memo[key] = by_len
        return self.memo[key]


def scan(doc, language: str) -> Scan:
    """The words of ``doc`` to spell-check (cached per document: several rules share it)."""
    key = (language,)
    per_doc = doc.__dict__.setdefault("_lintpress_scans", {})  # goes when the document goes
    if key not in per_doc:
        per_doc[key] = _scan(doc, language)
    return per_doc[key]


def glued_to_markup(prose: str, start: int, end: int) -> bool:
    """Part of a hashtag, mention, host name, file name or identifier."""
    before = prose[start - 1] if start > 0 else " "
    after = prose[end] if end < len(prose) else " "
    if before in "#@_\\" or after in "_@\\":
        return True
    if before == "." and start > 1 and prose[start - 2].isalnum():
        return True
    return after == "." and end + 1 < len(prose) and prose[end + 1].isalnum()


class _LowerCase(dict):
    """Written form → lower case, filled on first use (``map(d.__getitem__, …)`` runs in C)."""

    def __missing__(self, text: str) -> str:
        low = self[text] = text.lower()
        return low


_LOWER = _LowerCase()


def _scan(doc, language: str) -> Scan:
    tokens = doc.words
    texts = list(map(itemgetter(0), tokens))
    lowered = list(map(_LOWER.__getitem__, texts))
    # the word-list rules usually built ``doc.word_index`` (lower case → tokens, in order of first
    # use) already: its list lengths are the counts, without another pass over the tokens
    index = doc.__dict__.get("word_index")
    counts = dict(zip(index, map(len, index.values()))) if index is not None else Counter(lowered)
    return Scan(doc, language, tokens, texts, lowered, counts, {})
