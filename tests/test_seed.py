"""End to end on the seed press release: every required finding of expected.json, nothing it forbids."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SEED_EXPECTED


@pytest.fixture
def seed_report(seed_path):
    proc = subprocess.run(
        [sys.executable, "-m", "lintpress", "--no-cache", "--format", "json", str(seed_path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1, proc.stderr
    return json.loads(proc.stdout)["files"][0]["diagnostics"]


def _matches(d: dict, exp: dict) -> bool:
    categories = {exp["category"]} | ({"consistency"} if exp["category"] == "spelling" else set())
    overlap = d["offset"] < exp["offset"] + exp["length"] and exp["offset"] < d["offset"] + d["length"]
    return d["category"] in categories and overlap


def test_every_required_finding_is_reported(seed_report):
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))["expected"]
    for exp in (e for e in expected if e["required"]):
        hits = [d for d in seed_report if _matches(d, exp)]
        assert hits, f"missing: {exp['text']!r} ({exp['category']})"
        if "suggestion" in exp:
            assert any(d["suggestions"][:1] == [exp["suggestion"]] for d in hits), exp["text"]
        if "related" in exp:
            rel = exp["related"]
            assert any(
                r["offset"] < rel["offset"] + rel["length"] and rel["offset"] < r["offset"] + r["length"]
                for d in hits
                for r in d["related"]
            ), exp["text"]


def _protected_terms() -> list[str]:
    """Names and words listed under must_not_flag in expected.json (read there, not copied here)."""
    terms = []
    for entry in json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))["must_not_flag"]:
        if "—" in entry:
            continue  # a sentence about a figure or a date, checked below
        entry = entry.split(":", 1)[1] if ":" in entry.split(",")[0] else entry
        terms += [t.strip() for t in entry.split(",") if t.strip()]
    return terms


def test_nothing_on_the_must_not_flag_list(seed_report, seed_path):
    protected = _protected_terms()
    assert len(protected) >= 10
    text = seed_path.read_text(encoding="utf-8")
    for d in seed_report:
        if d["category"] in ("spelling", "consistency"):
            assert not any(d["text"] in t or t in d["text"] for t in protected), d
    assert not [d for d in seed_report if d["rule"] == "consistency.weekday"], "Selasa (20/1) is right in 2026"
    assert not [d for d in seed_report if d["rule"] == "consistency.figure"]
    assert "20.000" in text and "5.000" in text
