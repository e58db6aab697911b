"""The speller parameters a rule kind shares with the spelling rules, and the speller they name.

Kinds that ask a speller (``spelling``, ``glued``, ``name-case``) declare the same
parameters; rules written with the same values share one process-wide speller
(:func:`lintpress.spelling.speller.get_speller`), so the word lists load once.
"""

from __future__ import annotations

from lintpress.kinds.base import Param
from lintpress.spelling.speller import Speller, get_speller

SPELLER_PARAMS = {
    "dictionaries": Param("list[str]", [], doc="Hunspell dictionaries of the language (id_ID, en_US)"),
    "borrowed": Param(
        "list[str]", [], doc="Hunspell dictionaries of languages the articles borrow words from"
    ),
    "frequency": Param(
        "list[str]", [], doc="wordfreq languages; the first is the article's, the others borrowed"
    ),
    "lexicons": Param("list[str]", [], doc="extra word lists (one word a line), relative to the pack"),
    "min_zipf": Param("float", 3.0, doc="a word at least this frequent (zipf) is not 'unknown'"),
    "rare_zipf": Param("float", 3.5, doc="below this frequency a word is rare (local-typo)"),
}


def speller_of(kind) -> Speller:
    """The speller a rule's parameters name (its lexicon files checked: a missing one is a rule error)."""
    p = kind.params
    for name in p["lexicons"]:
        if not kind.data_path(name).is_file():
            raise kind._fail("params.lexicons", f"file not found: {kind.data_path(name)}")
    return get_speller(
        kind.context.language or kind.spec.language,
        tuple(p["dictionaries"]),
        tuple(p["borrowed"]),
        tuple(p["frequency"]),
        tuple(str(kind.data_path(x)) for x in p["lexicons"]),
        float(p["min_zipf"]),
        float(p["rare_zipf"]),
    )
