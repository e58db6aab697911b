"""Candidate stems of an Indonesian word, by peeling off affixes.

Hunspell's id_ID derives many affixed forms, but news coins new ones every day
(``dimitigasi``, ``direspons``, ``digencarkan``, ``dibully``). A word whose
stem is known is spelled right as far as a speller can tell. This is a light
affix stripper in the spirit of Nazief–Adriani: particles (``-lah``), possessives
(``-nya``), derivational suffixes (``-kan``, ``-an``, ``-i``), and up to two
prefixes with the nasal recoding of ``meN-``/``peN-`` (``menulis`` → ``tulis``,
``memukul`` → ``pukul``, ``menyapu`` → ``sapu``, ``mengirim`` → ``kirim``).

A stem counts only through an affixation EYD allows, because a slip often
looks like an affixed word: ``menhindar`` (men- before h: menghindar),
``telibat`` (te-
only before r: terlibat), ``menunjukan`` (me- never pairs with -an:
menunjukkan) and ``penah`` (a three-letter stem behind pe-) are not derived
words (:func:`analyses`). Within those rules it over-generates on purpose:
callers test every candidate against a dictionary, so a wrong candidate only
costs a look-up.

>>> sorted(stems("dimitigasi"))[:3]
['dimitigas', 'mitigas', 'mitigasi']
"""

from __future__ import annotations

PARTICLES = ("lah", "kah", "pun", "tah")
POSSESSIVES = ("nya", "ku", "mu")
DERIVATIONAL = ("kan", "an", "i", "in")  # -in: the colloquial Jakarta suffix (diviralin)

VOWELS = frozenset("aeiou")

#: prefix → what may stand for the letter the nasal replaced ("" = nothing was replaced).
PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("menge", ("",)),
    ("penge", ("",)),
    ("meng", ("", "k")),
    ("peng", ("", "k")),
    ("meny", ("s",)),
    ("peny", ("s",)),
    ("mem", ("", "p")),
    ("pem", ("", "p")),
    ("men", ("", "t")),
    ("pen", ("", "t")),
    ("me", ("",)),
    ("pe", ("",)),
    ("diper", ("",)),
    ("ber", ("",)),
    ("bel", ("",)),
    ("be", ("",)),
    ("ter", ("",)),
    ("te", ("",)),
    ("per", ("",)),
    ("di", ("",)),
    ("ke", ("",)),
    ("se", ("",)),
    ("nge", ("",)),  # colloquial: ngebut, ngegas
    ("ng", ("", "k")),  # colloquial: ngopi, ngomong
    ("ny", ("s", "c")),  # colloquial: nyuruh, nyari
    ("m", ("p",)),  # colloquial: mikir, maksa
    ("n", ("t",)),  # colloquial: nunggu, nurut
)
#: Colloquial nasal prefixes: the stem behind them is taken as it is (no second prefix).
COLLOQUIAL = frozenset(("nge", "ng", "ny", "m", "n"))

#: Bound forms written solid with the next word (PUEBI): pascabencana, mikroplastik, reaktivasi.
BOUND_FORMS = (
    "pasca",
    "pra",
    "anti",
    "non",
    "multi",
    "antar",
    "inter",
    "sub",
    "super",
    "mikro",
    "makro",
    "nir",
    "swa",
    "tuna",
    "purna",
    "re",
    "eko",
    "bio",
    "tele",
    "trans",
    "ultra",
    "semi",
    "pro",
    "kontra",
    "neo",
    "geo",
    "hidro",
    "poli",
    "mono",
    "ko",
    "eks",
    "infra",
    "intra",
    "ekstra",
    "pseudo",
    "para",
    "hiper",
    "hipo",
    "mega",
    "mini",
    "oto",
    "auto",
    "mis",
)

MIN_STEM = 3
#: Shortest stem an affix stripper accepts behind most prefixes (``pe`` + ``nah`` is no word).
MIN_BOUND_STEM = 4
#: Prefixes after which a one-syllable stem of three letters is common (dicek, mengebom, pengecatan).
SHORT_STEM_PREFIXES = frozenset(("di", "menge", "penge"))

#: Prefix → its family: the allomorphs of one prefix share the affix-pair rules below.
FAMILY = {
    "menge": "me", "meng": "me", "meny": "me", "mem": "me", "men": "me", "me": "me",
    "penge": "pe", "peng": "pe", "peny": "pe", "pem": "pe", "pen": "pe", "pe": "pe",
    "ber": "ber", "be": "ber", "bel": "ber", "ter": "ter", "te": "ter",
    "di": "di", "ke": "ke", "se": "se", "per": "per", "diper": "di",
}  # fmt: skip
#: (prefix family, derivational suffix) pairs Indonesian never combines (Nazief & Adriani's list):
#: ``menunjukan`` (me- … -an) is a slip for menunjukkan, ``dipertemuan`` (di- … -an) a glued di.
INVALID_PAIRS = frozenset(
    (
        ("ber", "i"),
        ("di", "an"),
        ("ke", "i"),
        ("ke", "kan"),
        ("me", "an"),
        ("se", "i"),
        ("se", "kan"),
        ("ter", "an"),
    )
)


