"""``glued``: words run together, and the prefix di- written apart from its verb.

``mode: scraped`` — what copying text out of web pages leaves: a word glued to
the brand, acronym or name of a link that followed it (``kepadaCNBC``,
``dariCNA``, ``dikutipdetikNews``, ``PantauandetikJateng``), and a numbered
list run together (``Bank Mandiri2. Mochamad``). A token with an inner capital
is split where a known word ends: before the capital when that word is one of
the ``joiners`` (prepositions, conjunctions: a brand never starts with them), or
a lower-case word of four letters or more followed by an acronym or a word that
stands on its own (``gedungDPR``, ``institusiPolri``), or inside the lower-case
run when it is two known words (``dikutip`` + ``detik``) and the whole run is
none. Brands written so on purpose (``detikJateng`` with its ``brand_heads``,
``iPhone``, ``YouTube``, ``KemenPAN``) stay quiet, as does a token the article
uses twice. A list number
counts only when the number before it opens an item earlier in the article.

``mode: preposition`` — the prepositions ``di``/``ke`` written solid with a word
of place or time (``diberbagai``, ``ditempat``, ``disaat``, ``kesekolah``, with
``-nya``; the words are the rule's ``places``), and with any noun of the confixes
ke-…-an, pe(N)-…-an, per-…-an after ``di``, which the prefix di- never takes
(``dikejaksaan``, ``dipersidangan``; after ``ke`` such a word is often one word:
``kepelatihan``).
The fix writes them apart.

``mode: prefix-apart`` — the passive prefix ``di-`` written apart from its verb
(``di teken``, ``di dorong``, ``di tindak lanjuti``): ``di X`` where Hunspell knows
``diX`` and the active form of ``X`` is a common word (``meneken``, ``mendorong``),
``X`` (``-nya`` aside) is no word of place (``places``, ``exceptions``: ``di sela``,
``di balik``) and no noun in ``-an`` (``di kontrakan``), and no number follows
(``di pukul 10.00``).

Example rule::

    - id: spelling.glued-word
      kind: glued
      category: spelling
      severity: warning
      message: "'{text}' adalah dua kata yang menempel: '{suggestion}'."
      params:
        mode: scraped
        joiners: [dari, kepada, oleh]

    "… kata Budi kepadaCNBC, Senin." → 'kepadaCNBC', suggestion 'kepada CNBC'.
"""

from __future__ import annotations

import bisect

from lintpress.diagnostic import Edit
from lintpress.kinds.base import Kind, Param
from lintpress.kinds.speller_setup import SPELLER_PARAMS, speller_of
from lintpress.pattern_store import compile_regex
from lintpress.spelling.tokens import glued_to_markup

MODES = ("scraped", "preposition", "prefix-apart")
_CAMEL = compile_regex(r"\p{Ll}\p{Lu}")
_LIST_NUMBER = compile_regex(r"(?<=\p{Ll}{2})(\d{1,2})\.(?=[ \t]+\p{Lu})")
#: A list item number, on its own or glued to a word: ``1. Bank``, ``Mandiri2. Mochamad``.
_ITEM = compile_regex(r"(?<![\d.,])(\d{1,2})\.[ \t]+\p{Lu}")
_SHORTEST_PART = 3
#: Nouns of the confixes ke-…-an, pe(N)-…-an and per-…-an (kejaksaan, pengadilan, persidangan).
_NOMINAL = compile_regex(r"(?:ke|per|pe|pem|pen|peng|peny)\p{Ll}{2,}an")
#: Shortest lower-case word before an acronym or name that is not a joiner (mac|OS, tv|One are brands).
_SHORTEST_HEAD = 4
_LEADING_WORD = compile_regex(r"\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})")
#: An acronym with a lower-case word glued to it (BLTatau).
_ACRONYM_GLUED = compile_regex(r"(?<![\p{L}\p{N}])(\p{Lu}{2,})(\p{Ll}{3,})(?![\p{L}\p{N}])")
#: Clitics written solid with a word (an acronym's -nya is a hyphen slip, not a glued word).
_CLITICS = frozenset(("nya", "lah", "kah", "pun", "tah"))


def active_forms(stem: str) -> list[str]:
    """The meN- forms of a verb stem by EYD's nasal rules (tulis → menulis, kirim → mengirim, bom → mengebom)."""
    if not stem or not stem.isalpha():
        return []
    first, rest = stem[0], stem[1:]
    vowel_next = rest[:1] in tuple("aeiou")
    if len(stem) <= 3:
        return ["menge" + stem]
    if first in "aeiou" or first in "gh":
        return ["meng" + stem]
    if first == "k":
        return ["meng" + rest] if vowel_next else ["meng" + stem]
    if first == "p":
        return ["mem" + rest] if vowel_next else ["mem" + stem]
    if first == "t":
        return ["men" + rest] if vowel_next else ["men" + stem]
    if first == "s":
        return ["meny" + rest] if vowel_next else ["men" + stem]
    if first in "bfv":
        return ["mem" + stem]
    if first in "dcjz":
        return ["men" + stem]
    return ["me" + stem]


