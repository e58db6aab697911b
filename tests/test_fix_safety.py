"""--fix never damages an article: markup kept whole, tidy deletions, names and real words left
to the writer, and fix applicability (safe / unsafe) as data, on the command line and in reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, lint_text

from lintpress.config import load_file
from lintpress.errors import ConfigError, RuleFileError
from lintpress.fixes import apply_edits
from lintpress.packs import load_pack_file


def fixed(text: str, *, fmt: str = "markdown", language: str = "id", unsafe: bool = False, **cfg) -> str:
    """The text after --fix: fixes applied and the text linted again until nothing changes."""
    for _ in range(10):
        new, applied = apply_edits(text, lint_text(text, fmt=fmt, language=language, **cfg), unsafe=unsafe)
        if not applied or new == text:
            break
        text = new
    return text


# -- markup inside a fix's span ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("before", "after"),
    [
        # the space goes, the link and the bold stay whole
        ("Bantuan [pasca](https://x.id) bencana tiba.\n", "Bantuan [pasca](https://x.id)bencana tiba.\n"),
        ("Bantuan **pasca** bencana tiba.\n", "Bantuan **pasca**bencana tiba.\n"),
        # no way to keep these whole: the fix is withheld, the finding stays
        ("Bantuan pasca <!-- catatan --> bencana tiba.\n", None),
        ("Bantuan _pasca_ bencana tiba.\n", None),  # intraword _ would not close the emphasis
        # markup outside the changed part is no obstacle
        ("**Aktifitas** warga [korban](https://x.id) banjir.\n", "**Aktivitas** warga [korban](https://x.id) banjir.\n"),
    ],
)
def test_a_fix_keeps_every_markup_byte_or_is_withheld(before: str, after: str | None) -> None:
    assert fixed(before) == (after or before)
    if after is None:
        (d,) = [d for d in lint_text(before, fmt="markdown") if d.rule == "style.bound-form"]
        assert d.suggestions == ["pascabencana"] and d.fix is None


def test_message_shows_the_words_without_the_markup_between_them() -> None:
    for text in ("Bantuan [pasca](https://x.id) bencana.\n", "Bantuan pasca <!-- x --> bencana.\n"):
        (d,) = [d for d in lint_text(text, fmt="markdown") if d.rule == "style.bound-form"]
        assert d.message.startswith("'pasca bencana':"), d.message


# -- deletions -----------------------------------------------------------------------------------
SENTENCE = "Polisi masih menyelidiki penyebab kebakaran itu."


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (f"**{SENTENCE}** Dua warga dirawat. **{SENTENCE}**\n", f"**{SENTENCE}** Dua warga dirawat.\n"),
        (f"{SENTENCE} Dua warga dirawat. [{SENTENCE}](https://x.id)\n", f"{SENTENCE} Dua warga dirawat.\n"),
        (f"{SENTENCE} Dua warga dirawat. *{SENTENCE}* Lalu pulang.\n", f"{SENTENCE} Dua warga dirawat. Lalu pulang.\n"),
        # a list item, a quote or a comment-neighbour whose text was the copy: the line goes whole
        (f"{SENTENCE} Dua warga dirawat.\n\n- **{SENTENCE}**\n- Warga pulang.\n", f"{SENTENCE} Dua warga dirawat.\n\n- Warga pulang.\n"),
        (f"{SENTENCE}\n* *{SENTENCE}*\n\nWarga pulang.\n", f"{SENTENCE}\n\nWarga pulang.\n"),
        (f"{SENTENCE} <!-- x -->{SENTENCE} <!-- y -->\n", f"{SENTENCE} <!-- x --><!-- y -->\n"),
        # bold around more than the copy: the copy goes, the bold stays balanced
        (f"{SENTENCE} Dua warga dirawat. **{SENTENCE} Warga panik.**\n", f"{SENTENCE} Dua warga dirawat. **Warga panik.**\n"),
    ],
)
def test_a_deleted_copy_takes_the_markup_wrapping_exactly_it(before: str, after: str) -> None:
    assert fixed(before, select=("duplication",)) == after


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Banjir di desa.\n\nBaca juga: Harga Cabai Naik\n\nBantuan tiba.\n", "Banjir di desa.\n\nBantuan tiba.\n"),
        ("Banjir.\n\nBaca juga: Harga Cabai Naik\nBaca juga: Warga Mengungsi\n\nBantuan tiba.\n", "Banjir.\n\nBantuan tiba.\n"),
        ("Baca juga: Harga Cabai Naik\n\nBantuan tiba.\n", "Bantuan tiba.\n"),
        ("Banjir di desa.\n\nBaca juga: Harga Cabai Naik\n", "Banjir di desa.\n"),
        ("Banjir di desa.\nBaca juga: Harga Cabai Naik\nBantuan tiba.\n", "Banjir di desa.\nBantuan tiba.\n"),
        ("Banjir.\n\nBaca juga: [Harga Cabai](https://x.id/a)\n\n- calendar_month\n- Bantuan tiba.\n", "Banjir.\n\n- Bantuan tiba.\n"),
    ],
)
def test_deleted_lines_leave_one_blank_line_where_there_was_one(newline: str, before: str, after: str) -> None:
    for fmt in ("markdown", "text"):
        assert fixed(before.replace("\n", newline), fmt=fmt) == after.replace("\n", newline), fmt


# -- names, guesses and real words ----------------------------------------------------------------
def test_a_name_variant_is_only_suggested() -> None:
    text = "Kepala dinas, Ratna Wulandari, hadir. Wulandari menambahkan bantuan. Kata Wulandary, bantuan tiba.\n"
    (d,) = lint_text(text, fmt="text", select=("consistency.name-variant",))
    assert d.suggestions == ["Wulandari"] and d.fix is None
    assert fixed(text, fmt="text", unsafe=True, select=("consistency",)) == text


def test_a_fix_changing_a_capitalised_word_inside_a_sentence_is_unsafe() -> None:
    text = "Warga Propinsi Jawa Barat hadir. Propinsi itu luas.\n"
    inside, opening = lint_text(text, fmt="text", select=("style.baku",))
    assert (inside.applicability, opening.applicability) == ("unsafe", "safe")
    assert fixed(text, fmt="text") == "Warga Propinsi Jawa Barat hadir. Provinsi itu luas.\n"
    assert fixed(text, fmt="text", unsafe=True) == "Warga Provinsi Jawa Barat hadir. Provinsi itu luas.\n"
    # case, spacing and hyphens are not letters: "Para Menteri" → "Para menteri" stays safe
    (d,) = lint_text("Para Menteri yang hadir.\n", fmt="text", select=("style.position-lowercase",))
    assert d.applicability == "safe"


def test_a_rule_whose_data_settles_the_context_is_trusted_on_capitalised_words() -> None:
    (d,) = lint_text("Harga naik selama bulan Ramadhan.\n", fmt="text", select=("style.baku-ramadan",))
    assert d.fix and d.applicability == "safe"


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("consistency.weekday", "Rapat digelar Rabu (20/1/2026) di balai kota.\n"),
        ("style.colloquial", "Warga udah antre di balai desa.\n"),
    ],
)
def test_guessing_fixes_are_unsafe(rule: str, text: str) -> None:
    (d,) = lint_text(text, fmt="text", select=(rule,))
    assert d.fix and d.applicability == "unsafe"
    assert fixed(text, fmt="text", select=(rule,)) == text
    assert fixed(text, fmt="text", select=(rule,), unsafe=True) != text


def test_a_listed_typo_that_is_a_word_of_its_own_is_only_suggested() -> None:
    text = "We drank teh tarik at the stall. The goverment said so.\n"
    teh, goverment = lint_text(text, fmt="text", language="en", select=("spelling.typo",))
    assert teh.suggestions == ["the"] and teh.fix is None  # Indonesian tea
    assert goverment.fix and goverment.applicability == "safe"
    assert fixed(text, fmt="text", language="en") == text.replace("goverment", "government")


# -- applicability as data -------------------------------------------------------------------------
RULE = """rules:
  - id: house.ok
    kind: substitution
    category: style
    severity: warning
    message: "'{text}' → '{suggestion}'."
    applicability: APPLICABILITY
    params: {swap: {okey: oke}}
