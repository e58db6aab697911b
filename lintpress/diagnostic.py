"""The finding a rule reports: where, what, why, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
CATEGORIES = ("spelling", "duplication", "consistency", "style", "grammar")


@dataclass(frozen=True)
class Edit:
    """Replace ``length`` code points at ``offset`` with ``replacement``."""

    offset: int
    length: int
    replacement: str


@dataclass(frozen=True)
class Related:
    """Another place a finding depends on (the first copy, the other spelling)."""

    offset: int
    length: int
    message: str = ""
    # Set only when the place is in another file (cross-file findings): its path and position.
    path: str | None = None
    line: int | None = None
    column: int | None = None


@dataclass
class Diagnostic:
    """One finding. Offsets are 0-based code points into the document text."""

    rule: str
    category: str
    severity: str
    message: str
    offset: int
    length: int
    suggestions: list[str] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    fix: list[Edit] | None = None

    @property
    def end(self) -> int:
        return self.offset + self.length

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.offset, self.length, self.rule, self.message)
