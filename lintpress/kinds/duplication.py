"""``duplication``: sentences, paragraphs and passages that an article says twice.

Copy-paste and CMS slips leave a sentence twice, or rebuild a sentence from
pieces of earlier ones. One kind serves four rules, chosen with ``report``:

- ``paragraph``: a paragraph of two or more sentences repeated (one finding, not one per sentence);
- ``sentence``: a sentence repeated word for word (case, spacing and punctuation aside);
  the autofix deletes the later copy;
- ``near-sentence``: a sentence that mostly repeats an earlier one (another speaker,
  "Selain itu," added, words moved): word-multiset overlap (Dice) ≥ ``near_threshold``;
- ``passage``: a run of ≥ ``passage_words`` words seen earlier, even when the sentences
  around it differ, with at least ``passage_content_words`` lower-case content words
  (so names, titles, legal citations and stock phrases alone do not count);
- ``cross-file``: the same sentence or passage in another file of the run
  (``--cross-file``); the finding names the other file in its related location.

Each finding sits on the later copy with the first copy as ``related``; a slip is
reported once (a passage inside a repeated sentence is left to the sentence rule).
Boilerplate (``boilerplate`` patterns: datelines, "Baca juga:", bylines, photo
credits) is ignored. Findings inside direct quotations become info (``in_quotes``).

Example rule::

    - id: duplication.sentence
      kind: duplication
      category: duplication
      severity: warning
      message: "Kalimat ini sudah ditulis sebelumnya ({where})."
      params: {report: sentence, function_words: duplication-function-words.txt}

Bad: ``Warga diminta waspada. Hujan turun deras. Warga diminta waspada.``
(the third sentence repeats the first and is reported, fix: delete it).
"""

from __future__ import annotations

from lintpress.diagnostic import Edit, Related
from lintpress.duplication_index import Match, Settings, analyse, analyse_many
from lintpress.duplication_index import _patterns as compile_boilerplate
from lintpress.kinds.base import Kind, Param
from lintpress.wordlists import read_wordlist


def _read_words(path: str) -> frozenset[str]:
    """The function-word list, case-folded like the duplication index's keys."""
    return read_wordlist(path, casefold=True)


class Duplication(Kind):
    NAME = "duplication"
    IN_QUOTES = "info"  # a quotation repeated on purpose is still worth a look, but not a warning
    OWN_QUOTES = True  # a copy of a quotation can be deleted: it stays visible (see ``_finding``)
    PARAMS = {
        "report": Param(
            "str",
            required=True,
            choices=("paragraph", "sentence", "near-sentence", "passage", "cross-file"),
            doc="which repeats this rule reports",
        ),
        "min_sentence_words": Param("int", 5, doc="shorter sentences may repeat (headings, 'Terima kasih.')"),
        "min_content_words": Param(
            "int", 2, doc="sentences with fewer lower-case content words (citations, names) may repeat"
        ),
        "min_near_words": Param("int", 8, doc="near duplicates need sentences at least this long"),
        "near_threshold": Param("float", 0.8, doc="Dice overlap of the two sentences' words (0–1)"),
        "passage_words": Param("int", 8, doc="shortest repeated run of words reported as a passage"),
        "passage_content_words": Param(
            "int", 5, doc="lower-case content words a passage needs (names and stock phrases have few)"
        ),
        "function_words": Param(
            "str", "", doc="word list file (relative to the pack): words that carry no content"
        ),
        "boilerplate": Param("list[regex]", [], doc="text that does not count: datelines, bylines, credits"),
        "related_message": Param("str", "first copy", doc="label of the related location"),
    }

    def setup(self) -> None:
        p = self.params
        if not 0 < p["near_threshold"] <= 1:
            raise self._fail("params.near_threshold", "must be between 0 and 1")
        if p["passage_words"] < 3:
            raise self._fail("params.passage_words", "must be at least 3")
        words: frozenset[str] = frozenset()
        if p["function_words"]:
            path = self.data_path(p["function_words"])
            if not path.is_file():
                raise self._fail("params.function_words", f"file not found: {path}")
            words = _read_words(str(path))
        compile_boilerplate(tuple(p["boilerplate"]))  # compiled once here, so a bad pattern is a rule-file error
        self.settings = Settings(
            min_sentence_words=p["min_sentence_words"],
            min_content_words=p["min_content_words"],
            min_near_words=p["min_near_words"],
            near_threshold=float(p["near_threshold"]),
            passage_words=p["passage_words"],
            passage_content_words=p["passage_content_words"],
            function_words=words,
            boilerplate=tuple(p["boilerplate"]),
        )

    def check(self, doc):
        report = self.params["report"]
        if report == "cross-file":
            return
        for m in analyse(doc, self.settings).matches:
            if m.kind != report or (m.quoted and self.spec.in_quotes == "skip"):
                continue
            line, col = doc.position(m.earlier_start)
            yield self._finding(doc, m, f"{line}:{col}")

    def check_many(self, docs: list) -> dict:
        if self.params["report"] != "cross-file" or len(docs) < 2:
            return {}
        out: dict[str, list] = {}
        for di, found in analyse_many(docs, self.settings).items():
            doc = docs[di]
            for m, od in found:
                other = docs[od]
                line, col = other.position(m.earlier_start)
                out.setdefault(doc.path, []).append(
                    self._finding(doc, m, f"{other.path}:{line}:{col}", fix=False, other=(other.path, line, col))
                )
        return out

    def _finding(self, doc, m: Match, where: str, *, fix: bool = True, other: tuple | None = None):
        text = doc.text[m.start : m.end]
        # a repeated quotation (attribution aside) may be deliberate: info, and no fix, like quotes
        quoted = m.quoted and self.spec.in_quotes == "info"
        fix = fix and not quoted and m.exact and m.delete is not None
        edit = [Edit(m.delete[0], m.delete[1] - m.delete[0], "")] if fix else None
        return self.diagnostic(
            m.start,
            m.end - m.start,
            text=text,
            related=[
                Related(
                    m.earlier_start,
                    m.earlier_end - m.earlier_start,
                    self.params["related_message"],
                    *(other or ()),
                )
            ],
            fix=edit,
            severity="info" if quoted else None,
            where=where,
            score=round(m.score * 100),
            words=len(text.split()),
        )