"""


def test_applicability_is_declared_in_the_rule_file(tmp_path: Path) -> None:
    pack = tmp_path / "pack.yaml"
    pack.write_text(RULE.replace("APPLICABILITY", "unsafe"))
    (d,) = lint_text("Semua okey saja.\n", fmt="text", packs=(str(pack),), select=("house",))
    assert d.fix and d.applicability == "unsafe"
    bad = tmp_path / "bad.yaml"
    bad.write_text(RULE.replace("APPLICABILITY", "maybe"))
    with pytest.raises(RuleFileError, match="rule 'house.ok': field 'applicability': must be one of safe, unsafe"):
        load_pack_file(bad, "id")


def test_applicability_can_be_overridden_per_rule_in_the_configuration(tmp_path: Path) -> None:
    (tmp_path / ".lintpress.toml").write_text('[rules."style.baku"]\napplicability = "unsafe"\n')
    config = load_file(tmp_path / ".lintpress.toml")
    (d,) = lint_text("Aktifitas warga.\n", fmt="text", select=("style.baku",), rules=config.rules)
    assert d.applicability == "unsafe"
    (tmp_path / ".lintpress.toml").write_text('[rules."style.baku"]\napplicability = "sometimes"\n')
    with pytest.raises(ConfigError, match="applicability must be one of safe, unsafe"):
        load_file(tmp_path / ".lintpress.toml")


# -- command line and reports ----------------------------------------------------------------------
def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "lintpress", *args], cwd=cwd, capture_output=True, text=True, env=env)


ARTICLE = "Aktifitas warga ke ke pasar.\n\nRapat digelar Rabu (20/1/2026) di balai kota.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    (tmp_path / ".lintpress.toml").write_text('language = "id"\n')
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    return path


def test_fix_applies_safe_fixes_and_says_what_it_did(article: Path) -> None:
    proc = run("--no-cache", "--fix", "a.txt", cwd=article.parent)
    assert article.read_text() == ARTICLE.replace("Aktifitas", "Aktivitas").replace("ke ke", "ke")
    assert "Fixed 2 findings in a.txt." in proc.stderr
    assert "1 unsafe fix is available with --unsafe-fixes" in proc.stderr
    assert proc.returncode == 1  # the weekday is still reported
    proc = run("--no-cache", "--fix", "--unsafe-fixes", "a.txt", cwd=article.parent)
    assert "Selasa (20/1/2026)" in article.read_text() and "Fixed 1 finding in a.txt." in proc.stderr
    assert proc.returncode == 0 and "unsafe" not in proc.stderr


def test_diff_with_unsafe_fixes_shows_them_and_changes_nothing(article: Path) -> None:
    safe = run("--no-cache", "--diff", "a.txt", cwd=article.parent)
    both = run("--no-cache", "--diff", "--unsafe-fixes", "a.txt", cwd=article.parent)
    assert "+Rapat digelar Selasa" not in safe.stdout and "+Rapat digelar Selasa" in both.stdout
    assert "Would fix 2 findings in a.txt." in safe.stderr and "Would fix 3 findings" in both.stderr
    assert article.read_text() == ARTICLE


def test_unsafe_fixes_alone_is_a_usage_error(article: Path) -> None:
    proc = run("--unsafe-fixes", "a.txt", cwd=article.parent)
    assert proc.returncode == 2 and "--unsafe-fixes needs --fix or --diff" in proc.stderr


def test_json_carries_each_fix_with_its_applicability(article: Path) -> None:
    proc = run("--no-cache", "--format", "json", "a.txt", cwd=article.parent)
    diags = {d["rule"]: d for d in json.loads(proc.stdout)["files"][0]["diagnostics"]}
    baku, weekday = diags["style.baku"]["fix"], diags["consistency.weekday"]["fix"]
    assert baku["applicability"] == "safe" and weekday["applicability"] == "unsafe"
    (edit,) = weekday["edits"]
    assert ARTICLE[edit["offset"] : edit["offset"] + edit["length"]] == "Rabu" and edit["replacement"] == "Selasa"
    assert (edit["line"], edit["column"], edit["end_line"], edit["end_column"]) == (3, 15, 3, 19)


def test_sarif_marks_unsafe_fixes_and_validates(article: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = SHARED / "schemas" / "sarif-schema-2.1.0.json"
    if not schema.is_file():
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json is not available")
    log = json.loads(run("--no-cache", "--format", "sarif", "a.txt", cwd=article.parent).stdout)
    jsonschema.validate(log, json.loads(schema.read_text()))
    fixes = {r["ruleId"]: r["fixes"][0] for r in log["runs"][0]["results"] if "fixes" in r}
    assert fixes["style.baku"]["properties"] == {"applicability": "safe"}
    assert fixes["consistency.weekday"]["properties"] == {"applicability": "unsafe"}
    assert "(tidak aman" in fixes["consistency.weekday"]["description"]["text"]  # the article is Indonesian
