"""Errors a copy editor circles in Indonesian news besides spelling and facts: punctuation around
appositions, quotations and conjunctions, conjunctions that open a sentence, di for pada before a
time, redundancy, a lower-case sentence start, hyphens of bound forms, legal references.

Every injector undoes something the article already does right (a closed apposition, a comma
after "Namun", "pada tahun 2025", a capitalised "Nomor") or adds a slip next to the article's
own words, so the errors sit in real sentences; nothing depends on knowing the articles.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import regex

from lintpress.document import Document
from recall import Injection, injector

_ATTRIBUTION = r"(?:kata|ujar|ucap|tutur|jelas|ungkap|terang|tegas|imbuh|tambah|lanjut|sebut|papar|pungkas|sambung)"
_SENTENCE_START = r"(?:^|(?<=[.!?][\"”]?[ \t]))"


def _narration(text: str, matches: list[regex.Match], group: int = 0) -> list[regex.Match]:
    """The matches outside direct quotations: rules about word choice and sentence openers leave
    what a source said alone, so their errors are put where the writer speaks."""
    doc = Document(text)
    return [m for m in matches if not doc.in_quote(m.start(group), m.end(group) - m.start(group))]


def _replace_group(
    text: str,
    rng: random.Random,
    pattern: regex.Pattern,
    new: Callable[[regex.Match], str],
    rules: tuple[str, ...],
    group: int = 1,
    narration: bool = False,
) -> Injection | None:
    """Pick one match of ``pattern`` at random (outside quotations with ``narration``) and replace
    its ``group`` with ``new(match)``.

    The injected span is the replacement (or, when the replacement is empty, the place where
    the removed text was, one character either side)."""
    matches = list(pattern.finditer(text))
    if narration:
        matches = _narration(text, matches, group)
    if not matches:
        return None
    m = rng.choice(matches)
    start, end = m.span(group)
    replacement = new(m)
    out = text[:start] + replacement + text[end:]
    span = (start, start + len(replacement)) if replacement else (max(0, start - 1), min(len(out), start + 1))
    note = f"{text[start:end]!r} → {replacement!r} in …{out[max(0, start - 30) : start + 30]}…"
    return Injection(out, span[0], span[1], rules, note.replace("\n", " "))


# An apposition closed by a comma after a position title: the closing comma goes.
_CLOSED_APPOSITION = regex.compile(
    r"\b(?:Kepala|Ketua|Direktur|Menteri|Gubernur|Bupati|Wali Kota|Kapolres|Kapolda|Juru [Bb]icara|Sekretaris|Deputi|Wakil \p{Lu}\p{Ll}+)"
    r"(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}.&-]*|\([^()\n]{1,30}\)|dan)){0,10},[ \t]+"
    r"(?:\p{Lu}\.[ \t]+)?\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*){0,3}(,)(?=[ \t]+\p{Ll})"
)


@injector("apposition-unclosed", "editor")
def apposition_unclosed(text: str, rng: random.Random) -> Injection | None:
    """``Kepala Dinas X, Budi Santoso, mengatakan`` → ``…, Budi Santoso mengatakan``."""
    return _replace_group(text, rng, _CLOSED_APPOSITION, lambda m: "", ("style.apposition-comma",))


_INNER_CONJUNCTION = regex.compile(r"\p{Ll}(,?[ \t]+(sehingga|sedangkan|tetapi)[ \t]+)(?=\p{Ll})")


@injector("conjunction-opens-sentence", "editor")
def conjunction_opens_sentence(text: str, rng: random.Random) -> Injection | None:
    """``…, sehingga warga …`` → ``…. Sehingga warga …``: a sentence split at its conjunction."""
    return _replace_group(
        text,
        rng,
        _INNER_CONJUNCTION,
        lambda m: ". " + m.group(2).capitalize() + " ",
        ("style.sentence-initial-conjunction",),
        narration=True,
    )


_TRANSITION = regex.compile(
    _SENTENCE_START
    + r"(?:Namun|Selain itu|Sementara itu|Oleh karena itu|Dengan demikian|Di sisi lain|Menurutnya|Meski demikian|Akan tetapi)(,)(?=[ \t]+\p{L})",
    regex.MULTILINE,
)


@injector("transition-comma-dropped", "editor")
def transition_comma_dropped(text: str, rng: random.Random) -> Injection | None:
    """``Namun, warga …`` → ``Namun warga …`` (the comma after a connecting expression goes)."""
    return _replace_group(text, rng, _TRANSITION, lambda m: "", ("style.transition-comma",), narration=True)


_YAKNI = regex.compile(r"\p{Ll}(,)[ \t]+(?:yakni|yaitu)[ \t]+\p{L}")


@injector("yakni-comma-dropped", "editor")
def yakni_comma_dropped(text: str, rng: random.Random) -> Injection | None:
    """``dua program, yakni …`` → ``dua program yakni …``."""
    return _replace_group(text, rng, _YAKNI, lambda m: "", ("style.yakni-comma",))


_PADA_TIME = regex.compile(
    r"\b([Pp]ada)(?=[ \t]+(?:tahun[ \t]+(?:\d{4}|ini|lalu|depan)|(?:19|20)\d\d\b|bulan[ \t]+\p{Lu}|(?:awal|akhir|pertengahan)[ \t]+(?:tahun|bulan|\p{Lu}\p{Ll}+)))"
)


@injector("di-for-pada", "editor")
def di_for_pada(text: str, rng: random.Random) -> Injection | None:
    """``pada tahun 2025`` → ``di tahun 2025``; ``pada akhir Oktober`` → ``di akhir Oktober``."""
    return _replace_group(
        text,
        rng,
        _PADA_TIME,
        lambda m: "Di" if m.group(1)[0].isupper() else "di",
        ("style.di-time",),
        narration=True,
    )


_PLEONASM_PLACES = regex.compile(
    r"(?<![\w-])(?:(merupakan)|(agar)|(sejak)|(semakin))(?=[ \t]+\p{Ll})"
)
_PLEONASM = {1: "adalah merupakan", 2: "agar supaya", 3: "sejak dari", 4: "semakin lebih"}


@injector("pleonasm", "editor")
def pleonasm(text: str, rng: random.Random) -> Injection | None:
    """``merupakan`` → ``adalah merupakan``, ``agar`` → ``agar supaya``, ``sejak`` → ``sejak dari``,
    ``semakin`` → ``semakin lebih`` at one of the article's own uses of the word."""
    matches = _narration(text, list(_PLEONASM_PLACES.finditer(text)))
    if not matches:
        return None
    m = rng.choice(matches)
    phrase = _PLEONASM[m.lastindex]
    out = text[: m.start()] + phrase + text[m.end() :]
    note = f"{m.group()} → {phrase}"
    return Injection(out, m.start(), m.start() + len(phrase), ("style.pleonasm",), note)


