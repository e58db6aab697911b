"""``existence``: words or patterns that should not appear at all.

Example rule::

    - id: style.space-before-colon
      kind: existence
      category: style
      severity: warning
      message: "No space before a colon."
      params:
        patterns: ['(\\w)\\s+:(?=\\s)']
        replacement: '\\1:'

``tokens`` are literal words (whole-word, case-insensitive by default);
``patterns`` are regular expressions. With ``replacement`` (a template that may
use groups) the finding carries that text as suggestion and autofix. With
``action: delete-line`` a match that covers its whole line (bullets and
spaces aside) is fixed by deleting the line.

Two optional gates keep rare checks cheap on every article: ``requires_words``
(the rule runs only when one of these words occurs; looked up in the document's
shared word index) and ``prefilter`` (a quick pattern that must match first).
"""

from __future__ import annotations

import time

import regex

from lintpress.diagnostic import Edit
from lintpress.kinds.base import Kind, Param
from lintpress.kinds.substitution import phrase_pattern
from lintpress.pattern_store import PATTERN_TIMEOUT, compile_regex, time_left


class Existence(Kind):
    NAME = "existence"
    PARAMS = {
        "tokens": Param("list[str]", [], doc="literal words or phrases (whole words)"),
        "patterns": Param("list[regex]", [], doc="regular expressions (the regex module's syntax)"),
        "ignorecase": Param("bool", True, doc="match regardless of case"),
        "replacement": Param(
            "str", None, doc="suggested replacement; may use \\1 groups; becomes the autofix"
        ),
        "fix": Param("bool", True, doc="offer the replacement as an autofix"),
        "action": Param(
            "str",
            "none",
            choices=("none", "delete-line"),
            doc="delete-line: fix by removing a line that is only the match",
        ),
        "group": Param("int", 0, doc="report only this group of each pattern match"),
        "requires_words": Param(
            "list[str]", [], doc="run only when one of these words occurs in the document (speed)"
        ),
        "prefilter": Param(
            "regex", None, doc="a cheap pattern that must occur somewhere for the rule to run at all (speed)"
        ),
    }

    def setup(self) -> None:
        if not self.params["tokens"] and not self.params["patterns"]:
            raise self._fail("params", "needs 'tokens' or 'patterns'")
        flags = regex.IGNORECASE if self.params["ignorecase"] else 0
        alts = [r"(?<![\w-])(?:" + phrase_pattern(t) + r")(?![\w-])" for t in self.params["tokens"]]
        alts += [f"(?:{p})" for p in self.params["patterns"]]
        if self.params["group"] and self.params["tokens"]:
            raise self._fail("params.group", "cannot be used with 'tokens'")
        self.required_words = {w.lower() for w in self.params["requires_words"]}
        pre = self.params["prefilter"]
        self.prefilter = compile_regex(pre, flags | regex.MULTILINE) if pre else None
        self.pattern = compile_regex(alts[0] if len(alts) == 1 else "|".join(alts), flags | regex.MULTILINE)

    def check(self, doc):
        if self.required_words and not (self.required_words & doc.word_index.keys()):
            return
        deadline = time.monotonic() + PATTERN_TIMEOUT
        if self.prefilter is not None and not self.prefilter.search(doc.prose, timeout=PATTERN_TIMEOUT):
            return
        group = self.params["group"]
        replacement = self.params["replacement"]
        for m in self.pattern.finditer(doc.prose, timeout=time_left(deadline)):
            start, end = m.span(group)
            if start < 0 or end <= start:
                continue
            found = doc.text[start:end]
            suggestions, fix = [], None
            if replacement is not None:
                value = m.expand(replacement)
                suggestions = [value]
                if self.params["fix"]:
                    fix = [Edit(start, end - start, value)]
            if self.params["action"] == "delete-line":
                line_start, line_end = doc.line_span(start)
                rest = (doc.prose[line_start:start] + doc.prose[end:line_end]).strip(" \t\r\n-*•·|")
                if not rest:
                    fix = [Edit(line_start, line_end - line_start, "")]
            yield self.diagnostic(start, end - start, text=found, suggestions=suggestions, fix=fix)
