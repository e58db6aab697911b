"""Spelling and house-style errors: typing slips, glued words, non-standard forms, capitals.

Typos are the slips of a real typist, drawn with the weights typing studies report
(deletions most often, then substitutions of a neighbouring key, doubled letters,
swapped neighbours, letters struck twice by a neighbouring key), applied to a word
of the article chosen like a running token (a common word is hit more often). An
injected typo must be a non-word for plain Hunspell (``id_ID`` and ``en_US``) and a
word the article does not use: a slip that makes another real word (``kata`` →
``kita``) is a grammar error no speller sees. The correction (the original word) is
kept, so the benchmark also measures whether the first suggestion is right.
"""

from __future__ import annotations

import random

from lintpress.document import Document
from lintpress.spelling import dictionaries
from recall import Injection, injector

SPELLING = ("spelling",)
VOWELS = "aeiou"
#: Neighbouring keys on a QWERTY keyboard (what a finger hits instead).
KEYS = [
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
]


def _neighbours() -> dict[str, str]:
    out: dict[str, str] = {}
    for r, row in enumerate(KEYS):
        for c, ch in enumerate(row):
            near = [row[c - 1] if c else "", row[c + 1] if c + 1 < len(row) else ""]
            for other in (r - 1, r + 1):
                if 0 <= other < len(KEYS):
                    near += [KEYS[other][k] for k in (c - 1, c, c + 1) if 0 <= k < len(KEYS[other])]
            out[ch] = "".join(x for x in near if x)
    return out


NEIGHBOURS = _neighbours()
#: Kind of slip → weight (deletions are the most common slip, then substitutions, …).
SLIPS = {"drop": 0.2, "drop-vowel": 0.15, "neighbour": 0.25, "double": 0.15, "swap": 0.15, "insert": 0.1}


def _spell(word: str) -> bool:
    """Plain Hunspell (id_ID or en_US) accepts the word, in its case or lower case."""
    hs = [dictionaries.load("id_ID"), dictionaries.load("en_US")]
    return any(h.spell(w) for h in hs for w in {word, word.lower()})