_PLURAL_MARKED = regex.compile(
    r"\b(?:para|berbagai|beberapa|sejumlah|seluruh)[ \t]+(\p{Ll}{4,})(?![\w-])"
)


@injector("plural-reduplicated", "editor")
def plural_reduplicated(text: str, rng: random.Random) -> Injection | None:
    """``para petani`` → ``para petani-petani`` (the plural said twice)."""
    return _replace_group(
        text,
        rng,
        _PLURAL_MARKED,
        lambda m: f"{m.group(1)}-{m.group(1)}",
        ("style.plural-redundant",),
        narration=True,
    )


_ATTRIBUTED_QUOTE = regex.compile(r"\p{L}(,)[\"”][ \t]+" + _ATTRIBUTION + r"(?:nya)?\b")


@injector("quote-closed-with-period", "editor")
def quote_closed_with_period(text: str, rng: random.Random) -> Injection | None:
    """``…," kata Budi`` → ``…." kata Budi`` (a full stop where the attribution needs a comma)."""
    return _replace_group(text, rng, _ATTRIBUTED_QUOTE, lambda m: ".", ("style.quote-attribution-comma",))


_ATTRIBUTION_END = regex.compile(
    r"[,?!][\"”][ \t]+" + _ATTRIBUTION + r"(?:nya)?\b[^.!?\"”\n]{0,60}?\p{L}(\.)[ \t]*(?=\n|\Z)"
)


@injector("attribution-period-dropped", "editor")
def attribution_period_dropped(text: str, rng: random.Random) -> Injection | None:
    """``…," ujarnya.`` ending a paragraph → ``…," ujarnya`` (the final full stop goes)."""
    return _replace_group(text, rng, _ATTRIBUTION_END, lambda m: "", ("style.attribution-period",))


_LOWERABLE_START = regex.compile(
    r"(?<=\p{Ll}{4}\.[ \t])((?:Hal|Kegiatan|Program|Pemerintah|Selain|Sementara|Dalam|Untuk|Para|Sebelumnya|Warga|Saat|Hingga|Adapun|Sedangkan|Berdasarkan|Meski|Kondisi|Langkah|Upaya|Data|Jumlah|Pihaknya|Hasil|Tidak|Ada|Kini|Namun|Dengan|Terkait)\b)"
)


