"""Fact and figure consistency: data-driven cases from tests/fixtures/consistency/*.yaml.

Every injected conflict must be found (rule, flagged text, first suggestion) and
nothing else of the consistency rules may fire on a case, so the files measure
recall and precision at once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from conftest import lint_text

FIXTURES = Path(__file__).parent / "fixtures" / "consistency"
SELECT = ("consistency", "style.acronym-repeat")


def _cases():
    for path in sorted(FIXTURES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(data.get("language", "id"), case, id=f"{path.stem}: {case['name']}")


def _lint(language: str, case: dict):
    extra = {}
    if case.get("date"):
        extra["date"] = dt.date.fromisoformat(str(case["date"]))
    text = case["text"]
    diags = lint_text(text, language=language, fmt=case.get("format", "text"), select=SELECT, **extra)
    return text, diags


@pytest.mark.parametrize(("language", "case"), list(_cases()))
def test_fixture_case(language, case):
    text, diags = _lint(language, case)
    got = [(d.rule, text[d.offset : d.end], d.suggestions[:1]) for d in diags]
    expected = case.get("expect") or []
    for exp in expected:
        hits = [g for g in got if g[0] == exp["rule"] and g[1] == exp["text"]]
        assert hits, f"missing {exp} in {got}"
        if "suggestion" in exp:
            assert hits[0][2] == [exp["suggestion"]], f"suggestion for {exp}: {hits[0][2]}"
    extra = [g for g in got if not any(g[0] == e["rule"] and g[1] == e["text"] for e in expected)]
    assert not extra, f"unexpected findings {extra}"


def test_fixture_set_is_large_enough():
    injected = sum(len(case.get("expect") or []) for _, case in (p.values for p in _cases()))
    assert injected >= 40


def test_findings_point_at_later_statement_with_related():
    text = (
        "Dinas menyerahkan 20.000 bibit kelapa kepada petani.\n"
        "Sebanyak 2.000 bibit kelapa tersebut ditanam pekan depan.\n"
    )
    (d,) = lint_text(text, select=("consistency.figure",))
    assert text[d.offset : d.end] == "2.000"
    assert d.category == "consistency"
    assert [text[r.offset : r.offset + 6] for r in d.related] == ["20.000"]


def test_weekday_autofix_replaces_only_the_weekday():
    text = "Rapat digelar Rabu (20/1/2026) di balai kota.\n"
    (d,) = lint_text(text, select=("consistency.weekday",))
    assert d.fix and d.fix[0].replacement == "Selasa"
    assert text[d.fix[0].offset : d.fix[0].offset + d.fix[0].length] == "Rabu"


def test_seed_weekday_and_figures_are_quiet(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    diags = lint_text(text, select=SELECT)
    assert not [d for d in diags if d.category == "consistency"]
    # The optional style note lands on the full name repeated after "Ditjenpas" was introduced.
    assert [(d.rule, d.offset) for d in diags] == [("style.acronym-repeat", 1342)]


def test_rule_examples_bad_flagged_good_quiet():
    from lintpress.packs import builtin_specs

    specs = [s for lang in ("id", "en") for s in builtin_specs(lang) if s.source.endswith("consistency.yaml")]
    assert len(specs) == 24
    for spec in specs:
        bad = lint_text(spec.example["bad"], language=spec.language, select=(spec.id,))
        good = lint_text(spec.example["good"], language=spec.language, select=(spec.id,))
        assert bad, f"{spec.id} ({spec.language}) misses its bad example"
        assert not good, f"{spec.id} ({spec.language}) flags its good example: {good}"
