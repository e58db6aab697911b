"""English words behind Indonesian loanword spellings, and Indonesian suffix alternations.

Indonesian respells the English (or Dutch/Latin) words it borrows by regular
rules (PUEBI, *Pedoman Umum Pembentukan Istilah*): ``c`` → ``k``, ``x`` → ``ks``,
``ph`` → ``f``, ``th`` → ``t``, ``qu`` → ``ku``, ``y`` → ``i`` and a set of
suffixes: ``-tion`` → ``-si``, ``-ty`` → ``-tas``, ``-ic`` → ``-ik``/``-is``,
``-ive`` → ``-if``, ``-age`` → ``-ase``, ``-ure`` → ``-ur``, ``-y`` → ``-i``.
A rare word such as ``eksisting``, ``mandatori``, ``elektoral`` or ``empatik`` is
therefore no typo when undoing the rules gives a known English word
(``existing``, ``mandatory``, ``electoral``, ``empathic``).

:func:`english_spellings` lists the candidate English spellings, fewest changes
first and bounded, so a speller can look each one up in a word list.

Indonesian also pairs suffixes of one stem: ``teoritis``/``teoritik``,
``patriarki``/``patriarkis``, ``problematik``/``problematika``;
:func:`suffix_alternates` gives the partners to look up.

>>> "existing" in english_spellings("eksisting")
True
>>> "mandatory" in english_spellings("mandatori")
True
>>> suffix_alternates("teoritik")
['teoritis']
"""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations, product

#: Indonesian ending → the English endings it may stand for (longest ending first; one is applied).
SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("isasi", ("ization", "isation")),
    ("ikasi", ("ication",)),
    ("ensi", ("ence", "ency")),
    ("ansi", ("ance", "ancy")),
    ("itas", ("ity",)),
    ("isme", ("ism",)),
    ("asi", ("ation",)),
    ("tas", ("ty",)),
    ("ika", ("ics", "ic")),
    ("ase", ("age",)),
    ("si", ("sion", "tion", "cy", "sis")),
    ("ik", ("ic", "ical", "ics")),
    ("is", ("ic", "ical", "ist", "al")),
    ("if", ("ive",)),
    ("ur", ("ure",)),
    ("en", ("ent",)),
    ("at", ("ate",)),
    ("i", ("y", "ie")),
    ("", ("", "e")),
)

#: Spelling inside the word → what it may stand for in English, tried left to right.
LETTERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ks", ("ks", "x")),
    ("kw", ("kw", "qu")),
    ("ku", ("ku", "qu")),
    ("k", ("k", "c", "ch")),
    ("f", ("f", "ph")),
    ("t", ("t", "th")),
    ("i", ("i", "y")),
)

#: International prefixes news glues to a short or borrowed word (superhub, megaproyek, antihoaks).
GLUED_PREFIXES = (
    "super",
    "mega",
    "mini",
    "multi",
    "ultra",
    "hiper",
    "mikro",
    "makro",
    "anti",
    "inter",
    "trans",
)

#: At most this many letter changes per spelling, and this many spellings per word.
MAX_CHANGES = 2
MAX_SPELLINGS = 200


def _pieces(stem: str) -> list[tuple[str, ...]]:
    """The stem cut into pieces, each with the spellings it may have."""
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(stem):
        for src, options in LETTERS:
            if stem.startswith(src, i):
                out.append(options)
                i += len(src)
                break
        else:
            out.append((stem[i],))
            i += 1
    return out


@lru_cache(maxsize=4096)
def english_spellings(word: str) -> tuple[str, ...]:
    """Candidate English spellings of an Indonesian loanword, fewest changes first (bounded)."""
    found: dict[str, int] = {}
    for ending, english in SUFFIXES:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        pieces = _pieces(word[: len(word) - len(ending)])
        variable = [i for i, options in enumerate(pieces) if len(options) > 1]
        base = [options[0] for options in pieces]
        for changes in range(min(MAX_CHANGES, len(variable)) + 1):
            for where in combinations(variable, changes):
                for picks in product(*(pieces[i][1:] for i in where)):
                    body = base[:]
                    for i, pick in zip(where, picks):
                        body[i] = pick
                    stem = "".join(body)
                    for end in english:
                        form = stem + end
                        cost = changes + (end != ending)
                        if form != word and cost < found.get(form, 99):
                            found[form] = cost
    return tuple(sorted(found, key=lambda f: (found[f], f))[:MAX_SPELLINGS])


def suffix_alternates(word: str) -> list[str]:
    """Indonesian forms of the same stem with the partner suffix: ``-ik``/``-is``, ``-i``/``-is``, ``-ik``/``-ika``."""
    out = []
    if word.endswith("ik") and len(word) > 5:
        out.append(word[:-2] + "is")  # teoritik ~ teoritis, empirik ~ empiris
    if word.endswith("is") and len(word) > 5:
        out.append(word[:-2] + "ik")
        out.append(word[:-1])  # patriarkis ← patriarki, ekonomis ← ekonomi
    if word.endswith("ika") and len(word) > 6:
        out.append(word[:-1])  # problematika ~ problematik
    return out