@injector("sentence-start-lowercase", "editor")
def sentence_start_lowercase(text: str, rng: random.Random) -> Injection | None:
    """A sentence after a full stop starts in lower case (``… dibagikan. hal itu …``)."""
    return _replace_group(
        text, rng, _LOWERABLE_START, lambda m: m.group(1)[0].lower() + m.group(1)[1:], ("style.sentence-lowercase",)
    )


_LEGAL_REFERENCE = regex.compile(r"\b(Nomor|Tahun)(?=[ \t]+\d)")


@injector("legal-reference-lowercase", "editor")
def legal_reference_lowercase(text: str, rng: random.Random) -> Injection | None:
    """``UU Nomor 12 Tahun 2011`` → ``UU nomor 12 Tahun 2011`` (or ``… tahun 2011``)."""
    refs = regex.compile(r"\b(?:UU|PP|Perpres|Permen\p{L}*|Perda|Inpres|Keppres|PMK|Undang-Undang|Peraturan(?:[ \t]+\p{Lu}\p{L}+)+)[ \t]+(Nomor)[ \t]+\d+[A-Z]?[ \t]+(Tahun)[ \t]+\d{4}")
    matches = list(refs.finditer(text))
    if not matches:
        return None
    m = rng.choice(matches)
    group = rng.choice([1, 2])
    start, end = m.span(group)
    low = text[start:end].lower()
    out = text[:start] + low + text[end:]
    return Injection(out, start, end, ("style.legal-reference-case",), f"{text[start:end]} → {low} in {m.group()}")


_CONCESSIVE = regex.compile(
    r"\b(?:Meski(?:pun)?|Walau(?:pun)?)\b[^.!?\"“”\n,]{3,100},[ \t]+(?=\p{Ll})"
)


@injector("concessive-plus-tetapi", "editor")
def concessive_plus_tetapi(text: str, rng: random.Random) -> Injection | None:
    """``Meskipun X, Y`` → ``Meskipun X, tetapi Y`` (the contrast said twice)."""
    matches = _narration(text, list(_CONCESSIVE.finditer(text)))
    if not matches:
        return None
    m = rng.choice(matches)
    word = rng.choice(["tetapi", "namun"])
    out = text[: m.end()] + word + " " + text[m.end() :]
    return Injection(out, m.end(), m.end() + len(word), ("style.correlative-conjunction",), f"{m.group()}{word} …")


_BAHWA_VERB = regex.compile(r"\b((?:mengatakan|menyatakan|menjelaskan|menegaskan|menyebut|menyebutkan|mengungkapkan|menyampaikan|memastikan|menilai))[ \t]+(bahwa)\b")


@injector("comma-before-bahwa", "editor")
def comma_before_bahwa(text: str, rng: random.Random) -> Injection | None:
    """``menjelaskan bahwa`` → ``menjelaskan, bahwa``."""
    matches = list(_BAHWA_VERB.finditer(text))
    if not matches:
        return None
    m = rng.choice(matches)
    at = m.end(1)
    out = text[:at] + "," + text[at:]
    return Injection(out, m.start(1), at + 1, ("style.comma-before-bahwa",), f"{m.group()} → {m.group(1)}, bahwa")


@injector("jika-for-bahwa", "editor")
def jika_for_bahwa(text: str, rng: random.Random) -> Injection | None:
    """``mengatakan bahwa`` → ``mengatakan jika`` (a condition word where the content is meant)."""
    return _replace_group(
        text, rng, _BAHWA_VERB, lambda m: rng.choice(["jika", "kalau"]), ("style.jika-bahwa",), group=2, narration=True
    )


_BOUND_FORM = regex.compile(r"(?<![\w-])(antar|pasca|non|anti)(\p{Ll}{4,})(?![\w-])")


@injector("bound-form-hyphenated", "editor")
def bound_form_hyphenated(text: str, rng: random.Random) -> Injection | None:
    """``antardaerah`` → ``antar-daerah``, ``nonaktif`` → ``non-aktif``."""
    matches = [m for m in _BOUND_FORM.finditer(text) if m.group(1) != "anti" or m.group(2)[0] not in "ks"]
    if not matches:
        return None
    m = rng.choice(matches)
    new = f"{m.group(1)}-{m.group(2)}"
    out = text[: m.start()] + new + text[m.end() :]
    return Injection(out, m.start(), m.start() + len(new), ("style.bound-form-hyphen",), f"{m.group()} → {new}")
