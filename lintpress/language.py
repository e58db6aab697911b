"""Tell Indonesian from English by their commonest function words."""

from __future__ import annotations

from lintpress.pattern_store import compile_regex

_ID = frozenset(
    [
        "yang",
        "dan",
        "di",
        "ke",
        "dari",
        "untuk",
        "dengan",
        "pada",
        "ini",
        "itu",
        "tidak",
        "dalam",
        "akan",
        "juga",
        "adalah",
        "oleh",
        "sebagai",
        "bahwa",
        "telah",
        "sudah",
        "atau",
        "karena",
        "saat",
        "kata",
        "ia",
        "mereka",
        "kami",
        "kita",
        "tersebut",
        "para",
        "bisa",
        "lebih",
    ]
)
_EN = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "it",
        "with",
        "as",
        "was",
        "on",
        "be",
        "by",
        "this",
        "are",
        "from",
        "at",
        "have",
        "has",
        "were",
        "said",
        "not",
        "but",
        "which",
        "their",
        "an",
        "will",
        "been",
        "would",
        "its",
    ]
)
_WORD = compile_regex(r"\p{L}+")


def detect_language_of(doc, default: str = "id") -> str:
    """Like ``detect_language`` but counts over the document's shared word index (no extra scan)."""
    index = doc.word_index
    id_hits = sum(len(index[w]) for w in _ID & index.keys())
    en_hits = sum(len(index[w]) for w in _EN & index.keys())
    if id_hits == en_hits:
        return default
    return "id" if id_hits > en_hits else "en"


def detect_language(text: str, default: str = "id") -> str:
    """'id' or 'en' by counting function words in the first few thousand characters."""
    id_hits = en_hits = 0
    for m in _WORD.finditer(text[:20000]):
        w = m.group().lower()
        if w in _ID:
            id_hits += 1
        elif w in _EN:
            en_hits += 1
    if id_hits == en_hits:
        return default
    return "id" if id_hits > en_hits else "en"
