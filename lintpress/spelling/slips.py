"""How likely a typist's slip turns one word into another: ranks corrections like Hunspell does.

Typing studies agree on the common slips: a letter left out (most often one of a
double letter: ``menunjukan`` for ``menunjukkan``, ``kebanggan`` for ``kebanggaan``),
a letter struck twice, two neighbours swapped, and a key next to the right one.
A substitution by a distant key is rare: ``macem`` ~ ``macam`` is a spelling
habit, not a slip. :func:`slip_weight` scores the one edit between a written word
and a candidate correction (in zipf units, so it adds to a word's frequency), and
:data:`NEIGHBOUR_KEYS` tells keys that sit next to each other on a QWERTY keyboard.

>>> slip_weight("menunjukan", "menunjukkan") > slip_weight("menunjukan", "menujukan")
True
"""

from __future__ import annotations

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard() -> frozenset[tuple[str, str]]:
    pairs = set()
    for r, row in enumerate(_ROWS):
        for c, key in enumerate(row):
            near = [row[c - 1 : c], row[c + 1 : c + 2]]
            for other in _ROWS[max(0, r - 1) : r] + _ROWS[r + 1 : r + 2]:
                near += [other[k] for k in (c - 1, c, c + 1) if 0 <= k < len(other)]
            pairs.update((key, n) for n in near if n)
    return frozenset(pairs | {(b, a) for a, b in pairs})


#: (typed, meant) pairs of keys next to each other.
NEIGHBOUR_KEYS = _keyboard()
_NEAR: dict[str, str] = {}
for _typed, _meant in sorted(NEIGHBOUR_KEYS):
    _NEAR[_typed] = _NEAR.get(_typed, "") + _meant
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def meant_candidates(written: str) -> set[str]:
    """Every word one typing slip (see :func:`slip`) could have turned into ``written``.

    Fewer strings than all edits at distance one (a substitution only by a neighbouring
    key), so looking them up in a word list costs less.
    """
    out: set[str] = set()
    for i in range(len(written) + 1):
        head, tail = written[:i], written[i:]
        out.update([f"{head}{c}{tail}" for c in _LETTERS])  # a letter was left out
        if tail:
            rest = tail[1:]
            out.add(head + rest)  # a letter too many
            out.update([f"{head}{c}{rest}" for c in _NEAR.get(tail[0], "")])  # a neighbouring key
            if rest:
                out.add(f"{head}{rest[0]}{tail[0]}{rest[1:]}")  # two neighbours swapped
    out.discard(written)
    return out

#: Score of each kind of slip (added to a candidate's zipf frequency when ranking corrections).
WEIGHTS = {
    "dropped-double": 1.0,  # one letter of a double left out: menunjukan → menunjukkan
    "dropped": 0.6,  # any other letter left out: dalm → dalam
    "doubled": 0.6,  # a letter struck twice: sekolahh → sekolah
    "swapped": 0.5,  # neighbours swapped: utnuk → untuk
    "inserted": 0.4,  # a stray letter: sebagiai → sebagai
    "neighbour-key": 0.3,  # the key next to the right one: sevagai → sebagai
    "other": 0.0,  # a distant key, or more than one edit
}


def slip(written: str, meant: str) -> str:
    """The kind of slip that makes ``written`` out of ``meant`` (``"other"`` when it is no single slip)."""
    if len(written) + 1 == len(meant):  # a letter left out
        i = next((k for k in range(len(written)) if written[k] != meant[k]), len(written))
        if written[i:] != meant[i + 1 :]:
            return "other"
        letter = meant[i]
        double = meant[i - 1 : i] == letter or meant[i + 1 : i + 2] == letter
        return "dropped-double" if double else "dropped"
    if len(written) == len(meant) + 1:  # a letter too many
        i = next((k for k in range(len(meant)) if written[k] != meant[k]), len(meant))
        if written[i + 1 :] != meant[i:]:
            return "other"
        letter = written[i]
        return "doubled" if written[i - 1 : i] == letter or written[i + 1 : i + 2] == letter else "inserted"
    if len(written) != len(meant):
        return "other"
    diff = [k for k in range(len(written)) if written[k] != meant[k]]
    if len(diff) == 1:
        k = diff[0]
        return "neighbour-key" if (written[k], meant[k]) in NEIGHBOUR_KEYS else "other"
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        k = diff[0]
        if written[k] == meant[k + 1] and written[k + 1] == meant[k]:
            return "swapped"
    return "other"


def slip_weight(written: str, meant: str) -> float:
    """How likely ``written`` is a slip for ``meant`` (see :data:`WEIGHTS`); 0 for anything else."""
    return WEIGHTS[slip(written, meant)]


def typing_slip(written: str, meant: str) -> bool:
    """One slip a typist makes (not a distant-key substitution, a spelling habit)."""
    return slip(written, meant) != "other"


def doubled(written: str, meant: str) -> bool:
    """``written`` is ``meant`` with one letter struck twice (``mencarii``): a slip, never an affix."""
    return slip(written, meant) == "doubled"
