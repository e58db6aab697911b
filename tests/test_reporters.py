"""Reporters: JSON contract field by field, SARIF against the official schema, GitHub, terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import DOUBLE_WORD_RULE

from lintpress.config import Config
from lintpress.document import Document
from lintpress.engine import Linter

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"

PACK = "rules:\n" + DOUBLE_WORD_RULE + """  - id: style.kata-x
    kind: occurrence
    category: style
    severity: info
    message: "'{text}' terlalu sering."
    params: {tokens: [xyz], max: 1}
"""

TEXT = "Judul 😀\r\n\r\nKalimat ke ke pasar, xyz, xyz.\r\n"


@pytest.fixture
def results(tmp_path):
    (tmp_path / "pack.yaml").write_text(PACK)
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode())
    doc = Document.from_path(path)
    linter = Linter()
    return [linter.lint_document(doc, Config(language="id", packs=(str(tmp_path / "pack.yaml"),)))], linter


def render(name: str, results, **options) -> str:
    from lintpress.reporters import get_reporter

    buf = io.StringIO()
    get_reporter(name).render(results, buf, **options)
    return buf.getvalue()


def test_json_contract_field_by_field(results):
    res, _ = results
    data = json.loads(render("json", res))
    assert set(data) == {"version", "tool", "files", "summary"}
    assert data["version"] == 1 and data["tool"]["name"] == "lintpress" and data["tool"]["version"]
    assert data["summary"] == {"files": 1, "errors": 0, "warnings": 1, "infos": 1}
    (f,) = data["files"]
    assert f["language"] == "id" and f["path"].endswith("a.txt")
    dup, occ = f["diagnostics"]
    assert set(dup) == {
        "rule", "category", "severity", "message", "line", "column", "end_line", "end_column",
        "offset", "length", "text", "suggestions", "related", "fix",
    }
    assert dup["rule"] == "style.dobel" and dup["category"] == "style" and dup["severity"] == "warning"
    assert (dup["line"], dup["column"], dup["end_line"], dup["end_column"]) == (3, 12, 3, 14)
    assert TEXT[dup["offset"] : dup["offset"] + dup["length"]] == dup["text"] == "ke"
    assert dup["suggestions"] == ["ke"] and dup["related"] == []
    (edit,) = dup["fix"]["edits"]
    assert dup["fix"]["applicability"] == "safe" and edit["replacement"] == ""
    assert TEXT[edit["offset"] : edit["offset"] + edit["length"]] == " ke"
    assert (edit["line"], edit["column"], edit["end_line"], edit["end_column"]) == (3, 11, 3, 14)
    assert occ["text"] == "xyz" and occ["column"] == 27
    assert occ["fix"] is None
    (rel,) = occ["related"]
    assert set(rel) == {"line", "column", "offset", "length", "message"}
    assert TEXT[rel["offset"] : rel["offset"] + rel["length"]] == "xyz" and (rel["line"], rel["column"]) == (3, 22)


def test_sarif_validates_against_official_schema(results):
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.is_file():
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json is not available")
    res, linter = results
    specs = {r.spec.id: r.spec for rs in linter._rulesets.values() for r in rs.rules}
    log = json.loads(render("sarif", res, rule_specs=specs))
    jsonschema.validate(log, json.loads(SCHEMA.read_text()))
    run = log["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert ids == ["style.dobel", "style.kata-x"]
    assert run["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"] == "warning"
    r0 = run["results"][0]
    assert r0["ruleId"] == "style.dobel" and r0["level"] == "warning" and ids[r0["ruleIndex"]] == "style.dobel"
    region = r0["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 12, 14)
    assert r0["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == ""
    assert run["results"][1]["level"] == "note" and run["results"][1]["relatedLocations"]


def test_sarif_with_no_findings_is_valid(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.is_file():
        pytest.skip("schema not available")
    doc = Document("Bersih.", str(tmp_path / "b.txt"))
    res = [Linter().lint_document(doc, Config(language="id", select=("style.repeated-word",)))]
    jsonschema.validate(json.loads(render("sarif", res)), json.loads(SCHEMA.read_text()))


def test_github_annotations(results):
    res, _ = results
    lines = render("github", res).splitlines()
    assert lines[0].startswith("::warning file=")
    assert ",line=3,col=12,endLine=3,endColumn=14,title=style.dobel::'ke' diulang. (saran: ke)" in lines[0]
    assert lines[1].startswith("::notice ")
    assert "'ke' diulang. (suggestion: ke)" in render("github", res, lang_ui="en")


def test_github_escapes_properties_and_data():
    from lintpress.reporters.github import _escape_data, _escape_property

    assert _escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    assert _escape_data("x\ny") == "x%0Ay"


def test_terminal_view_plain_when_piped(results, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    res, _ = results
    out = render("rich", res)
    assert "\x1b[" not in out
    assert "a.txt:3:12: warning [style.dobel] 'ke' diulang." in out
    assert "    3 | Kalimat ke ke pasar, xyz, xyz." in out
    caret_line = out.splitlines()[out.splitlines().index("    3 | Kalimat ke ke pasar, xyz, xyz.") + 1]
    assert caret_line.index("^") == len("    3 | Kalimat ke ")
    assert "      = saran: ke\n" in out and "2 temuan dalam 1 berkas: 1 warning, 1 info" in out
    assert "suggestion" not in out and "finding" not in out  # labels follow the article's language


def test_terminal_view_labels_follow_lang_ui(results, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    res, _ = results
    out = render("rich", res, lang_ui="en")
    assert "      = suggestion: ke\n" in out and "2 findings in 1 file: 1 warning, 1 info" in out
    assert "rule          count\nstyle.dobel       1\n" in out
    assert "'ke' diulang." in out  # the finding itself stays in the article's language


def test_terminal_view_in_colour_shows_the_same_text(results, monkeypatch):
    import re

    monkeypatch.delenv("NO_COLOR", raising=False)
    res, _ = results
    plain = render("rich", res, color=False)
    coloured = render("rich", res, color=True)
    assert "\x1b[" in coloured and "\x1b[" not in plain
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_sarif_labels_follow_the_article_language(results):
    res, _ = results
    run = json.loads(render("sarif", res))["runs"][0]
    assert run["results"][0]["message"]["text"] == "'ke' diulang. (saran: ke)"
    assert run["results"][0]["fixes"][0]["description"]["text"] == "hapus 'ke'"
    english = json.loads(render("sarif", res, lang_ui="en"))["runs"][0]["results"][0]
    assert english["fixes"][0]["description"]["text"] == "delete 'ke'"


def test_json_related_in_another_file_names_it(tmp_path):
    from lintpress.config import ConfigFinder
    from lintpress.runner import lint_files

    shared = "Harga cabai rawit di pasar induk naik tajam menjelang akhir pekan panjang ini."
    (tmp_path / "a.txt").write_text("Pedagang mengeluh sepi pembeli. " + shared + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(shared + " Pembeli beralih ke cabai kering.\n", encoding="utf-8")
    results, _ = lint_files(sorted(tmp_path.glob("*.txt")), ConfigFinder(), cross_file=True, use_cache=False)
    files = json.loads(render("json", results))["files"]
    (d,) = [d for d in files[1]["diagnostics"] if d["rule"] == "duplication.cross-file"]
    (rel,) = d["related"]
    assert rel["path"].endswith("a.txt") and (rel["line"], rel["column"], rel["offset"]) == (1, 33, 32)
    assert rel["message"] == "teks yang sama"
    same_file = [r for f in files for d in f["diagnostics"] for r in d["related"] if "path" not in r]
    assert all(set(r) == {"line", "column", "offset", "length", "message"} for r in same_file)


def test_concise(results):
    res, _ = results
    assert render("concise", res).splitlines()[0].endswith("a.txt:3:12: warning style.dobel 'ke' diulang. [→ ke]")
