"""``occurrence``: a word or pattern allowed at most ``max`` times per document or sentence.

With ``position: sentence-start`` only occurrences that open a sentence count:
this is how "Selain itu," opening five sentences of one article is caught.
Every occurrence past the allowed number is reported; the first few earlier
ones are listed as related places (``MAX_RELATED``, with the count of the rest).
"""

from __future__ import annotations

import time

import regex

from lintpress.diagnostic import MAX_RELATED, Related, cap_related
from lintpress.kinds.base import Kind, Param
from lintpress.kinds.substitution import phrase_pattern
from lintpress.pattern_store import PATTERN_TIMEOUT, compile_regex, time_left


class Occurrence(Kind):
    NAME = "occurrence"
    PARAMS = {
        "tokens": Param("list[str]", [], doc="literal words or phrases"),
        "patterns": Param("list[regex]", [], doc="regular expressions"),
        "max": Param("int", required=True, doc="how many occurrences are fine"),
        "scope": Param(
            "str", "document", choices=("document", "sentence"), doc="count per document or per sentence"
        ),
        "position": Param(
            "str", "anywhere", choices=("anywhere", "sentence-start"), doc="count only sentence openers"
        ),
        "ignorecase": Param("bool", True, doc="match regardless of case"),
        "group_by": Param(
            "str", "match", choices=("match", "rule"), doc="count each distinct text apart, or all together"
        ),
    }

    def setup(self) -> None:
        if not self.params["tokens"] and not self.params["patterns"]:
            raise self._fail("params", "needs 'tokens' or 'patterns'")
        if self.params["max"] < 0:
            raise self._fail("params.max", "must be 0 or more")
        flags = regex.IGNORECASE if self.params["ignorecase"] else 0
        alts = [r"(?<![\w-])(?:" + phrase_pattern(t) + r")(?![\w-])" for t in self.params["tokens"]]
        alts += [f"(?:{p})" for p in self.params["patterns"]]
        self.pattern = compile_regex("|".join(alts), flags)

    def _key(self, text: str) -> str:
        if self.params["group_by"] == "rule":
            return ""
        key = " ".join(text.split())
        return key.lower() if self.params["ignorecase"] else key

    def check(self, doc):
        per_sentence = self.params["scope"] == "sentence"
        at_start = self.params["position"] == "sentence-start"
        seen: dict[tuple[int, str], list[tuple[int, int]]] = {}
        deadline = time.monotonic() + PATTERN_TIMEOUT
        for si, sent in enumerate(doc.sentences):
            if at_start:
                # Allow an opening quote or bracket before the opener.
                lead = sent.start
                while lead < sent.end and doc.prose[lead] in "\"“‘'(":
                    lead += 1
                m = self.pattern.match(doc.prose, lead, sent.end, timeout=time_left(deadline))
                matches = [m] if m else []
            else:
                matches = list(self.pattern.finditer(doc.prose, sent.start, sent.end, timeout=time_left(deadline)))
            for m in matches:
                if m.end() == m.start():
                    continue
                key = (si if per_sentence else -1, self._key(m.group()))
                earlier = seen.setdefault(key, [])
                earlier.append((m.start(), m.end()))
                if len(earlier) > self.params["max"]:
                    yield self.diagnostic(
                        m.start(),
                        m.end() - m.start(),
                        text=m.group(),
                        count=len(earlier),
                        max=self.params["max"],
                        related=cap_related(
                            [Related(s, e - s, self.related_label("earlier-occurrence")) for s, e in earlier[: min(len(earlier) - 1, MAX_RELATED)]],
                            total=len(earlier) - 1,
                            language=self.context.language,
                        ),
                    )