def slip(word: str, rng: random.Random, keep_first: bool) -> str | None:
    """One realistic typing slip in ``word`` (None when the chosen slip does not apply)."""
    kind = rng.choices(list(SLIPS), weights=list(SLIPS.values()))[0]
    first = 1 if keep_first or rng.random() < 0.9 else 0  # the first letter is rarely mistyped
    positions = list(range(first, len(word)))
    if not positions:
        return None
    i = rng.choice(positions)
    ch = word[i].lower()
    if kind == "drop-vowel":
        vowels = [j for j in positions if word[j].lower() in VOWELS]
        if not vowels:
            return None
        i = rng.choice(vowels)
        return word[:i] + word[i + 1 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[: i + 1] + word[i] + word[i + 1 :]
    if kind == "swap":
        if i + 1 >= len(word):
            return None
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    near = NEIGHBOURS.get(ch)
    if not near:
        return None
    key = rng.choice(near)
    if word[i].isupper():
        key = key.upper()
    if kind == "neighbour":
        return word[:i] + key + word[i + 1 :]
    return word[:i] + key + word[i:] if rng.random() < 0.5 else word[: i + 1] + key + word[i + 1 :]


def _typo_at(text: str, tokens: list, rng: random.Random, keep_first: bool, note: str) -> Injection | None:
    """Put a non-word slip into one of ``tokens`` (chosen at random), or None after a few tries."""
    if not tokens:
        return None
    used = {t.text.lower() for t in Document(text).words}
    for _ in range(30):
        tok = rng.choice(tokens)
        wrong = slip(tok.text, rng, keep_first)
        if not wrong or wrong.lower() in used or _spell(wrong):
            continue
        new = text[: tok.start] + wrong + text[tok.end :]
        return Injection(
            new, tok.start, tok.start + len(wrong), SPELLING, f"{note}: {tok.text} → {wrong}", tok.text
        )
    return None


def _sentence_starts(doc: Document) -> set[int]:
    starts = set()
    words = doc.words
    j = 0
    for s in doc.sentences:
        while j < len(words) and words[j].start < s.start:
            j += 1
        if j < len(words) and words[j].start < s.end:
            starts.add(words[j].start)
    return starts


def _prose(doc: Document, tok) -> bool:
    return doc.is_prose(tok.start, tok.end - tok.start) and tok.text.isalpha()


@injector("typo-lower", "spelling")
def typo_lower(text: str, rng: random.Random) -> Injection | None:
    """A slip in a lower-case dictionary word of 4+ letters (sedangkan → sedangkn)."""
    doc = Document(text)
    tokens = [
        t for t in doc.words if len(t.text) >= 4 and t.text.islower() and _prose(doc, t) and _spell(t.text)
    ]
    return _typo_at(text, tokens, rng, False, "lower")


@injector("typo-capitalised-sentence-start", "spelling")
def typo_sentence_start(text: str, rng: random.Random) -> Injection | None:
    """A slip in the capitalised first word of a sentence that is a dictionary word (Sedangkan → Sedangkn)."""
    doc = Document(text)
    starts = _sentence_starts(doc)
    tokens = [
        t
        for t in doc.words
        if t.start in starts
        and len(t.text) >= 4
        and t.text[0].isupper()
        and t.text[1:].islower()
        and _prose(doc, t)
        and dictionaries.load("id_ID").spell(t.text.lower())
    ]
    return _typo_at(text, tokens, rng, True, "sentence start")


def _mid_capitalised(doc: Document) -> list:
    starts = _sentence_starts(doc)
    return [
        t
        for t in doc.words
        if t.start not in starts
        and len(t.text) >= 5
        and t.text[0].isupper()
        and t.text[1:].islower()
        and _prose(doc, t)
        and doc.text[t.start - 1 : t.start] not in "\"'“‘("
    ]


@injector("typo-capitalised-name", "spelling")
def typo_name(text: str, rng: random.Random) -> Injection | None:
    """A slip in one use of a name or place the article writes capitalised 2+ times (Jakarta → Jakrta)."""
    doc = Document(text)
    mid = _mid_capitalised(doc)
    counts: dict[str, int] = {}
    for t in mid:
        counts[t.text] = counts.get(t.text, 0) + 1
    tokens = [t for t in mid if counts[t.text] >= 2]
    inj = _typo_at(text, tokens, rng, True, "name")
    # a name the article writes two ways is also what consistency.name-variant reports
    return inj._replace(rules=(*SPELLING, "consistency.name-variant")) if inj else None


@injector("typo-capitalised-word", "spelling")
def typo_capitalised_word(text: str, rng: random.Random) -> Injection | None:
    """A slip in a capitalised dictionary word inside a sentence (titles, bodies: Kementerian → Kementrian)."""
    doc = Document(text)
    hun = dictionaries.load("id_ID")
    tokens = [t for t in _mid_capitalised(doc) if hun.spell(t.text.lower())]
    return _typo_at(text, tokens, rng, True, "capitalised word")


def _glue(text: str, left, right, rules: tuple[str, ...], note: str) -> Injection:
    new = text[: left.end] + text[right.start :]
    end = right.end - (right.start - left.end)
    glued = new[left.start : end]
    return Injection(new, left.start, end, rules, f"{note}: {glued}", f"{left.text} {right.text}")


def _glue_one(text: str, pairs: list, rng: random.Random, note: str) -> Injection | None:
    """One of the adjacent ``pairs`` (chosen at random) written solid, or None when there is none."""
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    return _glue(text, a, b, GLUED, note)


def _pairs(doc: Document):
    """Adjacent word tokens separated by one space, both in prose."""
    words = doc.words
    for a, b in zip(words, words[1:]):
        if doc.text[a.end : b.start] == " " and doc.is_prose(a.start, b.end - a.start):
            yield a, b


GLUED = ("spelling", "style.preposition-apart", "style.preposition-place", "style.preposition-name")


@injector("glued-preposition", "spelling")
def glued_preposition(text: str, rng: random.Random) -> Injection | None:
    """The preposition di/ke written solid with the next word (di berbagai → diberbagai)."""
    doc = Document(text)
    hun = dictionaries.load("id_ID")
    pairs = [
        (a, b)
        for a, b in _pairs(doc)
        if a.text in ("di", "ke")
        and b.text.isalpha()
        and b.text.islower()
        and len(b.text) >= 3
        and not hun.spell(a.text + b.text)
    ]
    return _glue_one(text, pairs, rng, "preposition")


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


@injector("glued-brand", "spelling")
def glued_brand(text: str, rng: random.Random) -> Injection | None:
    """A word glued to the acronym, brand or name after it, as scraping leaves links (dari CNA → dariCNA)."""
    doc = Document(text)
    pairs = [
        (a, b)
        for a, b in _pairs(doc)
        if a.text.isalpha()
        and a.text.islower()
        and len(a.text) >= 2
        and (_acronym(b.text) or (b.text[0].isupper() and b.text[1:].islower() and len(b.text) >= 3))
    ]
    acronyms = [p for p in pairs if _acronym(p[1].text)]
    pool = acronyms if acronyms and rng.random() < 0.5 else pairs
    if not pool:
        return None
    a, b = rng.choice(pool)
    return _glue(text, a, b, GLUED, "brand")


@injector("glued-lower", "spelling")
def glued_lower(text: str, rng: random.Random) -> Injection | None:
    """Two lower-case words run together, as a dropped space leaves them (dan sophisticated)."""
    doc = Document(text)
    pairs = [
        (a, b)
        for a, b in _pairs(doc)
        if a.text.isalpha()
        and b.text.isalpha()
        and a.text.islower()
        and b.text.islower()
        and a.text not in ("di", "ke")
        and len(a.text) + len(b.text) >= 7
        and not _spell(a.text + b.text)
    ]
    return _glue_one(text, pairs, rng, "lower")


@injector("glued-three", "spelling")
def glued_three(text: str, rng: random.Random) -> Injection | None:
    """Three lower-case words run together, as a word whose italics were lost leaves them
    (menjadi trigger untuk → menjaditriggeruntuk)."""
    doc = Document(text)
    pairs = list(_pairs(doc))
    triples = [
        (a, b, c)
        for (a, b), (b2, c) in zip(pairs, pairs[1:])
        if b is b2
        and all(t.text.isalpha() and t.text.islower() and len(t.text) >= 2 for t in (a, b, c))
        and len(b.text) >= 3
        and len(a.text + b.text + c.text) >= 10
        and not _spell(a.text + b.text + c.text)
    ]
    if not triples:
        return None
    a, b, c = rng.choice(triples)
    glued = a.text + b.text + c.text
    new = text[: a.start] + glued + text[c.end :]
    expected = f"{a.text} {b.text} {c.text}"
    return Injection(new, a.start, a.start + len(glued), GLUED, f"three: {glued}", expected)


@injector("glued-acronym", "spelling")
def glued_acronym(text: str, rng: random.Random) -> Injection | None:
    """An acronym the article uses glued to the lower-case word after it (BLT atau → BLTatau)."""
    doc = Document(text)
    pairs = [
        (a, b)
        for a, b in _pairs(doc)
        if _acronym(a.text) and b.text.isalpha() and b.text.islower() and len(b.text) >= 3
    ]
    return _glue_one(text, pairs, rng, "acronym")


@injector("glued-capitalised", "spelling")
def glued_capitalised(text: str, rng: random.Random) -> Injection | None:
    """A capitalised word glued to the capitalised word after it, which the article also writes
    elsewhere, as a flattened list leaves them (Maret Tahap 2 → MaretTahap 2)."""
    doc = Document(text)
    counts: dict[str, int] = {}
    for t in doc.words:
        counts[t.text] = counts.get(t.text, 0) + 1
    hun = dictionaries.load("id_ID")
    pairs = [
        (a, b)
        for a, b in _pairs(doc)
        if all(t.text[:1].isupper() and t.text[1:].islower() and len(t.text) >= 3 for t in (a, b))
        and hun.spell(a.text.lower())
        and counts[b.text] >= 2
    ]
    return _glue_one(text, pairs, rng, "capitalised")


@injector("mixed-case", "spelling")
def mixed_case(text: str, rng: random.Random) -> Injection | None:
    """The second letter of a capitalised word typed with the shift key still down (Diketahui → DIketahui)."""
    doc = Document(text)
    tokens = [
        t for t in doc.words
        if len(t.text) >= 5 and t.text[0].isupper() and t.text[1:].islower() and _prose(doc, t)
        and _spell(t.text.lower())
    ]
    if not tokens:
        return None
    tok = rng.choice(tokens)
    wrong = tok.text[:2].upper() + tok.text[2:]
    new = text[: tok.start] + wrong + text[tok.end :]
    return Injection(new, tok.start, tok.end, SPELLING, f"mixed case: {wrong}", tok.text)


#: Standard form → a non-standard form writers use (KBBI), for the baku-form injector.
NON_STANDARD = {
    "telepon": "telpon",
    "manajemen": "menejemen",
    "negosiasi": "negoisasi",
    "survei": "survai",
    "personel": "personil",
    "menindaklanjuti": "menindak lanjuti",
    "ditindaklanjuti": "ditindak lanjuti",
    "diteken": "di teken",
    "risiko": "resiko",
    "praktik": "praktek",
    "izin": "ijin",
    "imbauan": "himbauan",
    "analisis": "analisa",
    "aktivitas": "aktifitas",
    "kualitas": "kwalitas",
    "sistem": "sistim",
    "apotek": "apotik",
    "karier": "karir",
    "objek": "obyek",
    "jadwal": "jadual",
    "atlet": "atlit",
    "ekstrem": "ekstrim",
    "utang": "hutang",
    "zaman": "jaman",
    "kategori": "katagori",
    "sekretaris": "sekertaris",
    "teknik": "tehnik",
    "teknologi": "tehnologi",
    "provinsi": "propinsi",
    "kedaluwarsa": "kadaluarsa",
    "silakan": "silahkan",
    "nasihat": "nasehat",
    "mengubah": "merubah",
    "diubah": "dirubah",
    "miliar": "milyar",
    "triliun": "trilyun",
    "sekadar": "sekedar",
    "frekuensi": "frekwensi",
    "konkret": "kongkrit",
    "standardisasi": "standarisasi",
    "ijazah": "ijasah",
    "jenazah": "jenasah",
    "andal": "handal",
    "mengimbau": "menghimbau",
    "nomor": "nomer",
    "hierarki": "hirarki",
    "kuitansi": "kwitansi",
    "antre": "antri",
    "persentase": "prosentase",
    "napas": "nafas",
    "khawatir": "kuatir",
    "detail": "detil",
    "februari": "pebruari",
    "kualifikasi": "kwalifikasi",
    "ambulans": "ambulan",
    "sopir": "supir",
    "hafal": "hapal",
    "komoditas": "komoditi",
    "cedera": "cidera",
    "lembap": "lembab",
    "mengonsumsi": "mengkonsumsi",
    "mengonfirmasi": "mengkonfirmasi",
    "menerapkan": "menterapkan",
    "memublikasikan": "mempublikasikan",
    "menyukseskan": "mensukseskan",
    "pikir": "fikir",
    "berpikir": "berfikir",
    "merek": "merk",
    "kuota": "kwota",
    "sertifikat": "sertipikat",
    "subjek": "subyek",
    "embusan": "hembusan",
    "jenderal": "jendral",
    "manajer": "menejer",
    "paspor": "pasport",
    "trotoar": "trotoir",
    "jeroan": "jerohan",
    "rezeki": "rejeki",
    "nakhoda": "nahkoda",
    "orang tua": "orangtua",
    "kerja sama": "kerjasama",
}


@injector("baku-form", "style")
def baku_form(text: str, rng: random.Random) -> Injection | None:
    """A standard word of the article replaced by a common non-standard form (telepon → telpon).

    Outside quotations only: inside them word-choice rules report at ``info`` level, which
    the benchmark does not count.
    """
    doc = Document(text)
    index = doc.word_index
    places = []
    for right, wrong in NON_STANDARD.items():
        if right == wrong:
            continue
        first = right.split()[0]
        for tok in index.get(first, ()):
            end = tok.start + len(right)
            whole = text[tok.start : end] == right and (end == len(text) or not text[end].isalnum())
            if whole and doc.is_prose(tok.start, len(right)) and not doc.in_quote(tok.start, len(right)):
                places.append((tok.start, end, right, wrong))
    if not places:
        return None
    start, end, right, wrong = rng.choice(places)
    new = text[:start] + wrong + text[end:]
    return Injection(new, start, start + len(wrong), ("style", "spelling"), f"baku: {right} → {wrong}", right)


#: Words that are never capitalised after a comma: pronouns and speech verbs after a quotation.
PRONOUNS = ("ia", "dia", "mereka", "kami", "kita", "saya", "beliau")
SPEECH = ("kata", "ujar", "ungkap", "jelas", "tutur", "imbuh", "tambah", "terang", "ucap", "papar", "sebut")


#: Melted nasal prefix + a vowel → the same prefix keeping the stem's first consonant (EYD melts it).
UNMELT = (("meny", "mens"), ("peny", "pens"), ("meng", "mengk"), ("peng", "pengk"), ("mem", "memp"),
          ("pem", "pemp"), ("men", "ment"), ("pen", "pent"))  # fmt: skip


@injector("baku-nasal", "style")
def baku_nasal(text: str, rng: random.Random) -> Injection | None:
    """A meN-/peN- word of the article written keeping the k, p, t or s its stem starts with
    (memengaruhi → mempengaruhi, menulis → mentulis), when that stem is a word."""
    from lintpress.spelling.morphology import strip_suffixes

    doc = Document(text)
    hun = dictionaries.load("id_ID")
    choices = []
    for t in doc.words:
        word = t.text
        if not (word.isalpha() and word.islower() and _prose(doc, t)) or doc.in_quote(t.start, len(word)):
            continue  # (in narration: word-form rules leave quotations alone)
        for melted, kept in UNMELT:
            if word.startswith(melted) and word[len(melted) : len(melted) + 1] in VOWELS:
                wrong = kept + word[len(melted) :]
                stem = wrong[len(kept) - 1 :]
                if stem.startswith("per") or _spell(wrong):
                    break  # mem- + per- keeps its p (memperbaiki)
                if any(len(f) >= 4 and hun.spell(f) for f in strip_suffixes(stem)):
                    choices.append((t, wrong))
                break
    if not choices:
        return None
    tok, wrong = rng.choice(choices)
    new = text[: tok.start] + wrong + text[tok.end :]
    rules = ("style.baku", "style.baku-nasal")
    return Injection(new, tok.start, tok.start + len(wrong), rules, f"nasal: {tok.text} → {wrong}", tok.text)


@injector("capital-after-comma", "style")
def capital_after_comma(text: str, rng: random.Random) -> Injection | None:
    """A pronoun after a comma, or a speech verb after a closing quote, given a capital (, Ia / ," Kata)."""
    doc = Document(text)
    places = []
    for tok in doc.words:
        before = text[max(0, tok.start - 3) : tok.start]
        base = tok.text[:-3] if tok.text.endswith("nya") else tok.text
        pronoun = tok.text in PRONOUNS and before[-2:] == ", " and before[-3:-2] not in '"”'
        if pronoun or (base in SPEECH and before in (",” ", '," ')):
            places.append(tok)
    places = [t for t in places if doc.is_prose(t.start, 1)]
    if not places:
        return None
    tok = rng.choice(places)
    wrong = tok.text[0].upper() + tok.text[1:]
    new = text[: tok.start] + wrong + text[tok.end :]
    return Injection(new, tok.start, tok.end, ("style",), f"capital: {tok.text} → {wrong}", tok.text)


#: Place titles written before a proper name (Kota Medan, Kabupaten Bogor).
PLACE_TITLES = ("Kota", "Kabupaten", "Provinsi", "Kecamatan", "Desa", "Kelurahan", "Pulau", "Jalan", "Gunung")


@injector("name-lowercase", "style")
def name_lowercase(text: str, rng: random.Random) -> Injection | None:
    """A place name after its title written in lower case (Kota Medan → Kota medan)."""
    doc = Document(text)
    places = [
        b
        for a, b in _pairs(doc)
        if a.text in PLACE_TITLES and b.text[0].isupper() and b.text[1:].islower() and len(b.text) >= 4
    ]
    if not places:
        return None
    tok = rng.choice(places)
    wrong = tok.text.lower()
    new = text[: tok.start] + wrong + text[tok.end :]
    return Injection(new, tok.start, tok.end, ("style", "spelling"), f"name: {tok.text} → {wrong}", tok.text)
