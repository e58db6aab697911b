"""The headwords of a Hunspell dictionary: words it lists as they are, known without loading it.

Loading a dictionary costs 20-45 ms of C++ (``id_ID``, ``en_US``), yet many questions a
speller asks are about a word the dictionary lists as it is: a rare stem (``tukas``,
``pungkas``, ``imbuh``) or a stem behind an affix. Hunspell accepts a listed word in lower
case unless a flag forbids it alone (``NEEDAFFIX``, ``ONLYINCOMPOUND``, ``FORBIDDENWORD``),
so the lower-case headwords without such a flag are words Hunspell knows: a "yes" found here
is Hunspell's own answer, and only a "no" still needs the dictionary.

The headwords are read once from the ``.dic`` file and kept in the cache folder as one
sorted, newline-separated byte string (keyed by the ``.aff`` and ``.dic`` files): reading it
costs well under a millisecond, a look-up is a binary search of about seven steps. A
dictionary whose ``.aff`` uses a feature that changes what a listed word means (``IGNORE``,
``ICONV``, ``CHECKSHARPS`` …) gets no headwords: every question goes to Hunspell.
"""

from __future__ import annotations

import marshal
from functools import cache
from pathlib import Path

from lintpress.spelling.dictionaries import files

VERSION = "headwords-2"
#: .aff options that make a listed word mean something other than itself: no headwords then.
_UNSAFE_OPTIONS = frozenset(("IGNORE", "ICONV", "OCONV", "CHECKSHARPS", "FORCEUCASE", "LANG_SPECIAL"))
#: .aff options naming a flag that keeps a listed word from standing alone (or keeps its case).
_BLOCKING_FLAGS = ("NEEDAFFIX", "PSEUDOROOT", "ONLYINCOMPOUND", "COMPOUNDONLY", "FORBIDDENWORD", "KEEPCASE")


