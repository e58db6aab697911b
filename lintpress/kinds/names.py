"""``name-variant``, ``position`` and ``age``: one person or body written, titled or aged two ways.

``name-variant``: ``Mashudi`` three times and ``Mashudy`` once, ``Afifuddin`` /
``Affifuddin`` → the minority spelling is reported with the dominant one as
the suggestion, never a fix (two spellings may be two people). Capitalised
words only (lower-case typos belong to spelling). A pair
qualifies when the words are one edit apart (a transposition counts as one),
the dominant form is used at least twice as often, the rare form is not a
known word or name in its own right (word frequency), one is not the other
plus a suffix, and the dominant form is not always written after one first
name the rare form lacks (``Andi Saputra`` … ``Dewi Saputri`` are two people).

A name written once may be a variant too, when it stands where the article
refers back to a person it has introduced: ``Siti Rahmawati`` … later
``kata Seti`` or ``Seti mengatakan`` (after a speech verb, after ``Menurut``,
or as the subject opening a sentence). Then one edit (a letter substituted,
doubled, dropped or added, or two swapped) from a name written earlier is
enough, for names of four letters or more. The variant must be rare as a word
(or ten times rarer than the earlier name: ``Seti`` for ``Siti``), not be
introduced as somebody new (``kata Yanti, warga setempat``, ``Yanti (35)``),
and keep the earlier name's neighbours (``Seti Rahma`` only for ``Siti
Rahma``); two earlier names it could stand for make it ambiguous, and quiet.

``position``: ``Direktur Jenderal Pemasyarakatan, Mashudi`` … later
``Menteri Mashudi`` → one person with two positions. A person is known from
``Title …, Name`` or a speech verb (``kata Name``); a mention counts when a
title is followed by a capitalised run holding a token of exactly one known
person. Former, acting or next positions (``mantan``, ``kini``, ``former``)
are skipped, a title that extends the other (``Direktur`` /
``Direktur Utama``) is not a conflict, nor is one of the ``concurrent`` titles
people hold beside their office (``Presiden`` … ``Ketua Umum`` of a party).

``age``: ``Endang Lestari (41)`` … later ``Endang (42)`` (see :class:`Age`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from itertools import compress
from operator import itemgetter

import regex

from lintpress.diagnostic import Related
from lintpress.kinds.base import Kind, Param
from lintpress.pattern_store import compile_regex
from lintpress.quantities import find_all, trie_pattern


def one_edit_apart(a: str, b: str) -> bool:
    """True when one substitution, insertion, deletion or swap of neighbours turns ``a`` into ``b``
    (optimal-string-alignment distance 1), in linear time and without importing a library."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


@lru_cache(maxsize=8192)
def _known(word: str) -> float:
    """Highest word frequency (Zipf) of a word in Indonesian or English (0 below Zipf 3).

    Reads the speller's frequency tables (loaded once, shared) instead of importing
    ``wordfreq``, whose import alone costs ~200 ms of start-up.
    """
    from lintpress.spelling.speller import load_frequencies

    w = word.lower()
    return max(load_frequencies("id").get(w, 0.0), load_frequencies("en").get(w, 0.0))


def _capitalised(doc) -> list[int]:
    """Indices in ``doc.words`` of the tokens that start with a capital, computed once per document
    for the rules that look at names and titles only."""
    cache = doc.__dict__.get("_lintpress_capitalised")
    if cache is None:
        words = doc.words  # first characters tested in C: no Python loop over every token
        cache = list(
            compress(range(len(words)), map(str.isupper, map(itemgetter(0), map(itemgetter(0), words))))
        )
        doc.__dict__["_lintpress_capitalised"] = cache
    return cache


