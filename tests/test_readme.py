"""The README stays true: the two Quickstart commands, the CI command, the rule table."""

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


def test_rule_table_matches_the_rules():
    from lintpress.explain import rules_markdown
    from lintpress.packs import all_builtin_specs

    table = README.split("<!-- rules:start -->", 1)[1].split("<!-- rules:end -->", 1)[0].strip()
    assert table == rules_markdown(all_builtin_specs()).strip(), (
        "README rule table is stale: run `python -m lintpress.explain --update-readme`"
    )


def test_example_article_exists():
    assert any((REPO / "examples").glob("*.md"))
