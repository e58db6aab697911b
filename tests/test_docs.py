"""docs/ stays true: the rule list is generated from the packs and is a well-formed table; the
README links to it and pins its pre-commit hook to a full commit."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from lintpress.explain import RULES_PAGE, rules_markdown, rules_page
from lintpress.kinds.base import RuleSpec
from lintpress.packs import all_builtin_specs

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_the_rule_page_is_up_to_date():
    assert (REPO / RULES_PAGE).read_text(encoding="utf-8") == rules_page(all_builtin_specs()), (
        "docs/rules.md is stale: run `python -m lintpress.explain --update-docs`"
    )


def table_rows(markdown: str) -> list[list[str]]:
    """The table's rows as GitHub renders them (markdown-it's GFM table rule): each cell's text,
    which is only text and code (no HTML, emphasis or links made by accident)."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    rows, row = [], None
    for i, tok in enumerate(tokens):
        if tok.type == "tr_open":
            row = []
        elif tok.type in ("th_open", "td_open"):
            inline = tokens[i + 1]
            kinds = {child.type for child in inline.children or ()}
            assert kinds <= {"text", "code_inline"}, (inline.content, kinds)
            row.append("".join(child.content for child in inline.children or ()))
        elif tok.type == "tr_close":
            rows.append(row)
    return rows


def awkward_rule(**example) -> RuleSpec:
    return RuleSpec(
        id="house.awkward", kind="existence", category="style", severity="warning", message="m",
        description="Pipes | and <Tags like this>, *stars*, `ticks`\nand a second line.", example=example,
    )


def test_every_rule_is_one_row_of_seven_cells():
    specs = all_builtin_specs()
    rows = table_rows(rules_markdown(specs))
    assert len(rows) == len(specs) + 1  # the header
    assert all(len(row) == 7 for row in rows)
    assert [row[0] for row in rows[1:]] == [s.id for s in specs]


@pytest.mark.parametrize(
    "example",
    [
        {"bad": "a | b\nnext line", "good": "a b"},
        {"bad": "`quoted` with | pipe", "good": "``double`` and \\\\ backslash"},
        {"bad": "- item\n\n- another"},
    ],
)
def test_no_text_breaks_the_table(example):
    markdown = rules_markdown([awkward_rule(**example), awkward_rule(bad="plain")])
    lines = markdown.splitlines()
    assert len(lines) == 4 and all(line.startswith("|") and line.endswith("|") for line in lines)
    rows = table_rows(markdown)
    assert len(rows) == 3 and all(len(row) == 7 for row in rows)
    description = rows[1][5]
    assert "Pipes | and <Tags like this>" in description and "⏎ and a second line" in description
    shown = [example[k].replace("\n", " ⏎ ") for k in ("bad", "good") if k in example]
    assert rows[1][6] == " → ".join(shown)  # the example exactly, each side as code


def test_the_readme_is_a_guide_that_links_to_the_lists():
    assert "<!-- rules:start -->" not in README and len(README.encode()) < 30_000
    assert "(docs/rules.md)" in README and "(docs/performance.md)" in README
    assert (REPO / "docs" / "performance.md").is_file()


def test_the_pre_commit_snippet_pins_a_full_commit_of_this_repository():
    section = README.split("## Pre-commit and CI", 1)[1]
    (sha,) = re.findall(r"^\s*rev:\s*(\S+)", section, re.MULTILINE)
    assert re.fullmatch(r"[0-9a-f]{40}", sha), sha
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    known = subprocess.run(["git", "cat-file", "-e", f"{sha}^{{commit}}"], cwd=REPO, capture_output=True)
    if known.returncode != 0 and subprocess.run(
        ["git", "rev-parse", "--is-shallow-repository"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip() == "true":
        pytest.skip("shallow clone: older commits are not here")
    assert known.returncode == 0, f"{sha} is not a commit of this repository"
    hooks = subprocess.run(["git", "show", f"{sha}:.pre-commit-hooks.yaml"], cwd=REPO, capture_output=True, text=True)
    assert "id: lintpress" in hooks.stdout
