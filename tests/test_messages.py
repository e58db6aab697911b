"""The catalogue of lintpress's own words: complete in both languages, used by kinds and `lintpress rules`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from lintpress.config import Config
from lintpress.document import Document
from lintpress.engine import Linter
from lintpress.messages import CATALOGUE, UI_LANGUAGES, counted, text, ui_language
from lintpress.packs import builtin_specs


def test_every_entry_has_every_language_and_the_same_placeholders():
    import string

    for key, entry in CATALOGUE.items():
        assert set(entry) == set(UI_LANGUAGES), key
        fields = [
            {f for value in (v if isinstance(v, tuple) else (v,)) for _, f, _, _ in string.Formatter().parse(value) if f}
            for v in entry.values()
        ]
        assert all(f == fields[0] for f in fields), key


def test_counted_nouns_and_fallbacks():
    assert counted(1, "finding", "en") == "1 finding" and counted(2, "finding", "en") == "2 findings"
    assert counted(2, "finding", "id") == "2 temuan" and counted(3, "file", "id") == "3 berkas"
    assert ui_language("any") == ui_language(None) == ui_language("auto") == "en"
    assert text("summary", "id", findings="2 temuan", files="1 berkas", counts="2 info") == (
        "2 temuan dalam 1 berkas: 2 info"
    )


def related_messages(language: str) -> dict[str, list[str]]:
    """Related-place labels produced by each built-in rule on its own 'bad' example."""
    out: dict[str, list[str]] = {}
    linter = Linter()
    for spec in builtin_specs(language):
        bad = spec.example.get("bad")
        if not bad or spec.kind == "languagetool":
            continue
        config = Config(language=language, select=(spec.id,))
        for d in linter.lint_document(Document(bad, "x.txt"), config).diagnostics:
            out.setdefault(spec.id, []).extend(r.message for r in d.related)
    return out


@pytest.mark.parametrize("language", ["id", "en"])
def test_related_places_are_labelled_in_the_article_language(language):
    other = "en" if language == "id" else "id"
    own = {text(k, language) for k in CATALOGUE if k.startswith("related.")}
    foreign = {text(k, other) for k in CATALOGUE if k.startswith("related.")} - own
    found = related_messages(language)
    labelled = [m for messages in found.values() for m in messages if m in own]
    assert len(labelled) >= 5, found  # figures, ordinals, totals, acronyms, … show theirs
    assert not [m for messages in found.values() for m in messages if m in foreign], found
    for rule in ("duplication.sentence", "duplication.passage"):
        assert set(found[rule]) == {"salinan pertama" if language == "id" else "first copy"}, found[rule]


def lintpress(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lintpress", *args], capture_output=True, text=True)


def test_rules_list_headings_follow_lang_ui():
    indonesian = lintpress("rules", "-l", "id").stdout  # listing the Indonesian rules: Indonesian headings
    assert "rules. Explain one: lintpress rules RULE" not in indonesian
    assert "aturan. Penjelasan satu aturan" in indonesian and "kategori" in indonesian
    listed = lintpress("rules", "--lang-ui", "en", "-l", "id").stdout
    assert "rules. Explain one: lintpress rules RULE" in listed and "category" in listed
    explained = lintpress("--lang-ui", "id", "rules", "style.repeated-word", "-l", "en").stdout
    assert "salah:" in explained and "benar:" in explained and "didefinisikan di" in explained
