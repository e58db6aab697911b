"""What a speller knows about a word: dictionaries, a newsroom lexicon and word frequencies.

Hunspell alone flags too many correct news words (clitics like ``ujarnya``, new
words like ``bansos``), so a word is checked in layers, cheapest first:

1. the newsroom lexicon and common words (wordfreq zipf ≥ ``rare_zipf``): accepted at once;
2. the Hunspell dictionaries of the language (``id_ID``);
3. the same after stripping clitics (``-nya``, ``-lah``, ``-kah``, ``-pun``, ``-ku``, ``-mu``)
   or splitting a hyphenated / reduplicated word (``saudara-saudara``, ``mewanti-wanti``);
4. other languages a news article borrows from (``en_US``).

Loading the Hunspell dictionaries costs ~65 ms (``id_ID`` ~20, ``en_US`` ~45),
most of a one-article run, and most articles need neither: after the word lists
only a dozen words of an article are left, and few of them could be reported. A
word a dictionary lists as it is (a headword: ``tukas``, ``ragweed``) is known
without loading it (:mod:`lintpress.spelling.headwords`), and a word none of the forms of a
dictionary with simple affix rules is (``en_US``: :mod:`lintpress.spelling.wordforms`) is
unknown to it without loading it either: only the few questions these leave open need Hunspell,
and a borrowed language's dictionary is no longer loaded ahead.
:meth:`Speller.floor` is the verdict from the dictionaries loaded so far (none at
first), a lower bound of the full :meth:`Speller.status`: a dictionary can only
make a word more known. Rules branch on the floor and ask for the full verdict
only about a word they are about to report, so only those articles wait for the
dictionaries (which :mod:`lintpress.spelling.dictionaries` starts loading in the
background as soon as a speller exists, when a spare core allows).

Frequency lists also contain frequent typos (``sebaga``), so a word accepted by
frequency alone keeps that status (``Status.FREQUENT``): the document-local rule
still looks at it. Verdicts are cached per process, and every data file is
loaded lazily by :func:`load_data`, once per process.

Speed: Hunspell is the slow part (up to 0.1 ms for a long affixed Indonesian
word), so every verdict tries dictionary look-ups first, :meth:`Speller.known_words`
lets rules skip the common words of an article with one set operation, and
suggestions search the word lists with one set intersection per word; the
Hunspell-only neighbours (deletions and swaps) are looked up only to fill a
short suggestion list. Everything that does not depend on the article is
memoised per word.
"""

from __future__ import annotations

import enum
import importlib.util
from functools import cache, lru_cache
from itertools import compress, repeat
from operator import ge
from pathlib import Path

from lintpress.spelling import dictionaries as dicts
from lintpress.spelling.headwords import headwords
from lintpress.spelling.morphology import affix_pair, analyses
from lintpress.spelling.slips import doubled, meant_candidates, slip_weight, typing_slip
from lintpress.spelling.wordforms import word_forms
from lintpress.wordlists import read_wordlist

#: Indonesian prefix forms that are no words on their own: never one half of a split (be janji).
PREFIX_FORMS = frozenset(
    ("be", "ber", "me", "mem", "men", "meng", "meny", "pe", "pem", "pen", "peng", "per", "te", "ter")
)
#: A rare word one typing slip from a word at least this common (zipf) is taken for a slip of it.
SLIP_ZIPF = 4.0
#: Clitics and particles glued to the end of an Indonesian word, longest first.
CLITICS = ("nyalah", "nyakah", "nyapun", "nya", "lah", "kah", "pun", "tah", "ku", "mu")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: English respellings of a loanword also looked up in Hunspell (the word lists take them all).
LOANWORD_HUNSPELL = 8
#: Prefixes and suffixes around a compound written solid (di-salah arti-kan, memper-tanggung jawab-kan).
CONFIX_PREFIXES = ("diper", "memper", "di", "meng", "men", "mem", "me", "ke", "pe", "per", "ber", "ter")
CONFIX_SUFFIXES = ("kan", "an", "i")
#: How common each part of a split into three words must be (zipf): four or five letters, three, two
#: (from LONG_PART letters on, common is enough: rare_zipf).
PART_ZIPF, SHORT_PART_ZIPF, FUNCTION_PART_ZIPF, LONG_PART = 4.0, 4.5, 6.0, 6


class Status(enum.IntEnum):
    """How sure we are that a lower-case word is spelled right (higher is surer)."""

    UNKNOWN = 0  # no dictionary knows it and it is rare
    FREQUENT = 1  # only the frequency list knows it (min_zipf ≤ zipf < rare_zipf)
    DERIVED = 2  # an affixed form of a known stem (dimitigasi ← mitigasi)
    KNOWN = 3  # a dictionary, the lexicon or the common-word list knows it


