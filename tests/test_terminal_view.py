"""The terminal view: carets under the right text by display width, long lines windowed to the terminal.

rich's own cell measure (rich is a dependency) is the oracle for how wide text is drawn.
"""

from __future__ import annotations

import io

import pytest
from rich.cells import cell_len

from lintpress.config import Config
from lintpress.document import Document
from lintpress.engine import Linter
from lintpress.reporters.cells import cell_width, clusters
from lintpress.reporters.terminal import excerpt, render, terminal_width

PACK = """rules:
  - id: test.mark
    kind: existence
    category: style
    severity: warning
    message: "Mark '{text}'."
    params: {patterns: ['MARK\\w*']}
"""

# What stands before the finding; each is drawn at a width other than its code-point count.
PREFIXES = {
    "cjk": "日本語のテキスト、中文 ",
    "emoji": "Warga 😀 senang 🎉 ",
    "zwj-family": "Keluarga 👨\u200d👩\u200d👧\u200d👦 hadir ",
    "variation-selector": "Cinta ❤️ dan ☀️ pagi ",
    "skin-tone-and-flag": "Jempol 👍🏽 untuk 🇮🇩 ",
    "combining-marks": "Cafe\u0301 re\u0301sume\u0301 nai\u0308ve ",
    "tabs": "a\tbc\t\tdef\t",
    "mixed": "\tCJK 中文, emoji 👩\u200d💻, accent e\u0301 ",
}


def lint(tmp_path, text: str):
    pack = tmp_path / "pack.yaml"
    pack.write_text(PACK, encoding="utf-8")
    doc = Document(text, str(tmp_path / "a.txt"))
    return [Linter().lint_document(doc, Config(language="id", packs=(str(pack),)))]


def view(results, width: int, **options) -> list[str]:
    buf = io.StringIO()
    render(results, buf, width=width, color=False, **options)
    return buf.getvalue().splitlines()


def source_and_carets(lines: list[str]) -> tuple[str, str]:
    i = next(k for k, line in enumerate(lines) if line.lstrip()[:1].isdigit() and " | " in line)
    return lines[i], lines[i + 1]


def caret_columns(caret_line: str) -> tuple[int, int]:
    start = caret_line.index("^")
    return start, len(caret_line) - start  # the caret line is ASCII: characters are cells


def test_cell_widths_agree_with_rich():
    for text in [*PREFIXES.values(), "MARK", "1️⃣ #️⃣", "한국어", "ｆｕｌｌ", "x\u200by"]:
        if "\t" not in text:
            assert cell_width(text) == cell_len(text), text


def test_clusters_cover_every_code_point_once():
    for text in PREFIXES.values():
        spans = [(c.start, c.end) for c in clusters(text)]
        assert spans[0][0] == 0 and spans[-1][1] == len(text)
        assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))


def test_zwj_sequences_and_flags_are_one_two_cell_glyph():
    (family,) = clusters("👨\u200d👩\u200d👧\u200d👦")
    assert family.width == 2 and family.end == 7
    assert [c.width for c in clusters("🇮🇩🇯🇵")] == [2, 2]
    assert [c.width for c in clusters("e\u0301")] == [1]
    assert [c.width for c in clusters("❤️")] == [2] and [c.width for c in clusters("❤")] == [1]


def test_tabs_expand_to_the_next_stop():
    assert [c.width for c in clusters("a\tb")] == [1, 7, 1]
    assert [c.width for c in clusters("abcdefgh\tb")][8] == 8


def test_control_characters_never_reach_the_terminal():
    shown = "".join(c.text for c in clusters("a\x1b[31mb\x07c\u202ed"))
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert shown == "a␛[31mb␇cd"


@pytest.mark.parametrize("name", sorted(PREFIXES))
def test_carets_sit_under_the_finding_after_wide_or_invisible_text(tmp_path, name):
    prefix = PREFIXES[name]
    results = lint(tmp_path, f"{prefix}MARKED kata.\n")
    source, carets = source_and_carets(view(results, 200))
    start, width = caret_columns(carets)
    gutter = "    1 | "
    shown = source[len(gutter):]
    expected = prefix.expandtabs(8) if "\t" in prefix and name == "tabs" else None
    before = shown[: shown.index("MARKED")]
    if expected is not None:
        assert before == expected
    assert start == len(gutter) + cell_len(before)
    assert width == len("MARKED")


