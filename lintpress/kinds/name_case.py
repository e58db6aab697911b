"""``name-case``: a name the article capitalises, written once in lower case.

The article itself tells names from words: a word it writes capitalised inside
sentences at least ``min_count`` times is a name there, so the one lower-case
use is a slip when it is no common word and no dictionary knows it in lower
case (``kualanamu``; Hunspell keeps proper nouns capitalised; the frequency list,
lower-cased, cannot tell ``jakarta`` from ``kota``). Many place names are also common
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

import bisect

from lintpress.diagnostic import Edit
from lintpress.kinds.base import Kind, Param
from lintpress.kinds.speller_setup import SPELLER_PARAMS, speller_of
from lintpress.spelling.tokens import glued_to_markup, scan


class NameCase(Kind):
    NAME = "name-case"
    PARAMS = {
        **SPELLER_PARAMS,
        "titles": Param("list[str]", [], doc="capitalised words that come before place names (Kota, Jalan)"),
        "min_count": Param("int", 2, doc="capitalised uses inside sentences that make a word a name"),
    }

    def setup(self) -> None:
        self.language = self.context.language or self.spec.language
        self.speller = speller_of(self)
        self.titles = frozenset(self.params["titles"])

    def check(self, doc):
        sc = scan(doc, self.language)
        index, prose = doc.word_index, doc.prose
        forms = set(sc.texts)
        starts = sc.sentence_starts()
        found: dict[int, tuple] = {}  # token start → (token, the name)
        # a lower-case word used once that the article writes capitalised inside sentences
        for cap in forms:
            low = cap.lower()
            if not (cap[:1].isupper() and cap[1:].islower() and low in forms and low.isalpha()):
                continue
            lowers = [t for t in index[low] if t.text == low]
            if len(lowers) != 1:
                continue  # the article also writes it in lower case: a common word to it
            uses = sum(t.text == cap and t.start not in starts for t in index[low])
            tok = lowers[0]
            if uses >= self.params["min_count"] or (uses and self._after_title(doc, tok)):
                found[tok.start] = (tok, cap)
        # a word no dictionary knows after a place title (Kota palembang)
        for title in self.titles & forms:
            for t in index[title.lower()]:
                nxt = self._next(doc, t) if t.text == title else None
                if nxt is None or nxt.start in found or not (nxt.text.islower() and nxt.text.isalpha()):
                    continue
                word = nxt.text
                if (
                    len(word) >= 4
                    and sum(x.text == word for x in index[word]) == 1
                    and not self._known_lowercase(word)
                ):
                    found[nxt.start] = (nxt, word[0].upper() + word[1:])
        for start in sorted(found):
            tok, name = found[start]
            if glued_to_markup(prose, tok.start, tok.end):
                continue  # a handle or tag (@bakom.ri)
            if not self._after_title(doc, tok) and (
                self.speller.common(tok.text) or self._known_lowercase(tok.text)
            ):
                continue  # a common word too (pajak, tuhan): only a place title makes it the name
            span = tok.end - tok.start
            yield self.diagnostic(
                tok.start, span, text=tok.text, suggestions=[name], fix=[Edit(tok.start, span, name)]
            )

    def _next(self, doc, tok):
        """The token after ``tok`` (None at the end)."""
        words = doc.words
        i = bisect.bisect_right(self._starts(doc), tok.start)
        return words[i] if i < len(words) else None

    def _after_title(self, doc, tok) -> bool:
        """``tok`` comes right after a place title (Kota medan)."""
        i = bisect.bisect_left(self._starts(doc), tok.start)
        if i == 0:
            return False
        before = doc.words[i - 1]
        return before.text in self.titles and doc.prose[before.end : tok.start] == " "

    @staticmethod
    def _starts(doc) -> list[int]:
        starts = doc.__dict__.get("_lintpress_token_starts")
        if starts is None:
            starts = doc.__dict__["_lintpress_token_starts"] = [t.start for t in doc.words]
        return starts

    def _known_lowercase(self, word: str) -> bool:
        """A dictionary of the setup knows the word in lower case (a common word, not only a name)."""
        return self.speller.known_as_written(word)
