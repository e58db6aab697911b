"""Lower-case abbreviations an article uses on purpose, told apart from typos by their context.

News writes many abbreviations in lower case: syllable acronyms that the
article defines in parentheses (``pinjaman daring (pindar)``, ``aduan
masyarakat (dumas)``), units and ratios after a figure (``tumbuh 8,5% yoy``,
``20 mtpa``), short glosses in parentheses (``rasa malu (isin)``) and
consonant-only abbreviations (``cq``, ``jo``). A typo hardly ever sits in such
a place, so an unknown word used this way *anywhere in the article* is not
reported as misspelled (the whole article: an acronym is defined once, then
used bare).

    "... pelaku usaha pinjaman daring (pindar) ... Usaha pindar tumbuh."  → 'pindar' is an abbreviation
"""

from __future__ import annotations

#: Longest word taken for a unit or gloss without a definition (``yoy``, ``mtpa``, ``isin``).
SHORT = 4
#: Most words an acronym is made from.
MAX_WORDS = 5
VOWELS = frozenset("aeiouy")


def abbreviation(sc, lower: str) -> bool:
    """True when the article uses the lower-case word ``lower`` as an abbreviation (see module)."""
    key = ("abbreviation", lower)
    if key not in sc.memo:
        sc.memo[key] = _abbreviation(sc, lower)
    return sc.memo[key]


def _abbreviation(sc, lower: str) -> bool:
    if len(lower) <= 3 and lower.isalpha() and not VOWELS.intersection(lower):
        return True  # cq, jo, tsb: no Indonesian or English word lacks a vowel
    prose = sc.doc.prose
    tokens = sc.tokens
    for i in sc.places(sc.lowered, lower):
        _, start, end = tokens[i]
        in_parentheses = prose[start - 1 : start] == "(" and prose[end : end + 1] == ")"
        if in_parentheses and (len(lower) <= SHORT or _acronym_of(lower, _words_before(sc, i, start - 1))):
            return True
        if len(lower) <= SHORT and i > 0 and _after_figure(prose, tokens[i - 1], start):
            return True
    return False


def _after_figure(prose: str, before, start: int) -> bool:
    """The token follows a number with nothing but spaces or a percent sign between (``8,5% yoy``)."""
    text, _, end = before
    return text[0].isdigit() and not prose[end:start].strip(" %\u00a0")


def _words_before(sc, i: int, paren: int) -> list[str]:
    """Up to MAX_WORDS lower-case words right before the opening parenthesis, in order."""
    prose = sc.doc.prose
    out: list[str] = []
    pos = paren
    for j in range(i - 1, max(-1, i - 1 - MAX_WORDS), -1):
        text, start, end = sc.tokens[j]
        if prose[end:pos].strip() or not text[0].isalpha():
            break  # punctuation between: the phrase ends here
        out.append(sc.lowered[j])
        pos = start
    out.reverse()
    return out


def _acronym_of(acronym: str, words: list[str]) -> bool:
    """``acronym`` is a piece of each of the last 2+ ``words``, in order (pin-jaman dar-ing → pindar)."""
    return any(_pieces(acronym, words[-k:]) for k in range(2, len(words) + 1))


def _pieces(rest: str, words: list[str]) -> bool:
    """``rest`` splits into one non-empty substring of each word, in order."""
    if not words:
        return not rest
    word, others = words[0], words[1:]
    longest = len(rest) - len(others)  # leave at least one letter for every later word
    return any(rest[:n] in word and _pieces(rest[n:], others) for n in range(min(longest, len(word)), 0, -1))