class NameVariant(Kind):
    NAME = "name-variant"
    PARAMS = {
        "min_length": Param("int", 4, doc="shortest word considered a name"),
        "max_known_zipf": Param("float", 3.0, doc="a rare form this frequent is a word of its own"),
        "min_ratio": Param("float", 2.0, doc="how many times more often the dominant form is used"),
        "prefix_pairs": Param(
            "list[str]",
            [],
            doc="'A/B': words that differ only by these prefixes are distinct (Kajari/Kejari)",
        ),
        "role_min_length": Param("int", 4, doc="shortest name checked when written once in a person's role"),
        "role_max_zipf": Param("float", 3.5, doc="a once-written form this frequent is always a name of its own"),
    }

    def check(self, doc):
        minlen = self.params["min_length"]
        prose = doc.prose
        occ: dict[str, list[int]] = defaultdict(list)
        prev: dict[str, list[str | None]] = defaultdict(list)
        words = doc.words
        titles: set[int] = set()
        for i in _capitalised(doc):  # ascending: a title token before i is already in ``titles``
            w, start, _ = words[i]
            if not (w[1:].islower() and w.isalpha()):
                continue
            titles.add(i)
            if len(w) < minlen:
                continue
            occ[w].append(start)
            # the previous token, when it is a Title-case word right before, one space apart
            if i - 1 in titles:
                last = words[i - 1]
                prev[w].append(last[0] if last[2] + 1 == start and prose[last[2]] == " " else None)
            else:
                prev[w].append(None)
        counts = Counter({w: len(v) for w, v in occ.items()})
        forms = sorted(counts, key=lambda w: (-counts[w], w))
        by_initial: dict[str, list[str]] = defaultdict(list)
        for w in forms:
            by_initial[w[0]].append(w)
        ratio = self.params["min_ratio"]
        reported: dict[str, str] = {}  # variant → the dominant form it was reported against
        for group in by_initial.values():
            top = counts[group[0]]
            for minor in group:
                need = max(2, ratio * counts[minor])
                if top < need:
                    continue  # no form of this letter is used often enough to dominate it
                # the dominant candidates, in order; a length apart by more than one is no variant
                n = len(minor)
                majors = []
                for w in group:
                    if counts[w] < need:
                        break  # sorted by count: no dominant form is left
                    if -1 <= len(w) - n <= 1:
                        majors.append(w)
                if not majors or self.context.accepted(minor):
                    continue
                for major in majors:
                    if not self._variant(minor, major, prev):
                        continue
                    first = occ[major][0]
                    reported[minor] = major
                    for off in occ[minor]:
                        yield self.diagnostic(
                            off,
                            len(minor),
                            text=minor,
                            suggestions=[major],
                            count=counts[major],
                            related=[Related(first, len(major), f"'{major}' ({counts[major]}×)")],
                        )
                    break

        yield from self._once_in_role(doc, reported)

    def _once_in_role(self, doc, reported: dict[str, str]):
        """Names written once where the article refers back to a person (``kata Seti``) that are
        one edit from a name written earlier (``Siti``)."""
        words = doc.words
        prose = doc.prose
        minlen = self.params["role_min_length"]
        first: dict[str, int] = {}  # form → index in ``words`` of its first use
        count: Counter = Counter()
        for i in _capitalised(doc):
            w = words[i][0]
            if len(w) >= minlen and w.isalpha() and w[1:].islower():
                count[w] += 1
                first.setdefault(w, i)
        by_initial: dict[str, list[str]] = defaultdict(list)
        for w in first:
            by_initial[w[0]].append(w)
        for v, i in first.items():
            if count[v] != 1 or v in reported or self.context.accepted(v):
                continue
            zipf_v = _known(v)
            if zipf_v >= self.params["role_max_zipf"]:
                continue
            names = [
                n
                for n in by_initial[v[0]]
                if first[n] < i and one_edit_apart(v, n) and not self._prefix_pair(v, n)
            ]
            if len(names) != 1:
                continue  # no earlier name, or two it could stand for
            name = names[0]
            if zipf_v >= self.params["max_known_zipf"] and _known(name) - zipf_v < 1.0:
                continue  # a common name of its own, not much rarer than the other ("Rini" / "Rina")
            if not _same_neighbours(doc, i, name):
                continue
            if not (_refers_back(doc, i) or any(n and _known(n) < _RARE_NEIGHBOUR for n in _neighbours(doc, i))):
                continue  # neither in a person's role nor beside a rare word of the same name
            start = words[i][1]
            name = reported.get(name, name)  # "Affifudin" for "Affifuddin", itself a slip of "Afifuddin"
            j = first[name]
            yield self.diagnostic(
                start,
                len(v),
                text=prose[start : start + len(v)],
                suggestions=[name],
                count=count[name],
                related=[Related(words[j][1], len(name), f"'{name}' ({count[name]}×)")],
            )

    def _prefix_pair(self, a: str, b: str) -> bool:
        """``a`` and ``b`` differ only by one of the ``prefix_pairs`` (``Kajari`` / ``Kejari``)."""
        for pair in self.params["prefix_pairs"]:
            p, _, q = pair.partition("/")
            for x, y in ((a, b), (b, a)):
                if x.startswith(p) and y.startswith(q) and x[len(p) :] == y[len(q) :]:
                    return True
        return False

    def _variant(self, minor: str, major: str, prev: dict[str, list[str | None]]) -> bool:
        if abs(len(minor) - len(major)) > 1 or minor.lower() == major.lower():
            return False
        if minor.startswith(major) or major.startswith(minor):
            return False  # suffix: "Indonesia" / "Indonesian"
        if not one_edit_apart(minor, major):
            return False
        if _known(minor) >= self.params["max_known_zipf"]:
            return False
        if self._prefix_pair(minor, major):
            return False
        # "Andi Saputra" every time and "Dewi Saputri" once: two people, not a typo.
        firsts = set(prev.get(major, []))
        if len(firsts) == 1 and None not in firsts:
            return all(p is None or p in firsts for p in prev.get(minor, []))
        return True


