"""Finding repeated text in one document (or several) by hashing, not by comparing all pairs.

The analysis works on a normalised word stream: words and numbers, case-folded,
punctuation dropped, boilerplate (datelines, "Baca juga:", bylines, photo
credits) masked out. On that stream it finds, in order of precedence:

1. duplicated paragraphs (every sentence repeated from one earlier paragraph),
2. exact duplicate sentences (same normalised word sequence),
3. near-duplicate sentences (high word-multiset overlap with one earlier sentence),
4. repeated passages (a run of at least ``passage_words`` words seen earlier),

and each slip is reported once: a passage inside a sentence that is already a
sentence finding is not reported again. Sentence keys and word n-grams go into
hash maps, so the cost grows linearly with the length of the document; near
duplicates compare a sentence only with earlier sentences that share several
of its content words (found through an inverted index with capped postings).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from functools import cache
from itertools import accumulate, chain, compress, repeat
from operator import itemgetter, ne
from typing import NamedTuple

import regex

from lintpress.pattern_store import PATTERN_TIMEOUT, compile_regex

_SENTINEL_BASE = "\x00"  # masked tokens get unique keys that never match


class Settings(NamedTuple):
    """Thresholds of the analysis; rules sharing the same settings share one analysis per document."""

    min_sentence_words: int = 5
    min_near_words: int = 8
    near_threshold: float = 0.8
    passage_words: int = 8
    passage_content_words: int = 5
    min_content_words: int = 2
    function_words: frozenset[str] = frozenset()
    boilerplate: tuple[str, ...] = ()


class Match(NamedTuple):
    """A later copy of earlier text: what kind of repeat, where, and how similar."""

    kind: str  # paragraph | sentence | near-sentence | passage
    start: int
    end: int
    earlier_start: int
    earlier_end: int
    score: float = 1.0
    exact: bool = True  # the whole unit is repeated word for word (safe to delete)
    delete: tuple[int, int] | None = None  # span that deleting the later copy removes
    quoted: bool = False  # the later copy is mostly a direct quotation


class Analysis(NamedTuple):
    """The normalised view of one document that every duplication rule reads."""

    doc: object
    keys: list[str]  # normalised token keys (masked tokens get unique sentinels)
    starts: list[int]
    ends: list[int]
    lower: list[bool]  # token written in lower case (content words in running text are)
    sentences: list[tuple[int, int]]  # token index ranges [a, b) per sentence
    sentence_block: list[int]
    content: list[bool]  # is_content() of each token, computed once
    masked: list[int]  # indices of boilerplate tokens, ascending
    content_sum: list[int]  # prefix sums of ``content`` (counts in O(1))
    matches: tuple[Match, ...] = ()  # set by analyse(), in document order


def normalise(word: str) -> str:
    """Case-fold and unify apostrophes so 'Jum’at' and "jum'at" compare equal."""
    return word.casefold().replace("’", "'").replace("‘", "'")


def masked_spans(prose: str, patterns: list) -> list[tuple[int, int]]:
    """Spans of boilerplate (datelines, bylines, credits) that must not count as text."""
    spans = [(m.start(), m.end()) for p in patterns for m in p.finditer(prose, timeout=PATTERN_TIMEOUT)]
    spans.sort()
    return spans


_COMPILED: dict[tuple[str, ...], list] = {}


def _patterns(boilerplate: tuple[str, ...]) -> list:
    if boilerplate not in _COMPILED:
        compiled = []
        for text in boilerplate:
            compiled.append(compile_regex(text, regex.MULTILINE | regex.VERSION1))
        _COMPILED[boilerplate] = compiled
    return _COMPILED[boilerplate]


class _WordInfo(dict):
    """Written form → (key, written in lower case, content word), computed once per process.

    The three per-token facts depend only on the form and the function words, so
    ``build`` makes them with one C-level ``map`` over the tokens instead of three
    Python expressions per token.
    """

    def __init__(self, function_words: frozenset[str]):
        super().__init__()
        self.function_words = function_words

    def __missing__(self, text: str) -> tuple[str, bool, bool]:
        if len(self) > _WORD_INFO_LIMIT:
            self.clear()  # a long-running process with an open vocabulary: start again
        key = text.casefold()
        if "’" in key or "‘" in key:
            key = normalise(key)
        low = text[0].islower()
        info = self[text] = (
            key,
            low,
            low and len(key) >= 3 and key[0].isalpha() and key not in self.function_words,
        )
        return info


_WORD_INFO: dict[frozenset[str], _WordInfo] = {}
_WORD_INFO_LIMIT = 200_000


def build(doc, settings: Settings) -> Analysis:
    """Tokens and sentences of ``doc`` with boilerplate masked out."""
    spans = masked_spans(doc.prose, _patterns(settings.boilerplate))
    words = doc.words
    starts = list(map(itemgetter(1), words))
    ends = list(map(itemgetter(2), words))
    fw = settings.function_words
    info = _WORD_INFO.get(fw)
    if info is None:
        info = _WORD_INFO[fw] = _WordInfo(fw)
    rows = list(map(info.__getitem__, map(itemgetter(0), words)))
    keys = list(map(itemgetter(0), rows))
    lower = list(map(itemgetter(1), rows))
    content = list(map(itemgetter(2), rows))
    masked: list[int] = []
    for a, b in spans:  # boilerplate tokens get unique sentinels so they never match
        for n in range(bisect.bisect_right(ends, a), bisect.bisect_left(starts, b)):
            keys[n] = f"{_SENTINEL_BASE}{n}"
            content[n] = False
            masked.append(n)
    masked = sorted(set(masked))
    sentences: list[tuple[int, int]] = []
    blocks: list[int] = []
    t = 0
    for s in doc.sentences:  # tokens are in order, so both offset lists are sorted: bisect
        a = bisect.bisect_left(starts, s.start, t)
        t = bisect.bisect_right(ends, s.end, a)
        sentences.append((a, t))
        blocks.append(s.block)
    content_sum = [0, *accumulate(content)]
    return Analysis(
        doc,
        keys,
        starts,
        ends,
        lower,
        sentences,
        blocks,
        content=content,
        masked=masked,
        content_sum=content_sum,
    )


def _real(keys: list[str]) -> list[str]:
    return [k for k in keys if not k.startswith(_SENTINEL_BASE)]


def _real_key(an: Analysis, a: int, b: int) -> tuple[str, ...]:
    """The keys of tokens [a, b) without boilerplate sentinels (a plain slice when none is inside)."""
    masked = an.masked
    if masked:
        m = bisect.bisect_left(masked, a)
        if m < len(masked) and masked[m] < b:
            return tuple(_real(an.keys[a:b]))
    return tuple(an.keys[a:b])


def is_content(key: str, lower: bool, function_words: frozenset[str]) -> bool:
    """A lower-case word of three letters or more that is not a function word."""
    return lower and len(key) >= 3 and key[0].isalpha() and key not in function_words


def dice(a: Counter, b: Counter) -> float:
    """Word-multiset overlap 2|A∩B| / (|A|+|B|): insensitive to word order, tolerant of a few edits."""
    if len(a) > len(b):
        a, b = b, a
    inter = sum(min(n, b[w]) for w, n in a.items() if w in b)  # |A∩B| without building A & B
    return 2 * inter / (sum(a.values()) + sum(b.values()) or 1)


# -- within one document ----------------------------------------------------------------------------


def analyse(doc, settings: Settings) -> Analysis:
    """All duplication matches of ``doc`` (cached per document and settings)."""
    # kept on the document, so it goes when the document goes (a weak-keyed cache would keep
    # every document alive: the analysis refers to its document)
    per_doc = doc.__dict__.setdefault("_lintpress_duplication", {})
    if settings not in per_doc:
        an = build(doc, settings)
        pairs = _sentence_pairs(an, settings)
        matches, claimed = _paragraph_runs(an, settings, pairs)
        for i, (j, score) in sorted(pairs.items()):
            if i in claimed:
                continue
            s, e = doc.sentences[i].start, doc.sentences[i].end
            es, ee = doc.sentences[j].start, doc.sentences[j].end
            if score == 1.0:
                matches.append(Match("sentence", s, e, es, ee, 1.0, True, _delete_span(doc, s, e)))
            else:
                matches.append(Match("near-sentence", s, e, es, ee, score, False))
            claimed.add(i)
        matches += _passages(an, settings, claimed)
        matches = sorted((_mark_quoted(an, m) for m in matches), key=lambda m: (m.start, m.end))
        per_doc[settings] = an._replace(matches=tuple(matches))
    return per_doc[settings]


def _mark_quoted(an: Analysis, m: Match) -> Match:
    a = bisect.bisect_left(an.starts, m.start)
    b = bisect.bisect_left(an.starts, m.end)
    return m._replace(quoted=_quoted(an, a, b))


def _sentence_keys(an: Analysis) -> list[tuple[str, ...]]:
    return [_real_key(an, a, b) for a, b in an.sentences]


def _content_count(an: Analysis, a: int, b: int, fw: frozenset[str]) -> int:
    return an.content_sum[b] - an.content_sum[a]


def _eligible(an: Analysis, i: int, key: tuple[str, ...], st: Settings) -> bool:
    """Long enough, and not made only of names, numbers and citations ("Pasal 55 Ayat (1) KUHP")."""
    return (
        len(key) >= st.min_sentence_words
        and _content_count(an, *an.sentences[i], st.function_words) >= st.min_content_words
    )


def _quoted(an: Analysis, a: int, b: int) -> bool:
    """Is most of tokens [a, b) inside direct quotations?"""
    if b <= a:
        return False
    quotes = an.doc.quotes
    if not quotes:
        return False
    # the same test as ``doc.in_quote`` per token, walking the sorted quotations once
    starts, ends = an.starts, an.ends
    q = bisect.bisect_right(quotes, (starts[a], float("inf"))) - 1
    last = len(quotes) - 1
    inside = 0
    for t in range(a, b):
        s = starts[t]
        while q < last and quotes[q + 1][0] <= s:
            q += 1
        if q >= 0 and quotes[q][0] <= s and ends[t] <= quotes[q][1]:
            inside += 1
    return 2 * inside > b - a


def _sentence_pairs(an: Analysis, st: Settings) -> dict[int, tuple[int, float]]:
    """{later sentence: (earlier sentence, similarity)}: exact copies (1.0), then near copies."""
    skeys = _sentence_keys(an)
    eligible = [_eligible(an, i, key, st) for i, key in enumerate(skeys)]
    pairs: dict[int, tuple[int, float]] = {}
    first: dict[tuple[str, ...], int] = {}
    for i, key in enumerate(skeys):
        if not eligible[i]:
            continue
        if key in first:
            pairs[i] = (first[key], 1.0)
        else:
            first[key] = i
    pairs.update(_near(an, st, skeys, set(pairs), eligible))
    return pairs


def _near(
    an: Analysis, st: Settings, skeys: list[tuple[str, ...]], exact: set[int], eligible: list[bool]
) -> dict[int, tuple[int, float]]:
    """Sentences that mostly repeat one earlier sentence with a few words changed, added or moved.

    Candidates are the earlier sentences sharing at least half of this sentence's
    content words (inverted index); the score is the Dice overlap of the two
    word multisets. A pair is not a near copy when its numbers differ (two
    statements of different figures) or when one is a quotation and the other
    narration (the report paraphrasing what the speaker says).

    Speed: word bags are built only for sentences that get compared, and a
    candidate whose length alone caps the Dice score below the threshold is not
    compared (2·min(|A|, |B|) / (|A| + |B|) bounds the overlap).
    """
    postings: defaultdict[str, list[int]] = defaultdict(list)
    bags: dict[int, Counter] = {}
    out: dict[int, tuple[int, float]] = {}
    keys, flags, sentences = an.keys, an.content, an.sentences
    threshold = st.near_threshold
    for i, key in enumerate(skeys):
        if len(key) < st.min_near_words or not eligible[i]:
            continue
        a, b = sentences[i]
        content = set(compress(keys[a:b], flags[a:b]))
        need = max(2, (len(content) + 1) // 2)
        if i not in exact:
            lists = list(filter(None, map(postings.get, content)))
            # a candidate gets one vote per shared content word: too few shared words, no candidate
            votes = (
                Counter(chain.from_iterable(p[:_MAX_POSTINGS] for p in lists)) if len(lists) >= need else {}
            )
            best, best_j = 0.0, -1
            la = len(key)
            bag = None
            for j, v in votes.items():
                if v >= need:
                    lb = len(skeys[j])
                    if 2 * min(la, lb) / (la + lb) < threshold:
                        continue  # cannot reach the threshold, so cannot be the best match that counts
                    if bag is None:
                        bag = _bag(bags, i, key)
                    score = dice(bag, _bag(bags, j, skeys[j]))
                    if score > best:
                        best, best_j = score, j
            if (
                best >= threshold
                and _same_numbers(bag, bags[best_j])
                and _quoted(an, a, b) == _quoted(an, *sentences[best_j])
            ):
                out[i] = (best_j, min(best, 0.99))
        list(map(list.append, map(postings.__getitem__, content), repeat(i)))  # postings[w].append(i), in C
    return out


def _bag(bags: dict[int, Counter], i: int, key: tuple[str, ...]) -> Counter:
    """The word multiset of sentence ``i``, made on first use."""
    bag = bags.get(i)
    if bag is None:
        bag = bags[i] = Counter(key)
    return bag


_MAX_POSTINGS = 64  # a word in more sentences than this is too common to find candidates with


def _same_numbers(a: Counter, b: Counter) -> bool:
    return +Counter({k: v for k, v in a.items() if k[:1].isdigit()}) == +Counter(
        {k: v for k, v in b.items() if k[:1].isdigit()}
    )


_LIST_MARK = compile_regex(r"[ \t>]*(?:[-*+•–]|\(?\d{1,3}[.)]|\(?[a-z][.)])[ \t]")


def list_item(doc, offset: int) -> bool:
    """Does the paragraph holding ``offset`` begin with a list marker ("2.", "(4)", "-")?"""
    i = bisect.bisect_right(doc.blocks, offset, key=lambda blk: blk.start) - 1
    if i < 0:
        return False
    ls, _ = doc.line_span(doc.blocks[i].start)
    return bool(_LIST_MARK.match(doc.text, ls))


def _delete_span(doc, start: int, end: int) -> tuple[int, int]:
    """What to remove to delete text[start:end]: whole lines when the span covers whole lines."""
    text = doc.text
    ls, _ = doc.line_span(start)
    _, le = doc.line_span(max(end - 1, start))
    if text[ls:start].strip() == "" and text[end:le].strip() == "":
        # also drop one blank line that separated it from the previous paragraph
        if ls > 0:
            pls, _ = doc.line_span(ls - 1)
            if text[pls:ls].strip() == "" and pls > 0:
                return pls, le
        return ls, le
    s = start
    while s > 0 and text[s - 1] in " \t":
        s -= 1
    if s < start and text[s - 1 : s] not in ("\n", "\r", ""):
        return s, end
    e = end
    while e < len(text) and text[e] in " \t":
        e += 1
    return start, e


def _paragraph_runs(
    an: Analysis, st: Settings, pairs: dict[int, tuple[int, float]]
) -> tuple[list[Match], set[int]]:
    """Repeated paragraphs: consecutive paragraphs that repeat consecutive earlier ones, as one finding.

    A paragraph repeats an earlier one when its words are the same, or when all
    its sentences are exact or near copies of sentences of that paragraph. One finding covers a run of such
    paragraphs; a run that is a single one-sentence paragraph is left to the
    sentence rules.
    """
    doc = an.doc
    by_block: dict[int, list[int]] = {}
    for i, b in enumerate(an.sentence_block):
        by_block.setdefault(b, []).append(i)
    copy_of: dict[int, tuple[int, bool]] = {}  # block -> (earlier block, word-for-word)
    first: dict[tuple[str, ...], int] = {}
    for b, idx in by_block.items():
        a, z = an.sentences[idx[0]][0], an.sentences[idx[-1]][1]
        key = _real_key(an, a, z)
        if (
            len(key) >= st.min_sentence_words
            and _content_count(an, a, z, st.function_words) >= st.min_content_words
        ):
            if key in first:
                copy_of[b] = (first[key], True)
                continue
            first[key] = b
        if not all(i in pairs for i in idx):
            continue
        targets = {an.sentence_block[pairs[i][0]] for i in idx}
        if len(targets) != 1:
            continue
        e = targets.pop()
        if e < b and len(by_block[e]) == len(idx):
            copy_of[b] = (e, all(pairs[i][1] == 1.0 for i in idx))
    matches: list[Match] = []
    claimed: set[int] = set()
    blocks = sorted(copy_of)
    k = 0
    while k < len(blocks):
        run = [blocks[k]]
        while (
            k + 1 < len(blocks)
            and blocks[k + 1] == run[-1] + 1
            and copy_of[blocks[k + 1]][0] == copy_of[run[-1]][0] + 1
        ):
            k += 1
            run.append(blocks[k])
        k += 1
        sents = [i for b in run for i in by_block[b]]
        if len(sents) < 2:
            continue
        earlier = [i for b in run for i in by_block[copy_of[b][0]]]
        exact = all(copy_of[b][1] for b in run)
        start, end = doc.sentences[sents[0]].start, doc.sentences[sents[-1]].end
        es, ee = doc.sentences[earlier[0]].start, doc.sentences[earlier[-1]].end
        score = sum(pairs.get(i, (0, 1.0))[1] for i in sents) / len(sents)
        delete = _delete_span(doc, start, end) if exact else None
        matches.append(Match("paragraph", start, end, es, ee, score, exact, delete))
        claimed.update(sents)
    return matches, claimed


def repeated_runs(keys: list[str], n: int) -> list[tuple[int, int, int]]:
    """Maximal runs (later, earlier, length) of at least ``n`` tokens that occurred before.

    Each n-gram's first position goes into a hash map; a hit is extended token by
    token, so the whole pass is linear in the number of tokens. Only n-grams made
    of words the document uses more than once can repeat, so only the stretches
    of ``n`` or more such words are indexed (found with a byte regex, in C).
    """
    out: list[tuple[int, int, int]] = []
    if len(keys) < n:
        return out
    counts = Counter(keys)
    if len(counts) == len(keys):
        return out  # no word occurs twice
    try:  # how often each token's word occurs, one byte per token (a word used 256+ times: exact form)
        uses = bytes(map(counts.__getitem__, keys))
    except ValueError:
        uses = bytes(map(min, map(counts.__getitem__, keys), repeat(2)))
    positions: list[int] = []
    grams: list[tuple[str, ...]] = []
    for m in _stretch(n).finditer(uses):
        a, b = m.span()
        limit = b - n + 1
        positions += range(a, limit)
        grams += zip(*(keys[a + k : limit + k] for k in range(n)))
    # the first position of every n-gram (later positions are overwritten by earlier ones), in C
    first = dict(zip(reversed(grams), reversed(positions)))
    if len(first) == len(grams):
        return out  # no n-gram occurs twice (most articles)
    firsts = list(map(first.__getitem__, grams))
    i = 0
    for p, j in compress(zip(positions, firsts), map(ne, firsts, positions)):  # repeated n-grams
        if p < i:
            continue  # inside the run just reported
        if j + n > p:  # a self-overlapping repeat ("a b a b a b") is not a copied passage
            continue
        length = n
        while p + length < len(keys) and j + length < p and keys[p + length] == keys[j + length]:
            length += 1
        out.append((p, j, length))
        i = p + length
    return out


@cache
def _stretch(n: int) -> re.Pattern:
    """``n`` or more tokens in a row whose words occur more than once (a bytes regex: ``re`` is enough)."""
    return re.compile(b"[\\x02-\\xff]{%d,}" % n)


def trim(an_keys: list[str], a: int, b: int, fw: frozenset[str]) -> tuple[int, int]:
    """Drop function words and numbers at the edges of a run: the repeated phrase is what is left."""
    while a < b and (an_keys[a] in fw or not an_keys[a][:1].isalpha()):
        a += 1
    while b > a and (an_keys[b - 1] in fw or not an_keys[b - 1][:1].isalpha()):
        b -= 1
    return a, b


def _passages(an: Analysis, st: Settings, claimed: set[int]) -> list[Match]:
    """Runs of at least ``passage_words`` words repeated from earlier in the document."""
    claimed_tok = bytearray(len(an.keys))
    for i in claimed:
        a, b = an.sentences[i]
        claimed_tok[a:b] = b"\x01" * (b - a)
    out: list[Match] = []
    items = None
    for i, j, length in repeated_runs(an.keys, st.passage_words):
        for a, b in _unclaimed(claimed_tok, i, i + length):
            m = passage_match(an, an, a, b, j + (a - i), st)
            if m is None:
                continue
            items = items if items is not None else _item_sentences(an)
            if _parallel_items(an, items, i, j, length):
                continue
            out.append(m)
    return out


_SLOT = 3  # most words a parallel item's own slot has ("KTP" / "kartu keluarga")


def _item_sentences(an: Analysis) -> list[tuple[int, int] | None]:
    """For each token, the token range of its sentence when that sentence is an *item*: a block of
    its own (a list entry, a clause of a statute, a line of a schedule)."""
    per_block: dict[int, int] = {}
    for b in an.sentence_block:
        per_block[b] = per_block.get(b, 0) + 1
    out: list[tuple[int, int] | None] = [None] * len(an.keys)
    for k, (a, b) in enumerate(an.sentences):
        if per_block[an.sentence_block[k]] == 1:
            out[a:b] = [(a, b)] * (b - a)
    return out


def _parallel_items(an: Analysis, items, i: int, j: int, length: int) -> bool:
    """Two items written on one frame with a different slot: the run repeated at ``i`` (from ``j``)
    is part of a longer shared frame, interrupted by at most ``_SLOT`` different words on each side
    (``Peserta wajib membawa fotokopi KTP yang telah dilegalisasi …`` / ``… fotokopi kartu
    keluarga yang telah dilegalisasi …``). Lists, statutes and schedules are written so on purpose;
    a copy pasted into running text is not: both copies must be items (see ``_item_sentences``)."""
    later, earlier = items[i], items[j]
    if later is None or earlier is None or later == earlier:
        return False
    keys = an.keys
    (la, lb), (ea, eb) = later, earlier
    for s1 in range(_SLOT + 1):
        for s2 in range(_SLOT + 1):
            if s1 == s2 == 0:
                continue
            # the frame goes on before the slot ...
            x, y = i - s1, j - s2
            if x - 2 >= la and y - 2 >= ea and keys[x - 2 : x] == keys[y - 2 : y] and keys[x:i] != keys[y:j]:
                return True
            # ... or after it
            x, y = i + length + s1, j + length + s2
            after = x + 2 <= lb and y + 2 <= eb and keys[x : x + 2] == keys[y : y + 2]
            if after and keys[i + length : x] != keys[j + length : y]:
                return True
    return False


def _unclaimed(claimed_tok: bytearray, a: int, b: int):
    """Sub-ranges of [a, b) not inside a sentence that is already reported."""
    start = None
    for t in range(a, b):
        if not claimed_tok[t]:
            if start is None:
                start = t
        elif start is not None:
            yield start, t
            start = None
    if start is not None:
        yield start, b


def passage_match(later: Analysis, earlier: Analysis, a: int, b: int, ea: int, st: Settings) -> Match | None:
    """A passage finding for later tokens [a, b) copied from earlier tokens at ``ea``, if it qualifies."""
    fw = st.function_words
    ta, tb = trim(later.keys, a, b, fw)
    if tb - ta < st.passage_words:
        return None
    content = sum(is_content(later.keys[t], later.lower[t], fw) for t in range(ta, tb))
    if content < st.passage_content_words:
        return None
    eb = ea + (tb - a)
    ea = ea + (ta - a)
    if _quoted(later, ta, tb) != _quoted(earlier, ea, eb):
        return None  # narration paraphrasing a quotation (or the reverse): ordinary news style
    if list_item(later.doc, later.starts[ta]) and list_item(earlier.doc, earlier.starts[ea]):
        return None  # enumerated items (rulings, statutes, steps) are parallel by design
    return Match(
        "passage",
        later.starts[ta],
        later.ends[tb - 1],
        earlier.starts[ea],
        earlier.ends[eb - 1],
        1.0,
        False,
    )


# -- across documents -------------------------------------------------------------------------------


def analyse_many(docs: list, settings: Settings) -> dict[int, list[tuple[Match, int]]]:
    """Sentences and passages of each document found in an earlier document of the run.

    Returns {document position: [(match, position of the other document)]};
    match offsets ``earlier_*`` point into the other document.
    """
    analyses = [build(d, settings) for d in docs]
    first_sentence: dict[tuple[str, ...], tuple[int, int]] = {}
    grams: dict[tuple[str, ...], tuple[int, int]] = {}
    n = settings.passage_words
    out: dict[int, list[tuple[Match, int]]] = {}
    for di, an in enumerate(analyses):
        doc = an.doc
        found: list[tuple[Match, int]] = []
        claimed_tok = bytearray(len(an.keys))
        skeys = _sentence_keys(an)
        for si, key in enumerate(skeys):
            if not _eligible(an, si, key, settings):
                continue
            other = first_sentence.get(key)
            if other is not None and other[0] != di:
                od, osi = other
                os_ = analyses[od].doc.sentences[osi]
                s = doc.sentences[si]
                found.append((Match("sentence", s.start, s.end, os_.start, os_.end), od))
                a, b = an.sentences[si]
                claimed_tok[a:b] = b"\x01" * (b - a)
        # passages: walk this document's n-grams against the earlier documents' index
        t = 0
        limit = len(an.keys) - n + 1
        while t < limit:
            hit = grams.get(tuple(an.keys[t : t + n]))
            if hit is None:
                t += 1
                continue
            od, ot = hit
            ok = analyses[od].keys
            length = n
            while (
                t + length < len(an.keys) and ot + length < len(ok) and an.keys[t + length] == ok[ot + length]
            ):
                length += 1
            for a, b in _unclaimed(claimed_tok, t, t + length):
                m = passage_match(an, analyses[od], a, b, ot + (a - t), settings)
                if m:
                    found.append((m, od))
            t += length
        for si, key in enumerate(skeys):
            first_sentence.setdefault(key, (di, si))
        for t in range(limit):
            grams.setdefault(tuple(an.keys[t : t + n]), (di, t))
        if found:
            out[di] = _merge_adjacent(an, analyses, found)
    return out


def _merge_adjacent(
    an: Analysis, analyses: list[Analysis], found: list[tuple[Match, int]]
) -> list[tuple[Match, int]]:
    """One finding for a stretch copied from another file, not one per sentence or passage."""
    found.sort(key=lambda x: x[0].start)
    merged: list[tuple[Match, int]] = []
    for m, od in found:
        if merged:
            p, pod = merged[-1]
            other = analyses[od].doc.text
            if (
                pod == od
                and not _has_word(an.doc.text[p.end : m.start])
                and p.earlier_end <= m.earlier_start
                and not _has_word(other[p.earlier_end : m.earlier_start])
            ):
                merged[-1] = (p._replace(end=m.end, earlier_end=m.earlier_end, exact=False, delete=None), od)
                continue
        merged.append((m, od))
    return [(_mark_quoted(an, m), od) for m, od in merged]


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text)
