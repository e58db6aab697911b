"""``acronyms``: an acronym expanded two ways, used before its expansion, or made useless.

The ``check`` parameter picks one of three checks, each its own rule:

- ``expansion``: ``Badan Pusat Statistik (BPS)`` … ``Biro Pusat Statistik (BPS)``
  → the later expansion is reported, the first is related.
- ``order``: ``BPS mencatat …`` in the body, and only later ``Badan Pusat
  Statistik (BPS)`` → the early use is reported (the headline may use it).
- ``repeat``: ``Direktorat Jenderal Pemasyarakatan (Ditjenpas)`` and then the
  full name again and again → reported once, where the repeats exceed
  ``max_repeats`` (a style note: the acronym was introduced to be used).

An expansion is ``Full Name (ACR)`` or ``ACR (Full Name)`` where the acronym's
letters appear in order in the name and start with its first letter; the name
is the shortest run of words before the bracket that does so. This finds
initialisms (``KPK``) and Indonesian syllable acronyms (``Ditjenpas``,
``Kemenkeu``) alike.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from lintpress.diagnostic import Related
from lintpress.kinds.base import Kind, Param
from lintpress.pattern_store import compile_regex

_ACR = r"(?:\p{Lu}[\p{L}\d&-]*\p{Lu}[\p{L}\d&-]*|\p{Lu}\p{Ll}{2,}[\p{Ll}]*)"
_ACR_AFTER = compile_regex(rf"\(\s*(?P<acr>{_ACR})\s*\)")
_ACR_BEFORE = compile_regex(rf"(?<![\w-])(?P<acr>{_ACR})\s*\(\s*(?P<full>[^()]{{5,120}}?)\s*\)")
_WORD = compile_regex(r"[\p{L}\d'’&-]+")
_CLAUSE = compile_regex(r"[.,;:!?\n–—\"“”()]")
_NON_ALNUM = compile_regex(r"[^\p{L}\d]")
# Walking back from a "(": the run of acronym characters and the spaces before the bracket.
_RUN_BEFORE = compile_regex(r"(?r)(?P<run>[\p{L}\d&-]+)\s*")
_TWO_CAPS = compile_regex(r"\p{Lu}.*\p{Lu}")
_CONNECT = {"dan", "of", "the", "and", "for", "untuk", "&", "di", "ke", "pada", "serta", "atas", "dari"}


class Expansion(NamedTuple):
    acronym: str
    full: str  # the full name as written
    start: int  # span of the whole "Full Name (ACR)"
    end: int
    full_start: int
    full_end: int


def _letters(words: list[str]) -> str:
    return "".join(w.lower() for w in words if w.lower() not in _CONNECT)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


@lru_cache(maxsize=4096)
def _acr_letters(acr: str) -> str:
    """The acronym's letters and digits, lower case."""
    return _NON_ALNUM.sub("", acr).lower()


def _fits(acr: str, words: list[str], strict: bool = True) -> bool:
    """The acronym's letters split into pieces, one per content word, each found in its word.

    ``KPK`` takes one initial per word; ``Ditjenpas`` takes syllables
    (Dit-jen-pas); ``Disdik`` takes a piece from inside a word (Pen-didik-an).
    The first piece starts the first word. ``strict`` wants every content word
    to lend a piece; a second expansion of a known acronym is read loosely,
    since it may be the wrong one.
    """
    a = _acr_letters(acr)
    if not words or not a or a[0] != words[0][0].lower():
        return False  # the cheapest test first: most runs of words start with another letter
    content = [w for w in words if w.lower() not in _CONNECT]
    if len(content) < 2 or words[0].lower() in _CONNECT:
        return False
    if not words[0][:1].isupper() and not acr.isupper():
        return False
    if acr.isupper() and len(content) > len(a) + 1:
        return False
    ws = [(w.lower(), w.lower() not in _CONNECT and strict) for w in words]

    return _split_fits(a, ws, 0, 0, {})


