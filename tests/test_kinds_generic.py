"""The generic kinds (substitution, existence, repetition, occurrence) and rule-file validation."""

from __future__ import annotations

import textwrap

import pytest

from lintpress.config import Config
from lintpress.document import Document
from lintpress.engine import Linter
from lintpress.errors import RuleFileError
from lintpress.packs import load_pack_file


def run_pack(tmp_path, pack_yaml: str, text: str, fmt: str = "text"):
    pack = tmp_path / "pack.yaml"
    pack.write_text(textwrap.dedent(pack_yaml), encoding="utf-8")
    load_pack_file.cache_clear()
    doc = Document(text, "t.md" if fmt == "markdown" else "t.txt", fmt)
    config = Config(language="id", packs=(str(pack),))
    return Linter().lint_document(doc, config).diagnostics


SUB = """
rules:
  - id: style.baku
    kind: substitution
    category: style
    severity: warning
    message: "'{text}' tidak baku; tulis '{suggestion}'."
    params:
      swap: {aktifitas: aktivitas, kerjasama: kerja sama, pasca bencana: pascabencana, praktek: [praktik, latihan]}
"""


def test_substitution_preserves_case_and_offers_fix(tmp_path):
    text = "Aktifitas warga dan AKTIFITAS lain serta aktifitas."
    ds = run_pack(tmp_path, SUB, text)
    assert [(text[d.offset : d.end], d.suggestions) for d in ds] == [
        ("Aktifitas", ["Aktivitas"]),
        ("AKTIFITAS", ["AKTIVITAS"]),
        ("aktifitas", ["aktivitas"]),
    ]
    assert ds[0].fix[0].replacement == "Aktivitas"
    assert ds[0].message == "'Aktifitas' tidak baku; tulis 'Aktivitas'."


def test_substitution_matches_phrases_across_spaces_and_whole_words_only(tmp_path):
    text = "Masa pasca  bencana dan kerjasamanya serta kerjasama."
    ds = run_pack(tmp_path, SUB, text)
    assert [text[d.offset : d.end] for d in ds] == ["pasca  bencana", "kerjasama"]


def test_substitution_with_several_candidates_has_no_fix(tmp_path):
    ds = run_pack(tmp_path, SUB, "Praktek itu baik.")
    assert ds[0].suggestions == ["Praktik", "Latihan"] and ds[0].fix is None


EXIST = r"""
rules:
  - id: style.space-before-colon
    kind: existence
    category: style
    severity: warning
    message: "Tidak ada spasi sebelum titik dua."
    params:
      patterns: ['(\w)( +):']
      group: 2
      replacement: ''
  - id: style.leftover
    kind: existence
    category: style
    severity: warning
    message: "Sisa halaman web: '{text}'."
    params:
      tokens: [account_circle, calendar_month]
      action: delete-line
"""


def test_existence_pattern_group_and_replacement(tmp_path):
    text = "Foto : Humas\nWaktu: pagi\n"
    ds = run_pack(tmp_path, EXIST, text)
    assert len(ds) == 1 and ds[0].offset == 4 and ds[0].length == 1 and ds[0].fix[0].replacement == ""


def test_existence_delete_line_only_when_line_is_only_the_leftover(tmp_path):
    text = "Judul\n- account_circle\nIkon account_circle di tengah kalimat.\n"
    ds = run_pack(tmp_path, EXIST, text)
    assert len(ds) == 2
    whole, inline = ds
    assert whole.fix and text[whole.fix[0].offset : whole.fix[0].offset + whole.fix[0].length] == "- account_circle\n"
    assert inline.fix is None


REP = """
rules:
  - id: style.repeated-word
    kind: repetition
    category: style
    severity: warning
    message: "'{text}' diulang."
    params: {exceptions: [sangat]}
"""


