"""``repetition``: the same word twice in a row ("di di", "the the").

Only whitespace may separate the two words (a comma or full stop between
them is a different matter). The fix deletes the second word.

Indonesian writes reduplication with a hyphen (``hal-hal``, ``rekan-rekan``),
so ``hal hal`` is more often a missing hyphen than a slip. With
``hyphenate: true`` the finding offers both ``hal-hal`` and ``hal`` and no
autofix, except for the function words listed in ``delete_only`` (``di di``,
``dan dan``), which never reduplicate and are fixed by deleting the copy.
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
        "hyphenate": Param("bool", False, doc="the language writes reduplication with a hyphen: suggest X-X too"),
        "delete_only": Param("list[str]", [], doc="with hyphenate: words that never reduplicate (autofix by deleting)"),
        "hyphen_message": Param("str", None, doc="message template used when the X-X form is suggested"),
    }

    def setup(self) -> None:
        self.exceptions = {w.lower() for w in self.params["exceptions"]}
        self.delete_only = {w.lower() for w in self.params["delete_only"]}

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
            if self.params["hyphenate"] and b.lower() not in self.delete_only:
                yield self.diagnostic(
                    prev.start,
                    cur.end - prev.start,
                    text=doc.text[prev.start : cur.end],
                    suggestions=[f"{a}-{b}", a],
                    message=self.params["hyphen_message"],
                    word=a,
                )
                continue
            yield self.diagnostic(
                cur.start,
                cur.end - cur.start,
                text=b,
                suggestions=[a],
                fix=[Edit(prev.end, cur.end - prev.end, "")],
            )
