"""Long and repetitive documents: bounded related lists, no comparison of everything with
everything, book-length files linted in parts, a report written one finding at a time.

Speed itself is measured by benchmarks/bench_scale.py; these tests pin the behaviour that
keeps it linear (how much work, how many places), which a slower algorithm would break.
"""

from __future__ import annotations

import io
import json

from conftest import lint_text

from lintpress import engine, markdown
from lintpress.config import Config
from lintpress.diagnostic import MAX_RELATED, Diagnostic, Related, cap_related
from lintpress.document import Document
from lintpress.engine import Linter, section_bounds
from lintpress.kinds.figures import Figures
from lintpress.messages import text

PARAGRAPH = (
    "Dinas Pertanian membagikan 12.000 bibit mangga kepada kelompok tani di tiga kecamatan. "
    "Selain itu, petani mendapat pelatihan singkat dari penyuluh.\n\n"
    "Kepala dinas mengatakan 1.200 bibit mangga tersebut akan ditanam di lahan milik desa. "
    "Selain itu, pupuk organik juga dibagikan kepada kelompok tani.\n\n"
)


def test_repeated_opener_lists_the_first_places_and_counts_the_rest():
    found = [d for d in lint_text(PARAGRAPH * 6, select=("style.repeated-opener",))]
    assert len(found) == 10  # 12 openers, two allowed
    assert all(len(d.related) <= MAX_RELATED for d in found)
    last = found[-1]
    earlier = text("related.earlier-occurrence", "id")  # labels follow the article's language
    assert [r.message for r in last.related][:-1] == [earlier] * (MAX_RELATED - 1)
    assert last.related[-1].message == f"{earlier}; " + text("related.not-listed", "id", count=6)
    assert last.related[0].offset == PARAGRAPH.index("Selain itu")


def test_every_rule_is_capped_when_the_findings_are_finished():
    many = [Related(i * 10, 3, "copy") for i in range(9)]
    doc = Document("x " * 60)
    (d,) = Linter().finish(doc, [Diagnostic("style.x", "style", "warning", "m", 0, 1, related=list(many))])
    assert d.related == many[:4] + [many[4]._replace(message="copy; 4 more not listed")]
    assert cap_related(many[:5]) == many[:5]
    assert cap_related(many[:5], total=7)[-1].message == "copy; 2 more not listed"


def test_figures_compare_a_figure_with_a_bounded_number_of_earlier_figures(monkeypatch):
    calls = []
    compatible = Figures._compatible
    monkeypatch.setattr(Figures, "_compatible", staticmethod(lambda *a: calls.append(1) or compatible(*a)))
    copies = 300
    found = lint_text(PARAGRAPH * copies, select=("consistency.figure",))
    # the first restatement contradicts the one earlier count; later ones point back at a noun
    # counted two ways, which is ambiguous, and stay quiet
    assert len(found) == 1
    assert len(calls) < 10 * 2 * copies  # comparing with every earlier figure: ~180,000 calls


def test_figures_findings_do_not_depend_on_how_many_copies_came_before():
    one = lint_text(PARAGRAPH, select=("consistency.figure",))
    assert [(d.offset, d.message) for d in one] == [
        (d.offset, d.message) for d in lint_text(PARAGRAPH * 3, select=("consistency.figure",))
    ][:1]


def _article(n: int) -> str:
    return (
        f"Warga desa {n} menggelar kerja bakti pada pagi hari. Mereka membersihkan saluran air "
        "agar tidak tersumbat.\n\nKepala desa berterima kasih kepada warga yang hadir . Ia berharap "
        "kegiatan serupa digelar setiap bulan.\n\n"
    )


