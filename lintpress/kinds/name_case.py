"""``name-case``: a name the article capitalises, written once in lower case.

The article itself tells names from words: a word it writes capitalised inside
sentences at least ``min_count`` times is a name there, so the one lower-case
use is a slip when no dictionary knows the word in lower case (``jakarta``;
Hunspell keeps proper nouns capitalised). Many place names are also common
words (*medan* 'field', *batu* 'stone'): right after a place title (``titles``:
Kota, Kabupaten, Jalan …) one capitalised use elsewhere is enough (``Kota
medan``), and a word no dictionary knows needs none (``Kota palembang``).

Example rule::

    - id: style.name-lowercase
      kind: name-case
      category: style
      severity: warning
      message: "'{text}' → '{suggestion}'."
      params:
        dictionaries: [id_ID]
        titles: [Kota, Kabupaten]

    "Banjir melanda Medan. Warga Medan mengungsi. Bantuan tiba di Kota medan." → 'medan', 'Medan'.
"""

from __future__ import annotations

from lintpress.diagnostic import Edit
from lintpress.kinds.base import Kind, Param
from lintpress.spelling.speller import get_speller
from lintpress.spelling.tokens import glued_to_markup, scan


class NameCase(Kind):
    NAME = "name-case"
    PARAMS = {
        "dictionaries": Param("list[str]", [], doc="Hunspell dictionaries of the language (id_ID)"),
        "borrowed": Param("list[str]", [], doc="Hunspell dictionaries of languages the articles borrow from"),
        "frequency": Param("list[str]", [], doc="wordfreq languages; the first is the article's"),
        "lexicons": Param("list[str]", [], doc="extra word lists (one word a line), relative to the pack"),
        "titles": Param("list[str]", [], doc="capitalised words that come before place names (Kota, Jalan)"),
        "min_count": Param("int", 2, doc="capitalised uses inside sentences that make a word a name"),
    }

    def setup(self) -> None:
        p = self.params
        for name in p["lexicons"]:
            if not self.data_path(name).is_file():
                raise self._fail("params.lexicons", f"file not found: {self.data_path(name)}")
        language = self.context.language or self.spec.language
        self.language = language
        self.speller = get_speller(
            language,
            tuple(p["dictionaries"]),
            tuple(p["borrowed"]),
            tuple(p["frequency"]),
            tuple(str(self.data_path(x)) for x in p["lexicons"]),
            3.0,
            3.5,
        )
        self.titles = frozenset(p["titles"])

    def check(self, doc):
        sc = scan(doc, self.language)
        lowered = [i for i, text in enumerate(sc.texts) if text.islower() and text.isalpha()]
        if not lowered:
            return
        names = self._names(sc, self.params["min_count"])
        written = self._names(sc, 1)
        prose = doc.prose
        for i in lowered:
            text, start, end = sc.tokens[i]
            before = sc.tokens[i - 1] if i > 0 else None
            after_title = before is not None and before[0] in self.titles and prose[before[2] : start] == " "
            name = (written if after_title else names).get(text)
            if name is None and after_title and len(text) >= 4 and not self._known_lowercase(text):
                name = text[0].upper() + text[1:]  # Kota palembang: no common word follows a place title
            elif name is None or (not after_title and self._known_lowercase(text)):
                continue
            if sc.counts.get(text, 0) - names_uses(sc, name) != 1 or glued_to_markup(prose, start, end):
                continue  # the article also writes it in lower case; a handle or tag (@bakom.ri)
            yield self.diagnostic(
                start, end - start, text=text, suggestions=[name], fix=[Edit(start, end - start, name)]
            )

    def _names(self, sc, min_count: int) -> dict[str, str]:
        """Lower case → capitalised form, for words the article capitalises inside sentences ``min_count`` times."""
        key = ("names", min_count)
        if key not in sc.memo:
            starts = sc.sentence_starts()
            uses: dict[str, int] = {}
            for text, start, _ in sc.tokens:
                if text[:1].isupper() and text[1:].islower() and text.isalpha() and start not in starts:
                    uses[text] = uses.get(text, 0) + 1
            sc.memo[key] = {t.lower(): t for t, n in uses.items() if n >= min_count}
        return sc.memo[key]

    def _known_lowercase(self, word: str) -> bool:
        """A dictionary of the setup knows the word in lower case (a common word, not only a name)."""
        return self.speller.known_as_written(word)


def names_uses(sc, name: str) -> int:
    """How often the article writes ``name`` exactly so (capitalised)."""
    return len(sc.places(sc.texts, name))
