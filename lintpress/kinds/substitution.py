"""``substitution``: a word or phrase that has a preferred form (wrong → right).

Example rule::

    - id: style.baku
      kind: substitution
      category: style
      severity: warning
      message: "'{text}' tidak baku; bentuk baku: '{suggestion}'."
      params:
        swap: {aktifitas: aktivitas, resiko: risiko}

``Aktifitas`` is reported with the suggestion ``Aktivitas`` (the case of the
original is kept). A value may list several candidates (``[a, b]``): then the
finding carries them all and no autofix, because the choice is the writer's.
"""

from __future__ import annotations

import time

import regex

from lintpress.diagnostic import Edit
from lintpress.kinds.base import Kind, Param, as_read, match_case
from lintpress.pattern_store import PATTERN_TIMEOUT, compile_regex, time_left


def phrase_pattern(phrase: str) -> str:
    """A literal phrase as a pattern where any run of spaces matches any whitespace."""
    return r"\s+".join(regex.escape(part) for part in phrase.split())


_SINGLE_WORD = compile_regex(r"[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*")


class Substitution(Kind):
    NAME = "substitution"
    PARAMS = {
        "swap": Param("dict[str,str]", required=True, doc="wrong form → right form (or list of candidates)"),
        "ignorecase": Param("bool", True, doc="match regardless of case; the suggestion copies the case"),
        "regex": Param("bool", False, doc="keys are regular expressions; values may use \\1 groups"),
        "fix": Param("bool", True, doc="offer an autofix when there is exactly one candidate"),
        "exceptions": Param("list[str]", [], doc="exact matched texts never reported"),
        "requires_words": Param(
            "list[str]", [], doc="with regex: run only when one of these words occurs in the document (speed)"
        ),
    }

    def setup(self) -> None:
        swap = self.params["swap"]
        if not swap:
            raise self._fail("params.swap", "must not be empty")
        self.table: dict[str, list[str]] = {}
        # Single words are looked up token by token (a dict probe per word is far cheaper than a
        # regex alternation of hundreds of words); phrases and regex keys go through patterns.
        self.words: dict[str, list[str]] = {}
        parts = []
        flags = regex.IGNORECASE if self.params["ignorecase"] else 0
        self.patterns: list[tuple[regex.Pattern, list[str]]] = []
        for wrong, right in swap.items():
            candidates = right if isinstance(right, list) else [right]
            if self.params["regex"]:
                try:
                    self.patterns.append(
                        (compile_regex(rf"(?<![\w-])(?:{wrong})(?![\w-])", flags), candidates)
                    )
                except regex.error as exc:
                    raise self._fail(f"params.swap.{wrong}", f"bad regular expression: {exc}") from None
            else:
                key = " ".join(wrong.split())
                self.table[key.lower() if self.params["ignorecase"] else key] = candidates
                if _SINGLE_WORD.fullmatch(key):
                    self.words[key.lower() if self.params["ignorecase"] else key] = candidates
                else:
                    parts.append(phrase_pattern(wrong))
        # First words of the phrases: when none occurs in a document the phrase pattern cannot match.
        heads: set[str] | None = set()
        for phrase in swap:
            first = phrase.split()[0] if phrase.split() else ""
            if _SINGLE_WORD.fullmatch(" ".join(phrase.split())):
                continue
            if heads is not None and _SINGLE_WORD.fullmatch(first):
                heads.add(first.lower())
            else:
                heads = None  # a phrase that starts with punctuation: always search
        self.phrase_heads = heads
        if parts:
            parts.sort(key=len, reverse=True)
            self.patterns.insert(
                0, (compile_regex(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", flags), [])
            )
        self.exceptions = set(self.params["exceptions"])
        self.word_keys = {k.lower() for k in self.words}
        self.required_words = {w.lower() for w in self.params["requires_words"]}

    def check(self, doc):
        if self.required_words and not (self.required_words & doc.word_index.keys()):
            return
        covered: list[tuple[int, int]] = []
        patterns = self.patterns
        if not self.params["regex"] and self.phrase_heads is not None and not (self.phrase_heads & doc.word_index.keys()):
            patterns = []
        deadline = time.monotonic() + PATTERN_TIMEOUT
        for pattern, candidates in patterns:
            for m in pattern.finditer(doc.prose, timeout=time_left(deadline)):
                found = m.group()
                covered.append(m.span())
                if found in self.exceptions:
                    continue
                if candidates:
                    options = [m.expand(c) for c in candidates]
                else:
                    key = " ".join(found.split())
                    options = self.table.get(key.lower() if self.params["ignorecase"] else key, [])
                yield from self._report(m.start(), found, options, as_read(doc, *m.span()))
        if not self.words:
            return
        ignorecase = self.params["ignorecase"]
        prose = doc.prose
        index = doc.word_index
        hits = [tok for key in self.word_keys & index.keys() for tok in index[key]]
        for tok in sorted(hits):
            options = self.words.get(tok.text.lower() if ignorecase else tok.text)
            if options is None:
                continue
            before = prose[tok.start - 1] if tok.start else " "
            after = prose[tok.end] if tok.end < len(prose) else " "
            if before in "_-" or after in "_-" or before.isalnum() or after.isalnum():
                continue
            if tok.text in self.exceptions or any(a <= tok.start < b for a, b in covered):
                continue
            yield from self._report(tok.start, tok.text, options)

    def _report(self, start: int, found: str, options: list[str], shown: str | None = None):
        options = [match_case(found, o) for o in options]
        if not options or options == [found]:
            return
        fix = [Edit(start, len(found), options[0])] if self.params["fix"] and len(options) == 1 else None
        yield self.diagnostic(start, len(found), text=shown or found, suggestions=options, fix=fix)
