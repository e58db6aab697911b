"""Sentence and word segmentation for Indonesian and English news prose.

Knows the abbreviations that end in a full stop without ending a sentence
(``dr.``, ``H.``, ``No.``, ``Jl.``, ``Mr.``, ``U.S.``), initials, numbers with
decimal and thousands separators (``1,5``, ``20.000``, ``3.5``), short dates
(``20/1``), and quotation marks and brackets around sentence ends.
"""

from __future__ import annotations

from typing import NamedTuple

from lintpress.pattern_store import compile_regex

# Abbreviations that never end a sentence (titles, address and reference words).
_TITLES = {
    # Indonesian
    "dr",
    "drs",
    "dra",
    "drg",
    "ir",
    "h",
    "hj",
    "kh",
    "no",
    "nmr",
    "jl",
    "jln",
    "kel",
    "kec",
    "kab",
    "prov",
    "prof",
    "sdr",
    "sdri",
    "bpk",
    "ny",
    "nn",
    "tn",
    "st",
    "kol",
    "kapt",
    "letkol",
    "mayjen",
    "brigjen",
    "irjen",
    "kombes",
    "akbp",
    "kompol",
    "ipda",
    "iptu",
    "aiptu",
    "bripka",
    "pdt",
    "a.n",
    "u.p",
    "ybs",
    "tgl",
    "hlm",
    "kpd",
    "ttd",
    "spt",
    "s.h",
    "m.h",
    "s.e",
    "m.m",
    "s.pd",
    "s.sos",
    "s.kom",
    "s.t",
    "m.si",
    "s.ip",
    "m.kes",
    "a.md",
    "ph.d",
    "vs",
    "rp",
    # English
    "mr",
    "mrs",
    "ms",
    "mt",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "capt",
    "sgt",
    "rev",
    "jr",
    "sr",
    "fig",
    "approx",
    "inc",
    "corp",
    "ltd",
    "co",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "ags",
    "agt",
    "okt",
    "des",
    "pp",
    "vol",
    "ed",
    "est",
    "jo",
    "bdk",
}
# Abbreviations that may also end a sentence: split only before a capital.
_MAY_END = {"dll", "dsb", "dst", "dkk", "etc", "cs", "tbk"}

_TOKEN = compile_regex(
    r"(?:\p{N}+(?:[.,:/]\p{N}+)*(?:[\p{L}][\p{L}\p{N}]*)?"  # numbers: 20.000, 1,5, 20/1, 10.00, 5G
    r"|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*)"  # words
    r"(?:[-'’][\p{L}\p{M}\p{N}]+)*"  # inner hyphen or apostrophe: saudara-saudara, Jum'at
)
_TERMINATOR = compile_regex(r"[.!?…]+|\.{3}")
_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"


class Token(NamedTuple):
    """A word or number with its offsets in the document (a tuple: cheap to make by the thousand)."""

    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


class Sentence(NamedTuple):
    """A sentence: offsets of its first and last non-space character (end exclusive)."""

    start: int
    end: int
    block: int  # index of the block it belongs to

    def text(self, doc) -> str:
        return doc.text[self.start : self.end]


def tokenize(prose: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words and numbers in ``prose[start:end]`` with absolute offsets."""
    new = tuple.__new__
    return [
        new(Token, (m.group(), *m.span()))
        for m in _TOKEN.finditer(prose, start, end if end is not None else len(prose))
    ]


def _word_before(prose: str, pos: int) -> str:
    """The word (with inner dots, like ``U.S``) that ends just before ``pos``."""
    i = pos
    while i > 0 and (
        prose[i - 1].isalnum() or (prose[i - 1] == "." and i - 1 > 0 and prose[i - 2].isalnum())
    ):
        i -= 1
    return prose[i:pos]


def _is_boundary(prose: str, dot_start: int, dot_end: int, block_end: int) -> bool:
    """Does the terminator at prose[dot_start:dot_end] end a sentence?"""
    j = dot_end
    while j < block_end and prose[j] in _CLOSERS:
        j += 1
    if j >= block_end:
        return True
    if not prose[j].isspace():
        return False  # 3.5, U.S., a.m., detik.com
    k = j
    while k < block_end and prose[k].isspace():
        k += 1
    if k >= block_end:
        return True
    nxt = prose[k]
    term = prose[dot_start:dot_end]
    if term != ".":
        return nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or nxt in "-–—•"
    word = _word_before(prose, dot_start)
    low = word.lower()
    if low in _TITLES:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "H. Agus", "J. R. R."
    if "." in word and len(word) <= 6 and all(len(p) <= 2 for p in word.split(".")):
        return False  # dotted abbreviation: U.S, S.H, a.n
    if low in _MAY_END:
        return nxt.isupper()
    return nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or nxt in "-–—•"


def split_sentences(doc) -> list[Sentence]:
    """Sentences of every prose block, in document order."""
    prose = doc.prose
    out: list[Sentence] = []
    for bi, block in enumerate(doc.blocks):
        start = block.start
        pos = block.start
        depth = 0
        for m in _TERMINATOR.finditer(prose, block.start, block.end):
            pos = m.end()
            if not _is_boundary(prose, m.start(), m.end(), block.end):
                continue
            end = m.end()
            while end < block.end and prose[end] in _CLOSERS:
                end += 1
            _emit(prose, start, end, bi, out)
            start = end
        del depth, pos
        # Line breaks inside a block end a sentence when the next line starts a capitalised line.
        _emit(prose, start, block.end, bi, out)
    return _split_lines(prose, out)


def _emit(prose: str, start: int, end: int, block: int, out: list[Sentence]) -> None:
    while start < end and prose[start].isspace():
        start += 1
    while end > start and prose[end - 1].isspace():
        end -= 1
    if end > start and (prose[start].isalnum() or any(c.isalnum() for c in prose[start:end])):
        out.append(Sentence(start, end, block))


_LINEBREAK_SPLIT = compile_regex(r"[ \t]*(?:\r\n|\n|\r)\s*(?=[\p{Lu}\p{N}\"“‘(\-•])")


def _split_lines(prose: str, sentences: list[Sentence]) -> list[Sentence]:
    """A line break followed by a capital starts a new sentence (headlines, list lines)."""
    out: list[Sentence] = []
    for s in sentences:
        start = s.start
        for m in _LINEBREAK_SPLIT.finditer(prose, s.start, s.end):
            _emit(prose, start, m.start(), s.block, out)
            start = m.end()
        _emit(prose, start, s.end, s.block, out)
    return out


_QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“"}


_QUOTE_CHAR = compile_regex('[“”«»„"]')


def quote_spans(doc) -> list[tuple[int, int]]:
    """Spans (start, end) of direct quotations, the quote marks included, sorted."""
    prose = doc.prose
    spans: list[tuple[int, int]] = []
    for block in doc.blocks:
        open_at: int | None = None
        closer = ""
        for m in _QUOTE_CHAR.finditer(prose, block.start, block.end):
            c = m.group()
            i = m.start()
            if open_at is None:
                if c in _QUOTE_PAIRS:
                    open_at, closer = i, _QUOTE_PAIRS[c]
                elif c == '"':
                    open_at, closer = i, '"'
            elif c == closer:
                spans.append((open_at, i + 1))
                open_at = None
        if open_at is not None and closer == "”":
            # An unclosed curly quote runs to the end of its paragraph (news convention).
            spans.append((open_at, block.end))
    spans.sort()
    return spans
