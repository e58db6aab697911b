"""``spelling``: misspelled words, in three modes that share one speller.

``mode: typo-list`` — a hand-written list of certain misspellings
(``wrong->right``, codespell style). A hit is an error; a single candidate is
an autofix, unless the listed word is a word of its own: one a Hunspell
dictionary of ``no_fix_dictionaries`` knows (English ``teh`` is Indonesian
tea) or one at least ``no_fix_zipf`` common in the rule's frequency languages
(then it is only suggested). A capitalised word inside a sentence may be a name
spelled so: it is reported only inside a title or a body's name
(``Pelindung Masyarkat``), and never fixed.

``mode: unknown-word`` — a lower-case word no dictionary, lexicon or
frequency list knows (see :mod:`lintpress.spelling.speller`), reported only when
a *strong* correction is at hand: a common word one edit away, a word of the
same article, or two common words (``wargayang``). A rare word whose only
neighbours are rare words is a term, not a slip. With ``explain`` (default),
rare words that regular rules explain stay quiet too: loanword spellings of
known English words (``eksisting``, ``mandatori``; :mod:`~lintpress.spelling.loanwords`),
Indonesian suffix variants (``teoritik`` ~ ``teoritis``) and abbreviations the
article defines or uses as units (``pinjaman daring (pindar)``, ``8,5% yoy``;
:mod:`~lintpress.spelling.abbreviations`). Up to ``max_suggestions`` corrections,
ranked by "used in this article", then closeness, then frequency. A word only the
frequency list knows and Hunspell rejects (frequent misspellings such as ``sebaga``,
``menunjukan``) is reported when a dictionary word one edit away is ten times
commoner (:mod:`~lintpress.spelling.variants`; ``frequent_message``). Words
on the user's ``vocabulary.reject`` list are reported too (``reject_message``).
Capitalised words are left to ``mode: capitalised``.

``mode: mixed-case`` — a word whose first two letters are capitals and that is a word of
the language with the second lower-cased (``DIketahui`` → ``Diketahui``): a shift key held a
moment too long. A form the article writes twice is taken as meant.

``mode: nasal`` — a meN-/peN- word that keeps the k, p, t or s its stem starts with before a
vowel where EYD melts it (``mempengaruhi`` → ``memengaruhi``, ``mentaati`` → ``menaati``):
clusters (``mentransfer``), per- (``memperbaiki``), roots the dictionary lists (``mentari``,
``penting``), the stems of ``keep`` (``mengkaji``, ``mempunyai``) and capitalised words inside a
sentence (``Mensesneg``) are left alone.

``mode: local-typo`` — a lower-case word used once, with at least
``min_length`` letters, unknown to the dictionaries and rare, one edit away
from a word the same article uses ``min_count`` times or more (``kalapa`` once,
``kelapa`` four times). Pairs that differ only by an affix (``membeli`` /
``pembeli``, ``sakit`` / ``sakiti``, ``tanamkan`` / ``tanaman``) are skipped.

Example rule::

    - id: spelling.local-typo
      kind: spelling
      category: spelling
      severity: warning
      message: "'{text}' hanya muncul sekali; artikel ini menulis '{suggestion}' {count} kali."
      params:
        mode: local-typo
        dictionaries: [id_ID]
        borrowed: [en_US]
        frequency: [id, en]
        lexicons: [spelling-lexicon.txt]

    "penyerahan bibit kalapa" (with "kelapa" ×4 elsewhere) → 'kalapa', suggestion 'kelapa'.
"""

from __future__ import annotations

from lintpress.diagnostic import Edit, Related
from lintpress.kinds.base import Kind, Param, match_case
from lintpress.kinds.speller_setup import SPELLER_PARAMS, speller_of
from lintpress.pattern_store import compile_regex
from lintpress.spelling import dictionaries
from lintpress.spelling.abbreviations import abbreviation
from lintpress.spelling.headwords import headwords
from lintpress.spelling.morphology import affix_pair, melted, strip_suffixes
from lintpress.spelling.slips import slip
from lintpress.spelling.speller import Status, load_frequencies, load_typos, within_one_edit
from lintpress.spelling.tokens import glued_to_markup, scan

