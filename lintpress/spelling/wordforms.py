"""Every word a Hunspell dictionary can accept, when its affix rules are simple: an exact "no".

A borrowed language's dictionary (``en_US``, ~45 ms to load) is asked about every rare
Indonesian word before it may be reported, and nearly always answers no. When the
``.aff`` file only applies one prefix and one suffix per word (no continuation classes,
no circumfixes, no compounds of letters), the words it accepts are exactly its headwords
with those affixes. Expanding them once (~0.3 s) gives a set that contains, lower-cased,
every word Hunspell accepts, in any case: a word not in it is one Hunspell rejects, so the
dictionary need not load to say so. A word in it is still asked of Hunspell (the set may
hold a few forms Hunspell would refuse), and a dictionary with richer rules gets no set.

The set is kept in the cache folder like the headwords (:mod:`.headwords`), as one sorted
byte string searched by halves.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from lintpress.spelling.headwords import Headwords, _aff_options, _flags, _python_codec, stored_words

VERSION = "wordforms-1"
#: .aff options this expansion does not model: a dictionary using one gets no set of word forms.
_UNMODELLED = frozenset(
    (
        "CIRCUMFIX", "NEEDAFFIX", "PSEUDOROOT", "COMPLEXPREFIXES", "FULLSTRIP", "IGNORE", "ICONV", "OCONV",
        "CHECKSHARPS", "COMPOUNDFLAG", "COMPOUNDBEGIN", "COMPOUNDMIDDLE", "COMPOUNDEND", "COMPOUNDPERMITFLAG",
        "FORCEUCASE", "SUBSTANDARD", "AF", "AM",
    )
)  # fmt: skip


@cache
def word_forms(name: str) -> Headwords | None:
    """Every word form of the dictionary ``name``, lower-cased (None when its rules are not modelled)."""
    return stored_words("wordforms", name, VERSION, expand)


def expand(aff: Path, dic: Path) -> tuple[bytes, str]:
    """(sorted ``\\n``-joined lower-cased word forms, encoding); ``b""`` when the rules are not modelled."""
    try:
        options = _aff_options(aff)
        encoding = _python_codec(options.get("SET", "ISO8859-1"))
        aff_lines = aff.read_bytes().decode(encoding, errors="replace").splitlines()
        dic_lines = dic.read_bytes().decode(encoding, errors="replace").splitlines()
    except (OSError, LookupError):
        return b"", "ascii"
    if _UNMODELLED & options.keys():
        return b"", encoding
    flag_type = options.get("FLAG", "")
    affixes = _affixes(aff_lines, flag_type)
    if affixes is None:
        return b"", encoding
    compound_flags = {f for line in aff_lines if line.startswith("COMPOUNDRULE ") for f in line.split()[1]}
    forms: set[str] = set()
    for line in dic_lines[1:]:
        fields = line.split()
        if not fields:
            continue
        word, _, flag_text = fields[0].partition("/")
        flags = _flags(flag_text, flag_type)
        if flags & compound_flags and not any(c.isdigit() for c in word):
            return b"", encoding  # letters in compounds of a COMPOUNDRULE: not modelled
        forms.update(_word_forms(word, flags, affixes))
    lowered = {f.lower() for f in forms if f}
    try:
        encoded = sorted(w.encode(encoding) for w in lowered if "\n" not in w)
    except UnicodeEncodeError:
        return b"", encoding
    return b"\n" + b"\n".join(encoded) + b"\n", encoding


class _Affix:
    """One affix rule: strip, add, where it applies (a regular expression), prefix or suffix."""

    def __init__(self, kind: str, cross: bool, strip: str, add: str, condition: str):
        self.prefix = kind == "PFX"
        self.cross = cross
        self.strip = "" if strip == "0" else strip
        self.add = "" if add == "0" else add
        cond = "" if condition == "." else condition
        self.condition = re.compile(("^" + cond) if self.prefix else (cond + "$")) if cond else None

    def apply(self, word: str) -> str | None:
        if self.condition is not None and not self.condition.search(word):
            return None
        if self.prefix:
            if not word.startswith(self.strip):
                return None
            return self.add + word[len(self.strip) :]
        if self.strip and not word.endswith(self.strip):
            return None
        return word[: len(word) - len(self.strip)] + self.add


def _affixes(lines: list[str], flag_type: str) -> dict[str, list[_Affix]] | None:
    """flag → its affix rules; None when a rule has continuation classes (two affixes deep)."""
    out: dict[str, list[_Affix]] = {}
    cross: dict[str, bool] = {}
    for line in lines:
        parts = line.split()
        if len(parts) < 4 or parts[0] not in ("PFX", "SFX"):
            continue
        kind, flag = parts[0], parts[1]
        if flag not in cross:  # the header: PFX A Y 1
            cross[flag] = parts[2] == "Y"
            out[flag] = []
            continue
        if len(parts) < 5:
            continue
        strip, add, condition = parts[2], parts[3], parts[4]
        if "/" in add:
            return None
        out[flag].append(_Affix(kind, cross[flag], strip, add, condition))
    return out


def _word_forms(word: str, flags: set[str], affixes: dict[str, list[_Affix]]) -> set[str]:
    """The word, with each of its suffixes, each of its prefixes, and both when both allow it."""
    forms = {word}
    rules = [a for f in flags for a in affixes.get(f, ())]
    suffixed = [(a, a.apply(word)) for a in rules if not a.prefix]
    suffixed = [(a, f) for a, f in suffixed if f is not None]
    forms.update(f for _, f in suffixed)
    for p in (a for a in rules if a.prefix):
        form = p.apply(word)
        if form is None:
            continue
        forms.add(form)
        if p.cross:  # both conditions were checked on the root, as Hunspell does
            forms.update(p.add + f[len(p.strip) :] for s, f in suffixed if s.cross and f.startswith(p.strip))
    return forms
