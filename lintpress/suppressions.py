"""Inline suppressions written as HTML comments in Markdown.

``<!-- lintpress-disable RULE[, RULE] -->`` … ``<!-- lintpress-enable [RULE] -->``
switch rules off for a stretch; ``<!-- lintpress-disable-next-line RULE -->``
for the next non-blank line. Without rule ids they apply to every rule. Rule
ids match by prefix, as ``--select`` does (``style`` covers ``style.baku``).
"""

from __future__ import annotations

import regex

from lintpress.diagnostic import Diagnostic
from lintpress.pattern_store import compile_regex

_SEPARATORS = compile_regex(r"[\s,]+")
_DIRECTIVE = compile_regex(r"^\s*lintpress-(disable-next-line|disable|enable)\b\s*(.*?)\s*$", regex.DOTALL)


def rule_matches(selector: str, rule_id: str) -> bool:
    """``style`` matches ``style.baku``; ``style.baku`` matches itself; ``ALL`` matches all."""
    return selector in ("ALL", "all") or rule_id == selector or rule_id.startswith(selector + ".")


class Suppression:
    """A lintpress comment's reach: offsets, rules (none = all), the comment itself, whether used."""

    __slots__ = ("start", "end", "rules", "comment", "used")

    def __init__(self, start: int, end: int, rules: tuple[str, ...], comment: tuple[int, int], used: bool = False):
        self.start = start  # offset range it covers
        self.end = end
        self.rules = rules  # empty = all rules
        self.comment = comment  # where the comment is, to report it when unused
        self.used = used

    def covers(self, d: Diagnostic) -> bool:
        if not (self.start <= d.offset < self.end):
            return False
        return not self.rules or any(rule_matches(r, d.rule) for r in self.rules)


class Suppressions:
    """The suppressions of one document."""

    def __init__(self) -> None:
        self.items: list[Suppression] = []

    def filter(self, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
        kept = []
        for d in diagnostics:
            hit = [s for s in self.items if s.covers(d)]
            for s in hit:
                s.used = True
            if not hit:
                kept.append(d)
        return kept

    def unused(self) -> list[Suppression]:
        return [s for s in self.items if not s.used]


def parse_suppressions(doc) -> Suppressions:
    """Read the lintpress comments of a document into offset ranges."""
    out = Suppressions()
    open_ranges: list[Suppression] = []
    for start, end, body in doc.comments:
        m = _DIRECTIVE.match(body)
        if not m:
            continue
        verb, args = m.group(1), m.group(2)
        rules = tuple(r for r in _SEPARATORS.split(args) if r)
        if verb == "disable-next-line":
            line, _ = doc.position(end)
            nxt = line + 1
            while nxt <= doc.line_count and not doc.line_text(nxt).strip():
                nxt += 1
            if nxt <= doc.line_count:
                lo, hi = doc.line_span(doc.line_start(nxt))
                out.items.append(Suppression(lo, hi, rules, (start, end)))
        elif verb == "disable":
            s = Suppression(end, len(doc.text), rules, (start, end))
            open_ranges.append(s)
            out.items.append(s)
        else:  # enable
            for s in list(open_ranges):
                if not rules or set(s.rules) & set(rules) or not s.rules:
                    s.end = start
                    open_ranges.remove(s)
    return out