class Headwords:
    """Sorted lower-case headwords in one byte string (``\\nword\\n…``): ``word in headwords``.

    ``spans`` maps a word's first two bytes to the part of the string holding the words that start
    with them, so a look-up searches a few dozen words (about seven steps), not forty thousand.
    """

    def __init__(self, blob: bytes, encoding: str, spans: dict[bytes, tuple[int, int]] | None = None):
        self._blob = blob
        self._encoding = encoding
        self._spans = spans if spans is not None else word_spans(blob)

    def __len__(self) -> int:
        return max(0, self._blob.count(b"\n") - 1)

    def __contains__(self, word: str) -> bool:
        try:
            key = word.encode(self._encoding)
        except (UnicodeEncodeError, LookupError):
            return False
        span = self._spans.get(key[:2])
        if span is None:
            return False
        blob = self._blob
        lo, hi = span  # blob[lo] and blob[hi] are newlines; the words to search lie between them
        while lo < hi:
            start = blob.rfind(b"\n", lo, (lo + hi) // 2 + 1)  # the line holding the middle
            end = blob.find(b"\n", start + 1, hi + 1)
            line = blob[start + 1 : end]
            if line == key:
                return True
            if line < key:
                lo = end
            else:
                hi = start
        return False


def word_spans(blob: bytes) -> dict[bytes, tuple[int, int]]:
    """First two bytes of a word → (newline before the first such word, newline after the last)."""
    spans: dict[bytes, tuple[int, int]] = {}
    at = 0
    while True:
        end = blob.find(b"\n", at + 1)
        if end < 0:
            return spans
        head = blob[at + 1 : min(at + 3, end)]
        first = spans.get(head)
        spans[head] = (first[0] if first else at, end)
        at = end


@cache
def headwords(name: str) -> Headwords | None:
    """The headwords of the dictionary ``name`` (None when it cannot be read or uses unsafe options)."""
    return stored_words("headwords", name, VERSION, read_headwords)


def stored_words(kind: str, name: str, version: str, build) -> Headwords | None:
    """The sorted words ``build(aff, dic)`` makes from the dictionary ``name``, kept in the cache
    folder under ``kind`` with their two-letter index (None when the dictionary or the words are missing)."""
    from lintpress.cache_folder import read_derived, source_key, write_derived

    try:
        aff, dic = files(name)
    except FileNotFoundError:
        return None
    keys = [source_key(aff, version), source_key(dic)]
    key = "||".join(keys) if all(keys) else None
    stored = read_derived(kind, key, marshal.loads) if key else None
    if not (isinstance(stored, tuple) and len(stored) == 3):
        blob, encoding = build(aff, dic)
        stored = blob, encoding, word_spans(blob)  # (~20 ms in Python: kept with the words)
        if key:
            write_derived(kind, key, stored, marshal.dumps)
    blob, encoding, spans = stored
    return Headwords(blob, encoding, spans) if blob else None


def read_headwords(aff: Path, dic: Path) -> tuple[bytes, str]:
    """(sorted ``\\n``-joined lower-case headwords Hunspell accepts alone, encoding); ``b""`` when unsafe."""
    try:
        options = _aff_options(aff)
    except OSError:
        return b"", "ascii"
    encoding = options.get("SET", "ISO8859-1")
    if _UNSAFE_OPTIONS & options.keys() or options.get("LANG", "").split("_")[0] in ("tr", "az", "crh"):
        return b"", encoding
    flag_type = options.get("FLAG", "")
    blocking = {options[o] for o in _BLOCKING_FLAGS if o in options}
    words: set[str] = set()
    forbidden: set[str] = set()
    try:
        lines = dic.read_bytes().decode(_python_codec(encoding), errors="replace").splitlines()
    except (OSError, LookupError):
        return b"", encoding
    for line in lines[1:]:
        fields = line.split(None, 1)
        if not fields:
            continue
        entry = fields[0]
        if len(fields) > 1 and not _morphology(fields[1]):
            continue  # something after the word that is no morphological field: leave it to Hunspell
        word, _, flags = entry.partition("/")
        if not word or "\\" in word or "\ufffd" in word or word != word.lower() or not word[0].isalpha():
            continue
        flagged = _flags(flags, flag_type)
        if "FORBIDDENWORD" in options and options["FORBIDDENWORD"] in flagged:
            forbidden.add(word)
        elif not blocking & flagged:
            words.add(word)
    words -= forbidden
    try:
        encoded = sorted(w.encode(_python_codec(encoding)) for w in words)
    except (UnicodeEncodeError, LookupError):
        return b"", encoding
    return b"\n" + b"\n".join(encoded) + b"\n", _python_codec(encoding)


def _aff_options(aff: Path) -> dict[str, str]:
    """The single-valued options of an .aff file (``SET``, ``FLAG``, ``NEEDAFFIX`` …) and the names of the rest."""
    out: dict[str, str] = {}
    for raw in aff.read_bytes().decode("latin-1").splitlines():
        parts = raw.split()
        if not parts or parts[0].startswith("#") or parts[0] in ("PFX", "SFX", "REP", "MAP", "KEY", "TRY"):
            continue
        out.setdefault(parts[0], parts[1] if len(parts) > 1 else "")
    return out


def _python_codec(hunspell_encoding: str) -> str:
    name = hunspell_encoding.upper()
    if name.startswith("ISO8859-"):
        return "iso8859-" + name.split("-", 1)[1]
    return {"UTF-8": "utf-8", "UTF8": "utf-8", "MICROSOFT-CP1251": "cp1251"}.get(name, hunspell_encoding)


def _morphology(rest: str) -> bool:
    """Fields after a word are morphological descriptions (``po:noun st:kata``), nothing else."""
    return all(len(f) > 3 and f[2] == ":" for f in rest.split())


def _flags(flags: str, flag_type: str) -> set[str]:
    if not flags:
        return set()
    if flag_type == "long":
        return {flags[i : i + 2] for i in range(0, len(flags), 2)}
    if flag_type == "num":
        return set(flags.split(","))
    return set(flags)