def _split_fits(a: str, ws: list[tuple[str, bool]], p: int, i: int, memo: dict) -> bool:
    """Whether ``a[p:]`` splits over the words ``ws[i:]`` (see :func:`_fits`), memoised in ``memo``
    (a plain function: a cached closure would leave a reference cycle per call for the collector)."""
    key = (p, i)
    if key in memo:
        return memo[key]
    if i == len(ws):
        memo[key] = result = p == len(a)
        return result
    result = False
    w, needed = ws[i]
    if not needed and _split_fits(a, ws, p, i + 1, memo):
        result = True
    else:
        # take a[p:q] (non-empty) as a subsequence of w; the first word from its initial
        pos = 0
        for q in range(p, len(a)):
            k = w.find(a[q], pos)
            if k < 0 or (i == 0 and q == p and k != 0):
                break
            pos = k + 1
            if _split_fits(a, ws, q + 1, i + 1, memo):
                result = True
                break
    memo[key] = result
    return result


def find_expansions(doc) -> list[Expansion]:
    cache = doc.__dict__.get("_lintpress_acronyms")
    if cache is not None:
        return cache
    prose = doc.prose
    out: list[Expansion] = []
    known: set[str] = set()
    for m in _ACR_AFTER.finditer(prose):
        acr = m.group("acr")
        # Words before the bracket in the same clause.
        head = prose[max(0, m.start() - 200) : m.start()]
        clause = _CLAUSE.split(head)[-1]
        base = m.start() - len(clause)
        words = list(_WORD.finditer(clause))
        texts = [w.group() for w in words]
        for strict in (True, False) if acr in known else (True,):
            found = False
            for i in range(len(words) - 1, -1, -1):
                ws = texts[i:]
                if len(ws) > 12:
                    break
                if _fits(acr, ws, strict) and (strict or ws[0][:1].isupper()):
                    fs, fe = base + words[i].start(), base + words[-1].end()
                    out.append(Expansion(acr, prose[fs:fe], fs, m.end(), fs, fe))
                    known.add(acr)
                    found = True
                    break
            if found:
                break
    for m in _acr_before(prose):
        acr, full = m.group("acr"), m.group("full")
        if not _TWO_CAPS.search(acr):
            continue  # "Budi (Ketua …)": a name, not an acronym
        ws = [w.group() for w in _WORD.finditer(full)]
        if _fits(acr, ws):
            out.append(Expansion(acr, full, m.start(), m.end(), m.start("full"), m.end("full")))
    out.sort(key=lambda e: e.start)
    doc.__dict__["_lintpress_acronyms"] = out
    return out


def _acr_before(prose: str):
    """``_ACR_BEFORE.finditer(prose)``, tried only where a match can start.

    A match is a run of acronym characters (letters, digits, ``&``, ``-``)
    followed by spaces and ``(``; it starts where the run starts or right after
    an ``&`` inside it (the only run character that is not a word character).
    Walking back from each bracket finds those few places instead of trying
    the pattern at every character.
    """
    last = 0
    k = prose.find("(")
    while k >= 0:
        run = _RUN_BEFORE.match(prose, last, k)
        if run is not None:
            r0, q = run.span("run")
            starts = [r0] + [j + 1 for j in range(r0, q - 1) if prose[j] == "&"]
            for p in starts:
                if p < last:
                    continue
                m = _ACR_BEFORE.match(prose, p)
                if m is not None:
                    yield m
                    last = m.end()
                    break
        k = prose.find("(", max(k + 1, last))


def _norm(full: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(full))


