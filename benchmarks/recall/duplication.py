"""Duplication errors: a sentence of the article pasted again later, as it is."""

from __future__ import annotations

import random

from lintpress.document import Document
from recall import Injection, injector


def _sentences(text: str) -> list[tuple[int, int]]:
    doc = Document(text)
    return [(s.start, s.end) for s in doc.sentences if len(text[s.start : s.end].split()) >= 10]


@injector("sentence-pasted-again", "duplication")
def sentence_pasted_again(text: str, rng: random.Random) -> Injection | None:
    """A sentence of 10+ words copied to the end of a later paragraph."""
    spans = _sentences(text)
    if len(spans) < 3:
        return None
    start, end = rng.choice(spans[: len(spans) // 2])
    sentence = text[start:end]
    body = text.rstrip("\n")
    at = len(body) + 1
    return Injection(body + " " + sentence + "\n", at, at + len(sentence), ("duplication",), sentence[:30] + "…")