# -- data loading (one function per data file, each cached per process) ------------------------------
@cache
def load_frequencies(lang: str) -> dict[str, float]:
    """word → zipf for the words wordfreq's small list rates zipf ≥ 3 in ``lang``.

    Reads wordfreq's data file directly (importing ``wordfreq`` itself costs
    ~200 ms) and keeps the table, as ``marshal`` data, in the cache folder: that
    loads in ~4 ms, decoding wordfreq's file takes ~11. Falls back to the wordfreq API.
    """
    import marshal

    from lintpress.cache_folder import read_derived, source_key, write_derived

    path = wordfreq_file(lang)
    if path is None:
        return {}
    key = source_key(path, "zipf-table-1")
    table = read_derived("wordfreq", key, marshal.loads) if key else None
    if isinstance(table, dict):
        return table
    table = _decode_frequencies(path, lang)
    if key:
        write_derived("wordfreq", key, table, marshal.dumps)
    return table


def wordfreq_file(lang: str) -> Path | None:
    """wordfreq's small list for ``lang`` (None when wordfreq or the language is missing)."""
    spec = importlib.util.find_spec("wordfreq")
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" if spec else None
    path = folder / f"small_{lang}.msgpack.gz" if folder else None
    return path if path is not None and path.is_file() else None


def _decode_frequencies(path: Path, lang: str) -> dict[str, float]:
    import gzip

    try:
        import msgpack

        with gzip.open(path, "rb") as f:
            pack = msgpack.load(f, raw=False)
        if not isinstance(pack[0], dict) or pack[0].get("format") != "cB":
            raise ValueError("unknown wordfreq format")
    except Exception:  # noqa: BLE001 - any change in wordfreq's private format: use its API
        import wordfreq

        return {w: wordfreq.zipf_frequency(w, lang) for w in wordfreq.iter_wordlist(lang, "small")}
    out: dict[str, float] = {}
    for index, bucket in enumerate(pack[1:]):
        zipf = round(9.0 - index / 100.0, 2)  # bucket i holds words of frequency 10^(-i/100)
        for word in bucket:
            out.setdefault(word, zipf)
    return out


def load_wordlist(path: str) -> frozenset[str]:
    """A lexicon file: one word per line, ``#`` comments; stored lower-case."""
    return read_wordlist(path)


@cache
def load_typos(path: str) -> dict[str, tuple[str, ...]]:
    """A codespell-style list: ``wrong->right`` (one candidate: safe to autofix) or ``wrong->a, b``."""
    out: dict[str, tuple[str, ...]] = {}
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        wrong, sep, right = entry.partition("->")
        candidates = tuple(c.strip() for c in right.split(",") if c.strip())
        if not sep or not wrong.strip() or not candidates:
            raise ValueError(f"{path}:{n}: expected 'wrong->right'")
        out[wrong.strip().lower()] = candidates
    return out


# -- edit distance helpers --------------------------------------------------------------------------
@lru_cache(maxsize=2048)
def edits1(word: str) -> frozenset[str]:
    """Every string at Damerau–Levenshtein distance 1 from ``word`` (lower-case Latin letters)."""
    return _edits(word, LETTERS)


def _edits(word: str, alphabet) -> frozenset[str]:
    """Every string one insertion, deletion, substitution (of a letter of ``alphabet``) or swap away."""
    out: set[str] = set()
    for i in range(len(word) + 1):  # f-strings build each edit in one step (no intermediate string)
        head, tail = word[:i], word[i:]
        out.update([f"{head}{c}{tail}" for c in alphabet])  # insertions
        if tail:
            rest = tail[1:]
            out.update([f"{head}{c}{rest}" for c in alphabet])  # substitutions
            out.add(head + rest)  # deletion
            if rest:
                out.add(f"{head}{rest[0]}{tail[0]}{rest[1:]}")  # swap
    out.discard(word)
    return frozenset(out)


#: Above this many choices, within_one_edit looks the word's edits up instead of comparing each choice.
_COMPARE_AT_MOST = 100


def within_one_edit(word: str, choices: list[str]) -> list[str]:
    """The ``choices`` one insertion, deletion, substitution or swap away from ``word``.

    ``choices`` are an article's repeated words of about the same length: a few
    dozen in a news article, compared one by one (microseconds; less than importing
    an edit-distance library would cost). A book-length document has thousands:
    then the word's own edits over the letters the choices use are made (a few
    hundred strings) and looked up, so the cost stops growing with the document.
    """
    if len(choices) <= _COMPARE_AT_MOST:
        return [c for c in choices if is_distance1(word, c)]
    hits = _edits(word, set().union(*choices)).intersection(choices)
    return [c for c in choices if c in hits]


