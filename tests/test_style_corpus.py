"""House style on real text: the seed article's expectations and safe fixes on the dev corpus."""

from __future__ import annotations

import json

from conftest import SEED_EXPECTED

from lintpress.config import Config
from lintpress.document import Document
from lintpress.engine import Linter
from lintpress.fixes import apply_edits

STYLE = Config(language="id", select=("style",))


def _lint(doc: Document):
    return Linter().lint_document(doc, STYLE).diagnostics


def test_seed_style_findings(seed_path) -> None:
    doc = Document.from_path(seed_path)
    found = _lint(doc)
    spans = {(d.offset, d.length): d for d in found}
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))["expected"]
    names = ("account_circle", "calendar_month", "visibility 43")
    leftovers = [e for e in expected if e["category"] == "style" and e["text"] in names]
    assert len(leftovers) == 3
    for e in leftovers:
        assert (e["offset"], e["length"]) in spans, e["text"]
    foto = next(e for e in expected if e["text"] == "Foto : ")
    assert spans[(foto["offset"], foto["length"])].suggestions == [foto["suggestion"]]
    # The fourth "Selain itu," opens a sentence inside a quotation: a note shown only on request.
    opener = next(e for e in expected if e["text"] == "Selain itu,")
    assert (opener["offset"], opener["length"]) not in spans
    shown = Linter().lint_document(doc, STYLE._replace(show_quoted=True)).diagnostics
    assert any((d.offset, d.length, d.severity) == (opener["offset"], opener["length"], "info") for d in shown)
    ke76 = doc.text.index("Imigrasi Ke-76") + len("Imigrasi ")
    assert not [d for d in found if d.offset <= ke76 < d.end]


def test_seed_fix_deletes_whole_leftover_lines_only(seed_path) -> None:
    doc = Document.from_path(seed_path)
    fixed, _ = apply_edits(doc.text, _lint(doc))
    assert "calendar_month" not in fixed and "visibility 43" not in fixed
    # The icon line that also carries the author's name is reported but kept whole.
    author_line = next(line for line in doc.text.splitlines() if "account_circle" in line)
    assert author_line in fixed.splitlines()
    # "Foto : X" loses only the space before the colon.
    credit = next(line for line in doc.text.splitlines() if line.startswith("Foto :"))
    assert credit.replace("Foto :", "Foto:", 1) in fixed.splitlines()


def test_fix_changes_only_reported_spans_and_is_stable(dev_corpus) -> None:
    """--fix on the dev corpus (in memory): edits stay on their findings' lines; a second pass changes nothing."""
    for path in dev_corpus:
        doc = Document.from_path(path)
        found = _lint(doc)
        for d in found:
            for e in d.fix or ():
                line_start, _ = doc.line_span(d.offset)
                _, line_end = doc.line_span(max(d.offset, d.end - 1))
                assert line_start <= e.offset and e.offset + e.length <= line_end, (path.name, d)
                inside = d.offset <= e.offset and e.offset + e.length <= d.end
                assert inside or e.replacement == "", (path.name, d.rule, d.offset)  # or a deleted line
        text = doc.text
        for _ in range(10):
            new, applied = apply_edits(text, _lint(Document(text, str(path))))
            if not applied or new == text:
                break
            text = new
        again, _ = apply_edits(text, _lint(Document(text, str(path))))
        assert again == text, path.name
