"""The LanguageTool backend against a real server: set LINTPRESS_LANGUAGETOOL_URL to run it.

java -cp languagetool-server.jar org.languagetool.server.HTTPServer --port 8081
LINTPRESS_LANGUAGETOOL_URL=http://localhost:8081 pytest tests/test_languagetool_live.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lintpress.config import Config
from lintpress.document import Document
from lintpress.engine import Linter

URL = os.environ.get("LINTPRESS_LANGUAGETOOL_URL", "")
pytestmark = pytest.mark.skipif(
    not URL, reason="LINTPRESS_LANGUAGETOOL_URL is not set (no LanguageTool server)"
)
RULES = Path(__file__).resolve().parents[1] / "rules"


def lint(text: str, fmt: str = "markdown", **options):
    pytest.importorskip("language_tool_python")
    doc = Document(text, "live.md" if fmt == "markdown" else "live.txt", fmt)
    config = Config(
        language="en",
        packs=(str(RULES / "en" / "languagetool.yaml"),),
        languagetool=(("server", URL), ("required", True), *options.items()),
    )
    found = Linter().lint_document(doc, config).diagnostics
    return doc, [(d.rule, doc.text[d.offset : d.end], d) for d in found if d.rule.startswith("languagetool.")]


def test_a_vs_an_after_markup_and_emoji_maps_to_the_word():
    doc, found = lint("# Council 🎉 news\n\nThe **mayor** 🙂 said this is an big step for the city.\n")
    hits = [(rule, span) for rule, span, _ in found]
    assert ("languagetool.en-a-vs-an", "an") in hits, found
    d = next(d for rule, _, d in found if rule == "languagetool.en-a-vs-an")
    assert d.suggestions[:1] == ["a"] and d.category == "grammar"


def test_typo_is_spelling_with_suggestions():
    _, found = lint("The committe will meet again next week.\n", fmt="text")
    typo = [d for _, span, d in found if span == "committe"]
    assert typo and typo[0].category == "spelling" and "committee" in typo[0].suggestions


def test_long_article_in_chunks_matches_one_request():
    para = "The mayor said this is an big step for the city and its people."
    text = "\n\n".join([para] * 40) + "\n"
    _, whole = lint(text)
    _, chunked = lint(text, max_chars=300)
    assert [(r, s, d.offset) for r, s, d in whole] == [(r, s, d.offset) for r, s, d in chunked]
    assert sum(r == "languagetool.en-a-vs-an" for r, _, _ in whole) == 40