_ROLE_BEFORE = frozenset(
    ("kata", "ujar", "ungkap", "jelas", "tutur", "tambah", "ucap", "terang", "sebut", "tegas", "imbuh",
     "papar", "tulis", "said", "says", "told", "wrote")
)  # fmt: skip
# A lower-case verb after a sentence-opening name makes the name the subject: "Seti mengatakan".
_SUBJECT_VERB = compile_regex(r"(?:me|mem|men|meng|meny|ber|ter|di)\p{Ll}{3,}|juga|pun|says|said|told|added")
_NEW_PERSON_AFTER = compile_regex(r"\s*(?:\(|,\s*\p{Ll})")


def _refers_back(doc, i: int) -> bool:
    """``words[i]`` stands where a person already introduced is referred to: after a speech verb
    or ``Menurut`` (``kata Seti``), or opening a sentence before a verb (``Seti mengatakan``); not
    where somebody new is introduced (``kata Seti, warga setempat``, ``Seti (35)``)."""
    words = doc.words
    prose = doc.prose
    w, start, end = words[i]
    nxt = i + 1
    while nxt < len(words) and words[nxt][0][:1].isupper() and not prose[words[nxt - 1][2] : words[nxt][1]].strip():
        end = words[nxt][2]  # the rest of a capitalised run ("Seti Rahma")
        nxt += 1
    before = words[i - 1] if i else None
    if before and not prose[before[2] : start].strip() and before[0].lower() == "menurut":
        return prose[end : end + 1] == ","  # "Menurut Seti, …": the comma belongs to the phrase
    if _NEW_PERSON_AFTER.match(prose, end):
        return False
    if before and before[0].lower() in _ROLE_BEFORE and not prose[before[2] : start].strip():
        return True
    if prose[:start].rstrip()[-1:] not in ("", ".", "!", "?", "\n", '"', "”"):
        return False  # not at a sentence start
    return nxt < len(words) and bool(_SUBJECT_VERB.fullmatch(words[nxt][0]))


