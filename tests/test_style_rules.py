"""House-style packs: every rule fails and passes its own cases (tests/fixtures/style/*.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import lint_text

from lintpress.fixes import apply_edits
from lintpress.packs import load_pack_file

FIXTURES = Path(__file__).parent / "fixtures" / "style"
RULES = Path(__file__).resolve().parents[1] / "rules"
# Packs that belong to other areas (spelling, duplication, consistency, LanguageTool).
OTHER_AREAS = ("spelling", "duplication", "consistency", "languagetool")


def _cases() -> list[tuple[str, dict]]:
    out = []
    for f in sorted(FIXTURES.glob("*.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        out.extend((data["language"], case) for case in data["cases"])
    return out


def _style_specs(language: str):
    specs = []
    for f in sorted((RULES / language).glob("*.yaml")):
        if not f.stem.startswith(OTHER_AREAS):
            specs.extend(load_pack_file(f, language))
    return specs


def _fixed(text: str, language: str, rule: str) -> str:
    """The text after applying the rule's fixes until nothing changes (as --fix --unsafe-fixes does)."""
    for _ in range(10):
        diags = lint_text(text, language=language, select=(rule,))
        new, applied = apply_edits(text, diags, unsafe=True)
        if not applied or new == text:
            return text
        text = new
    return text


CASES = _cases()


@pytest.mark.parametrize(
    ("language", "case"),
    CASES,
    ids=[
        f"{lang}:{c['rule']}:{'fail' if 'fail' in c else 'pass' if 'pass' in c else 'info'}"
        for lang, c in CASES
    ],
)
def test_case(language: str, case: dict) -> None:
    rule = case["rule"]
    if "fail" in case:
        found = [d for d in lint_text(case["fail"], language=language, select=(rule,)) if d.rule == rule]
        assert found, f"{rule} should report: {case['fail']!r}"
        if "fix" in case:
            assert _fixed(case["fail"], language, rule) == case["fix"]
    elif "pass" in case:
        found = [d for d in lint_text(case["pass"], language=language, select=(rule,)) if d.rule == rule]
        assert not found, f"{rule} should not report: " + ", ".join(
            repr(case["pass"][d.offset : d.end]) for d in found
        )
    else:  # inside a quotation: hidden by default, an info without a fix with show-quoted
        assert not [d for d in lint_text(case["info"], language=language, select=(rule,)) if d.rule == rule]
        shown = lint_text(case["info"], language=language, select=(rule,), show_quoted=True)
        found = [d for d in shown if d.rule == rule]
        assert found and all(d.severity == "info" and not d.fix for d in found)


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_rule_has_cases_and_example(language: str) -> None:
    kinds = {"fail": set(), "pass": set()}
    for lang, case in CASES:
        for key in kinds:
            if lang == language and key in case:
                kinds[key].add(case["rule"])
    for spec in _style_specs(language):
        assert spec.description and spec.example.get("bad") and spec.example.get("good"), spec.id
        assert spec.id in kinds["fail"], f"{spec.id}: no failing case in fixtures"
        assert spec.id in kinds["pass"], f"{spec.id}: no passing case in fixtures"


@pytest.mark.parametrize(
    "spec", [s for lang in ("id", "en") for s in _style_specs(lang)], ids=lambda s: f"{s.language}:{s.id}"
)
def test_example_bad_fails_and_good_passes(spec) -> None:
    """The example that `lintpress rules RULE` shows is itself checked."""
    bad = lint_text(spec.example["bad"], language=spec.language, select=(spec.id,))
    good = lint_text(spec.example["good"], language=spec.language, select=(spec.id,))
    assert [d for d in bad if d.rule == spec.id]
    assert not [d for d in good if d.rule == spec.id]
