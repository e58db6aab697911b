"""``repetition``: the same word twice in a row ("di di", "the the").

Only whitespace may separate the two words (a comma or full stop between
them is a different matter). The fix deletes the second word.
"""

from __future__ import annotations

from lintpress.diagnostic import Edit
from lintpress.kinds.base import Kind, Param


class Repetition(Kind):
    NAME = "repetition"
    PARAMS = {
        "exceptions": Param("list[str]", [], doc="words that may legitimately repeat (English 'had had')"),
        "ignorecase": Param("bool", True, doc="'Di di' counts as a repetition"),
        "min_length": Param("int", 1, doc="ignore words shorter than this"),
        "numbers": Param("bool", False, doc="also report repeated numbers"),
    }

    def setup(self) -> None:
        self.exceptions = {w.lower() for w in self.params["exceptions"]}

    def check(self, doc):
        words = doc.words
        ic = self.params["ignorecase"]
        for prev, cur in zip(words, words[1:]):
            a, b = prev.text, cur.text
            if (a.lower() != b.lower()) if ic else (a != b):
                continue
            if not self.params["numbers"] and not cur.is_word:
                continue
            if len(b) < self.params["min_length"] or b.lower() in self.exceptions:
                continue
            gap = doc.prose[prev.end : cur.start]
            if not gap or gap.strip() or "\n" in gap or "\r" in gap:
                continue
            if doc.text[prev.end : cur.start] != gap:
                continue  # markup between them
            yield self.diagnostic(
                cur.start,
                cur.end - cur.start,
                text=b,
                suggestions=[a],
                fix=[Edit(prev.end, cur.end - prev.end, "")],
            )