def _cer(rest: str) -> bool:
    """A native two-syllable stem whose first syllable ends in -er (kerja, serta, ternak, pergi):
    ber-/ter-/per- become be-/te-/pe- before it (bekerja, beserta, peternak, bepergian).

    Longer borrowed stems keep ber- (bersertifikat), and so does the odd native one (bercermin,
    which Hunspell knows).
    """
    return (
        len(rest) >= 4
        and rest[0] not in VOWELS
        and rest[1:3] == "er"
        and rest[3] not in VOWELS
        and sum(c in VOWELS for c in rest) <= 2
    )


def allowed(prefix: str, restore: str, rest: str) -> bool:
    """EYD's choice of prefix form for this stem: ``meng`` before a vowel, g, h or kh, ``men`` before d,
    c, j …, ``be``/``te`` only before r or a first syllable in -er (bekerja, tepercaya), ``me`` before
    l, m, n, r, w, y.

    ``rest`` is what follows the prefix in the word, ``restore`` the letter the nasal replaced
    (``menulis`` = men + t + ulis). Borrowed clusters keep their letter (mentransfer, memproduksi).
    """
    head = rest[:1]
    cluster = len(rest) > 1 and rest[1] not in VOWELS
    if prefix in ("meng", "peng"):
        if restore:  # k melted before a vowel
            return True
        return head in VOWELS or head in "gh" or (head == "k" and cluster)
    if prefix in ("meny", "peny"):
        return True  # s (or colloquial c) melted before a vowel
    if prefix in ("mem", "pem"):
        if restore:
            return True
        return head in "bfv" or rest.startswith(("per", "pel")) or (head == "p" and cluster)
    if prefix in ("men", "pen"):
        if restore:
            return True
        return head in "dcjz" or rest.startswith("sy") or (head in "ts" and cluster)
    if prefix == "me":
        return (head in "lmnrwy" and not cluster) or rest.startswith(("ng", "ny"))
    if prefix in ("ber", "ter", "per"):
        return head != "r" and not _cer(rest)
    if prefix in ("be", "te"):
        return (head == "r" and not cluster) or _cer(rest)
    if prefix == "bel":
        return rest.startswith("ajar")
    return True


def _by_first_letter(items):
    """Group prefixes (or (prefix, restores) pairs) by their first letter: one dict look-up per word."""
    out: dict[str, list] = {}
    for item in items:
        out.setdefault((item[0] if isinstance(item, tuple) else item)[0], []).append(item)
    return {k: tuple(v) for k, v in out.items()}


_PREFIXES_BY_LETTER = _by_first_letter(PREFIXES)
_BOUND_BY_LETTER = _by_first_letter(BOUND_FORMS)
_ENDINGS = (PARTICLES, POSSESSIVES)


def strip_suffixes(word: str) -> set[str]:
    """The word and every form left after removing particle, possessive and derivational suffixes."""
    return {form for form, _ in _suffix_forms(word)}


def _suffix_forms(word: str) -> list[tuple[str, str]]:
    """(form, derivational suffix removed or "") after removing particles, possessives and one suffix."""
    forms = {word}
    for group in _ENDINGS:
        for form in list(forms):
            for suffix in group:
                if form.endswith(suffix) and len(form) - len(suffix) >= MIN_STEM:
                    forms.add(form[: -len(suffix)])
    out = [(form, "") for form in forms]
    for form in forms:
        for suffix in DERIVATIONAL:
            if form.endswith(suffix) and len(form) - len(suffix) >= MIN_STEM:
                out.append((form[: -len(suffix)], suffix))
    return out


def strip_prefixes(word: str, depth: int = 2) -> set[str]:
    """The word and what is left after removing up to ``depth`` prefixes (any prefix form)."""
    return {stem for stem, _ in _prefix_forms(word, depth)}


def _prefix_forms(word: str, depth: int = 2, outer: str = "") -> list[tuple[str, str]]:
    """(stem, outermost prefix or "") for the word and each valid removal of up to ``depth`` prefixes."""
    out = [(word, outer)]
    if depth == 0 or not word:
        return out
    for prefix, restores in _PREFIXES_BY_LETTER.get(word[0], ()):
        if not word.startswith(prefix) or len(word) - len(prefix) < MIN_STEM - 1:
            continue
        rest = word[len(prefix) :]
        for restore in restores:
            if restore and rest[0] not in VOWELS:
                continue  # a replaced letter always stood before a vowel
            if not allowed(prefix, restore, rest):
                continue
            stem = restore + rest
            if len(stem) >= MIN_STEM:
                out += _prefix_forms(stem, 0 if prefix in COLLOQUIAL else depth - 1, outer or prefix)
    return out


