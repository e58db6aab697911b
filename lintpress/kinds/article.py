"""``article``: English "a" before a vowel sound or "an" before a consonant sound.

Example rule::

    - id: style.a-an
      kind: article
      category: grammar
      severity: warning
      message: "Use '{suggestion}' before '{word}'."

``a apple`` → ``an apple``; ``an car`` → ``a car``; ``a hour`` → ``an hour``.
What counts is the sound, not the letter, so words whose sound the spelling
does not settle are left alone: acronyms (``an FBI agent``, ``a NASA probe``),
numbers, single letters and h-words other than the silent-h ones (``an
historic`` is old style, not an error). Vowel letters with a consonant sound
are known: ``a university``, ``a European``, ``a one-off`` (and ``an
university`` is reported).
"""

from __future__ import annotations

import regex

from lintpress.diagnostic import Edit
from lintpress.kinds.base import Kind, Param
from lintpress.pattern_store import compile_regex

_PAIR = compile_regex(r"(?<![\w'’.-])(a|an|A|An)[ \t]+(\p{L}[\p{L}'’-]*)")
# Vowel letters that start with a consonant sound ("a university", "a one-day", "a European");
# "unim-", "unin-", "unid-" words (unimportant, uninformed, unidentified) start with a vowel sound.
_Y_OR_W = compile_regex(
    r"(?:uni(?![mnd])|us[aeiu]|ut[ie]|ur[aeiou]|ubiq|uk|ufo|eu|ewe|one(?![r])|once)", regex.I
)
_SILENT_H = compile_regex(r"(?:hour|honest|honou?r|heir)", regex.I)


def _sound(word: str) -> str | None:
    """'vowel', 'consonant', or None when the spelling does not settle it."""
    if len(word) < 2 or word.isupper():
        return None  # a letter name or an acronym: "an X-ray", "a NATO summit"
    low = word.lower()
    first = low[0]
    if first in "aeiou":
        return "consonant" if _Y_OR_W.match(low) else "vowel"
    if first == "h":
        return "vowel" if _SILENT_H.match(low) else None
    if first in "bcdfgjklmnpqrstvwxyz":
        return "consonant"
    return None


class Article(Kind):
    NAME = "article"
    PARAMS = {"exceptions": Param("list[str]", [], doc="following words never checked (lower case)")}

    def setup(self) -> None:
        self.exceptions = {w.lower() for w in self.params["exceptions"]}

    def check(self, doc):
        starts = {s.start for s in doc.sentences}
        for m in _PAIR.finditer(doc.prose):
            art, word = m.group(1), m.group(2)
            if art[0].isupper() and m.start() not in starts:
                continue  # "Vitamin A is", "Plan A and B"
            if word.lower() in self.exceptions:
                continue
            sound = _sound(word)
            if sound is None or (sound == "vowel") == (art.lower() == "an"):
                continue
            wanted = "an" if sound == "vowel" else "a"
            if art[0].isupper():
                wanted = wanted.capitalize()
            yield self.diagnostic(
                m.start(1),
                len(art),
                text=art,
                suggestions=[wanted],
                fix=[Edit(m.start(1), len(art), wanted)],
                word=word,
            )