# A neighbour this rare as a word is part of a name: "Praba Indopersasa" beside "Praba Indopersada"
# is the same company, "Kota Bogar" beside "Kota Bogor" says nothing by "Kota" alone.
_RARE_NEIGHBOUR = 4.5


def _neighbours(doc, k: int) -> tuple[str | None, str | None]:
    """The capitalised words right before and after ``words[k]``, one space apart (None if not)."""
    words = doc.words
    prose = doc.prose
    out = []
    for j, (a, b) in ((k - 1, (k - 1, k)), (k + 1, (k, k + 1))):
        ok = 0 <= j < len(words) and words[j][0][:1].isupper() and words[j][0].lower() != "menurut"
        out.append(words[j][0] if ok and prose[words[a][2] : words[b][1]] == " " else None)
    return out[0], out[1]


def _same_neighbours(doc, i: int, name: str) -> bool:
    """A variant written next to other capitalised words (``Seti Rahma``) stands for ``name`` only
    when ``name`` was written next to the same ones somewhere (``Siti Rahma``): ``Dewi Saputri`` is
    not ``Andi Saputra``."""
    words = doc.words
    prev, nxt = _neighbours(doc, i)
    if prev is None and nxt is None:
        return True
    uses = [k for k in _capitalised(doc) if words[k][0] == name]
    for k in uses:
        p, n = _neighbours(doc, k)
        if (prev is None or p == prev) and (nxt is None or n == nxt):
            return True
    return False


# -- positions ---------------------------------------------------------------------------------

_TITLE_SYNONYMS = {"dirjen": "direktur jenderal", "sekjen": "sekretaris jenderal", "jubir": "juru bicara",
                   "walikota": "wali kota", "dirut": "direktur utama", "wagub": "wakil gubernur",
                   "wabup": "wakil bupati", "wapres": "wakil presiden", "menko": "menteri koordinator"}  # fmt: skip
_SPEECH = compile_regex(
    r"\b(?:kata|ujar|ungkap|jelas|tutur|tambah|ucap|terang|sebut|tegas|imbuh|papar|said|says|told)\s+"
    r"(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})"
)
_SPEECH_VERBS = ("kata", "ujar", "ungkap", "jelas", "tutur", "tambah", "ucap", "terang", "sebut", "tegas",
                 "imbuh", "papar", "said", "says", "told")  # fmt: skip


def _speech(prose: str):
    """``_SPEECH.finditer(prose)``, tried only where a speech verb is written."""
    last = 0
    for p in find_all(prose, _SPEECH_VERBS):
        if p >= last and (m := _SPEECH.match(prose, p)):
            yield m
            last = m.end()


_PAST = compile_regex(
    r"\b(?:mantan|eks|bekas|kini|sekarang|sebelumnya|pernah|calon|purnawirawan|almarhum|sempat|"
    r"former|ex|then|now|later|once|acting|plt|pj|plh|and|dan|serta|sekaligus|merangkap)\W*$",
    regex.IGNORECASE,
)