@pytest.mark.parametrize("width", [40, 80, 200])
def test_finding_at_the_end_of_a_500_character_line(tmp_path, width):
    words = "Pemerintah daerah menyalurkan bantuan kepada warga desa. "
    line = (words * 10)[:494] + "MARKED"
    assert len(line) == 500
    results = lint(tmp_path, line + "\n")
    lines = view(results, width)
    source, carets = source_and_carets(lines)
    assert cell_len(source) <= width and len(carets) <= width
    start, caret_w = caret_columns(carets)
    assert caret_w == 6 and source[start : start + 6] == "MARKED"
    assert source.startswith("    1 | …") and source.endswith("MARKED")


@pytest.mark.parametrize("width", [40, 80, 200])
def test_finding_in_the_middle_of_a_long_line_with_wide_text(tmp_path, width):
    half = "日本語 😀 kata e\u0301 " * 20
    results = lint(tmp_path, half + "MARKED " + half + "\n")
    source, carets = source_and_carets(view(results, width))
    assert cell_len(source) <= width and len(carets) <= width
    start, caret_w = caret_columns(carets)
    assert cell_len(source[: source.index("MARKED")]) == start and caret_w == 6
    assert "…" in source[:10] and source.endswith("…")


def test_a_line_that_fits_is_shown_whole(tmp_path):
    results = lint(tmp_path, "Sebuah MARK pendek.\n")
    source, carets = source_and_carets(view(results, 40))
    assert source == "    1 | Sebuah MARK pendek." and carets == " " * 15 + "^^^^"


def test_excerpt_of_a_span_longer_than_the_window_shows_its_start():
    line = "x" * 30 + "y" * 100 + "z" * 30
    shown = excerpt(line, 30, 130, 40)
    assert shown.text.startswith("…" + "x" * 10 + "y") and shown.text.endswith("…")
    assert shown.caret_column == 11 and shown.caret_column + shown.caret_width == 39
    assert cell_len(shown.text) <= 40


def test_excerpt_of_an_empty_span_at_the_end_of_a_long_line():
    line = "kata " * 100
    shown = excerpt(line, len(line), len(line), 40)
    assert shown.caret_width == 1 and shown.caret_column == cell_len(shown.text) <= 39


def test_multiline_span_underlines_to_the_end_of_its_first_line():
    shown = excerpt("awal MARK sampai", 5, 16, 80)
    assert (shown.caret_column, shown.caret_width) == (5, 11)


def test_width_comes_from_columns_then_the_terminal_then_80(monkeypatch):
    monkeypatch.setenv("COLUMNS", "57")
    assert terminal_width(io.StringIO()) == 57
    monkeypatch.delenv("COLUMNS")
    assert terminal_width(io.StringIO()) == 80
    assert terminal_width(io.StringIO(), 33) == 33


def test_related_places_beyond_three_are_counted(tmp_path):
    from lintpress.diagnostic import Related

    results = lint(tmp_path, "MARK satu dua tiga empat lima.\n")
    d = results[0].diagnostics[0]
    d.related = [Related(5 + 4 * i, 3, "x") for i in range(5)]
    lines = view(results, 80)
    assert sum(line.startswith("      = lihat ") for line in lines) == 3
    assert "      = … dan 2 lainnya" in lines


def test_plain_view_does_not_import_rich(tmp_path):
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("Warga ke ke pasar.\n", encoding="utf-8")
    code = (
        "import sys, io; from lintpress.cli import main; sys.stdout = io.StringIO(); "
        "main(['--no-cache', '--color', 'never', 'a.txt']); "
        "sys.__stdout__.write(str(sorted(m for m in sys.modules if m.startswith('rich'))))"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert proc.stdout == "[]", proc.stdout + proc.stderr