def test_a_book_length_document_is_linted_in_parts_at_block_boundaries(monkeypatch):
    text = "".join(_article(n) for n in range(40))
    doc = Document(text, "book.txt")
    bounds = section_bounds(doc, 1000)
    assert len(bounds) > 5 and bounds[0][0] == 0 and bounds[-1][1] == len(text)
    block_starts = {b.start for b in doc.blocks}
    assert all(a in block_starts for a, _ in bounds[1:])
    assert all(b == a2 for (_, b), (a2, _) in zip(bounds, bounds[1:]))

    config = Config(language="id")
    whole = Linter().lint_document(Document(text, "book.txt"), config).diagnostics
    monkeypatch.setattr(engine, "SECTION_CHARS", 1000)
    parts = Linter().lint_document(Document(text, "book.txt"), config).diagnostics
    expected = []
    for a, b in section_bounds(Document(text, "book.txt"), 1000):
        for d in Linter().lint_document(Document(text[a:b], "part.txt"), config).diagnostics:
            expected.append((d.rule, d.offset + a, d.length, [r.offset + a for r in d.related]))
    assert [(d.rule, d.offset, d.length, [r.offset for r in d.related]) for d in parts] == expected
    assert any(d.offset > 1000 for d in parts)
    for d in parts:
        assert d.fix is None or all(0 <= e.offset <= len(text) for e in d.fix)
    # a check of one place finds the same in parts; a comparison (duplicates, figures) only
    # compares within a part
    local = "style.space-before-punctuation"
    assert [d.offset for d in whole if d.rule == local] == [d.offset for d in parts if d.rule == local]
    assert len([d for d in parts if d.rule == local]) == 40


def test_a_long_markdown_text_parses_in_parts_like_a_whole(monkeypatch):
    section = (
        "Paragraf pertama menyebut [sumber][ref] dan `kode`.\n\n"
        "```\nkode berpagar\n\ndengan baris kosong\n```\n\n"
        "<!-- catatan\n\nyang panjang -->\n\n"
        "<pre>\nteks mentah\n\nlagi\n</pre>\n\n"
        "## Judul bagian\n\nParagraf kedua dengan *penekanan* dan tautan <https://contoh.id>.\n\n"
    )
    text = "---\nlang: id\n---\n\n" + section * 30 + "[ref]: https://contoh.id/sumber\n"
    line_starts = Document(text)._line_starts
    whole = markdown._extract(text, line_starts)
    monkeypatch.setattr(markdown, "PART_CHARS", 300)
    assert len(markdown._part_starts(text, line_starts)) > 10
    assert markdown.extract_markdown(text, line_starts) == whole
    assert whole[2] == {"lang": "id"}


def test_the_json_report_is_written_one_finding_at_a_time_with_the_same_bytes():
    from lintpress.reporters import json_report

    doc = Document("Ke ke pasar . Ia pulang.\n", "a.txt")
    results = [Linter().lint_document(doc, Config(language="id")), engine.FileResult("b.txt", "id", [], doc)]
    for chosen in (results, results[:1], results[1:], []):
        out = io.StringIO()
        json_report.render(chosen, out)
        assert out.getvalue() == json.dumps(json_report.build(chosen), ensure_ascii=False, indent=2) + "\n"


def test_a_book_on_one_line_is_cut_between_sentences(monkeypatch):
    text = "".join(f"Warga desa {n} datang ke ke pasar pagi ini. " for n in range(200)) + "\n"
    doc = Document(text, "satu-baris.txt")
    assert len(doc.blocks) == 1
    bounds = section_bounds(doc, 1000)
    assert len(bounds) > 5 and all(text[a:].startswith("Warga desa") for a, _ in bounds[1:])
    config = Config(language="id", select=("style.repeated-word",))
    whole = Linter().lint_document(Document(text, "satu-baris.txt"), config).diagnostics
    monkeypatch.setattr(engine, "SECTION_CHARS", 1000)
    parts = Linter().lint_document(Document(text, "satu-baris.txt"), config).diagnostics
    assert len(parts) == 200
    assert [(d.offset, d.length) for d in parts] == [(d.offset, d.length) for d in whole]
    assert all(text[d.offset : d.offset + d.length] == "ke" for d in parts)
