"""Recall of the duplication rules on copies injected into clean fixture articles.

The articles in tests/fixtures/duplication/ were written for lintpress; every
sentence of twelve words or more is copied to the end of its article as it is
(exact), with a few words changed (near: 'Selain itu,' added, another subject,
words swapped, a word dropped and one replaced, and two heavier combinations),
or as a ten-word run inside a new sentence (passage). A copy counts as found
when a duplication finding overlaps it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import lint_text

from lintpress.document import Document

FIXTURES = Path(__file__).parent / "fixtures" / "duplication"
ARTICLES_ID = sorted(FIXTURES.glob("*.txt"))
ARTICLES_ID = [p for p in ARTICLES_ID if not p.stem.endswith("-en")]


def _append(text: str, addition: str) -> tuple[str, int, int]:
    """Add ``addition`` as a sentence at the end of the last paragraph."""
    body = text.rstrip("\n")
    start = len(body) + 1
    return body + " " + addition + "\n", start, start + len(addition)


def _words(sentence: str) -> list[str]:
    return sentence.rstrip(".").split()


def exact(s: str) -> str:
    return s


def opener(s: str) -> str:
    """'Selain itu,' put in front."""
    return "Selain itu, " + s[0].lower() + s[1:]


def speaker(s: str) -> str:
    """The first two words replaced (another subject or speaker)."""
    w = _words(s)
    return " ".join(["Pejabat", "lain"] + w[2:]) + "."


def swap(s: str) -> str:
    """Two words in the middle trade places."""
    w = _words(s)
    m = len(w) // 2
    w[m], w[m + 1] = w[m + 1], w[m]
    return " ".join(w) + "."


def edit(s: str) -> str:
    """One word dropped and one word replaced."""
    w = _words(s)
    m = len(w) // 2
    del w[m]
    w[m - 2] = "pun"
    return " ".join(w) + "."


def opener_speaker(s: str) -> str:
    """Another speaker and 'Selain itu,' together (four words differ)."""
    return opener(speaker(s))


def speaker_edit(s: str) -> str:
    """Another speaker, one word dropped and one replaced."""
    return edit(speaker(s))


def passage(s: str) -> str:
    """Ten words from the middle of the sentence inside a new sentence."""
    w = _words(s)
    m = max(0, len(w) // 2 - 5)
    return "Dalam rapat terpisah, pengurus menyebut " + " ".join(w[m : m + 10]) + " sebagai alasan utama."


VARIANTS: dict[str, list[Callable[[str], str]]] = {
    "exact": [exact],
    "near": [opener, speaker, swap, edit, opener_speaker, speaker_edit],
    "passage": [passage],
}


def cases(kind: str, min_words: int = 12) -> Iterator[tuple[str, str, int, int]]:
    """(name, text, start, end) for every sentence long enough and every variant of ``kind``."""
    for path in ARTICLES_ID:
        text = path.read_text(encoding="utf-8")
        doc = Document(text, str(path))
        for k, sent in enumerate(doc.sentences[:-1]):
            s = sent.text(doc)
            if len(s.split()) < min_words or s.startswith('"'):
                continue
            for fn in VARIANTS[kind]:
                new, start, end = _append(text, fn(s))
                yield f"{path.stem}:{k}:{fn.__name__}", new, start, end


def recall(kind: str, variant: str | None = None) -> float:
    hits = total = 0
    for name, text, start, end in cases(kind):
        if variant and not name.endswith(":" + variant):
            continue
        total += 1
        found = lint_text(text, select=("duplication",))
        hits += any(d.offset < end and d.end > start for d in found)
    assert total > 20
    return hits / total


def test_exact_copies_are_all_found():
    assert recall("exact") == 1.0


@pytest.mark.parametrize("variant", ["opener", "speaker", "swap", "edit", "opener_speaker"])
def test_light_edits_are_all_found(variant):
    assert recall("near", variant) == 1.0


def test_near_copies_overall():
    # speaker_edit changes four words of a 12-25 word sentence; about a third of those are found
    assert recall("near") >= 0.85


def test_passages():
    assert recall("passage") >= 0.9
