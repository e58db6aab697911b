"""``case``: a word whose letter case is wrong in context ("para Menteri" → "para menteri").

Example rule::

    - id: style.position-lowercase
      kind: case
      category: style
      severity: warning
      message: "'{text}' → '{suggestion}'."
      params:
        patterns: ['(?<=\\bpara\\s+)(Menteri|Gubernur)\\b(?!\\s+\\p{Lu})']
        to: lower

The substitution kind keeps the writer's capitals (that is its point), so it
cannot express "this capital is the error"; this kind can. ``to`` is ``lower``,
``upper`` or ``title`` (first letter of each word). Patterns are case-sensitive
unless ``ignorecase`` is set; ``group`` picks the part to change. The fix is
certain, so it is offered.
"""

from __future__ import annotations

import regex

from lintpress.diagnostic import Edit
from lintpress.kinds.base import Kind, Param
from lintpress.pattern_store import PATTERN_TIMEOUT, compile_regex

_WORD_INITIAL = compile_regex(r"(?<![\p{L}'’])\p{Ll}")


def _title(text: str) -> str:
    return _WORD_INITIAL.sub(lambda m: m.group().upper(), text)


_CHANGE = {"lower": str.lower, "upper": str.upper, "title": _title}


class Case(Kind):
    NAME = "case"
    PARAMS = {
        "patterns": Param("list[regex]", required=True, doc="what to re-case (regular expressions)"),
        "to": Param("str", "lower", choices=("lower", "upper", "title"), doc="the case the text should have"),
        "group": Param("int", 0, doc="re-case only this group of each match"),
        "ignorecase": Param("bool", False, doc="match regardless of case"),
        "exceptions": Param("list[str]", [], doc="matched texts never reported"),
    }

    def setup(self) -> None:
        flags = regex.IGNORECASE if self.params["ignorecase"] else 0
        self.pattern = compile_regex("|".join(f"(?:{p})" for p in self.params["patterns"]), flags)
        self.change = _CHANGE[self.params["to"]]
        self.exceptions = set(self.params["exceptions"])

    def check(self, doc):
        group = self.params["group"]
        for m in self.pattern.finditer(doc.prose, timeout=PATTERN_TIMEOUT):
            start, end = m.span(group)
            if start < 0 or end <= start:
                continue
            found = doc.text[start:end]
            wanted = self.change(found)
            if wanted == found or found in self.exceptions:
                continue
            yield self.diagnostic(
                start, end - start, text=found, suggestions=[wanted], fix=[Edit(start, end - start, wanted)]
            )
