"""Config discovery (nearest wins), --config override, keys and errors."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import DOUBLE_WORD_RULE

from lintpress.config import ConfigFinder, load_file
from lintpress.errors import ConfigError

PACK = "rules:\n" + DOUBLE_WORD_RULE + """  - id: style.kata-x
    kind: existence
    category: style
    severity: info
    message: "Hindari '{text}'."
    params: {tokens: [xyz]}
"""


def test_nearest_config_wins(tmp_path):
    (tmp_path / ".lintpress.toml").write_text('language = "en"\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text('[tool.lintpress]\nlanguage = "id"\nfail-on = "error"\n')
    finder = ConfigFinder()
    inner = finder.for_file(sub / "x.md")
    outer = finder.for_file(tmp_path / "y.md")
    assert inner.language == "id" and inner.fail_on == "error"
    assert outer.language == "en" and outer.fail_on == "warning"


def test_pyproject_without_table_is_skipped(tmp_path):
    (tmp_path / ".lintpress.toml").write_text('language = "en"\n')
    sub = tmp_path / "proj"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert ConfigFinder().for_file(sub / "x.md").language == "en"


def test_explicit_config_overrides_discovery(tmp_path):
    (tmp_path / ".lintpress.toml").write_text('language = "en"\n')
    other = tmp_path / "other.toml"
    other.write_text('language = "id"\nselect = ["spelling"]\n')
    cfg = ConfigFinder(other).for_file(tmp_path / "x.md")
    assert cfg.language == "id" and cfg.select == ("spelling",)


def test_cli_overrides_win_over_file(tmp_path):
    (tmp_path / ".lintpress.toml").write_text('language = "en"\n')
    cfg = ConfigFinder(overrides={"language": "id"}).for_file(tmp_path / "x.md")
    assert cfg.language == "id"


@pytest.mark.parametrize(
    "body, needle",
    [
        ('langauge = "id"\n', "unknown key 'langauge'"),
        ('language = "fr"\n', "'language' must be one of"),
        ('fail-on = "sometimes"\n', "'fail-on' must be one of"),
        ('select = 5\n', "'select' must be a list of strings"),
        ('[severity]\n"style.baku" = "fatal"\n', "'severity' must map"),
        ('date = "kemarin"\n', "'date' must be a date"),
        ('language = \n', "invalid TOML"),
        ('[vocabulary]\nallow = ["a.txt"]\n', "'vocabulary' must be a table"),
    ],
)
def test_broken_config_is_a_clear_error(tmp_path, body, needle):
    f = tmp_path / ".lintpress.toml"
    f.write_text(body)
    with pytest.raises(ConfigError) as exc:
        load_file(f)
    assert needle in str(exc.value) and ".lintpress.toml" in str(exc.value)


def test_all_keys_parse(tmp_path):
    (tmp_path / "pack").mkdir()
    f = tmp_path / "pyproject.toml"
    f.write_text(
        """
[tool.lintpress]
language = "auto"
packs = ["builtin", "pack"]
select = ["style", "spelling"]
ignore = ["style.baku"]
exclude = ["drafts/*"]
fail-on = "info"
date = 2026-01-20
cross-file = true
[tool.lintpress.severity]
"spelling" = "error"
[tool.lintpress.rules."style.opener"]
max = 3
severity = "info"
[tool.lintpress.vocabulary]
accept = ["accept.txt"]
reject = ["reject.txt"]
[tool.lintpress.languagetool]
enabled = false
"""
    )
    cfg = load_file(f)
    assert cfg.packs == ("builtin", "pack") and cfg.ignore == ("style.baku",)
    assert cfg.date == dt.date(2026, 1, 20) and cfg.cross_file and cfg.fail_on == "info"
    assert cfg.severity_overrides() == {"spelling": "error"}
    assert cfg.rule_overrides()["style.opener"] == {"max": 3, "severity": "info"}
    assert cfg.resolve("pack") == tmp_path / "pack"
    assert cfg.accept == ("accept.txt",)


def _lint(tmp_path, toml: str, text: str):
    from lintpress.document import Document
    from lintpress.engine import Linter

    (tmp_path / "pack.yaml").write_text(PACK)
    (tmp_path / ".lintpress.toml").write_text('packs = ["pack.yaml"]\nlanguage = "id"\n' + toml)
    doc = Document(text, str(tmp_path / "a.txt"))
    finder = ConfigFinder()
    return Linter().lint_document(doc, finder.for_file(tmp_path / "a.txt")).diagnostics


def test_select_ignore_by_prefix_and_severity_override(tmp_path):
    text = "Ini ke ke xyz."
    assert {d.rule for d in _lint(tmp_path, "", text)} == {"style.dobel", "style.kata-x"}
    assert {d.rule for d in _lint(tmp_path, 'select = ["style.kata-x"]\n', text)} == {"style.kata-x"}
    assert {d.rule for d in _lint(tmp_path, 'ignore = ["style"]\n', text)} == set()
    ds = _lint(tmp_path, '[severity]\n"style" = "error"\n', text)
    assert {d.severity for d in ds} == {"error"}
    ds = _lint(tmp_path, '[rules."style.kata-x"]\nseverity = "warning"\ntokens = ["ini"]\n', text)
    assert sorted(text[d.offset : d.end] for d in ds if d.rule == "style.kata-x") == ["Ini"]


def test_rule_options_are_validated(tmp_path):
    from lintpress.errors import RuleFileError

    with pytest.raises(RuleFileError, match="params.nonsense"):
        _lint(tmp_path, '[rules."style.dobel"]\nnonsense = 1\n', "teks")
