"""docs/ stays true: the rule list is generated from the packs and is a well-formed table."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from lintpress.explain import RULES_PAGE, rules_markdown, rules_page
from lintpress.kinds.base import RuleSpec
from lintpress.packs import all_builtin_specs

REPO = Path(__file__).resolve().parents[1]


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