class Glued(Kind):
    NAME = "glued"
    PARAMS = {
        "mode": Param("str", required=True, choices=MODES, doc="which check this rule runs"),
        **SPELLER_PARAMS,
        "joiners": Param(
            "list[str]", [], doc="scraped: words no brand starts with (prepositions, conjunctions)"
        ),
        "prepositions": Param("list[str]", ["di", "ke"], doc="preposition: the prepositions"),
        "places": Param(
            "list[str]", [], doc="preposition, prefix-apart: words of place and time after di/ke"
        ),
        "exceptions": Param(
            "list[str]", [], doc="prefix-apart: words after which 'di' stays a preposition (sela, balik)"
        ),
        "brand_heads": Param(
            "list[str]", [], doc="scraped: lower-case words that begin brands written with an inner capital"
        ),
        "list_message": Param(
            "str",
            None,
            doc="scraped: message for a list run together ({more}: list_more when the line has more)",
        ),
        "list_more": Param(
            "str", "", doc="scraped: how the message counts further glued items on the line ({count})"
        ),
        "not_glued": Param(
            "list[str]", [], doc="preposition: words that are right solid (kesemua, kelapangan)"
        ),
    }

    def setup(self) -> None:
        p = self.params
        self.language = self.context.language or self.spec.language
        self.speller = speller_of(self)
        self.joiners = frozenset(w.lower() for w in p["joiners"])
        self.brand_heads = frozenset(w.lower() for w in p["brand_heads"])
        self._brand_prefixes = tuple(sorted(self.brand_heads))
        # a site's name glued after a word: a brand head and "com" (kepadadetikcom)
        self._site = (
            compile_regex(r"(?i)(?<=\p{L}{2})(?:" + "|".join(self._brand_prefixes) + r")com")
            if self.brand_heads
            else None
        )
        self.places = frozenset(w.lower() for w in p["places"])
        self.glued_forms = {
            prep + place + end: (prep, place + end)
            for prep in p["prepositions"]
            for place in self.places
            for end in ("", "nya")
        }
        for word in p["not_glued"]:
            self.glued_forms.pop(word.lower(), None)
        self.apart = self.places | {w.lower() for w in p["exceptions"]}

    def check(self, doc):
        mode = self.params["mode"]
        if mode == "scraped":
            yield from self._check_scraped(doc)
        elif mode == "preposition":
            yield from self._check_preposition(doc)
        else:
            yield from self._check_prefix_apart(doc)

    # -- scraped ------------------------------------------------------------------------------------
    def _check_scraped(self, doc):
        prose = doc.prose
        index = doc.word_index
        words = doc.words
        starts = [t.start for t in words] if _CAMEL.search(prose) else []
        seen = set()
        for m in _CAMEL.finditer(prose):  # a lower-case letter before a capital: rare, found in C
            at = bisect.bisect_right(starts, m.start()) - 1
            if at < 0 or at in seen or words[at].end <= m.start():
                continue
            seen.add(at)
            tok = words[at]
            text = tok.text
            if len(index.get(text.lower(), ())) > 1:
                continue
            if glued_to_markup(prose, tok.start, tok.end):
                continue  # a hashtag, mention, host or file name (#HUTRI80, detikNews.com)
            at = self._split(text, index)
            if at:
                yield self._glued(tok.start, text, at)
        yield from self._acronyms_glued(doc)
        yield from self._sites_glued(doc, seen)
        if any(c.isdigit() for c in prose):
            yield from self._list_numbers(doc)

    def _sites_glued(self, doc, seen: set):
        """``kepadadetikcom``, ``pantauandetikcomdi``: a site's name (a brand head and ``com``) with a
        word glued before it, and maybe one after it."""
        if self._site is None:
            return
        index, words = doc.word_index, doc.words
        starts = None
        for m in self._site.finditer(doc.prose):
            starts = starts or [t.start for t in words]
            at = bisect.bisect_right(starts, m.start()) - 1
            tok = words[at] if at >= 0 else None
            if tok is None or at in seen or tok.end < m.end() or len(index.get(tok.text.lower(), ())) > 1:
                continue
            seen.add(at)
            left, right = doc.prose[tok.start : m.start()], doc.prose[m.end() : tok.end]
            word = left.lower()  # a joiner (di, ke) or a word of three letters or more (se- is a prefix)
            if not left.isalpha() or not (word in self.joiners or (len(word) >= 3 and self._word(word))):
                continue
            if right and not self._word(right.lower()):
                continue
            fixed = " ".join(x for x in (left, m.group(), right) if x)
            yield self.diagnostic(tok.start, len(tok.text), text=tok.text, suggestions=[fixed])

    def _acronyms_glued(self, doc):
        """``BLTatau``: an acronym with a lower-case word of three letters or more glued to it: a joiner,
        a common word of the article's language, or any word when the article writes the acronym on its
        own. Two capitals before a word
        (``DIketahui``) are a held shift key: spelling.mixed-case's."""
        index = doc.word_index
        for m in _ACRONYM_GLUED.finditer(doc.prose):
            text, acronym, word = m.group(), m.group(1), m.group(2)
            if len(index.get(text.lower(), ())) > 1 or word in _CLITICS or glued_to_markup(doc.prose, *m.span()):
                continue
            if len(acronym) == 2 and self._word(text.lower()):
                continue  # DIketahui: Diketahui with the shift key held
            alone = any(t.text == acronym for t in index.get(acronym.lower(), ()))
            if (alone or word in self.joiners or self._native(word)) and self._word(word):
                yield self._glued(m.start(), text, len(acronym))

    def _native(self, word: str) -> bool:
        """A common word of the article's language and none of a borrowed one (a brand's lower-case
        half is usually English: BNIdirect)."""
        sp = self.speller
        return sp.zipf(word) >= sp.rare_zipf and not sp.borrowed_common(word)

    def _split(self, text: str, index: dict) -> int:
        """Where a space belongs in a token with an inner capital (0: nowhere)."""
        camel = _CAMEL.search(text).start() + 1  # the first inner capital
        head, tail = text[:camel], text[camel:]
        low = head.lower()
        if not head[1:].islower() or len(low) < 2:
            return 0
        if head.islower():
            if low in self.joiners:
                return camel  # kepada|CNBC, dari|CNA
            if len(low) >= _SHORTEST_HEAD and low not in self.brand_heads and self._word(low):
                return camel if self._separate(tail, index) else 0  # gedung|DPR, institusi|Polri
        if low in self.brand_heads:
            return 0  # detik|Jabar
        if self._word(low):  # You|Tube, Kompas|TV: a brand made of a word and a name, unless …
            return camel if self._written_apart(tail, index) else 0  # Maret|Tahap 2, Dilansir|Aljazeera
        for i in range(len(low) - _SHORTEST_PART, _SHORTEST_PART - 1, -1):
            right = low[i:]
            brand = right.startswith(self._brand_prefixes) or (right + tail).lower() in index
            if brand and self._word(low[:i]) and self._word(right):
                return i  # dikutip|detikNews, Pantauan|detikJateng: the right part starts a brand
        word = _LEADING_WORD.match(tail)
        capitalised = head.isalpha() and head[0].isupper()  # a name (or a word this check cannot split)
        if capitalised and word and len(word.group()) >= 4 and not word.group().isupper() and self._native(
            word.group().lower()
        ):
            return camel  # Prasta|Sekretaris: a name run into a common word (not Pra|staSekretaris)
        return 0

    def _separate(self, tail: str, index: dict) -> bool:
        """What follows the inner capital stands on its own: an acronym (DPR), or a capitalised word
        the article also writes apart or the frequency lists know (Polri, Trump), not a brand's
        second half."""
        word = _LEADING_WORD.match(tail)
        if word is None:
            return False
        part = word.group()
        if part.isupper():
            return len(part) >= 2
        low = part.lower()
        return len(part) >= 3 and (bool(index.get(low)) or self.speller.zipf(low) >= self.speller.min_zipf)

    def _written_apart(self, tail: str, index: dict) -> bool:
        """The capitalised word after the inner capital is one the article writes on its own and no
        common English word (a brand's second half: Tube, Store, Week), so the two were run together
        (``MaretTahap 2`` in a flattened list when the article writes ``Tahap`` elsewhere)."""
        word = _LEADING_WORD.match(tail)
        part = word.group() if word else ""
        if len(part) < 3 or part.isupper() or self.speller.borrowed_common(part.lower()):
            return False
        return any(t.text == part for t in index.get(part.lower(), ()))

    def _word(self, word: str) -> bool:
        """A word of the article's language (a brand's English part, like Tribun|news, does not count)."""
        sp = self.speller
        return len(word) >= 2 and (
            word in self.joiners or sp.zipf(word) >= sp.min_zipf or sp.in_dictionary(word)
        )

    def _glued(self, start: int, text: str, at: int):
        fixed = f"{text[:at]} {text[at:]}"
        return self.diagnostic(start, len(text), text=text, suggestions=[fixed])

    def _list_numbers(self, doc):
        """``Mandiri2. Mochamad``: the next item's number glued to the last word of the item before.

        One finding per line (a list flattened by scraping glues every item), counting the rest.
        """
        prose = doc.prose
        items = [(m.start(), int(m.group(1))) for m in _ITEM.finditer(prose)]
        by_line: dict[int, list] = {}
        for m in _LIST_NUMBER.finditer(prose):
            number = int(m.group(1))
            if any(at < m.start() and n == number - 1 for at, n in items):
                by_line.setdefault(doc.position(m.start())[0], []).append(m)
                items.append((m.start(), number))  # the next glued item follows this one (BNI3. after Mandiri2.)
            # else: no item before it, so a name or code with a number (Trans7. Lalu …)
        for glued in by_line.values():
            m = glued[0]
            word_start = m.start()
            while word_start > 0 and prose[word_start - 1].isalpha():
                word_start -= 1
            word = prose[word_start : m.start()]
            yield self.diagnostic(
                word_start,
                m.end() - word_start,
                text=prose[word_start : m.end()],
                suggestions=[f"{word} {m.group()}"],
                message=self.params["list_message"],
                count=len(glued) - 1,
                more=self.params["list_more"].format(count=len(glued) - 1) if len(glued) > 1 else "",
            )

    # -- preposition --------------------------------------------------------------------------------
    def _check_preposition(self, doc):
        index = doc.word_index
        found = {
            key: self.glued_forms[key][0]
            for key in self.glued_forms.keys() & index.keys()
            if not self.speller.in_dictionary(key)  # a word of its own: kelautan, kesemua
        }
        first = self.params["prepositions"][:1]  # (the only one _before_noun tries)
        for key in [k for k in index.keys() - found.keys() if k.startswith(tuple(first))]:
            prep = self._before_noun(key)
            if prep:
                found[key] = prep
        for key in sorted(found):
            prep = found[key]
            for tok in index[key]:
                fixed = f"{tok.text[: len(prep)]} {tok.text[len(prep) :]}"
                fix = [Edit(tok.start, len(tok.text), fixed)]
                yield self.diagnostic(tok.start, len(tok.text), text=tok.text, suggestions=[fixed], fix=fix)

    def _before_noun(self, word: str) -> str:
        """The first preposition (di) glued to a noun of the confixes ke-…-an, pe(N)-…-an, per-…-an
        (``dipersidangan``, ``dikejaksaan``), which the prefix di- never takes: the preposition, or
        "" (also for words the dictionaries know). Not ke: ke-…-an holds such nouns (kepelatihan)."""
        if not word.isalpha():
            return ""
        for prep in self.params["prepositions"][:1]:  # ke- + pe(N)-…-an is a noun: kepelatihan
            rest = word[len(prep) :]
            base = rest[:-3] if rest.endswith("nya") else rest
            if word.startswith(prep) and _NOMINAL.fullmatch(base) and not base.endswith("kan"):
                sp = self.speller  # a common noun (frequency list), then Hunspell on the whole word
                if sp.zipf(base) < sp.min_zipf or sp.in_dictionary(word):
                    return ""
                return prep
        return ""

    # -- prefix-apart -------------------------------------------------------------------------------
    def _check_prefix_apart(self, doc):
        words, prose = doc.words, doc.prose
        for i in range(len(words) - 1):
            di, verb = words[i], words[i + 1]
            if di.text not in ("di", "Di") or prose[di.end : verb.start] != " " or not verb.text.isalpha():
                continue
            stem = verb.text
            base = stem[:-3] if stem.endswith("nya") else stem
            if not stem.islower() or base in self.apart or self._noun_in_an(base):
                continue
            after = prose[verb.end : verb.end + 2].strip()
            if after[:1].isdigit():
                continue  # di pukul 10.00: another slip (pada pukul), not this one
            if self._verbs("di" + stem, active_forms(stem)):
                span = verb.end - di.start
                yield self.diagnostic(
                    di.start, span, text=prose[di.start : verb.end], suggestions=[di.text + stem]
                )

    def _noun_in_an(self, word: str) -> bool:
        """``kontrakan``, ``urutan``: a common word plus the noun suffix -an, not a verb in -kan."""
        sp = self.speller
        return word.endswith("an") and sp.zipf(word[:-2]) >= sp.min_zipf

    def _verbs(self, passive: str, actives: list[str]) -> bool:
        """An active form is a common word (the frequency list: no dictionary needed for most phrases)
        and Hunspell knows the passive form (the frequency list also has misspellings: diantaranya)."""
        sp = self.speller
        return any(sp.zipf(a) >= sp.min_zipf for a in actives) and sp.in_dictionary(passive)
