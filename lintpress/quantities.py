"""Quantities in Indonesian and English prose, normalised to a value with what they count.

``20.000 bibit kelapa`` → 20000, unit ``bibit``, counted ``bibit kelapa``;
``Rp1,5 miliar`` → 1.5e9 with unit ``Rp``; ``58,88%`` → 58.88 with unit ``%``;
``lima ribu paket`` → 5000 ``paket``; ``US$5 million`` → 5e6 ``US$``;
``10-20 orang`` → a range. Numbers that are not quantities are skipped: times
(``pukul 10.00``), dates (``20/1``, ``19 Januari``), years, legal and list
references (``UU No. 12 Tahun 2011``, ``Pasal 5``), scores (``2-1``), codes and
names (``COVID-19``, ``G20``, ``Liga 1``), phone numbers.

The separators follow the document language: in Indonesian ``20.000`` is
twenty thousand and ``1,5`` one and a half; in English the reverse. A number
that can only be read one way (``20,000,000``) is read that way.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from lintpress.pattern_store import compile_re, compile_regex

UNITS_ID = {
    "ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "m": 1e9,
    "triliun": 1e12, "t": 1e12,
}  # fmt: skip
UNITS_EN = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
SCALES = {**UNITS_ID, **UNITS_EN}
_WORD_SCALES = {k: v for k, v in SCALES.items() if len(k) > 2}

DIGITS_ID = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}  # fmt: skip
SE_ID = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1e3, "sejuta": 1e6, "semiliar": 1e9}
DIGITS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINAL_WORDS_ID = {
    "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7,
    "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10, "kesebelas": 11,
}  # fmt: skip
ORDINAL_WORDS_EN = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip

CURRENCY = r"(?:Rp\.?|IDR|US\$|USD|S\$|SGD|RM|\$|€|£|¥)"
# Words that end a counted noun phrase.
STOP_ID = {
    "yang", "dan", "atau", "di", "ke", "dari", "untuk", "pada", "kepada", "dengan", "dalam", "oleh",
    "sebagai", "akan", "telah", "sudah", "bagi", "karena", "serta", "hingga", "sampai", "per",
    "setiap", "tiap", "itu", "ini", "tersebut", "sebanyak", "sekitar", "lebih", "kurang", "tidak",
    "juga", "masih", "agar", "saat", "ketika", "sejak", "selama", "antara", "bahwa", "adalah",
    "ialah", "merupakan", "menjadi", "naik", "turun", "secara", "pun", "lagi", "saja", "tadi", "the", "and", "or", "of", "in", "to", "for", "at", "on", "by", "with", "from", "that", "which",
    "who", "were", "was", "are", "is", "have", "has", "had", "each", "this", "these", "those",
    "than", "more", "less", "about", "around",
}  # fmt: skip
DEMONSTRATIVES = {"tersebut", "itu", "ini", "tadi", "those", "these", "the"}  # "tadi": the one just named
APPROX = compile_regex(
    r"\b(?:sekitar|kurang\s+lebih|lebih\s+dari|lebih|hampir|mendekati|kira-kira|sedikit(?:nya)?|"
    r"minimal|maksimal|paling\s+(?:banyak|sedikit)|setidaknya|sebanyak-banyaknya|puluhan|ratusan|"
    r"about|around|nearly|almost|more\s+than|less\s+than|at\s+least|up\s+to|some|roughly)"
    r"(?:\s+(?:ada|terdapat|sebanyak|mencapai|there\s+(?:are|were)))?\s*$",
    regex.IGNORECASE,
)


class Quantity(NamedTuple):
    """One stated quantity: its span, value (or range), unit and counted noun phrase."""

    start: int
    end: int
    value: float
    high: float | None = None  # upper bound of a range
    unit: str = ""  # "Rp", "US$", "%" or the counting noun ("bibit", "orang")
    counted: tuple[str, ...] = ()  # content words after the quantity, lower case
    counted_end: int = 0  # end offset of the counted phrase
    demonstrative: bool = False  # "… bibit kelapa tersebut"
    approximate: bool = False
    ordinal: bool = False
    text: str = ""

    @property
    def measure(self) -> str:
        """Which kind of quantity: percent, money, ordinal or count."""
        if self.ordinal:
            return "ordinal"
        if self.unit == "%":
            return "percent"
        if self.unit and not self.unit.islower():
            return "money"
        return "count"

    @property
    def is_range(self) -> bool:
        return self.high is not None


_NUM = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE_WORDS = "|".join(sorted(SCALES, key=len, reverse=True))


def trie_pattern(words) -> str:
    """One regular expression for a set of words, factored by common prefixes (fast to scan)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [regex.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_NUMWORD = trie_pattern([*DIGITS_ID, *SE_ID, "belas", "puluh", "ratus", *_WORD_SCALES, *DIGITS_EN, "hundred"])
_DIGIT_Q = compile_regex(
    rf"""(?<![\w/.,:-])(?P<cur>{CURRENCY}\s?)?(?P<num>{_NUM})
    (?:(?:\s*(?:-|–|hingga|sampai|s\.d\.?|s/d|to)|(?<=(?:antara|between)\s+\S+)\s+(?:dan|and))\s*(?P<cur2>{CURRENCY}\s?)?(?P<num2>{_NUM}))?
    (?:\s?(?P<scale>{_SCALE_WORDS})\b)?
    (?P<pct>\s?%|\s+persen\b|\s+percent\b|\s+per\s+cent\b)?
    (?![\w/]|[.,]\d|-\w)""",
    regex.VERBOSE | regex.IGNORECASE,
)
# Number words and ordinals, matched (with IGNORECASE) only where the lower-case patterns below
# found a hit: ``regex`` patterns, loaded compiled from the pattern store.
_WORD_Q = compile_regex(
    rf"\b(?<!-)(?P<words>(?:{_NUMWORD})(?:[\s-]+(?:{_NUMWORD}))*)"
    r"(?P<pct>\s+persen\b|\s+percent\b)?(?![\w-])",
    regex.IGNORECASE,
)
_ORD = compile_regex(
    r"(?<![\w-])(?:ke-?(?P<n>\d+)|(?P<en>\d+)(?:st|nd|rd|th)|(?P<w>"
    + trie_pattern([*ORDINAL_WORDS_ID, *ORDINAL_WORDS_EN])
    + r"))(?![\w-])",
    regex.IGNORECASE,
)
# The same patterns without IGNORECASE search lower-cased text: the standard library engine scans
# these word alternations about twice as fast as ``regex`` (compiled code kept across runs, too).
_WORD_Q_LC = compile_re(_WORD_Q.pattern)
_ORD_LC = compile_re(_ORD.pattern)
# Verb forms that end a noun phrase: di-/me-/ber-/ter- words, -kan words (not the pe-/ke- nouns
# pendidikan, kebijakan), would/will, English -ed.
_VERBLIKE = compile_re(
    r"(?:di|me|ber|ter)[a-z]{4,}$|(?!pe|ke)[a-z]+kan$|(?:would|will|can|could|should|must|may|might)$"
    r"|[a-z]{3,}ed$"
)
_DEM_BEFORE = compile_regex(r"\b(?i:those|these|the)\s+$")
_WORD = compile_regex(r"[\w'’-]+|[^\w\s]")
# What comes right before a number that makes it a reference, not a quantity.
_REF_BEFORE = compile_regex(
    r"(?:\b(?:no|nomor|nomer|nmr|pasal|ayat|huruf|butir|angka|bab|pukul|jam|tahun|thn|th|"
    r"tanggal|tgl|halaman|hlm|hal|page|article|section|no\.|kode|kilometer|km|jalan|jl|gang|rt|rw|"
    r"blok|lantai|kamar|ruang|nopol|tel|telp|telepon|hp|wa|ext|seri|versi|version|level|tingkat|"
    r"liga|league|kelas|grade|putaran|babak|gelombang|tahap|periode|edisi|season|musim|"
    r"minute|menit)\.?\s*$)|[#/:]\s*$",
    regex.IGNORECASE,
)
_NAME_BEFORE = compile_regex(r"\b[A-Z]\w*\s$")
# A capitalised word opening a sentence ("Sebanyak 300 warga") is not a name before a number.
_SENTENCE_START = compile_regex(r"(?:^|[.!?:;\"“”(…]\s*|\n\s*)[A-Z]\w*\s$")
_MONTH_AFTER = compile_regex(
    r"\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
    r"desember|jan|feb|mar|apr|jun|jul|agu|agt|ags|aug|sep|sept|okt|oct|nov|des|dec|"
    r"january|february|march|may|june|july|august|october|december)\b",
    regex.IGNORECASE,
)
_TIME_AFTER = compile_regex(r"\s*(?:WIB|WITA|WIT|wib|wita|wit|am|pm|a\.m\.|p\.m\.)\b")


_ID_MILLIONS = compile_regex(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
_EN_MILLIONS = compile_regex(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
_GROUPED = {".": compile_regex(r"\d{1,3}(?:\.\d{3})+"), ",": compile_regex(r"\d{1,3}(?:,\d{3})+")}
_SPLIT = compile_regex(r"[\s-]+")
_YEARLIKE = compile_regex(r"(?:19|20)\d\d")


def parse_number(s: str, language: str) -> float | None:
    """Digits with separators as a float, reading ``.`` and ``,`` by language."""
    s = s.strip()
    if _ID_MILLIONS.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _EN_MILLIONS.fullmatch(s):
        return float(s.replace(",", ""))
    thousands, decimal = (".", ",") if language != "en" else (",", ".")
    if thousands in s and _GROUPED[thousands].fullmatch(s):
        return float(s.replace(thousands, ""))
    if thousands in s and decimal in s and s.index(thousands) < s.index(decimal):
        return float(s.replace(thousands, "").replace(decimal, "."))
    if s.count(decimal) == 1 and thousands not in s:
        return float(s.replace(decimal, "."))
    if s.isdigit():
        return float(s)
    return None


def parse_number_words(words: str) -> float | None:
    """``dua puluh lima ribu`` → 25000, ``five thousand`` → 5000; None when not a number."""
    total = group = pending = 0.0
    seen = False
    for w in _SPLIT.split(words.lower()):
        if not w:
            continue
        if w in DIGITS_ID:
            pending = DIGITS_ID[w]
        elif w in DIGITS_EN:
            pending += DIGITS_EN[w]
        elif w in SE_ID:
            v = SE_ID[w]
            if v >= 1000:
                total += v
            else:
                group += v
        elif w == "belas":
            group += pending + 10
            pending = 0
        elif w == "puluh":
            group += pending * 10
            pending = 0
        elif w in ("ratus", "hundred"):
            if w == "hundred":
                group = (group + pending) * 100
            else:
                group += pending * 100
            pending = 0
        elif w in _WORD_SCALES:
            total += (group + pending or 1) * _WORD_SCALES[w]
            group = pending = 0
        else:
            return None
        seen = True
    return total + group + pending if seen else None


def _counted(text: str, pos: int, limit: int) -> tuple[tuple[str, ...], int, bool]:
    """Content words of the noun phrase starting at ``pos`` (up to three), its end, demonstrative?"""
    words: list[str] = []
    end = pos
    demonstrative = False
    for m in _WORD.finditer(text, pos, limit):
        w = m.group()
        low = w.lower()
        if not w[0].isalpha():
            break
        if low in STOP_ID or low in SCALES:
            # "… bibit tersebut", and a sum's "Rp 300 itu" (its noun comes before it)
            if low in DEMONSTRATIVES and (words or low in ("tersebut", "itu", "ini", "tadi")):
                demonstrative = True
            break
        if len(words) == 3 or (words and _VERBLIKE.match(low)):
            break  # "paket sembako disalurkan": the phrase ends before the verb
        words.append(low)
        end = m.end()
    if words:  # "… bibit kelapa tersebut": a demonstrative right after the phrase
        nxt = _WORD.match(text, _skip_space(text, end, limit), limit) if end < limit else None
        if nxt and nxt.group().lower() in DEMONSTRATIVES:
            demonstrative = True
    return tuple(words), end, demonstrative


def _skip_space(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


def _is_reference(text: str, start: int, end: int) -> bool:
    """Numbers that name or date something rather than count it."""
    before = text[max(0, start - 20) : start]
    if _REF_BEFORE.search(before):
        return True
    # "Liga 1", "Pertamina 2": a name before the number, unless it opens the sentence ("Sebanyak 300").
    if _NAME_BEFORE.search(before) and not _SENTENCE_START.search(text[max(0, start - 40) : start]):
        return True
    after = text[end : end + 15]
    if _MONTH_AFTER.match(after) or _TIME_AFTER.match(after):
        return True
    # "(41)": an age or a list marker
    return after[:1] == ")" and before.rstrip().endswith("(")


def _scan(pattern, hits, text: str, lower: str | None, start: int, end: int):
    """``pattern.finditer`` over ``text``; with ``lower`` (text.lower(), same length) the ``hits``
    were found case-sensitively on it, several times faster, and each is re-matched on the original."""
    if lower is None:
        yield from pattern.finditer(text, start, end)
        return
    for hit in hits:
        m = pattern.match(text, hit.start(), end)
        if m is not None and m.end() == hit.end():
            yield m


# Where a number word or an ordinal can start in lower-cased text: a word start (the character
# before is no word character nor "-") followed by the first word. The pattern opens with that
# character class, so the engine skips ahead between words instead of trying every character.
_STARTS_BODY = (
    rf"(?:{_NUMWORD}|{trie_pattern([*ORDINAL_WORDS_ID, *ORDINAL_WORDS_EN])}|ke-?\d|\d+(?:st|nd|rd|th))"
)
_STARTS = compile_re(rf"[^\w-]{_STARTS_BODY}")


def _word_and_ordinal_hits(lower: str, start: int, end: int) -> tuple[list, list]:
    """``_WORD_Q_LC.finditer`` and ``_ORD_LC.finditer`` over ``lower[start:end]``, the patterns
    tried only where one of them can start (both match at a word start only)."""
    cands = [m.start() + 1 for m in _STARTS.finditer(lower, start - 1 if start else 0, end)]
    if start == 0 and (_WORD_Q_LC.match(lower, 0, end) or _ORD_LC.match(lower, 0, end)):
        cands.insert(0, 0)  # the text's first word: no character before it
    words, ords = [], []
    word_end = ord_end = start
    for p in cands:
        if p >= word_end and (m := _WORD_Q_LC.match(lower, p, end)):
            words.append(m)
            word_end = m.end()
        if p >= ord_end and (m := _ORD_LC.match(lower, p, end)):
            ords.append(m)
            ord_end = m.end()
    return words, ords


def extract(
    text: str, language: str = "id", start: int = 0, end: int | None = None, lower: str | None = None
) -> list[Quantity]:
    """All quantities in ``text[start:end]``, in order of position."""
    end = len(text) if end is None else end
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in _digit_matches(text, start, end):
        num = m.group("num")
        scale = m.group("scale")
        cur = (m.group("cur") or "").strip()
        pct = bool(m.group("pct"))
        if scale and scale.lower() in ("m", "t", "rb", "jt") and not cur:
            # "5 m" is five metres; only "Rp5 M" means miliar.
            continue
        if not cur and not pct and not scale and _is_reference(text, m.start(), m.end()):
            continue
        if _YEARLIKE.fullmatch(num) and not (cur or pct or scale or m.group("num2")):
            continue  # a year
        value = parse_number(num, language)
        if value is None:
            continue
        high = None
        if m.group("num2"):
            sep = text[m.end("num") : m.start("num2")]
            # "2-1" without unit: a score or a code, not a range.
            if (
                "-" in sep
                and not sep.strip(" -")
                and not (cur or pct or scale)
                and value < 20
                and (parse_number(m.group("num2"), language) or 0) < 20
            ):
                continue
            high = parse_number(m.group("num2"), language)
            if high is None:
                continue
        mult = SCALES.get(scale.lower(), 1.0) if scale else 1.0
        value *= mult
        if high is not None:
            high *= mult
        out.append(_quantity(text, m, end, value, high, "%" if pct else _norm_currency(cur)))
        taken.append((m.start(), m.end()))
    wq_hits, ord_hits = _word_and_ordinal_hits(lower, start, end) if lower is not None else ((), ())
    for m in _scan(_WORD_Q, wq_hits, text, lower, start, end):
        if any(s <= m.start() < e for s, e in taken):
            continue
        value = parse_number_words(m.group("words"))
        if value is None:
            continue
        out.append(_quantity(text, m, end, value, None, "%" if m.group("pct") else ""))
    for m in _scan(_ORD, ord_hits, text, lower, start, end):
        n = m.group("n") or m.group("en")
        value = float(n) if n else float({**ORDINAL_WORDS_ID, **ORDINAL_WORDS_EN}[m.group("w").lower()])
        out.append(Quantity(m.start(), m.end(), value, ordinal=True, text=m.group()))
    out.sort(key=lambda q: q.start)
    return out


def quantities_of(doc, language: str) -> list[Quantity]:
    """All quantities of a document, computed once and shared by the rules that need them."""
    cache = doc.__dict__.setdefault("_lintpress_quantities", {})
    if language not in cache:
        lower = lower_prose(doc)
        if len(lower) != len(doc.prose):
            lower = None  # a few characters lower-case to two; fall back to case-insensitive search
        cache[language] = [q for b in doc.blocks for q in extract(doc.prose, language, b.start, b.end, lower)]
    return cache[language]


# The digit comes first so the engine skips ahead to digits; the look-behind then checks the
# character before it (same as ``(?<![\d/.,:-])\d``, several times faster to scan).
def lower_prose(doc) -> str:
    """``doc.prose.lower()``, computed once per document for the rules that search it."""
    low = doc.__dict__.get("_lintpress_lower")
    if low is None:
        low = doc.__dict__["_lintpress_lower"] = doc.prose.lower()
    return low


# Characters a case-insensitive search matches to an ASCII letter although their lower case is
# another character (İ, ı, long s): with one of them present, no substring test is trusted.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f")


def word_hits(doc, words) -> list[int] | None:
    """Sorted offsets of every occurrence of these lower-case ASCII strings in the lower-cased prose,
    or None when the text holds a character that case-insensitive matching folds differently.

    A case-insensitive pattern can only match where one of its required words occurs: rules skip
    the text (or sentence) without any, which is much cheaper than scanning it with the pattern.
    """
    prose = doc.prose
    if not prose.isascii() and any(c in prose for c in _ODD_FOLDS):
        return None
    return find_all(lower_prose(doc), words)


def find_all(text: str, words) -> list[int]:
    """Sorted start offsets of every occurrence of any of these strings in ``text`` (``str.find``
    is far faster than a regular expression trying every character)."""
    hits = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            hits.append(i)
            i = text.find(w, i + 1)
    hits.sort()
    return hits


def ordinal_matches(doc, language: str, pattern) -> list | None:
    """``pattern.match`` at each ordinal of :func:`quantities_of`, for a case-sensitive ordinal
    ``pattern`` whose matches are whole runs of word characters and hyphens and that the
    case-insensitive ordinal pattern here also matches: the ordinals are found once, with the
    quantities. None when some text lies outside the blocks quantities are read from (then the
    caller scans the prose itself)."""
    prose = doc.prose
    prev = 0
    for b in doc.blocks:
        if b.start < prev or (prev < b.start and not prose[prev : b.start].isspace()):
            return None
        if b.start and not prose[b.start - 1].isspace():
            return None
        if b.end < len(prose) and not prose[b.end].isspace():
            return None
        prev = b.end
    if prev < len(prose) and not prose[prev:].isspace():
        return None
    out = []
    for q in quantities_of(doc, language):
        if q.ordinal:
            m = pattern.match(prose, q.start)
            if m is not None:
                out.append(m)
    return out


_DIGIT_START = compile_re(r"\d(?<![\d/.,:-]\d)")
# Last characters a currency can end with (case-insensitive): a cheap test before the search.
_CUR_LAST = frozenset("pP.rRdD$mM€£¥")
_CUR_BEFORE = compile_regex(rf"{CURRENCY}\s?$", regex.IGNORECASE)


def _digit_matches(text: str, start: int, end: int):
    """``_DIGIT_Q`` matches, tried only where a number starts (scanning for digits is fast)."""
    last = start
    for d in _DIGIT_START.finditer(text, start, end):
        pos = d.start()
        if pos < last:
            continue
        cur = None
        if pos > start:  # a currency ends right before the number, or one space before it
            c = text[pos - 1]
            if c in _CUR_LAST or (not c.isalnum() and pos - 1 > start and text[pos - 2] in _CUR_LAST):
                cur = _CUR_BEFORE.search(text, max(start, pos - 5), pos)
        m = _DIGIT_Q.match(text, cur.start() if cur else pos, end)
        if m is None and cur:
            m = _DIGIT_Q.match(text, pos, end)
        if m:
            last = m.end()
            yield m


def _quantity(text: str, m, end: int, value: float, high: float | None, unit: str) -> Quantity:
    """A quantity for a number match: what it counts, and the words around it."""
    counted, cend, dem = _counted(text, _skip_space(text, m.end(), end), end)
    dem = dem or bool(_DEM_BEFORE.search(text, max(0, m.start() - 8), m.start()))
    if not unit and counted:
        unit = counted[0]
    approx = bool(APPROX.search(text[max(0, m.start() - 25) : m.start()]))
    return Quantity(
        m.start(), m.end(), value, high, unit, counted, cend or m.end(), dem, approx, False, m.group()
    )


def _norm_currency(cur: str) -> str:
    c = cur.rstrip(".").upper()
    return {"RP": "Rp", "IDR": "Rp", "USD": "US$", "$": "US$", "SGD": "S$"}.get(c, cur.rstrip(".") and c)
