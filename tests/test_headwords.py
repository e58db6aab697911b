"""Headwords of a Hunspell dictionary: a word found there is one Hunspell accepts, without loading it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from lintpress.spelling import dictionaries
from lintpress.spelling.headwords import Headwords, headwords, read_headwords, word_spans


@pytest.mark.parametrize("name", ["id_ID", "en_US"])
def test_every_headword_is_a_word_hunspell_accepts(name):
    blob, encoding = read_headwords(*dictionaries.files(name))
    words = blob.decode(encoding).split("\n")[1:-1]
    assert len(words) > 30_000 and words == sorted(words, key=lambda w: w.encode(encoding))
    hunspell = dictionaries.load(name)
    assert [w for w in words if not hunspell.spell(w)] == []
    assert [w for w in words[::50] if not hunspell.spell(w[0].upper() + w[1:])] == []  # Capitalised too


@pytest.mark.parametrize("name", ["id_ID", "en_US"])
def test_the_search_finds_exactly_the_headwords(name):
    found = headwords(name)
    blob, encoding = read_headwords(*dictionaries.files(name))
    words = blob.decode(encoding).split("\n")[1:-1]
    assert all(w in found for w in words)
    listed = set(words)
    rng = random.Random(3)
    others = [w + "q" for w in rng.sample(words, 500)] + [w[:-1] for w in rng.sample(words, 500)]
    others += ["", "a", "zz", "é", "日本", "-", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa"]
    assert [w for w in others if (w in found) != (w in listed)] == []


def test_flags_that_keep_a_word_from_standing_alone_are_honoured(tmp_path: Path):
    (tmp_path / "xx.aff").write_text("SET UTF-8\nFLAG long\nNEEDAFFIX A2\nFORBIDDENWORD F1\n", encoding="utf-8")
    (tmp_path / "xx.dic").write_text(
        "6\nbatu/A2\nbatu/B1\ndesa\nkota/A2\nsalah/F1\nrumah/B1C1 po:noun\nJakarta\n", encoding="utf-8"
    )
    blob, encoding = read_headwords(tmp_path / "xx.aff", tmp_path / "xx.dic")
    found = Headwords(blob, encoding, word_spans(blob))
    assert {w for w in ("batu", "desa", "rumah", "kota", "salah", "jakarta") if w in found} == {
        "batu",  # one of its entries stands alone
        "desa",
        "rumah",
    }


def test_a_dictionary_whose_words_change_meaning_has_no_headwords(tmp_path: Path):
    (tmp_path / "xx.aff").write_text("SET UTF-8\nIGNORE ʼ\n", encoding="utf-8")
    (tmp_path / "xx.dic").write_text("1\ndesa\n", encoding="utf-8")
    assert read_headwords(tmp_path / "xx.aff", tmp_path / "xx.dic")[0] == b""
