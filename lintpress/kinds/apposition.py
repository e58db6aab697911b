"""``apposition``: a name after a position title opened by a comma and never closed by one.

Example rule::

    - id: style.apposition-comma
      kind: apposition
      category: style
      severity: warning
      message: "'{text}' is set off by a comma before it, so it needs one after it."
      params:
        titles: [Kepala, Direktur, Ketua]
        openers: [kata, ujar]

``Kepala Dinas Sosial Kota Mataram, Lalu Samsul Adnan mengatakan …`` names the
person in apposition to the title: EYD V sets such an apposition off with a comma
on both sides (``…, Lalu Samsul Adnan, mengatakan``). One comma alone splits the
subject from its title. The check looks for a title chain (a title word and the
capitalised words, acronyms and brackets of its office: ``Direktur Jenderal Pajak
Kemenkeu``) that opens a sentence, follows a comma or an attribution verb
(``kata Kepala …``), then a comma, a capitalised name, and a lower-case word that
goes on with the sentence. A lower-case word that belongs to a name or carries on
a list (``bin``, ``dan``) stops it. The fix inserts the closing comma after the
name, never changing the name itself.
"""

from __future__ import annotations

import regex

from lintpress.diagnostic import Edit
from lintpress.kinds.base import Kind, Param
from lintpress.pattern_store import compile_regex

# One word of an office after its title word: a capitalised word or acronym, a bracketed
# abbreviation, or a joiner inside an office's name ("Pendidikan dan Kebudayaan", "Strategy & Investment").
_OFFICE_WORD = r"(?:\p{Lu}[\p{L}\p{N}'’.&/-]*|\([^()\n]{1,40}\)|dan|&|di|untuk|pada)"
# A name: capitalised words (hyphens, apostrophes), initials and short abbreviations with a full
# stop ("M.", "Dr."), and an optional bracketed short form; a word's own full stop ends the sentence.
_NAME_WORD = r"(?:\p{Lu}\p{Ll}?\.|\p{Lu}[\p{L}'’-]*(?![.\p{L}]))"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|\([^()\n]{{1,30}}\)))*"


def _alternation(words: list[str]) -> str:
    """Literal words or phrases as one alternation where any run of spaces matches any spacing."""
    parts = sorted((r"\s+".join(regex.escape(p) for p in w.split()) for w in words), key=len, reverse=True)
    return "(?:" + "|".join(parts) + ")"


class Apposition(Kind):
    NAME = "apposition"
    PARAMS = {
        "titles": Param("list[str]", required=True, doc="position words that open a title (Kepala, Wali Kota)"),
        "openers": Param(
            "list[str]",
            [],
            doc="words after which a title may start besides a sentence start or a comma (kata, ujar)",
        ),
        "continuations": Param(
            "list[str]",
            [],
            doc="lower-case words that continue a name or a list after it (bin, dan): no finding",
        ),
        "max_office_words": Param("int", 12, doc="how many words the office after the title may have"),
    }

    def setup(self) -> None:
        titles = _alternation(self.params["titles"])
        starts = [r"(?<=^[ \t]*[\"“]?)", r"(?<=[.!?][\"”]?[ \t]+)", r"(?<=,[ \t]+)"]
        if self.params["openers"]:
            starts.append(r"(?<=\b" + _alternation(self.params["openers"]) + r"[ \t]+)")
        stop = _alternation(self.params["continuations"]) if self.params["continuations"] else "(?!)"
        # A title starts with a capital: the look-ahead lets the scan skip most positions cheaply.
        self.pattern = compile_regex(
            r"(?=\p{Lu})(?:" + "|".join(starts) + ")"
            + rf"{titles}\b(?:[ \t]+{_OFFICE_WORD}){{0,{self.params['max_office_words']}}}?"
            + rf",[ \t]+(?P<name>{_NAME})(?=[ \t]+(?!{stop}\b)\p{{Ll}})",
            regex.MULTILINE,
        )

    def check(self, doc):
        for m in self.pattern.finditer(doc.prose):
            start, end = m.span("name")
            name = doc.text[start:end]
            yield self.diagnostic(
                start, end - start, text=name, suggestions=[name + ","], fix=[Edit(end, 0, ",")]
            )
