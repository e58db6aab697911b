"""The README stays true: the two Quickstart commands, the CI command, its examples."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def quickstart_lines() -> list[str]:
    section = README.split("## Quickstart", 1)[1]
    block = re.search(r"```[a-z]*\n(.*?)```", section, re.DOTALL).group(1)
    return [line for line in block.splitlines() if line.strip()]


def test_quickstart_has_exactly_two_commands():
    install_and_lint, install_and_test = quickstart_lines()
    assert "pip install ." in install_and_lint and "examples/" in install_and_lint and "lintpress" in install_and_lint
    assert "'.[test]'" in install_and_test and install_and_test.rstrip().endswith("pytest")
    assert "python3 -m venv" in install_and_lint and "python3 -m venv" in install_and_test


def test_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text()
    assert "sed -n 2p" in ci and "## Quickstart" in ci


def test_example_article_exists():
    assert any((REPO / "examples").glob("*.md"))


def test_configuration_example_is_valid_and_names_real_rules(tmp_path):
    """The README's .lintpress.toml example parses, and every rule id it names exists."""
    from lintpress.config import load_file
    from lintpress.packs import all_builtin_specs

    section = README.split("## Configuration", 1)[1]
    block = re.search(r"```toml\n(.*?)```", section, re.DOTALL).group(1)
    path = tmp_path / ".lintpress.toml"
    path.write_text(block, encoding="utf-8")
    cfg = load_file(path)
    ids = {s.id for s in all_builtin_specs()}
    named = set(cfg.ignore) | set(cfg.severity_overrides()) | set(cfg.rule_overrides())
    assert named and named <= ids, named - ids


def test_rule_pack_example_works(tmp_path):
    """The README's example rule is a valid pack: it flags its 'bad' example, not its 'good' one."""
    import yaml

    from lintpress.config import Config
    from lintpress.document import Document
    from lintpress.engine import Linter

    section = README.split("## Rule packs", 1)[1]
    block = re.search(r"```yaml\n(.*?)```", section, re.DOTALL).group(1)
    pack = tmp_path / "house.yaml"
    pack.write_text(block, encoding="utf-8")
    rule = yaml.safe_load(block)["rules"][0]
    config = Config(language="id", packs=(str(pack),))

    def rules_for(text):
        return [d.rule for d in Linter().lint_document(Document(text, "a.txt"), config).diagnostics]

    assert rule["id"] in rules_for(rule["example"]["bad"])
    assert rules_for(rule["example"]["good"]) == []