def analyses(word: str) -> dict[str, bool]:
    """Candidate stems of ``word`` by EYD's affix rules → whether only a *common* stem vouches for it.

    A prefix must take the form the stem calls for (``menghindar``, not ``menhindar``;
    ``terlibat``, not ``telibat``), prefix and suffix must be a pair Indonesian uses
    (``menunjukkan``, not ``menunjukan``) and a stem has at least four letters except
    after ``di-``/``menge-`` (``dicek``). ``ke-`` alone (``kepilih``, colloquial) is
    vouched for only by a common stem: a rare dictionary word makes too many slips words.
    """
    out: dict[str, bool] = {}
    for form, suffix in _suffix_forms(word):
        for stem, prefix in _prefix_forms(form):
            if stem == word or len(stem) < MIN_STEM:
                continue
            family = FAMILY.get(prefix, "")
            if (family, suffix) in INVALID_PAIRS:
                continue
            if len(stem) < MIN_BOUND_STEM and prefix and prefix not in SHORT_STEM_PREFIXES:
                continue
            common_only = family == "ke" and not suffix
            out[stem] = out.get(stem, True) and common_only
    for stem, common_only in [(word, False), *out.items()]:
        for bound in _BOUND_BY_LETTER.get(stem[0], ()):
            if stem.startswith(bound) and len(stem) - len(bound) >= 4:
                out.setdefault(stem[len(bound) :], common_only)
    return out


def stems(word: str) -> set[str]:
    """Every candidate stem of ``word`` (affixes and bound forms removed), the word itself excluded."""
    return set(analyses(word))


#: First letters that alternate between Indonesian prefixes (me-/pe-/ke-/be-/te-).
_PREFIX_LETTERS = frozenset("mpkbt")
#: Word endings that alternate with each other (tanamkan / tanaman, haruskah / haruskan).
_ENDING_PAIRS = frozenset(("kan", "kah", "lah", "nya"))
#: Nasal prefixes whose melted letter some writers keep (memercayai / mempercayai).
_NASALS = ("meng", "meny", "mem", "men", "peng", "peny", "pem", "pen")


def affix_pair(a: str, b: str, language: str = "id") -> bool:
    """Two words that differ by an affix, not by a slip of the finger (``membeli`` / ``pembeli``,
    ``sakit`` / ``sakiti``, ``tanamkan`` / ``tanaman``, ``memercayai`` / ``mempercayai``)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(a) == len(b) and a[1:] == b[1:] and {a[0], b[0]} <= _PREFIX_LETTERS:
        return True
    if language == "en":
        if long_[:-1] == short and long_[-1] in "sdry":
            return True
        return len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} <= set("sdry")
    if long_ == short + "i":
        return True
    if long_.endswith("kan") and short == long_[:-3] + "an" and not short.startswith(("me", "di")):
        return True  # tanamkan / tanaman; a verb never takes -an (menunjukan is a slip)
    if len(a) == len(b) and a[:-3] == b[:-3] and {a[-3:], b[-3:]} <= _ENDING_PAIRS:
        return True
    for nasal in ("meng", "peng"):  # mengeklaim / mengklaim: menge- before one syllable
        if short.startswith(nasal) and long_ == nasal + "e" + short[len(nasal) :]:
            return True
    for nasal in _NASALS:
        if short.startswith(nasal) and len(long_) == len(short) + 1:
            return (
                long_.startswith(nasal)
                and long_[len(nasal)] in "ptks"
                and long_[len(nasal) + 1 :] == short[len(nasal) :]
            )
    return False


#: Nasal prefix + the consonant it melts (EYD: k, p, t, s before a vowel) → the melted prefix.
_MELTING = (("meng", "k", "meng"), ("peng", "k", "peng"), ("mem", "p", "mem"), ("pem", "p", "pem"),
            ("men", "t", "men"), ("pen", "t", "pen"), ("men", "s", "meny"), ("pen", "s", "peny"))  # fmt: skip


def _per(stem: str) -> bool:
    """The stem opens with the prefix per- or its forms pe- and pel- (memperbaiki, mempekerjakan,
    mempelajari): meN- + per- keeps its p."""
    if stem.startswith(("per", "pelajar")):
        return True
    return stem.startswith("pe") and any(_cer(f) for f in strip_suffixes(stem[2:]))


def melted(word: str) -> tuple[str, str] | None:
    """(the form EYD writes, the stem) for a meN-/peN- word that keeps the k, p, t or s its stem
    starts with before a vowel (``mempengaruhi`` → ``memengaruhi``, ``mentaati`` → ``menaati``,
    ``mensukseskan`` → ``menyukseskan``); None for other words. Clusters keep their letter
    (``mentransfer``, ``memproduksi``, ``mengkritik``: no vowel follows) and so does the prefix
    per- after meN- (``memperbaiki``, ``mempekerjakan``, ``mempelajari``)."""
    for prefix, letter, nasal in _MELTING:
        if not word.startswith(prefix + letter):
            continue
        stem = word[len(prefix) :]
        if len(stem) < 4 or stem[1] not in VOWELS or (letter == "p" and _per(stem)):
            return None
        return nasal + stem[1:], stem
    return None
