"""Inline suppressions in Markdown comments."""

from __future__ import annotations

from conftest import lint_text


def rules_at(text: str, **kw):
    ds = lint_text(text, fmt="markdown", select=("style.repeated-word",), **kw)
    return [(d.rule, text[: d.offset].count("\n") + 1) for d in ds]


def test_disable_enable_range():
    text = "Satu ke ke sana.\n\n<!-- lintpress-disable style.repeated-word -->\n\nDua di di sini.\n\n<!-- lintpress-enable -->\n\nTiga ke ke situ.\n"
    assert rules_at(text) == [("style.repeated-word", 1), ("style.repeated-word", 9)]


def test_disable_without_rules_disables_everything_and_prefix_matches():
    text = "<!-- lintpress-disable -->\n\nDua di di sini.\n"
    assert rules_at(text) == []
    text = "<!-- lintpress-disable style -->\n\nDua di di sini.\n"
    assert rules_at(text) == []


def test_disable_next_line_skips_blank_lines_and_only_that_line():
    text = "<!-- lintpress-disable-next-line style.repeated-word -->\n\nDua di di sini.\n\nTiga ke ke situ.\n"
    assert rules_at(text) == [("style.repeated-word", 5)]


def test_other_rule_ids_do_not_suppress():
    text = "<!-- lintpress-disable-next-line spelling -->\nDua di di sini.\n"
    assert rules_at(text) == [("style.repeated-word", 2)]


def test_unused_disables_are_reported_when_asked():
    from lintpress.config import Config
    from lintpress.document import Document
    from lintpress.engine import Linter

    text = "<!-- lintpress-disable-next-line style.repeated-word -->\nTidak ada yang salah.\n"
    doc = Document(text, "t.md", "markdown")
    ds = Linter(report_unused_disables=True).lint_document(doc, Config(language="id", select=("style.repeated-word",))).diagnostics
    assert [d.rule for d in ds] == ["lintpress.unused-disable"] and ds[0].offset == 0
