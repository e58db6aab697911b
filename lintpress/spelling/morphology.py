"""Candidate stems of an Indonesian word, by peeling off affixes.

Hunspell's id_ID derives many affixed forms, but news coins new ones every day
(``dimitigasi``, ``direspons``, ``digencarkan``, ``dibully``). A word whose
stem is known is spelled right as far as a speller can tell. This is a light
affix stripper in the spirit of Nazief–Adriani: particles (``-lah``), possessives
(``-nya``), derivational suffixes (``-kan``, ``-an``, ``-i``), and up to two
prefixes with the nasal recoding of ``meN-``/``peN-`` (``menulis`` → ``tulis``,
``memukul`` → ``pukul``, ``menyapu`` → ``sapu``, ``mengirim`` → ``kirim``).

It over-generates on purpose: callers test every candidate against a
dictionary, so a wrong candidate only costs a look-up.

>>> sorted(stems("dimitigasi"))[:3]
['dimitigas', 'mitigas', 'mitigasi']
"""

from __future__ import annotations

PARTICLES = ("lah", "kah", "pun", "tah")
POSSESSIVES = ("nya", "ku", "mu")
DERIVATIONAL = ("kan", "an", "i", "in")  # -in: the colloquial Jakarta suffix (diviralin)

VOWELS = frozenset("aeiou")

#: prefix → what may stand for the letter the nasal replaced ("" = nothing was replaced).
PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("menge", ("",)),
    ("penge", ("",)),
    ("meng", ("", "k")),
    ("peng", ("", "k")),
    ("meny", ("s",)),
    ("peny", ("s",)),
    ("mem", ("", "p")),
    ("pem", ("", "p")),
    ("men", ("", "t")),
    ("pen", ("", "t")),
    ("me", ("",)),
    ("pe", ("",)),
    ("diper", ("",)),
    ("ber", ("",)),
    ("bel", ("",)),
    ("be", ("",)),
    ("ter", ("",)),
    ("te", ("",)),
    ("per", ("",)),
    ("di", ("",)),
    ("ke", ("",)),
    ("se", ("",)),
    ("nge", ("",)),  # colloquial: ngebut, ngegas
    ("ng", ("", "k")),  # colloquial: ngopi, ngomong
    ("ny", ("s", "c")),  # colloquial: nyuruh, nyari
)

#: Bound forms written solid with the next word (PUEBI): pascabencana, mikroplastik, reaktivasi.
BOUND_FORMS = (
    "pasca",
    "pra",
    "anti",
    "non",
    "multi",
    "antar",
    "inter",
    "sub",
    "super",
    "mikro",
    "makro",
    "nir",
    "swa",
    "tuna",
    "purna",
    "re",
    "eko",
    "bio",
    "tele",
    "trans",
    "ultra",
    "semi",
    "pro",
    "kontra",
    "neo",
    "geo",
    "hidro",
    "poli",
    "mono",
    "ko",
    "eks",
    "infra",
    "intra",
    "ekstra",
    "pseudo",
    "para",
    "hiper",
    "hipo",
    "mega",
    "mini",
    "oto",
    "auto",
    "mis",
)

MIN_STEM = 3


def _by_first_letter(items):
    """Group prefixes (or (prefix, restores) pairs) by their first letter: one dict look-up per word."""
    out: dict[str, list] = {}
    for item in items:
        out.setdefault((item[0] if isinstance(item, tuple) else item)[0], []).append(item)
    return {k: tuple(v) for k, v in out.items()}


_PREFIXES_BY_LETTER = _by_first_letter(PREFIXES)
_BOUND_BY_LETTER = _by_first_letter(BOUND_FORMS)
_SUFFIX_GROUPS = (PARTICLES, POSSESSIVES, DERIVATIONAL)


def strip_suffixes(word: str) -> set[str]:
    """The word and every form left after removing particle, possessive and derivational suffixes."""
    forms = {word}
    for group in _SUFFIX_GROUPS:
        for form in list(forms):
            for suffix in group:
                if form.endswith(suffix) and len(form) - len(suffix) >= MIN_STEM:
                    forms.add(form[: -len(suffix)])
    return forms


def strip_prefixes(word: str, depth: int = 2) -> set[str]:
    """The word and what is left after removing up to ``depth`` prefixes."""
    out = {word}
    if depth == 0 or not word:
        return out
    for prefix, restores in _PREFIXES_BY_LETTER.get(word[0], ()):
        if not word.startswith(prefix) or len(word) - len(prefix) < MIN_STEM - 1:
            continue
        rest = word[len(prefix) :]
        for restore in restores:
            if restore and rest[0] not in VOWELS:
                continue  # a replaced letter always stood before a vowel
            stem = restore + rest
            if len(stem) >= MIN_STEM:
                out |= strip_prefixes(stem, depth - 1) if depth > 1 else {stem}
    return out


def stems(word: str) -> set[str]:
    """Every candidate stem of ``word`` (affixes and bound forms removed), the word itself excluded."""
    out: set[str] = set()
    for form in strip_suffixes(word):
        out |= strip_prefixes(form)
    bound_by_letter = _BOUND_BY_LETTER
    for form in list(out):
        for bound in bound_by_letter.get(form[0], ()):
            if form.startswith(bound) and len(form) - len(bound) >= 4:
                out.add(form[len(bound) :])
    out.discard(word)
    return out
