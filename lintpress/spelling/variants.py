"""Frequent misspellings: words the web writes often that are a slip of a far commoner word.

Word-frequency lists are built from the web, so they rate frequent misspellings
as words: ``menunjukan`` (zipf 4.5, for ``menunjukkan`` 5.5), ``berkerja``
(``bekerja``), ``dalm`` (``dalam``), ``kebanggan``. A word the frequency list alone
vouches for must not pass when Hunspell rejects it and a dictionary word one edit
away is at least ``GAP`` zipf (ten times) commoner: such a word is a *frequent
variant* and the speller judges it like any unknown word.

Finding them needs Hunspell over the whole frequency list (~0.3 s), so the table
is built once and kept in the cache folder, keyed by the word list, the
dictionaries and the lexicons it was built from (a changed file rebuilds it);
later runs read it in a millisecond and need no dictionary for it.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Iterable
from pathlib import Path

from lintpress.spelling.slips import slip, slip_weight, typing_slip

#: A dictionary word at least this much commoner (zipf: 10×) makes a rejected frequent word a variant of it.
GAP = 1.0
#: Shortest neighbour, and shortest variant but for the three-letter ones below (shorter frequent words
#: Hunspell rejects are abbreviations and clipped colloquial forms: yg, dgn, nak).
MIN_LENGTH = 4
#: A three-letter variant needs a very common neighbour of four letters or more, far commoner still
#: (yan, yag, dri, bsa for yang, dari, bisa; not san ~ sana).
SHORT_GAP = 1.5
SHORT_NEIGHBOUR_ZIPF = 5.5
#: One letter of a double dropped (``kebanggan`` for ``kebanggaan``, zipf 3.5 and 4.3) is the commonest
#: slip of all and no spelling habit: a smaller gap (~6×) is enough.
DROPPED_DOUBLE_GAP = 0.75
VERSION = "frequent-variants-5"


def build(
    freq: dict[str, float],
    borrowed: Iterable[dict[str, float]],
    lexicon: frozenset[str],
    spell: Callable[[str], bool],
    min_zipf: float,
) -> dict[str, str]:
    """variant → the commoner dictionary word one slip away (the likeliest: frequency and slip).

    A word of a borrowed language's frequency list (an English word) is no variant.
    Neighbours are found through a deletion index of the commoner words: two words are
    one slip apart when one is the other minus a letter, when they differ by a swap of
    neighbours, or by one letter typed with the key next to the right one (a substitution
    by a distant key is a spelling habit: ``macem`` ~ ``macam``; see :mod:`.slips`).
    """
    borrowed = list(borrowed)
    common = {w: z for w, z in freq.items() if z >= min_zipf + GAP and w.isalpha() and len(w) >= MIN_LENGTH}
    deletions: dict[str, list[str]] = {}
    for w in common:
        for i in range(len(w)):
            deletions.setdefault(f"{w[:i]}{w[i + 1 :]}", []).append(w)
    out: dict[str, str] = {}
    known: dict[str, bool] = {}

    def in_dictionary(w: str) -> bool:
        if w not in known:
            known[w] = spell(w)
        return known[w]

    for word, zipf in freq.items():
        if zipf < min_zipf or len(word) < MIN_LENGTH - 1 or not word.isalpha() or word in lexicon:
            continue
        if any(f.get(word, 0.0) >= min_zipf for f in borrowed):
            continue
        near = set(deletions.get(word, ()))  # word = neighbour minus a letter
        for i in range(len(word)):
            shorter = f"{word[:i]}{word[i + 1 :]}"
            if shorter in common:  # word = neighbour plus a letter
                near.add(shorter)
            near.update(w for w in deletions.get(shorter, ()) if len(w) == len(word))
            if i + 1 < len(word):
                swapped = f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2 :]}"
                if swapped in common:
                    near.add(swapped)
        near.discard(word)
        gap, floor = (GAP, 0.0) if len(word) >= MIN_LENGTH else (SHORT_GAP, SHORT_NEIGHBOUR_ZIPF)
        near = {
            w for w in near
            if common[w] >= max(zipf + _gap(word, w, gap), floor) and typing_slip(word, w)
        }
        ranked = sorted(near, key=lambda w: (-(common[w] + slip_weight(word, w)), w))
        if not ranked or in_dictionary(word):
            continue
        best = next((w for w in ranked if in_dictionary(w)), None)
        if best is not None:
            out[word] = best
    return out


def _gap(word: str, near: str, gap: float) -> float:
    return min(gap, DROPPED_DOUBLE_GAP) if slip(word, near) == "dropped-double" else gap


def cache_key(files: Iterable[Path | str], min_zipf: float) -> str | None:
    """A key naming every file the table is built from (None when one is missing: build, do not keep)."""
    from lintpress.cache_folder import source_key

    parts = []
    for f in files:
        key = source_key(Path(f))
        if key is None:
            return None
        parts.append(key)
    return "||".join([*parts, VERSION, str(min_zipf), str(GAP)])


def load(key: str | None, make: Callable[[], dict[str, str]]) -> dict[str, str]:
    """The table stored under ``key`` in the cache folder, or ``make()`` (then stored)."""
    from lintpress.cache_folder import read_derived, write_derived

    table = read_derived("variants", key, marshal.loads) if key else None
    if isinstance(table, dict):
        return table
    table = make()
    if key:
        write_derived("variants", key, table, marshal.dumps)
    return table