def is_distance1(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are one insertion, deletion, substitution or swap apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i = diff[0]
        return len(diff) == 2 and diff[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


# -- the speller ------------------------------------------------------------------------------------
class Speller:
    """Word verdicts for one language setup; build it with :func:`get_speller`."""

    def __init__(
        self,
        language: str,
        dictionaries: tuple[str, ...],  # Hunspell names of the article's language
        borrowed: tuple[str, ...],  # Hunspell names of languages it borrows from
        frequency: tuple[str, ...],  # wordfreq languages; the first is the article's
        lexicons: tuple[str, ...],
        min_zipf: float = 3.0,
        rare_zipf: float = 3.5,
    ):
        self.language = language
        self.dictionaries = dictionaries
        self.borrowed = borrowed
        self.frequency = frequency
        self.lexicons = lexicons
        self.min_zipf = min_zipf
        self.rare_zipf = rare_zipf
        self._cache: dict[str, tuple[Status, float]] = {}
        self._loaded = False
        self._dict_memo: dict[str, bool] = {}
        self._floor_cache: dict[str, Status] = {}
        self._floor_loaded = -1  # dictionaries loaded when the floors were found
        # on a spare core, while the run goes on; a borrowed language's dictionary is seldom needed
        # once its word forms answer no (see _cannot_know): it loads when first asked, or in the
        # background from a run's second document on (see begin)
        dicts.preload(dictionaries)
        self._documents: set[int] = set()

    def __repr__(self) -> str:
        return f"Speller({self.language!r}, {self.dictionaries!r}, {self.borrowed!r}, {self.frequency!r})"

    def begin(self, doc) -> None:
        """Rules start checking ``doc``. A run over several documents will ask a borrowed language's
        dictionary sooner or later: from the second document on it loads in the background."""
        if len(self._documents) < 2:
            self._documents.add(id(doc))
            if len(self._documents) == 2:
                dicts.preload(self.borrowed)

    def load_data(self) -> None:
        """Load the word lists every verdict needs (the Hunspell dictionaries stay lazy)."""
        if self._loaded:
            return
        self._freqs = [load_frequencies(lang) for lang in self.frequency]
        self._lexicon: frozenset[str] = frozenset().union(*(load_wordlist(p) for p in self.lexicons))
        self._variants = self._frequent_variants()
        self._loaded = True

    def _frequent_variants(self) -> dict[str, str]:
        """Frequent words Hunspell rejects next to a far commoner dictionary word (see :mod:`.variants`)."""
        from lintpress.spelling import variants

        if not self._freqs or not self.dictionaries:
            return {}
        source = wordfreq_file(self.frequency[0])
        files = [source, *(f for d in self.dictionaries for f in dicts.files(d)), *self.lexicons]
        key = variants.cache_key(files, self.min_zipf) if source else None

        def make() -> dict[str, str]:
            hunspells = self._hunspells(self.dictionaries, exact=True)
            return variants.build(
                self._freqs[0],
                self._freqs[1:],
                self._lexicon,
                lambda w: any(h.spell(w) for h in hunspells),
                self.min_zipf,
            )

        return variants.load(key, make)

    def frequent_variant(self, word: str) -> str | None:
        """The far commoner dictionary word a frequent misspelling stands for (``menunjukan`` → ``menunjukkan``).

        A variant the affix stripper derives counts only when the commoner word is not its
        own stem or an affix alternation of it (``lewati`` ← ``lewat``, ``siarkan`` ~ ``siaran``).
        """
        self.load_data()
        near = self._variants.get(word)
        if near is None or self.language != "id" or self.floor(word) < Status.DERIVED:
            return near
        if not doubled(word, near) and (affix_pair(word, near, self.language) or near in analyses(word)):
            return None
        return near

    def _common(self, word: str) -> bool:
        """A common word of the article's language (zipf ≥ ``rare_zipf``) that is no frequent misspelling."""
        return self.zipf(word) >= self.rare_zipf and word not in self._variants

    # -- verdicts ------------------------------------------------------------------------------------
    def zipf(self, word: str) -> float:
        """Frequency of ``word`` in the article's language (0 when the list does not have it)."""
        self.load_data()
        return self._freqs[0].get(word, 0.0) if self._freqs else 0.0

    def known_words(self) -> set[str]:
        """Words whose status is KNOWN so far: common words and the lexicon, then every verdict.

        Rules subtract it from an article's words (a set operation in C) and only
        look at what is left, so a typical article costs a few dozen look-ups.
        """
        known = self.__dict__.get("_known")
        if known is None:
            self.load_data()
            freq = self._freqs[0] if self._freqs else {}
            known = set(compress(freq, map(ge, freq.values(), repeat(self.rare_zipf))))  # filtered in C
            known -= self._variants.keys()
            known |= self._lexicon
            known.update(w for w, (st, _) in self._cache.items() if st == Status.KNOWN)
            self._known = known
        return known

    def status(self, word: str) -> tuple[Status, float]:
        """(Status, zipf) of a lower-case word."""
        hit = self._cache.get(word)
        if hit is None:
            hit = self._status(word)
            self._remember(word, hit)
        return hit

    def _remember(self, word: str, verdict: tuple[Status, float]) -> None:
        """Keep a full verdict (and a KNOWN word in the set rules subtract from an article)."""
        self._cache[word] = verdict
        if verdict[0] == Status.KNOWN and "_known" in self.__dict__:
            self._known.add(word)

    def floor(self, word: str) -> Status:
        """A lower bound of ``status(word)``: the verdict from the Hunspell dictionaries loaded so far.

        Equal to the full verdict when it is KNOWN, or once every dictionary is loaded.
        """
        exact = self._cache.get(word)
        if exact is not None:
            return exact[0]
        if self._all_loaded():
            return self.status(word)[0]
        if self._floor_loaded != len(dicts.LOADED):  # a dictionary came in: floors may rise
            self._floor_cache.clear()
            self._floor_loaded = len(dicts.LOADED)
        hit = self._floor_cache.get(word)
        if hit is None:
            verdict = self._status(word, exact=False)
            hit = self._floor_cache[word] = verdict[0]
            if hit == Status.KNOWN:  # nothing can raise it: it is the full verdict
                self._remember(word, verdict)
        return hit

    def at_least(self, word: str, level: Status) -> bool:
        """``status(word) >= level``, loading dictionaries only when the floor is lower."""
        return self.floor(word) >= level or self.status(word)[0] >= level

    def _all_loaded(self) -> bool:
        return all(d in dicts.LOADED for d in self.dictionaries + self.borrowed)

    def _hunspells(self, names: tuple[str, ...], exact: bool) -> list:
        """The Hunspell objects to ask: all of them (loading them), or for a floor only those loaded."""
        if exact:
            return [dicts.load(d) for d in names]
        return [dicts.LOADED[d] for d in names if d in dicts.LOADED]

    def _status(self, word: str, exact: bool = True, slips: bool = True) -> tuple[Status, float]:
        """The verdict; not ``exact``: a dictionary not loaded yet answers every question with no.

        With ``slips``, a rare word one typing slip from a common word is vouched for only by a
        dictionary that knows it as it is, or by a clitic on a known stem of five letters or
        more, never by the affix stripper (``seklah`` is no sek + -lah, ``lasin`` no las + -in).
        """
        self.load_data()
        zipf = self.zipf(word)
        stem = self._strip_clitics(word)
        # every test below up to the DERIVED one means KNOWN: dictionary look-ups come first,
        # Hunspell calls (up to 0.1 ms for a long affixed word) only when they fail
        if (
            self._common(word)
            or word in self._lexicon
            or self._borrowed_common(word)
            or (stem and (self._common(stem) or stem in self._lexicon))
        ):
            return Status.KNOWN, zipf
        if self._in_dictionary(word, exact):  # (before the slip candidates: known either way)
            return Status.KNOWN, zipf
        if slips and zipf < self.min_zipf and "-" not in word and self._slip_of_common(word, exact):
            if self._borrowed_known(word, exact) or (len(stem) >= 5 and self._in_dictionary(stem, exact)):
                return Status.KNOWN, zipf
            return Status.UNKNOWN, zipf
        if (
            ("-" in word and self._compound_known(word, exact))
            or (stem and self._in_dictionary(stem, exact))
            or self._borrowed_known(word, exact)
        ):
            return Status.KNOWN, zipf
        if self.language == "id" and "-" not in word and self._derived(word, exact):
            return Status.DERIVED, zipf
        if zipf >= self.min_zipf or (stem and self.zipf(stem) >= self.min_zipf):
            return Status.FREQUENT, zipf
        if self._borrowed_compound(word, exact):
            return Status.DERIVED, zipf
        return Status.UNKNOWN, zipf

    def slip_only(self, word: str) -> bool:
        """An unknown word the affix stripper would vouch for but for a common word one slip away
        (``teradu`` ~ ``terpadu``): an article that uses it twice means it, a slip happens once."""
        return self.status(word)[0] == Status.UNKNOWN and self._status(word, slips=False)[0] > Status.UNKNOWN

    def slip_neighbours(self, word: str) -> tuple[tuple[str, ...], ...]:
        """For each frequency list, its words one typing slip from ``word`` (:func:`.meant_candidates`).

        Making the few hundred candidate strings is the costly part of every slip test, so it is done
        once per word and process; only the few hits are kept.
        """
        memo = self.__dict__.setdefault("_neighbour_memo", {})
        hits = memo.get(word)
        if hits is None:
            self.load_data()
            edits = meant_candidates(word)
            hits = memo[word] = tuple(
                tuple(sorted(c for c in edits & freq.keys() if typing_slip(word, c))) for freq in self._freqs
            )
        return hits

    def capital_candidates(self, word: str, min_zipf: float, borrowed: bool = True) -> list[str]:
        """Every word :meth:`capital_slip` or :meth:`frequent_variant` may name for ``word`` and that
        shares its first letter: a listed word at least ``min_zipf`` common one typing slip away, or the
        commoner word of a frequent misspelling. Word lists only (no dictionary): when it is empty, or
        none of them suits the caller, nothing needs a dictionary to load."""
        self.load_data()
        out = [near] if (near := self._variants.get(word)) and near[:1] == word[:1] else []
        tables = self._freqs if borrowed else self._freqs[:1]
        for freq, hits in zip(tables, self.slip_neighbours(word)):
            out += [c for c in hits if freq[c] >= min_zipf and c[:1] == word[:1] and c not in out]
        return out

    def capital_slip(self, word: str, min_zipf: float, borrowed: bool = True) -> str | None:
        """For a capitalised word: the word (of any language of the setup, at least ``min_zipf``
        common, in its dictionary) or the frequent misspelling it is one typing slip of.

        A name is usually rare and in no dictionary, so only a slip of a common word tells a
        misspelt word (``Sedangkn``, ``Caverage``) from a name (``Bergvall``). Without
        ``borrowed`` only the article's language counts (a short name is often an English word).
        """
        self.load_data()
        near = self.frequent_variant(word)
        if near and self.zipf(near) >= min_zipf:
            return near
        near = self._slip_of_common(word, min_zipf=min_zipf)
        if near:
            return near
        tables = zip(self._freqs[1:], self.slip_neighbours(word)[1:]) if borrowed else ()
        for freq, hits in tables:  # borrowed languages (the article's own: above)
            ranked = sorted(
                (c for c in hits if freq[c] >= min_zipf), key=lambda c: (-freq[c] - slip_weight(word, c), c)
            )
            for c in ranked:
                if self._hunspell_knows(self.borrowed, c):
                    return c
        return None

    def in_dictionary(self, word: str) -> bool:
        """The lexicon or a Hunspell dictionary of the article's language knows the lower-case word."""
        self.load_data()
        return self._in_dictionary(word)

    def in_dictionaries(self, names: tuple[str, ...], word: str) -> bool:
        """One of the Hunspell dictionaries ``names`` knows ``word``; their headwords and word forms
        answer first, so a dictionary loads only when they cannot tell."""
        return self._hunspell_knows(names, word)

    def common(self, word: str) -> bool:
        """A common word of the article's language by the frequency list alone (no dictionary loaded)."""
        self.load_data()
        return self._common(word)

    def dictionary_word(self, word: str) -> bool:
        """A word of the article's language: common (the word lists; no dictionary loaded) or in a
        dictionary of the language (a frequent misspelling is not)."""
        self.load_data()
        return self._common(word) or self._in_dictionary(word)

    def known_as_written(self, word: str) -> bool:
        """The lexicon or a Hunspell dictionary of the setup (borrowed ones too) knows the word as it is."""
        return self.in_dictionary(word) or self.spelled_as_written(word)

    def spelled_as_written(self, text: str) -> bool:
        """A Hunspell dictionary of the setup knows the word with its capitals (a proper noun: Jakarta)."""
        names = self.dictionaries + self.borrowed
        if text[1:].islower() and self._listed(names, text.lower()):
            return True  # a listed lower-case word is known capitalised too (Hunspell: KEEPCASE aside)
        return self._hunspell_knows(names, text)

    def _slip_of_common(self, word: str, exact: bool = True, min_zipf: float = SLIP_ZIPF) -> str | None:
        """A dictionary word at least ``min_zipf`` common that one typing slip turns into ``word``.

        Not an affix alternation of it, nor one of its stems (``lewati`` is no slip of
        ``lewat``) unless a letter was struck twice (``mencarii``). For a floor (not ``exact``)
        a neighbour Hunspell cannot confirm yet counts: a floor may only be lower than the full
        verdict.
        """
        memo = self.__dict__.setdefault("_slip_memo", {})
        candidates = memo.get(word)
        if candidates is None:
            freq = self._freqs[0] if self._freqs else {}
            own = self.slip_neighbours(word)[0] if self._freqs else ()
            near = [c for c in own if freq[c] >= self.min_zipf and c not in self._variants]
            if near and self.language == "id":
                stems = analyses(word)
                near = [c for c in near if doubled(word, c) or not self._affixed(word, c, stems)]
            candidates = memo[word] = sorted(near, key=lambda c: (-freq[c] - slip_weight(word, c), c))
        settled = exact or len(self._hunspells(self.dictionaries, exact=False)) == len(self.dictionaries)
        for c in candidates:
            if self.zipf(c) >= min_zipf and (c in self._lexicon or self._in_dictionary(c, exact) or not settled):
                return c
        return None

    @staticmethod
    def _affixed(word: str, near: str, stems) -> bool:
        """``word`` is ``near`` with an affix (``lewati``), or the two alternate (``siarkan`` ~ ``siaran``);
        a shorter unknown ``word`` is no stem of ``near`` (``menter`` is a slip of ``menteri``)."""
        return near in stems or (len(word) >= len(near) and affix_pair(word, near))

    def _borrowed_compound(self, word: str, exact: bool = True) -> bool:
        """Two borrowed words written solid (``bootcamp``, ``workover``), each of 4+ letters.

        One of them must be a common word of a borrowed language (the frequency
        list), the other may be any word of its dictionary: the list look-ups
        come first and Hunspell is asked only about the partner of a common word.
        """
        if len(self._freqs) < 2 and not self.borrowed:
            return False
        for i in range(4, len(word) - 3):
            left, right = word[:i], word[i:]
            common_left, common_right = self._borrowed_common(left), self._borrowed_common(right)
            if (common_left and (common_right or self._borrowed_known(right, exact))) or (
                common_right and self._borrowed_known(left, exact)
            ):
                return True
        return False

    def borrowed_common(self, word: str) -> bool:
        """A common word (zipf ≥ ``min_zipf``) of a language the articles borrow from (English)."""
        self.load_data()
        return self._borrowed_common(word)

    def _borrowed_common(self, word: str) -> bool:
        return any(freq.get(word, 0.0) >= self.min_zipf for freq in self._freqs[1:])

    def _derived(self, word: str, exact: bool = True) -> bool:
        """Some stem the affix stripper finds is known: look-ups for all stems first, then Hunspell.

        A stem only a common word may vouch for (``ke-`` alone) is not looked up in Hunspell.
        """
        candidates = analyses(word)
        return any(self._stem_common(s) for s in candidates) or any(
            self._in_dictionary(s, exact) for s, common_only in candidates.items() if not common_only
        )

    def _stem_common(self, stem: str) -> bool:
        """A stem that is a common word of 4+ letters (no Hunspell needed)."""
        return len(stem) >= 4 and (
            self._common(stem) or any(f.get(stem, 0.0) >= self.rare_zipf for f in self._freqs[1:])
        )

    def _in_dictionary(self, word: str, exact: bool = True) -> bool:
        """The lexicon or a Hunspell dictionary of the language knows the word (memoised when final).

        A headword of the dictionary (:mod:`.headwords`) is known without loading it.
        """
        hit = self._dict_memo.get(word)
        if hit is None:
            hit = word in self._lexicon or self._hunspell_knows(self.dictionaries, word, exact)
            if hit or exact or all(d in dicts.LOADED or self._cannot_know(d, word) for d in self.dictionaries):
                self._dict_memo[word] = hit  # (a 'no' of some dictionaries only is not final)
        return hit

    @staticmethod
    def _listed(names: tuple[str, ...], word: str) -> bool:
        """A dictionary of ``names`` lists the lower-case ``word`` as a headword: Hunspell's own yes,
        found without loading the dictionary."""
        return word.islower() and any(h is not None and word in h for h in map(headwords, names))

    def _hunspell_knows(self, names: tuple[str, ...], word: str, exact: bool = True) -> bool:
        """A dictionary of ``names`` knows ``word`` (not ``exact``: only those loaded say yes).

        Its headwords answer yes and its word forms no (:mod:`.wordforms`) without loading it.
        """
        for name in names:
            loaded = dicts.LOADED.get(name)
            if loaded is None:  # the lists answer what they can; Hunspell, once loaded, answers faster
                if self._listed((name,), word):
                    return True
                if not exact or self._cannot_know(name, word):
                    continue
                loaded = dicts.load(name)
            if loaded.spell(word):
                return True
        return False

    @staticmethod
    def _cannot_know(name: str, word: str) -> bool:
        """No form of the dictionary ``name`` is ``word`` in any case: Hunspell's no, found without it
        (only for dictionaries with simple affix rules, such as en_US, and words of letters only)."""
        if not word.isalpha():
            return False  # a hyphen or an apostrophe: Hunspell may break the word and accept its parts
        forms = word_forms(name)
        return forms is not None and word.lower() not in forms

    def _strip_clitics(self, word: str) -> str:
        """The word without its trailing clitics, when at least three letters stay."""
        if self.language != "id":
            return ""
        for clitic in CLITICS:
            if word.endswith(clitic) and len(word) - len(clitic) >= 3:
                return word[: -len(clitic)]
        return ""

    def _part_known(self, part: str, exact: bool = True) -> bool:
        if len(part) < 2:
            return True
        status = self.status(part)[0] if exact else self.floor(part)
        return status != Status.UNKNOWN

    def _compound_known(self, word: str, exact: bool = True) -> bool:
        """``saudara-saudara``, ``mewanti-wanti``, ``kemerah-merahan``, ``pasca-bencana``."""
        parts = word.split("-")
        if all(self._part_known(p, exact) for p in parts):
            return True
        if len(parts) == 2:
            first, second = parts
            base = self._strip_clitics(second) or second
            # prefix + reduplicated base (me-wanti-wanti) or base + suffix (merah-merahan)
            for b in (second, base):
                prefixed = first.endswith(b) and (self.language != "id" or first == b or b in analyses(first))
                if len(b) >= 3 and (prefixed or b.startswith(first)) and self._part_known(b, exact):
                    return True  # (the prefix must suit the base: bepindah-pindah is a slip)
            if len(first) >= 3 and second.startswith(first) and self._part_known(first, exact):
                return True
        return False

    def _borrowed_known(self, word: str, exact: bool = True) -> bool:
        """A common word of a borrowed language, or one its Hunspell dictionary knows."""
        return self._borrowed_common(word) or self._hunspell_knows(self.borrowed, word, exact)

    # -- rare words the rules explain ------------------------------------------------------------------
    def explained(self, word: str) -> bool:
        """A rare word that is no slip: a loanword spelling, a suffix variant, a bound-form compound.

        Only asked about words about to be reported, so the respelling search
        (up to 200 dictionary look-ups and a few Hunspell calls) stays off the hot path.
        """
        memo = self.__dict__.setdefault("_explained", {})
        if word not in memo:
            self.load_data()
            memo[word] = self.language == "id" and "-" not in word and self._explain(word)
        return memo[word]

    def _explain(self, word: str) -> bool:
        from lintpress.spelling.loanwords import GLUED_PREFIXES, english_spellings, suffix_alternates

        if any(self._in_dictionary(x) or self.zipf(x) >= self.min_zipf for x in suffix_alternates(word)):
            return True  # teoritik ~ teoritis, patriarkis ← patriarki
        for prefix in GLUED_PREFIXES:  # superhub: an international prefix and a known word of 3+ letters
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) >= 3 and self.status(rest)[0] == Status.KNOWN:
                return True
        spellings = english_spellings(word)
        english = self._freqs[1:]
        if any(f.get(x, 0.0) >= self.min_zipf for f in english for x in spellings):
            return True  # eksisting ← existing, mandatori ← mandatory
        return any(self._hunspell_knows(self.borrowed, x) for x in spellings[:LOANWORD_HUNSPELL])

    # -- suggestions --------------------------------------------------------------------------------
    def _vocabulary_zipf(self, word: str) -> float:
        """Frequency of a candidate correction in the first word list that has it (0 in none); a lexicon
        word counts as at least zipf 4. (Asked of each list in turn: merging the lists into one table
        would cost ~7 ms of a one-article run.)"""
        self.load_data()
        zipf = 0.0
        for freq in self._freqs:
            if word in freq:
                zipf = freq[word]
                break
        return max(4.0, zipf) if word in self._lexicon else zipf

    def _in_vocabulary(self, candidates) -> set[str]:
        """The ``candidates`` (a set of strings) that some word list or the lexicon has (set operations in C)."""
        self.load_data()
        found = candidates & self._lexicon
        for freq in self._freqs:
            found |= candidates & freq.keys()
        return found

    def near_words(
        self, word: str, counts: dict[str, int] | None = None, enough: int | None = 0
    ) -> dict[str, float]:
        """Known words one edit away, and splits into two common words: candidate → score.

        *Strong* candidates are listed words (zipf ≥ ``min_zipf``, the lexicon),
        words of the article (``counts``) and splits into two common words: a
        typo is nearly always a slip on a common word, and the word lists are
        searched with one set intersection. *Weak* candidates are rare words
        only Hunspell knows, one deletion or swap away; they rank after the
        strong ones, so they are looked up (slowly: Hunspell takes up to 0.1 ms
        on a long affixed word) only while fewer than ``enough`` single-word
        candidates were found (``None``: always). What does not depend on the
        article is computed once per word and process.
        """
        listed, splits = self._near_listed(word)
        local: dict[str, float] = {}
        if counts:
            # words of this article one edit away, even rare ones (the article vouches for them)
            local = {
                cand: self._vocabulary_zipf(cand)
                for cand in edits1(word).intersection(counts)  # iterates the article's few words
                if counts[cand] and self.at_least(cand, Status.DERIVED)
            }
            splits = {**splits, **self._article_splits(word, counts)}
        weak: dict[str, float] = {}
        if enough is None or len(listed.keys() | local.keys()) < enough:
            weak = self._near_hunspell(word, listed)
        return {**listed, **weak, **local, **splits}

    def _article_splits(self, word: str, counts: dict[str, int]) -> dict[str, float]:
        """A common word glued to a word of four letters or more that this article writes on its own
        (``kepadadetikcom`` when the article also writes ``detikcom``)."""
        prefixes = PREFIX_FORMS if self.language == "id" else frozenset()
        out = {}
        for i in range(2, len(word) - 3):
            left, right = word[:i], word[i:]
            if not counts.get(right) or left in prefixes:
                continue
            short_word = len(left) < 4 and self.zipf(left) < 5.0  # har|kamtibmas: only di, ke, dan, yang …
            zipf = self._vocabulary_zipf(left)
            if zipf >= self.rare_zipf and not short_word:
                out[f"{left} {right}"] = zipf - 1.0
        return out

    def _near_listed(self, word: str) -> tuple[dict[str, float], dict[str, float]]:
        """Listed words one edit away and splits into two common words (memoised per word)."""
        memo = self.__dict__.setdefault("_near_memo", {})
        hit = memo.get(word)
        if hit is not None:
            return hit
        listed: dict[str, float] = {}
        # set intersections run in C: only the few edits that are words get looked at
        known = self.known_words()
        for cand in sorted(self._in_vocabulary(edits1(word))):
            zipf = self._vocabulary_zipf(cand)
            if zipf >= self.min_zipf and (cand in known or self.at_least(cand, Status.DERIVED)):
                listed[cand] = zipf
        memo[word] = listed, self._splits(word)
        return memo[word]

    def _splits(self, word: str) -> dict[str, float]:
        """Splits into two common words (``wargayang``; score: the rarer word's zipf − 1) or, when there
        is none, into three (``menjaditriggeruntuk``, − 2): what copying text whose italics were lost
        leaves. Each part has two letters or more and is a common word of some word list (a hyphenated
        part, ``benar-benar``, when each of its words is); the first is no bare prefix (``be janji``)."""
        prefixes = PREFIX_FORMS if self.language == "id" else frozenset()
        n = len(word)
        head = [0.0, 0.0] + [0.0 if word[:i] in prefixes else self._part_zipf(word[:i]) for i in range(2, n - 1)]
        tail = {j: self._part_zipf(word[j:]) for j in range(2, n - 1)}
        rare = self.rare_zipf
        splits = {
            f"{word[:i]} {word[i:]}": min(head[i], tail[i]) - 1.0
            for i in range(2, n - 1)
            if head[i] >= rare and tail[i] >= rare
        }
        if splits or n < 8:
            return splits
        # a part's frequency is looked up once: the first part of each length, the last from each place
        first = [i for i in range(2, n - 3) if head[i] >= rare and self._third_of_three(word[:i])]
        last = {j for j in range(4, n - 1) if tail[j] >= rare and self._third_of_three(word[j:])}
        if not first or not last or self._confixed_compound(word):
            return splits
        for i in first:
            for j in range(i + 2, n - 1):
                middle = word[i:j]
                if j in last and self._third_of_three(middle):
                    splits[f"{word[:i]} {middle} {word[j:]}"] = min(head[i], tail[j], self._part_zipf(middle)) - 2.0
        return splits

    def _confixed_compound(self, word: str) -> bool:
        """A compound written solid inside a prefix and a suffix (``disalahartikan``: di-salah arti-kan;
        ``dipertanggungjawabkan``), as EYD writes it: one word, though its stem is two words of the
        article's language."""
        if self.language != "id":
            return False
        own, rare = self._freqs[0] if self._freqs else {}, self.rare_zipf
        for prefix in CONFIX_PREFIXES:
            for suffix in CONFIX_SUFFIXES:
                if not (word.startswith(prefix) and word.endswith(suffix)):
                    continue
                stem = word[len(prefix) : -len(suffix)]
                for i in range(3, len(stem) - 2):
                    if own.get(stem[:i], 0.0) >= rare and own.get(stem[i:], 0.0) >= rare:
                        return True
        return False

    def _third_of_three(self, part: str) -> bool:
        """A part of a split into three: a word frequent enough in some word list that a rare derived
        or borrowed word (``skrining``, ``mutualistik``) does not fall into pieces the lists also hold
        (sk, tik, stik): common (four letters or more), very common (three), or a function word (two)."""
        if len(part) == 2:
            return self.zipf(part) >= FUNCTION_PART_ZIPF  # di, ke: the article's language only
        words = _hyphen_words(part)
        if not words:
            return False
        zipf = min(max((f.get(w, 0.0) for f in self._freqs), default=0.0) for w in words)
        if all(w in self._lexicon for w in words):
            zipf = max(zipf, 4.0)
        if len(part) >= LONG_PART:
            return zipf >= self.rare_zipf  # a long piece is seldom a fragment by chance
        return zipf >= (SHORT_PART_ZIPF if len(part) == 3 else PART_ZIPF)

    def _part_zipf(self, part: str) -> float:
        """The frequency of one part of a split: a word of the word lists, or a hyphenated word (the
        rarest of its words; ``benar-benar``), 0 when a part is missing."""
        if "-" not in part:
            return self._vocabulary_zipf(part)
        words = _hyphen_words(part)
        return 0.0 if not words else min(map(self._vocabulary_zipf, words))

    def _near_hunspell(self, word: str, listed: dict[str, float]) -> dict[str, float]:
        """Dictionary words one deletion or swap away that the word lists lack (memoised per word)."""
        memo = self.__dict__.setdefault("_near_hun_memo", {})
        hit = memo.get(word)
        if hit is not None:
            return hit
        out: dict[str, float] = {}
        for i in range(len(word)):
            for cand in (
                word[:i] + word[i + 1 :],
                word[:i] + word[i + 1 : i + 2] + word[i : i + 1] + word[i + 2 :],
            ):
                if cand != word and cand not in listed and len(cand) > 2 and self._in_dictionary(cand):
                    out[cand] = self.zipf(cand)
        memo[word] = out
        return out

    def suggest(
        self, word: str, counts: dict[str, int] | None = None, limit: int = 3, weak: bool = True
    ) -> list[str]:
        """Up to ``limit`` corrections: words of this article first, then single words, then the likeliest
        slip of a common word (frequency plus the slip's weight, :mod:`.slips`).

        With ``weak``, rare dictionary words fill the list when the strong candidates are too few.
        """
        counts = counts or {}
        near = self.near_words(word, counts, enough=limit if weak else 0)
        # likeliest slip of a common word first: frequency plus how often typists make that slip
        ranked = sorted(
            near, key=lambda c: (not counts.get(c, 0), " " in c, -near[c] - slip_weight(word, c), c)
        )
        return ranked[:limit]


def _hyphen_words(part: str) -> list[str]:
    """The words of a hyphenated part of a split that must be words (``impact-nya``: ``impact``; a
    clitic after a hyphen is no word of its own), or [] when a piece is one letter: a split never
    cuts a clitic off its hyphen (``impact-n|ya``)."""
    words = part.split("-")
    if len(words) > 1 and words[-1] in CLITICS:
        words = words[:-1]
    return words if min(map(len, words)) >= 2 else []


_SPELLERS: dict[tuple, Speller] = {}


def get_speller(
    language: str,
    dictionaries: tuple[str, ...],
    borrowed: tuple[str, ...],
    frequency: tuple[str, ...],
    lexicons: tuple[str, ...],
    min_zipf: float,
    rare_zipf: float,
) -> Speller:
    """The process-wide speller for this setup (rules sharing a setup share verdicts)."""
    key = (language, dictionaries, borrowed, frequency, lexicons, min_zipf, rare_zipf)
    if key not in _SPELLERS:
        _SPELLERS[key] = Speller(language, *key[1:])
    return _SPELLERS[key]
