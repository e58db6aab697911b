"""Plain word-list files shipped beside rule packs: one entry a line, ``#`` starts a comment."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=64)
def read_wordlist(path: str, casefold: bool = False) -> frozenset[str]:
    """The entries of a word list, lower-cased (or case-folded), read once per process."""
    fold = str.casefold if casefold else str.lower
    words = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        entry = fold(line.split("#", 1)[0].strip())
        if entry:
            words.add(entry)
    return frozenset(words)