class Position(Kind):
    NAME = "position"
    PARAMS = {
        "titles": Param("list[str]", required=True, doc="position titles (government, police, company)"),
        "concurrent": Param(
            "list[str]",
            [],
            doc="titles often held beside another (party chair, spokesperson): never a conflict",
        ),
        "honorifics": Param(
            "list[str]", [], doc="ranks and honorifics written between a title and a name (Irjen, Dr)"
        ),
        "bodies": Param(
            "list[str]", [], doc="words that open the name of a body, not of a person (Kementerian, Dinas)"
        ),
    }

    def setup(self) -> None:
        self.concurrent = {self._base(t) for t in self.params["concurrent"]}
        self.honorifics = {h.lower().rstrip(".") for h in self.params["honorifics"]}
        self.bodies = {b.lower() for b in self.params["bodies"]}
        self.first_words = {t.split()[0].lower() for t in self.params["titles"] + self.params["concurrent"]}
        self.first_words |= set(_TITLE_SYNONYMS)
        titles = sorted(
            {t.lower() for t in self.params["titles"] + self.params["concurrent"]} | set(_TITLE_SYNONYMS),
            key=len,
            reverse=True,
        )
        alt = trie_pattern(titles).replace(r"\ ", r"\s+")
        self.title_re = compile_regex(rf"(?<![\w-])(?i:{alt})(?![\w-])")
        cap = r"(?:\p{Lu}[\p{L}'’.-]*|dan|of|the|for|&)"
        # "Title [of the Body], Name Name": the name after the comma.
        self.comma_tail = compile_regex(
            rf"(?:\s+{cap}){{0,6}}\s*,\s*(\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+){{0,3}})"
        )
        self.run_re = compile_regex(r"((?:\s*,?\s*(?:\p{Lu}[\p{L}'’.-]*|of|the|for|dan)(?![\w-])){1,8})")

    def _person_in(self, run: str, ident: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
        """The known person a capitalised run after a title names, if any.

        A token of a known name counts only where the run's name could be that person's: every
        word after it up to a comma belongs to the same name ("Keuangan" in "Menteri Keuangan Sri
        Mulyani" is not a person called Keuangan), and a surname is not preceded by another first
        name ("Bupati Bandung Dadang Setiawan" is not Rudi Setiawan); ranks and honorifics between
        title and name are skipped ("Kapolda Irjen Rudi")."""
        for segment in run.split(","):
            toks = [t.strip(".") for t in segment.split()]
            for k, tok in enumerate(toks):
                if self.title_re.fullmatch(tok):
                    return None  # another title starts: "Menteri … Wakil Menteri X"
                person = ident.get(tok)
                if person is None:
                    continue
                if not all(t in person for t in toks[k + 1 :]):
                    continue
                prev = toks[k - 1] if k else None
                if tok != person[0] and prev and prev not in person and prev.lower() not in self.honorifics:
                    return None  # another first name before the surname: another person
                return person
        return None

    _PLACE = compile_regex(r"\b(?:di|ke|in|to)\s+(\p{Lu}\p{Ll}+)")

    def _places(self, prose: str) -> set[str]:
        """Capitalised words the article writes as places (``di Jepang``, ``ke Korea``)."""
        return {m.group(1) for m in self._PLACE.finditer(prose)}

    def _base(self, title: str) -> str:
        t = " ".join(title.lower().split())
        return _TITLE_SYNONYMS.get(t, t)

    def check(self, doc):
        prose = doc.prose
        persons: list[tuple[str, ...]] = []
        titles = []
        words = doc.words
        first_words = self.first_words
        for i in _capitalised(doc):  # a title starts with a capitalised title word: try only there
            tok = words[i]
            if tok[0].lower() in first_words:
                m = self.title_re.match(prose, tok[1])
                if m:
                    titles.append(m)
        for m in titles:
            tail = self.comma_tail.match(prose, m.end())
            if tail:
                persons.append(tuple(tail.group(1).split()))
        for m in _speech(prose):
            persons.append(tuple(m.group(1).split()))
        # "…, Kepala Dinas …" after a comma is the next title, not a name; "…, Kementerian
        # Keuangan" is a body; a word the article writes as a place ("di Jepang") is no one's name.
        places = self._places(prose)
        persons = [
            p
            for p in persons
            if not any(self.title_re.fullmatch(t) or t in places for t in p) and p[0].lower() not in self.bodies
        ]
        owner: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for p in persons:
            for tok in p:
                if len(tok) >= 3:
                    owner[tok].add(p)
        # A token names one person when every full name holding it is a part of the longest one.
        ident: dict[str, tuple[str, ...]] = {}
        for tok, ps in owner.items():
            longest = max(ps, key=len)
            if all(set(p) <= set(longest) for p in ps):
                ident[tok] = longest
        seen: dict[tuple[str, ...], tuple[str, int, int]] = {}
        pos = 0
        for m in titles:
            if m.start() < pos:
                continue
            # "Presiden Direktur", "Wakil Ketua Umum": adjacent titles make one title.
            t_end = m.end()
            while (nxt := self.title_re.match(prose, t_end + 1)) and prose[t_end] == " ":
                t_end = nxt.end()
            pos = t_end
            if not m.group()[0].isupper():
                continue
            if _PAST.search(prose[max(0, m.start() - 25) : m.start()]):
                continue
            title = prose[m.start() : t_end]
            run = self.run_re.match(prose, t_end)
            if not run:
                continue
            person = self._person_in(run.group(1), ident)
            if person is None:
                continue
            base = self._base(title)
            if person not in seen:
                seen[person] = (base, m.start(), t_end)
                continue
            other, os_, oe = seen[person]
            if base == other or base.startswith(other + " ") or other.startswith(base + " "):
                continue
            if base in self.concurrent or other in self.concurrent:
                continue  # "Presiden Prabowo" … "Ketua Umum Gerindra Prabowo": both true
            yield self.diagnostic(
                m.start(),
                t_end - m.start(),
                text=doc.text[m.start() : t_end],
                person=" ".join(person),
                other=doc.text[os_:oe],
                related=[Related(os_, oe - os_, self.related_label("same-position"))],
            )


# -- ages --------------------------------------------------------------------------------------

_AGE = compile_regex(
    r"(?<![\w-])(?P<name>(?:\p{Lu}\p{Ll}+\s){0,3}\p{Lu}\p{Ll}+)\s\(\s*(?P<age>\d{1,3})(?:\s*tahun)?\s*\)"
)

# Walking back from a "(": the (up to four) capitalised words right before it, one space apart.
_NAME_BEFORE = compile_regex(r"(?r)(?:\p{Lu}\p{Ll}+\s){1,4}")


def _ages(prose: str):
    """``_AGE.finditer(prose)``, tried only at the starts of the capitalised words before each
    bracket (every match is such a name, one space, ``(``) instead of at every character."""
    last = 0
    k = prose.find("(")
    while k >= 0:
        words = _NAME_BEFORE.match(prose, last, k)
        if words is not None:
            lo = words.start()
            for p in [lo] + [i + 1 for i in range(lo, k - 1) if prose[i].isspace()]:
                if p >= last and (m := _AGE.match(prose, p)):
                    yield m
                    last = m.end()
                    break
        k = prose.find("(", max(k + 1, last))


class Age(Kind):
    """``age``: one person given two ages, ``Endang Lestari (41)`` … later ``Endang (42)``.

    News writes a person's age in brackets after the name. The later age is
    reported when a name token of it belongs to exactly one earlier person
    (every earlier name holding the token is part of the same full name).
    """

    NAME = "age"
    PARAMS = {}

    def check(self, doc):
        seen: list[tuple[tuple[str, ...], int, int, int]] = []  # name, age, age start, age end
        for m in _ages(doc.prose):
            name = tuple(t for t in m.group("name").split() if len(t) >= 3)
            age = int(m.group("age"))
            for tok in name:
                owners = {p for p in seen if tok in p[0]}
                full = {p[0] for p in owners}
                if not owners or not all(set(f) <= set(max(full, key=len)) for f in full):
                    continue
                other = next((p for p in owners if p[1] != age), None)
                if other is None:
                    continue
                yield self.diagnostic(
                    m.start("age"),
                    m.end("age") - m.start("age"),
                    text=m.group("age"),
                    person=" ".join(name),
                    other=str(other[1]),
                    suggestions=[str(other[1])],
                    related=[Related(other[2], other[3] - other[2], self.related_label("same-age"))],
                )
                break
            seen.append((name, age, m.start("age"), m.end("age")))
