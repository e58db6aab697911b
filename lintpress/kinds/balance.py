"""``balance``: brackets and double quotation marks that are opened but never closed (or the reverse).

Example rule::

    - id: style.unbalanced
      kind: balance
      category: style
      severity: warning
      message: "'{text}' has no partner in this paragraph."

``Warga (RT 05 berkumpul.`` reports the ``(``. Checked per paragraph, because
news text never carries a bracket across paragraphs. Quotation marks are
followed across paragraphs, because a quotation that runs over several
paragraphs reopens each one and closes only the last (and a quoted list may
carry no marks at all until the closing one); an opening mark is reported only
when no closing mark follows anywhere. List and footnote markers (``1)``, ``a)``, ``*)``)
and emoticons (``:)``) are not brackets. No autofix: only the writer knows where
the partner belongs.
"""

from __future__ import annotations

from lintpress.kinds.base import Kind, Param
from lintpress.pattern_store import compile_regex

_PAIRS = {"(": ")", "[": "]", "{": "}"}
_CLOSING = {v: k for k, v in _PAIRS.items()}
_MARKS = compile_regex(r"[()\[\]{}\"“”]")
# ")" that closes a list marker ("1)", "a)", "ii)") or an emoticon (":)", ";)").
_LIST_MARKER = compile_regex(r"(?:(?<=^|[\s(])[\p{L}\d]{1,3}|[:;=]-?|\*)$")


class Balance(Kind):
    NAME = "balance"
    PARAMS = {
        "brackets": Param("bool", True, doc="check ( ), [ ] and { }"),
        "quotes": Param("bool", True, doc='check “ ” and straight " quotation marks'),
    }

    def check(self, doc):
        prose = doc.prose
        quote_at: int | None = None  # an open double quote, possibly from an earlier paragraph
        for block in doc.blocks:
            first = prose[block.start : block.end].lstrip()[:1]
            skip = -1
            if quote_at is not None and first in ("“", '"'):
                # A quotation running over several paragraphs reopens each one: not a new quote.
                skip = block.start + (
                    len(prose[block.start : block.end]) - len(prose[block.start : block.end].lstrip())
                )
            quote_at = yield from self._check_block(prose, block.start, block.end, quote_at, skip)
        if quote_at is not None:
            yield self._finding(prose[quote_at], quote_at, "open")

    def _check_block(self, prose: str, start: int, end: int, quote_at: int | None, skip: int):
        """Report the block's bracket problems; return the still-open quote, if any."""
        stack: list[tuple[str, int]] = []
        for m in _MARKS.finditer(prose, start, end):
            c, at = m.group(), m.start()
            if at == skip:
                continue
            if c in _PAIRS:
                if self.params["brackets"]:
                    stack.append((c, at))
            elif c in _CLOSING:
                if not self.params["brackets"]:
                    continue
                if stack and stack[-1][0] == _CLOSING[c]:
                    stack.pop()
                elif any(opener == _CLOSING[c] for opener, _ in stack):
                    while stack and stack[-1][0] != _CLOSING[c]:
                        yield self._finding(*stack.pop(), "open")
                    stack.pop()
                elif c == ")" and _LIST_MARKER.search(prose[max(start, at - 4) : at]):
                    continue
                else:
                    yield self._finding(c, at, "close")
            elif self.params["quotes"]:
                if c == "“":
                    if quote_at is not None and prose[quote_at] == "“" and quote_at >= start:
                        yield self._finding("“", at, "nested")
                    quote_at = at
                elif c == "”":
                    if quote_at is None:
                        yield self._finding(c, at, "close")
                    quote_at = None
                else:  # a straight quote opens or closes
                    quote_at = at if quote_at is None else None
        for opener, at in stack:
            yield self._finding(opener, at, "open")
        return quote_at

    def _finding(self, mark: str, at: int, problem: str):
        return self.diagnostic(at, 1, text=mark, problem=problem)
