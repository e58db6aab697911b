"""Word forms of a dictionary with simple affix rules: every word Hunspell accepts is among them."""

from __future__ import annotations

import random
from pathlib import Path

from lintpress.spelling import dictionaries
from lintpress.spelling.slips import meant_candidates
from lintpress.spelling.speller import load_frequencies
from lintpress.spelling.wordforms import expand, word_forms


def test_every_word_en_us_accepts_is_a_word_form():
    forms = word_forms("en_US")
    assert forms is not None and len(forms) > 100_000
    hunspell = dictionaries.load("en_US")
    words = set(load_frequencies("en")) | set(load_frequencies("id")) | {"ragweeds", "outsourced", "reopening"}
    rng = random.Random(7)
    for w in rng.sample(sorted(words), 1500):  # near misses too: a slip away from a listed word
        words |= set(sorted(meant_candidates(w))[:30])
    words = [w for w in words if w.isalpha()]
    accepted = [w for w in words if any(hunspell.spell(x) for x in (w, w.capitalize(), w.upper()))]
    assert len(accepted) > 20_000
    assert [w for w in accepted if w not in forms] == []
    assert "kepantasan" not in forms and "dilansir" not in forms  # Indonesian words: en_US's no


def test_a_dictionary_with_circumfixes_or_continuation_classes_has_no_word_forms(tmp_path: Path):
    assert word_forms("id_ID") is None  # CIRCUMFIX, NEEDAFFIX
    (tmp_path / "xx.aff").write_text("SET UTF-8\nSFX A Y 1\nSFX A 0 s/B .\n", encoding="utf-8")
    (tmp_path / "xx.dic").write_text("1\nkata/A\n", encoding="utf-8")
    assert expand(tmp_path / "xx.aff", tmp_path / "xx.dic")[0] == b""


def test_prefixes_and_suffixes_combine_only_when_both_allow_it(tmp_path: Path):
    (tmp_path / "xx.aff").write_text(
        "SET UTF-8\nPFX R Y 1\nPFX R 0 re .\nSFX S Y 2\nSFX S y ies [^aeiou]y\nSFX S 0 s [^y]\n"
        "SFX D N 1\nSFX D 0 ed .\n",
        encoding="utf-8",
    )
    (tmp_path / "xx.dic").write_text("3\ncopy/RS\nplay/RD\nTest/S\n", encoding="utf-8")
    blob, encoding = expand(tmp_path / "xx.aff", tmp_path / "xx.dic")
    assert blob.decode(encoding).split("\n")[1:-1] == sorted(
        ["copy", "copies", "recopy", "recopies", "play", "played", "replay", "test", "tests"]
    )