@pytest.mark.parametrize(
    "text, found",
    [
        ("Ia pergi ke ke pasar.", ["ke"]),
        ("Ia pergi Ke ke pasar.", ["ke"]),
        ("Ia pergi ke, ke pasar.", []),
        ("Ia datang. Datang lagi.", []),
        ("Hari ini sangat sangat panas.", []),
        ("Jumlahnya 5 5 orang.", []),
        ("Baris akhir ke\nke baris baru.", []),
    ],
)
def test_repetition_truth_table(tmp_path, text, found):
    assert [text[d.offset : d.end] for d in run_pack(tmp_path, REP, text)] == found


def test_repetition_fix_removes_second_word(tmp_path):
    from lintpress.fixes import apply_edits

    text = "Ia pergi ke ke pasar."
    ds = run_pack(tmp_path, REP, text)
    assert apply_edits(text, ds)[0] == "Ia pergi ke pasar."


OCC = """
rules:
  - id: style.opener
    kind: occurrence
    category: style
    severity: info
    message: "'{text}' membuka {count} kalimat (maks. {max})."
    params:
      tokens: ["Selain itu,"]
      max: 2
      position: sentence-start
  - id: style.per-sentence
    kind: occurrence
    category: style
    severity: info
    message: "Terlalu banyak 'yang'."
    params:
      tokens: ["yang"]
      max: 2
      scope: sentence
"""


def test_occurrence_counts_sentence_openers_per_document(tmp_path):
    text = "Selain itu, warga datang. Kata selain itu, mereka pulang. Selain itu, ada pasar. “Selain itu, kami senang.” Selain itu, hujan."
    ds = [d for d in run_pack(tmp_path, OCC, text) if d.rule == "style.opener"]
    assert len(ds) == 2
    assert ds[0].message == "'Selain itu,' membuka 3 kalimat (maks. 2)."
    assert len(ds[0].related) == 2


def test_occurrence_per_sentence(tmp_path):
    text = "Orang yang datang yang pergi yang diam. Yang lain yang baik."
    ds = [d for d in run_pack(tmp_path, OCC, text) if d.rule == "style.per-sentence"]
    assert len(ds) == 1 and ds[0].offset == text.index("yang diam")


@pytest.mark.parametrize(
    "body, field",
    [
        ("- {id: style.x, kind: substitution, category: style, message: m, params: {}}", "params.swap"),
        ("- {id: style.x, kind: substitution, category: style, message: m, params: {swap: 5}}", "params.swap"),
        ("- {id: style.x, kind: existence, category: style, message: m, params: {patterns: ['(']}}", "params.patterns"),
        ("- {id: style.x, kind: existence, category: colour, message: m, params: {tokens: [a]}}", "category"),
        ("- {id: style.x, kind: existence, category: style, severity: fatal, message: m, params: {tokens: [a]}}", "severity"),
        ("- {id: style.x, kind: existence, category: style, params: {tokens: [a]}}", "message"),
        ("- {id: Style X, kind: existence, category: style, message: m}", "id"),
        ("- {id: style.x, kind: nosuchkind, category: style, message: m}", "kind"),
        ("- {id: style.x, kind: occurrence, category: style, message: m, params: {tokens: [a]}}", "params.max"),
        ("- {id: style.x, kind: occurrence, category: style, message: m, params: {tokens: [a], max: 1, scope: page}}", "params.scope"),
        ("- {id: style.x, kind: repetition, category: style, message: m, params: {bogus: 1}}", "params.bogus"),
        ("- {id: style.x, kind: repetition, category: style, message: m, colour: red}", "colour"),
    ],
)
def test_bad_rule_files_name_file_rule_and_field(tmp_path, body, field):
    with pytest.raises(RuleFileError) as exc:
        run_pack(tmp_path, "rules:\n  " + body + "\n", "teks")
    msg = str(exc.value)
    assert "pack.yaml" in msg and f"field '{field}'" in msg
    if field != "id":
        assert "rule 'style.x'" in msg


def test_invalid_yaml_reports_line(tmp_path):
    with pytest.raises(RuleFileError, match=r"pack.yaml: invalid YAML \(line \d+"):
        run_pack(tmp_path, "rules:\n  - id: [unclosed\n", "teks")
