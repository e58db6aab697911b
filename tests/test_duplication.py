"""Duplicated sentences, paragraphs and passages (rules duplication.*)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from conftest import SEED_EXPECTED, findings_per_1000_words, lint_text

from lintpress.diagnostic import Edit
from lintpress.errors import RuleFileError
from lintpress.fixes import apply_edits
from lintpress.kinds.base import validate_common
from lintpress.kinds.duplication import Duplication
from lintpress.packs import builtin_specs

FIXTURES = Path(__file__).parent / "fixtures" / "duplication"
CASES = yaml.safe_load((FIXTURES / "cases.yaml").read_text(encoding="utf-8"))
RULES = ("duplication.paragraph", "duplication.sentence", "duplication.near-sentence", "duplication.passage")


def dup(text: str, language: str = "id", fmt: str = "text"):
    return lint_text(text, language=language, fmt=fmt, select=("duplication",))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_cases(case):
    found = dup(case["text"], case.get("language", "id"))
    assert [d.rule for d in found] == case["expect"]
    if "first_text" in case:
        d = found[0]
        assert case["text"][d.offset : d.end] == case["first_text"]
    if "severity" in case:
        assert all(d.severity == case["severity"] for d in found)
    for d in found:
        assert d.category == "duplication"
        assert d.related and d.related[0].offset < d.offset


@pytest.mark.parametrize("language", ["id", "en"])
def test_both_packs_have_the_same_rules(language):
    ids = {s.id for s in builtin_specs(language) if s.id.startswith("duplication.")}
    assert ids == set(RULES) | {"duplication.cross-file"}


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("rule", RULES)
def test_rule_examples(language, rule):
    spec = next(s for s in builtin_specs(language) if s.id == rule)
    assert [d.rule for d in dup(spec.example["bad"], language)] == [rule]
    assert dup(spec.example["good"], language) == []


def test_fix_deletes_the_later_sentence():
    text = "Jalan itu licin setelah hujan semalam. Pengendara diminta pelan. Jalan itu licin setelah hujan semalam.\n"
    (d,) = dup(text)
    assert apply_edits(text, [d])[0] == "Jalan itu licin setelah hujan semalam. Pengendara diminta pelan.\n"


def test_fix_deletes_a_repeated_line():
    text = "Jalan itu licin setelah hujan semalam.\n\nPengendara diminta pelan.\n\nJalan itu licin setelah hujan semalam.\n"
    (d,) = dup(text)
    assert (
        apply_edits(text, [d])[0] == "Jalan itu licin setelah hujan semalam.\n\nPengendara diminta pelan.\n"
    )


def test_near_duplicates_and_passages_have_no_fix():
    found = dup(CASES[4]["text"]) + dup(CASES[7]["text"])
    assert found and all(d.fix is None for d in found)


def test_markdown_markup_is_not_text():
    text = "# Banjir\n\nWarga **diminta** tetap waspada terhadap banjir susulan.\n\nWarga diminta tetap waspada terhadap [banjir](https://contoh.id) susulan.\n"
    assert [d.rule for d in dup(text, fmt="markdown")] == ["duplication.sentence"]


def test_clean_fixture_articles_have_no_findings():
    for path in sorted(FIXTURES.glob("*.txt")):
        language = "en" if path.stem.endswith("-en") else "id"
        assert dup(path.read_text(encoding="utf-8"), language) == [], path.name


def test_long_document_finds_every_copy():
    base = (FIXTURES / "pasar-murah.txt").read_text(encoding="utf-8")
    text = "\n\n".join([base] * 40)  # about 7,500 words, all of it repeated
    found = dup(text)
    assert len(found) == 39 and all(d.rule == "duplication.paragraph" for d in found)


def test_bad_parameters_are_rejected_with_the_field():
    raw = {
        "id": "duplication.x",
        "kind": "duplication",
        "category": "duplication",
        "message": "m",
        "params": {"report": "sentence", "near_threshold": 1.5},
    }
    with pytest.raises(RuleFileError, match="near_threshold"):
        Duplication(validate_common(raw, "x.yaml", "id"))


def test_seed_passage_is_reported(seed_path):
    expected = [
        e
        for e in json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))["expected"]
        if e["category"] == "duplication"
    ]
    found = dup(seed_path.read_text(encoding="utf-8"))
    got = {(d.offset, d.length, d.related[0].offset, d.related[0].length) for d in found}
    want = {(e["offset"], e["length"], e["related"]["offset"], e["related"]["length"]) for e in expected}
    assert got == want


def test_dev_corpus_false_alarm_rate(dev_corpus):
    assert findings_per_1000_words(dev_corpus, ("duplication",)) <= 0.2


def test_cross_file(tmp_path):
    from lintpress.config import ConfigFinder
    from lintpress.runner import lint_files

    shared = "Harga cabai rawit di pasar induk naik tajam menjelang akhir pekan panjang ini."
    (tmp_path / "a.txt").write_text("Pedagang mengeluh sepi pembeli. " + shared + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(shared + " Pembeli beralih ke cabai kering.\n", encoding="utf-8")
    paths = sorted(tmp_path.glob("*.txt"))
    results = {Path(r.path).name: r for r in lint_files(paths, ConfigFinder(), cross_file=True, use_cache=False)[0]}
    assert [d for d in results["a.txt"].diagnostics if d.rule == "duplication.cross-file"] == []
    (d,) = [d for d in results["b.txt"].diagnostics if d.rule == "duplication.cross-file"]
    assert (d.offset, d.length) == (0, len(shared))
    rel = d.related[0]
    assert rel.path.endswith("a.txt") and (rel.line, rel.column, rel.offset) == (1, 33, 32) and rel.message == "teks yang sama"
    assert d.fix is None
    assert not [
        d
        for r in lint_files(paths, ConfigFinder(), use_cache=False)[0]
        for d in r.diagnostics
        if d.rule == "duplication.cross-file"
    ]


def test_edit_type_is_a_deletion():
    (d,) = dup(CASES[0]["text"])
    assert d.fix and all(isinstance(e, Edit) and e.replacement == "" for e in d.fix)
