"""Fact and figure errors: a restated count that contradicts the first, a name misspelt once by one
letter, a weekday that does not fit its date.

Every injector picks its place from the article's own counts, names and dates (found with
lintpress's parsers), so nothing depends on knowing the articles.
"""

from __future__ import annotations

import bisect
import random

import regex

from lintpress.dates import WEEKDAY_NAMES, find_dated_weekdays, weekday_of
from lintpress.document import Document
from lintpress.kinds.figures import _HEADLESS
from lintpress.kinds.names import _known
from lintpress.quantities import _VERBLIKE, Quantity, quantities_of
from recall import Injection, injector

_DIGITS = regex.compile(r"\d{1,3}(?:\.\d{3})+|\d+")
_VOWELS = "aeiou"


def _regroup(digits: str, grouped: bool) -> str:
    """``1200`` → ``1.200`` when the original number was written with thousands dots."""
    if not grouped or len(digits) <= 3:
        return digits
    head = len(digits) % 3 or 3
    return ".".join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])


def altered_number(text: str, rng: random.Random) -> str | None:
    """The figure ``text`` (``454``, ``1.200``, ``31 juta``) with one slip of the keyboard or the
    pen in its digits: a digit changed, dropped or doubled, or two neighbours swapped."""
    m = _DIGITS.match(text)
    if not m:
        return None
    grouped = "." in m.group()
    digits = m.group().replace(".", "")
    ops = ["change", "drop", "double", "swap"]
    rng.shuffle(ops)
    for op in ops:
        i = rng.randrange(len(digits))
        if op == "change":
            new = digits[:i] + rng.choice([d for d in "0123456789" if d != digits[i]]) + digits[i + 1 :]
        elif op == "drop" and len(digits) >= 2:
            new = digits[:i] + digits[i + 1 :]
        elif op == "double":
            new = digits[:i] + digits[i] + digits[i:]
        elif op == "swap" and len(digits) >= 2 and i + 1 < len(digits) and digits[i] != digits[i + 1]:
            new = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
        else:
            continue
        if new and new[0] != "0" and new != digits and int(new) >= 2:
            return _regroup(new, grouped) + text[m.end() :]
    return None


def _counts(doc: Document) -> list[Quantity]:
    """Plain counts with the noun they count, written in digits, not approximate."""
    out = []
    for q in quantities_of(doc, "id"):
        if (
            q.measure == "count"
            and q.counted
            and q.counted[0] not in _HEADLESS
            and q.text[:1].isdigit()
            and "," not in q.text
            and not q.approximate
            and not q.is_range
            and q.value >= 2
            and _noun_written_lower(doc.text, q)
        ):
            out.append(q)
    return out


def _noun_written_lower(text: str, q: Quantity) -> bool:
    """The counted word is a lower-case noun as written (not an acronym like ``UU``, not a verb)."""
    word = regex.match(r"\s*(\w+)", text[q.end : q.counted_end])
    return bool(word) and word.group(1).islower() and not _VERBLIKE.match(word.group(1))


def _paragraph_ends(text: str) -> list[int]:
    """Offsets where a paragraph of prose ends (before its line break), for a sentence appended."""
    return [m.start() for m in regex.finditer(r"(?<=[.!?\"”])[ \t]*(?=\n|\Z)", text)]


_RESTATEMENTS = (
    "Dari {n} {noun} tersebut, sebagian besar berada di wilayah perkotaan.",
    "Seluruh {n} {noun} itu akan didata ulang pekan depan.",
    "Data {n} {noun} tersebut sudah diserahkan kepada pihak terkait.",
    "Keberadaan {n} {noun} tersebut menjadi perhatian pemerintah setempat.",
    "Total {n} {noun} itu dicatat dalam laporan yang dirilis lalu.",
)


@injector("figure-restated", "consistency")
def figure_restated(text: str, rng: random.Random) -> Injection | None:
    """A sentence added after a count ``N noun`` restates it with a demonstrative and another
    number: ``N' noun tersebut`` (the noun counted once before in the article)."""
    doc = Document(text)
    counts = _counts(doc)
    heads = [q.counted[0] for q in quantities_of(doc, "id") if q.counted]
    single = [q for q in counts if heads.count(q.counted[0]) == 1]
    if not single:
        return None
    q = rng.choice(single)
    new = altered_number(q.text, rng)
    ends = [e for e in _paragraph_ends(text) if e > q.end]
    if new is None or not ends:
        return None
    at = rng.choice(ends)
    template = rng.choice(_RESTATEMENTS)
    sentence = template.format(n=new, noun=q.counted[0])
    start = at + 1 + template.index("{n}")
    out = text[:at] + " " + sentence + text[at:]
    return Injection(out, start, start + len(new), ("consistency.figure",), f"{q.text} {q.counted[0]} → {sentence}")


@injector("figure-restatement-changed", "consistency")
def figure_restatement_changed(text: str, rng: random.Random) -> Injection | None:
    """A count stated twice with the same number and noun phrase: the later one is changed."""
    doc = Document(text)
    counts = _counts(doc)
    sentence_of = {s.start: i for i, s in enumerate(doc.sentences)}
    starts = sorted(sentence_of)
    def sentence(q: Quantity) -> int:
        return bisect.bisect_right(starts, q.start)

    pairs = [
        (a, b)
        for i, b in enumerate(counts)
        for a in counts[:i]
        if a.value == b.value and a.counted[:1] == b.counted[:1] and sentence(a) != sentence(b)
    ]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    new = altered_number(b.text, rng)
    if new is None:
        return None
    digits_end = b.start + len(_DIGITS.match(b.text).group())
    new_digits = _DIGITS.match(new).group()
    out = text[: b.start] + new_digits + text[digits_end:]
    note = f"{text[a.start:a.counted_end]} … {text[b.start:b.counted_end]} → {new_digits}"
    return Injection(out, b.start, b.start + len(new_digits), ("consistency.figure",), note)