class Acronyms(Kind):
    NAME = "acronyms"
    PARAMS = {
        "check": Param("str", required=True, choices=("expansion", "order", "repeat"), doc="which check"),
        "max_repeats": Param("int", 1, doc="repeat: full-name uses after the acronym that are fine"),
        "min_repeats": Param("int", 3, doc="repeat: report only when the full name comes back this often"),
        "known_zipf": Param(
            "float", 3.0, doc="order: acronyms this frequent in the language need no expansion (BPS, KPK)"
        ),
    }

    def check(self, doc):
        expansions = find_expansions(doc)
        if not expansions:
            return
        first: dict[str, Expansion] = {}
        for e in expansions:
            first.setdefault(e.acronym, e)
        yield from getattr(self, "_" + self.params["check"])(doc, expansions, first)

    def _expansion(self, doc, expansions, first):
        for e in expansions:
            f = first[e.acronym]
            if e is f or _norm(e.full) == _norm(f.full):
                continue
            yield (
                self.diagnostic(
                    e.full_start,
                    e.full_end - e.full_start,
                    text=e.full,
                    acronym=e.acronym,
                    other=f.full,
                    suggestions=[f.full],
                    related=[Related(f.full_start, f.full_end - f.full_start, self.related_label("first-expansion"))],
                )
            )

    def _order(self, doc, expansions, first):
        body = _body_start(doc)
        lower = doc.prose.lower()
        for acr, e in first.items():
            if _zipf(acr, self.context.language) >= self.params["known_zipf"]:
                continue
            full = " ".join(e.full.lower().split())
            for tok in doc.word_index.get(acr.lower(), ()):  # its uses in order, not every word
                if tok.start >= e.start:
                    break
                if tok.text != acr or tok.start < body:
                    continue
                if lower.find(full, 0, tok.start) >= 0:
                    break  # the name was written out before, only without the bracket
                if e.full_start <= tok.start < e.end or _in_brackets(doc.prose, tok.start):
                    continue
                yield self.diagnostic(
                    tok.start,
                    tok.end - tok.start,
                    text=acr,
                    full=e.full,
                    related=[Related(e.full_start, e.end - e.full_start, self.related_label("expanded-here"))],
                )
                break

    def _repeat(self, doc, expansions, first):
        limit = self.params["max_repeats"]
        prose = doc.prose
        for acr, e in first.items():
            full = " ".join(e.full.split())
            if " " not in full:
                continue
            repeats = []
            for start in _find_all(prose, full, e.end):
                end = start + len(full)
                if _WORDCHAR.match(prose, end) or (start and _WORDCHAR.match(prose, start - 1)):
                    continue  # inside a longer word
                if prose[end : end + 40].lstrip().startswith("(") and acr in prose[end : end + 40]:
                    continue  # introduced again: "Full Name (ACR)"
                if doc.in_quote(start, len(full)) or _PART_OF_NAME.search(prose, max(0, start - 40), start):
                    continue
                repeats.append((start, end))
            if len(repeats) <= limit or len(repeats) < self.params["min_repeats"]:
                continue
            start, end = repeats[limit]
            yield self.diagnostic(
                start,
                end - start,
                text=prose[start:end],
                acronym=acr,
                count=len(repeats),
                suggestions=[acr],
                related=[Related(e.full_start, e.end - e.full_start, self.related_label("acronym-introduced"))]
                + [Related(s, t - s, self.related_label("full-name-again")) for s, t in repeats if s != start],
            )


_WORDCHAR = compile_regex(r"[\w-]")


def _find_all(text: str, needle: str, pos: int):
    """Start offsets of every occurrence of ``needle`` in ``text`` from ``pos``."""
    while (i := text.find(needle, pos)) >= 0:
        yield i
        pos = i + 1


# "Polres Bangka Barat", "Dinas Lingkungan Hidup": the full name inside a longer name.
_PART_OF_NAME = compile_regex(r"\p{Lu}[\p{L}-]*\s+$")


def _in_brackets(text: str, pos: int) -> bool:
    """Inside "( … )" on the same line: "(Satgas BLBI)" glosses a name, it is not a use."""
    left = text.rfind("(", max(0, pos - 60), pos)
    return left >= 0 and ")" not in text[left:pos] and ")" in text[pos : pos + 60]


def _zipf(word: str, language: str) -> float:
    """Word frequency (Zipf; 0 below 3) from the speller's shared tables: importing wordfreq
    itself would cost ~200 ms of start-up."""
    from lintpress.spelling.speller import load_frequencies

    return load_frequencies(language if language in ("id", "en") else "id").get(word.lower(), 0.0)


def _body_start(doc) -> int:
    """Offset where the article body starts: after a headline-like first block."""
    for b in doc.blocks:
        text = doc.prose[b.start : b.end].strip()
        if len(text.split()) >= 25 or text.endswith((".", "!", "?", "”", '"')):
            return b.start
    return 0
