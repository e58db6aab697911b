"""The finding a rule reports: where, what, why, and how to fix it."""

from __future__ import annotations

from typing import NamedTuple

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
CATEGORIES = ("spelling", "duplication", "consistency", "style", "grammar")
#: How sure a fix is (as ruff's fix applicability): ``--fix`` applies the safe ones,
#: ``--unsafe-fixes`` the rest too. A guess is no fix at all, only a suggestion.
SAFE, UNSAFE = "safe", "unsafe"
APPLICABILITIES = (SAFE, UNSAFE)
# A finding lists at most this many related places: one that depends on every earlier copy
# (the 800th repeated opener) would otherwise make a report grow with the square of the text.
MAX_RELATED = 5

# Records are NamedTuples and small classes, not dataclasses: generating dataclass methods
# costs ~0.6 ms per class at every start, and importing ``dataclasses`` another ~8 ms.


class Edit(NamedTuple):
    """Replace ``length`` code points at ``offset`` with ``replacement``."""

    offset: int
    length: int
    replacement: str

    @property
    def end(self) -> int:
        return self.offset + self.length


def splice(text: str, edits: list[Edit]) -> str:
    """The text with sorted, non-overlapping edits made."""
    parts = []
    pos = 0
    for e in edits:
        parts.append(text[pos : e.offset])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


class Related(NamedTuple):
    """Another place a finding depends on (the first copy, the other spelling)."""

    offset: int
    length: int
    message: str = ""
    # Set only when the place is in another file (cross-file findings): its path and position.
    path: str | None = None
    line: int | None = None
    column: int | None = None


class Diagnostic:
    """One finding. Offsets are 0-based code points into the document text."""

    __slots__ = (
        "rule", "category", "severity", "message", "offset", "length", "suggestions", "related", "fix",
        "applicability",
    )  # fmt: skip

    def __init__(
        self,
        rule: str,
        category: str,
        severity: str,
        message: str,
        offset: int,
        length: int,
        suggestions: list[str] | None = None,
        related: list[Related] | None = None,
        fix: list[Edit] | None = None,
        applicability: str = SAFE,
    ):
        self.rule = rule
        self.category = category
        self.severity = severity
        self.message = message
        self.offset = offset
        self.length = length
        self.suggestions: list[str] = suggestions if suggestions is not None else []
        self.related: list[Related] = related if related is not None else []
        self.fix = fix
        self.applicability = applicability  # of ``fix``: SAFE or UNSAFE

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        return type(other) is Diagnostic and self._values() == other._values()

    __hash__ = None  # mutable, like the dataclass it replaces

    def __repr__(self) -> str:
        return "Diagnostic(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__) + ")"

    def replace(self, **changes) -> Diagnostic:
        """A copy with some fields changed."""
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return Diagnostic(**values)

    @property
    def end(self) -> int:
        return self.offset + self.length

    def fixable(self, unsafe: bool = False) -> bool:
        """True when ``--fix`` applies this finding's fix (with ``--unsafe-fixes``: ``unsafe``)."""
        return bool(self.fix) and (unsafe or self.applicability == SAFE)

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.offset, self.length, self.rule, self.message)


def cap_related(related: list[Related], total: int | None = None, language: str | None = None) -> list[Related]:
    """At most ``MAX_RELATED`` places, the last one kept saying how many more there are
    (``total``: how many there are in all, when the caller built only the first few), in the
    article's ``language``."""
    total = len(related) if total is None else total
    if total <= MAX_RELATED:
        return related
    from lintpress.messages import text

    kept = list(related[:MAX_RELATED])
    more = text("related.not-listed", language, count=total - MAX_RELATED)
    last = kept[-1]
    kept[-1] = last._replace(message=f"{last.message}; {more}" if last.message else more)
    return kept