_MONEY_HEAD = regex.compile(
    r"\b(?P<noun>biaya|anggaran|dana|nilai|kerugian|hadiah|denda|tarif|modal|bantuan|insentif|tunjangan)"
    r"\s+(?:(?:sebesar|senilai|mencapai)\s+)?(?P<num>Rp\s?\d{1,3}(?:\.\d{3})*(?:,\d+)?(?:\s(?:ribu|juta|miliar|triliun))?)"
    r"(?![\d,.]\d)"
)


@injector("money-restated", "consistency")
def money_restated(text: str, rng: random.Random) -> Injection | None:
    """A sum ``biaya Rp N`` restated later as ``biaya sebesar Rp N' itu`` with another number."""
    found = list(_MONEY_HEAD.finditer(text))
    nouns = [m.group("noun").lower() for m in found]
    single = [m for m in found if nouns.count(m.group("noun").lower()) == 1]
    if not single:
        return None
    m = rng.choice(single)
    amount = m.group("num")
    digits = regex.search(r"\d+(?:\.\d{3})*", amount)
    new = altered_number(digits.group(), rng)
    ends = [e for e in _paragraph_ends(text) if e > m.end()]
    if new is None or not ends:
        return None
    new_amount = amount[: digits.start()] + new + amount[digits.end() :]
    at = rng.choice(ends)
    noun = m.group("noun").lower()
    sentence = f"Menurut dia, {noun} sebesar {new_amount} itu sudah diperhitungkan sejak awal."
    start = at + 1 + sentence.index(new_amount)
    out = text[:at] + " " + sentence + text[at:]
    return Injection(out, start, start + len(new_amount), ("consistency.figure",), f"{m.group()} → {new_amount}")


_SPEECH = regex.compile(r"\b(?:kata|ujar|ungkap|jelas|tutur|tambah|ucap|terang|tegas|imbuh)\s+(\p{Lu}\p{Ll}{3,})\b")
_AGED = regex.compile(r"\b(\p{Lu}\p{Ll}{3,})\s\(\d{1,3}\)")
_WORD = regex.compile(r"(?<![\w-])\p{Lu}\p{Ll}+(?![\w-])")


def one_letter_variant(name: str, rng: random.Random) -> str | None:
    """``Siti`` → ``Seti`` / ``Sitti`` / ``Sit``: a vowel substituted, a letter doubled or one
    dropped (never the first letter, which readers see first)."""
    ops = ["vowel", "double", "drop"]
    rng.shuffle(ops)
    for op in ops:
        inner = list(range(1, len(name)))
        rng.shuffle(inner)
        for i in inner:
            c = name[i]
            if op == "vowel" and c in _VOWELS:
                return name[:i] + rng.choice([v for v in _VOWELS if v != c]) + name[i + 1 :]
            if op == "double" and c.isalpha():
                return name[:i] + c + name[i:]
            if op == "drop" and len(name) >= 5 and name[i - 1] != c:
                return name[:i] + name[i + 1 :]
    return None


@injector("name-one-letter", "consistency")
def name_one_letter(text: str, rng: random.Random) -> Injection | None:
    """A person named in the article (as a speaker or with an age) has one later mention spelt
    with one letter doubled, dropped or a vowel changed."""
    people = {m.group(1) for m in _SPEECH.finditer(text)} | {m.group(1) for m in _AGED.finditer(text)}
    words = [(m.group(), m.start()) for m in _WORD.finditer(text)]
    cands = []
    for name in sorted(people):
        if _known(name) >= 3.5:
            continue  # "kata Wakil …": a common word, not a name
        offsets = [o for w, o in words if w == name]
        if len(offsets) >= 2:
            cands.append((name, offsets))
    if not cands:
        return None
    name, offsets = rng.choice(cands)
    variant = one_letter_variant(name, rng)
    if variant is None or regex.search(rf"\b{variant}\b", text):
        return None
    at = rng.choice(offsets[1:])
    out = text[:at] + variant + text[at + len(name) :]
    return Injection(out, at, at + len(variant), ("consistency.name-variant",), f"{name} → {variant}")


@injector("weekday-wrong", "consistency")
def weekday_wrong(text: str, rng: random.Random) -> Injection | None:
    """A weekday before a full date (``Selasa (14/10/2025)``) changed to another day."""
    good = []
    for m in find_dated_weekdays(text):
        if m.year and m.language == "id" and weekday_of(m.year, m.month, m.day) == m.weekday:
            good.append(m)
    if not good:
        return None
    m = rng.choice(good)
    names = WEEKDAY_NAMES["id"]
    other = rng.choice([d for i, d in enumerate(names) if i != m.weekday])
    old = text[m.weekday_start : m.weekday_end]
    if old.isupper():
        other = other.upper()
    elif old[:1].isupper():
        other = other.capitalize()
    out = text[: m.weekday_start] + other + text[m.weekday_end :]
    return Injection(out, m.weekday_start, m.weekday_start + len(other), ("consistency.weekday",), f"{old} → {other}")