MODES = ("typo-list", "unknown-word", "local-typo", "capitalised", "mixed-case", "nasal")
#: A word whose first two letters are capitals, as a shift key held a moment too long leaves it.
_SHIFT_HELD = compile_regex(r"(?<![\p{L}\p{N}])\p{Lu}{2}\p{Ll}{3,}(?![\p{L}\p{N}])")
#: Words this common (zipf) are function words, never capitalised inside a title (hanya, yang, dari).
FUNCTION_ZIPF = 6.0


class Spelling(Kind):
    NAME = "spelling"
    PARAMS = {
        "mode": Param("str", required=True, choices=MODES, doc="which check this rule runs"),
        **SPELLER_PARAMS,
        "typos": Param("str", None, doc="misspelling list 'wrong->right', relative to the pack"),
        "max_suggestions": Param("int", 3, doc="suggestions for an unknown word"),
        "report_without_suggestion": Param(
            "bool",
            False,
            doc="unknown-word: also report words with no correction one edit away (rare terms, mostly)",
        ),
        "explain": Param(
            "bool",
            True,
            doc="unknown-word: accept loanword spellings (eksisting ← existing), suffix variants "
            "(teoritik ~ teoritis) and abbreviations the article defines or uses as units",
        ),
        "defer_to_local": Param(
            "bool", True, doc="unknown-word: leave words the local-typo rule reports to that rule"
        ),
        "min_length": Param("int", 5, doc="local-typo: shortest word considered"),
        "min_name_length": Param(
            "int", 5, doc="capitalised: shortest capitalised word checked inside a sentence (short names abound)"
        ),
        "min_start_length": Param("int", 4, doc="capitalised: shortest sentence start checked"),
        "start_zipf": Param(
            "float", 3.0, doc="capitalised: a sentence start is reported next to a word at least this common"
        ),
        "short_start_zipf": Param(
            "float", 5.0, doc="capitalised: the same for a sentence start of four or five letters"
        ),
        "name_zipf": Param(
            "float", 4.0, doc="capitalised: a word inside a sentence is reported next to a word this common"
        ),
        "min_count": Param("int", 2, doc="local-typo: how often the article must use the other spelling"),
        "keep": Param(
            "list[str]", [], doc="nasal: stems whose k/p/t/s KBBI keeps after meN-/peN- (kaji: mengkaji, pengkajian)"
        ),
        "frequent_message": Param(
            "str", None, doc="unknown-word: message for a frequent typo of a much commoner word"
        ),
        "reject_message": Param("str", None, doc="unknown-word: message for a word on the reject list"),
        "no_fix_dictionaries": Param(
            "list[str]",
            ["id_ID", "en_US"],
            doc="typo-list: a listed word one of these Hunspell dictionaries knows is suggested, never fixed",
        ),
        "no_fix_zipf": Param(
            "float", 4.0, doc="typo-list: a listed word this common (wordfreq zipf) is suggested, never fixed"
        ),
    }

    def setup(self) -> None:
        p = self.params
        self.speller = speller_of(self)
        self.language = self.context.language or self.spec.language
        self.typos_path = str(self.data_path(p["typos"])) if p["typos"] else None
        if p["mode"] == "typo-list" and not self.typos_path:
            raise self._fail("params.typos", "is required with mode typo-list")
        if self.typos_path and not self.data_path(p["typos"]).is_file():
            raise self._fail("params.typos", f"file not found: {self.typos_path}")
        for name in p["no_fix_dictionaries"]:
            try:
                dictionaries.files(name)
            except FileNotFoundError as exc:
                raise self._fail("params.no_fix_dictionaries", str(exc)) from None

    @property
    def typos(self) -> dict[str, tuple[str, ...]]:
        return load_typos(self.typos_path) if self.typos_path else {}

    def check(self, doc):
        self.speller.begin(doc)
        mode = self.params["mode"]
        if mode == "typo-list":
            yield from self._check_typos(doc)
        elif mode == "unknown-word":
            yield from self._check_rejected(doc)
            yield from self._check_unknown(doc)
        elif mode == "capitalised":
            yield from self._check_capitalised(doc)
        elif mode == "mixed-case":
            yield from self._check_mixed_case(doc)
        elif mode == "nasal":
            yield from self._check_nasal(doc)
        else:
            yield from self._check_local(doc)

    # -- typo-list ----------------------------------------------------------------------------------
    def _check_typos(self, doc):
        typos = self.typos
        sc = scan(doc, self.language)
        for text in sc.forms_in(typos):  # usually none
            for w in sc.occurrences(text):
                if self.context.accepted(w.text):
                    break
                inside = w.capitalised and not w.sentence_start
                if inside and not self._in_title(sc, w):
                    continue  # inside a sentence a capitalised word may be a name spelled so (Sebaga)
                suggestions = [match_case(w.text, c) for c in typos[w.lower]]
                fix = None
                if len(suggestions) == 1 and not inside and not self._word_of_its_own(w.lower):
                    fix = [Edit(w.start, w.end - w.start, suggestions[0])]
                yield self.diagnostic(w.start, w.end - w.start, text=w.text, suggestions=suggestions, fix=fix)

    def _word_of_its_own(self, word: str) -> bool:
        """A listed misspelling that is also a real word (``teh``): the fix could change the meaning."""
        p = self.params
        if any(load_frequencies(lang).get(word, 0.0) >= p["no_fix_zipf"] for lang in p["frequency"]):
            return True
        return self.speller.in_dictionaries(tuple(p["no_fix_dictionaries"]), word)

    # -- unknown-word -------------------------------------------------------------------------------
    def _rejected(self, word: str) -> bool:
        ctx = self.context
        if word in ctx.reject or word.lower() in ctx.reject:
            return True
        return any(p.fullmatch(word) for p in ctx.reject_patterns)

    def _check_rejected(self, doc):
        if not self.context.reject and not self.context.reject_patterns:
            return
        for tok in doc.words:
            if tok.is_word and self._rejected(tok.text):
                yield self.diagnostic(
                    tok.start, tok.end - tok.start, text=tok.text, message=self.params["reject_message"]
                )

    def _check_unknown(self, doc):
        sc = scan(doc, self.language)
        typos = self.typos
        sp = self.speller
        limit = self.params["max_suggestions"]
        check_rejects = bool(self.context.reject or self.context.reject_patterns)
        for low, texts in sc.candidates(sp.known_words()).items():
            # the floor verdict (no borrowed dictionary) decides the path; the full verdict is
            # asked only about a word about to be reported (see Speller.floor)
            status = sp.floor(low)
            if status == Status.KNOWN or low in typos:
                continue
            if status != Status.UNKNOWN and not sp.frequent_variant(low):
                continue  # an affixed form of a known word, or a frequent word no commoner one explains
            for text in texts:
                for w in sc.occurrences(text):
                    if self.context.accepted(w.text) or (check_rejects and self._rejected(w.text)):
                        break  # accepted, or already reported as rejected
                    if status == Status.UNKNOWN:
                        yield from self._unknown(sc, w, limit)
                    else:
                        yield from self._frequent(sc, w, limit)

    def _deferred(self, sc, w) -> bool:
        """spelling.local-typo reports the word, with the article's spelling as related."""
        return bool(self.params["defer_to_local"] and self._local_partner(sc, w))

    def _unknown(self, sc, w, limit):
        """A word no list knows: reported when a strong correction is at hand and nothing explains it."""
        sp = self.speller
        explain = self.params["explain"]
        # cheapest test first; every one of them can only keep the word quiet
        if (explain and abbreviation(sc, w.lower)) or self._deferred(sc, w):
            return
        # a strong correction (a common word, a word of the article, two common words) must be at
        # hand: a rare word next to rare words only is a term, not a slip
        if not self.params["report_without_suggestion"] and not sp.near_words(w.lower, sc.counts):
            return
        if sp.status(w.lower)[0] != Status.UNKNOWN:
            return  # a borrowed language knows it
        if sc.counts.get(w.lower, 0) > 1 and sp.slip_only(w.lower):
            return  # a derived word next to a common one, used again: the writer means it
        if explain and sp.explained(w.lower):
            return  # a loanword spelling (eksisting ← existing), a suffix variant (teoritik ~ teoritis)
        suggestions = [match_case(w.text, x) for x in sp.suggest(w.lower, sc.counts, limit)]
        yield self.diagnostic(w.start, w.end - w.start, text=w.text, suggestions=suggestions)

    def _frequent(self, sc, w, limit):
        """A word only the frequency list knows, a frequent misspelling of a far commoner word (sebaga)."""
        sp = self.speller
        if not sp.frequent_variant(w.lower) or self._deferred(sc, w) or sp.status(w.lower)[0] == Status.KNOWN:
            return
        near = sp.frequent_variant(w.lower)  # again, now that the verdict is final (a stem may explain it)
        if not near:
            return
        rest = [s for s in sp.suggest(w.lower, sc.counts, limit) if s != near]
        yield self.diagnostic(
            w.start,
            w.end - w.start,
            text=w.text,
            suggestions=[near, *rest][:limit],
            message=self.params["frequent_message"],
        )

    # -- capitalised --------------------------------------------------------------------------------
    def _check_capitalised(self, doc):
        """Capitalised words used once: a sentence start judged like any word, a word inside a
        sentence only when it is a slip of a common word (a name is in no dictionary either)."""
        sc = scan(doc, self.language)
        sp, typos, limit = self.speller, self.typos, self.params["max_suggestions"]
        for low, texts in sc.capitalised(sp.known_words()).items():
            if sc.counts.get(low, 0) != 1 or low in typos or not low.isalpha():
                continue  # used twice (a name, or checked in lower case), or on the typo list
            (w,) = sc.occurrences(texts[0]) or (None,)
            if w is None or self.context.accepted(w.text):
                continue
            near = self._capital_correction(sc, w)
            if near is None:
                continue
            rest = [x for x in sp.suggest(low, sc.counts, limit) if x != near and " " not in x]
            suggestions = [match_case(w.text, x) for x in [near, *rest][:limit]]
            yield self.diagnostic(w.start, w.end - w.start, text=w.text, suggestions=suggestions)

    def _capital_correction(self, sc, w) -> str | None:
        """The common word a capitalised word is a slip of, or None when it may be a name.

        A sentence start must be a slip of a listed word (of a very common one when it is short:
        names are short); one inside a sentence must be long, unknown to the frequency list
        (which knows many names) and a title word (:meth:`_title_word`).

        Most capitalised words are names, so the tests that need only the word lists come first:
        a name with no listed word one slip away that could be meant loads no dictionary.
        """
        sp, p, low = self.speller, self.params, w.lower
        starts_name = w.sentence_start and self._before_capital(sc, w)  # Ahan Syahrul Arifin.
        if w.sentence_start and not starts_name:
            if len(low) < p["min_start_length"]:
                return None
            min_zipf = p["short_start_zipf"] if len(low) <= 5 else p["start_zipf"]
        else:
            if len(low) < p["min_name_length"] or sp.zipf(low) >= sp.min_zipf:
                return None  # a name the frequency list knows (Sinaga, Nunung)
            min_zipf = p["name_zipf"]
        borrowed = len(low) >= p["min_name_length"]
        title = starts_name or not w.sentence_start
        candidates = sp.capital_candidates(low, min_zipf, borrowed)
        if title:
            candidates = [c for c in candidates if self._title_slip(low, c)]
        if not candidates or abbreviation(sc, low):
            return None  # a name next to no common word it could stand for: no dictionary needs to load
        if title and not any(sc.counts.get(c, 0) for c in candidates) and not self._in_title(sc, w):
            return None  # (see _title_word)
        status = sp.status(low)[0]
        if status == Status.KNOWN:
            return None
        if status == Status.UNKNOWN:
            near = sp.capital_slip(low, min_zipf, borrowed)
        else:  # an affixed form of a known word, or only the frequency list knows it
            near = sp.frequent_variant(low)
        if near is None or near[0] != low[0] or sp.spelled_as_written(w.text):
            return None  # a slip rarely hits the first letter; a name often differs there
        if w.sentence_start and len(low) < 7 and sc.doc.in_quote(w.start, 0) and slip(low, near) == "neighbour-key":
            return None  # a quotation may open in a regional language (Hayang ~ sayang)
        if title and not self._title_word(sc, w, near):
            return None
        return near

    @staticmethod
    def _before_capital(sc, w) -> bool:
        """The next word, with only spaces between, is capitalised: ``w`` opens a name or a title."""
        i = sc.places(sc.texts, w.text)[0] + 1
        if i >= len(sc.tokens):
            return False
        text, start, _ = sc.tokens[i]
        return text[:1].isupper() and not sc.doc.prose[w.end : start].strip()

    def _title_word(self, sc, w, near: str) -> bool:
        """A capitalised word inside a sentence is taken for a misspelt common word, not a name, when
        it lost a letter, doubled one, swapped two or hit a neighbouring key (names are made by adding letters:
        Muladi ~ mulai, Sinaga ~ singa) and either the article uses the word it stands for or the
        run of capitalised words it belongs to holds a dictionary word of the article's language (a
        title or a body: Kordinator Lapangan, Pelindung Masyarkat)."""
        return self._title_slip(w.lower, near) and (bool(sc.counts.get(near, 0)) or self._in_title(sc, w))

    def _title_slip(self, written: str, near: str) -> bool:
        """The slip from ``near`` to ``written`` is one that misspells a title word, not one that makes a name."""
        kind = slip(written, near)
        if kind not in ("dropped", "dropped-double", "doubled", "swapped", "neighbour-key"):
            return False
        zipf = self.speller.zipf(near)
        if zipf >= FUNCTION_ZIPF:
            return False  # a function word (hanya, yang) is never a title word: Hanta is a name
        # a letter for a letter: names differ so from rarer words (Besak ~ bedak)
        return kind != "neighbour-key" or zipf >= self.params["name_zipf"] + 0.5

    def _in_title(self, sc, w) -> bool:
        """The run of capitalised words ``w`` belongs to holds a dictionary word of the article's
        language: a title or a body (Kordinator Lapangan, Pelindung Masyarkat), not a name."""
        sp, prose, tokens = self.speller, sc.doc.prose, sc.tokens
        i = sc.places(sc.texts, w.text)[0]
        for step in (-1, 1):
            j = i
            while 0 <= j + step < len(tokens):
                a, b = sorted((tokens[j], tokens[j + step]), key=lambda t: t[1])
                text = tokens[j + step][0]
                if prose[a[2] : b[1]].strip() or not text[:1].isupper():
                    break  # the run of capitalised words ends at punctuation or a lower-case word
                j += step
                if text[1:].islower() and sp.dictionary_word(text.lower()):
                    return True
        return False

    # -- mixed-case ---------------------------------------------------------------------------------
    def _check_mixed_case(self, doc):
        """``DIketahui``, ``PEmerintah``: two capitals, then a word of the language once the second is
        lower-cased. A form the article writes twice is meant (a brand); an acronym with a word glued
        to it (``BLTatau``) is no word lower-cased and is spelling.glued-word's."""
        sp, prose, index = self.speller, doc.prose, doc.word_index
        for m in _SHIFT_HELD.finditer(prose):
            text = m.group()
            meant = text[0] + text[1:].lower()
            if sum(t.text == text for t in index.get(text.lower(), ())) > 1 or glued_to_markup(prose, *m.span()):
                continue
            if self.context.accepted(text) or not sp.dictionary_word(meant.lower()):
                continue
            fix = [Edit(m.start(), len(text), meant)]
            yield self.diagnostic(m.start(), len(text), text=text, suggestions=[meant], fix=fix)

    # -- nasal --------------------------------------------------------------------------------------
    def _check_nasal(self, doc):
        """``mempengaruhi``, ``mensukseskan``: a meN-/peN- word that keeps the k, p, t or s of its stem
        (see :func:`~lintpress.spelling.morphology.melted`). A word the dictionary lists as it is
        (``mentari``, ``penting``, ``mengkaji``: roots and KBBI's exceptions) is left alone, and the
        melted form must be a word the speller knows (``mempunyai``: memunyai is none)."""
        sc = scan(doc, self.language)
        memo = self.__dict__.setdefault("_unmelted", {})  # word → the form EYD writes, or "" (per process)
        for low in sorted(w for w in sc.counts if w[:2] in ("me", "pe") and w.isalpha()):
            meant = memo.get(low)
            if meant is None:
                meant = memo[low] = self._melted_word(low)
            if not meant:
                continue
            # a capitalised use inside a sentence is a name or a title's abbreviation (Mensesneg)
            uses = [w for t in sc.forms_of(low) for w in sc.occurrences(t) if w.text.islower() or w.sentence_start]
            uses = [w for w in uses if not self.context.accepted(w.text)]
            if not uses or self.speller.status(meant)[0] != Status.KNOWN:
                continue
            for w in uses:
                fixed = match_case(w.text, meant)
                fix = [Edit(w.start, w.end - w.start, fixed)]
                yield self.diagnostic(w.start, w.end - w.start, text=w.text, suggestions=[fixed], fix=fix)

    def _melted_word(self, word: str) -> str:
        """The form EYD writes for a meN-/peN- word keeping its stem's first consonant, when the stem is
        a root and the word no root itself or a stem of ``keep``; "" otherwise."""
        found = melted(word)
        if found is None:
            return ""
        meant, stem = found
        if stem.startswith(tuple(self.params["keep"])) or self._listed(word) or not self._root(stem):
            return ""
        return meant

    def _root(self, stem: str) -> bool:
        """Some form of the stem without its suffixes is a listed root or a common word (taati ← taat):
        the word is meN-/peN- and that stem, not an abbreviation such as Mensesneg."""
        sp = self.speller
        return any(len(f) >= 4 and (self._listed(f) or sp.common(f)) for f in strip_suffixes(stem))

    def _listed(self, word: str) -> bool:
        """The dictionary lists the word, or the word without its suffixes, as it is (a root)."""
        forms = strip_suffixes(word)
        return any(h is not None and any(f in h for f in forms) for h in map(headwords, self.params["dictionaries"]))

    # -- local-typo ---------------------------------------------------------------------------------
    def _check_local(self, doc):
        sc = scan(doc, self.language)
        counts = sc.counts
        min_length = self.params["min_length"]
        typos, sp = self.typos, self.speller
        for low, texts in sc.candidates(sp.known_words()).items():
            if counts.get(low, 0) != 1 or len(low) < min_length or low in typos or not low.isalpha():
                continue
            if sp.floor(low) == Status.KNOWN:
                continue
            for w in (w for text in texts for w in sc.occurrences(text)):
                partner = self._local_partner(sc, w)
                if partner is None:
                    continue
                count, other = partner
                off, end = sc.first(other)
                yield self.diagnostic(
                    w.start,
                    w.end - w.start,
                    text=w.text,
                    suggestions=[other],
                    related=[Related(off, end - off, f"'{doc.text[off:end]}' ({count}×)")],
                    count=count,
                )

    def _local_partner(self, sc, w) -> tuple[int, str] | None:
        """(count, word) of the article's repeated word one edit away from the once-used ``w``."""
        p = self.params
        key = ("partner", id(self.speller), self.typos_path, p["min_length"], p["min_count"], w.start)
        if key not in sc.memo:  # local-typo and unknown-word (defer_to_local) both ask
            sc.memo[key] = self._find_partner(sc, w)
        return sc.memo[key]

    def _find_partner(self, sc, w) -> tuple[int, str] | None:
        low = w.lower
        if (
            w.capitalised
            or len(low) < self.params["min_length"]
            or sc.counts.get(low, 0) != 1
            or low in self.typos
            or not low.isalpha()
        ):
            return None
        sp = self.speller
        repeated = sc.repeated(self.params["min_count"])
        near = [o for n in (len(low) - 1, len(low), len(low) + 1) for o in repeated.get(n, ())]
        partners = [
            (sc.counts[o], o)
            for o in within_one_edit(low, near)
            if not affix_pair(low, o, self.language) and sp.at_least(o, Status.FREQUENT)
        ]
        if not partners or sp.status(low)[0] == Status.KNOWN or self.context.accepted(w.text):
            return None
        return max(partners)
