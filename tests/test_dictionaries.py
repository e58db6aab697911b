"""Hunspell dictionaries: the C-API binding answers as chunspell does; background loading is invisible."""

from __future__ import annotations

import os

import pytest

from lintpress.spelling import dictionaries

WORDS = [
    "desa", "pengejawantahan", "menyelenggarakan", "dsea", "kalapa", "ketentraman", "saudara-saudara",
    "ragweed", "onshore", "running", "colour", "naïve", "café", "Jakarta", "jakarta", "xqzt", "",
]  # fmt: skip

needs_c_library = pytest.mark.skipif(dictionaries._c_library() is None, reason="chunspell ships no C library here")


@pytest.fixture
def fresh(monkeypatch):
    """No dictionary loaded or being loaded, as in a new process."""
    monkeypatch.setattr(dictionaries, "LOADED", {})
    monkeypatch.setattr(dictionaries, "_preloads", {})


@needs_c_library
@pytest.mark.parametrize("name", ["id_ID", "en_US"])
def test_the_c_binding_answers_as_chunspell_does(name):
    import hunspell

    aff, dic = dictionaries.files(name)
    ours = dictionaries.CDictionary(dictionaries._c_library(), aff, dic)
    theirs = hunspell.Hunspell(dic.stem, hunspell_data_dir=str(dic.parent))
    assert [ours.spell(w) for w in WORDS] == [theirs.spell(w) for w in WORDS]
    assert any(ours.spell(w) for w in WORDS) and not all(ours.spell(w) for w in WORDS)


@needs_c_library
def test_a_word_the_dictionary_cannot_spell_out_is_unknown_not_an_error():
    ours = dictionaries.CDictionary(dictionaries._c_library(), *dictionaries.files("id_ID"))
    assert ours.encoding.upper().replace("-", "") in ("ISO88591", "UTF8")
    assert ours.spell("日本") is False


@needs_c_library
def test_a_preloaded_dictionary_is_handed_out_by_load(fresh, monkeypatch):
    monkeypatch.setattr(dictionaries, "_spare_cores", lambda: True)
    dictionaries.preload(("id_ID",))
    job = dictionaries._preloads["id_ID"]
    assert "id_ID" not in dictionaries.LOADED  # loaded means handed out, never 'the thread finished'
    monkeypatch.setattr(dictionaries, "_load_now", lambda name: pytest.fail("loaded a second time"))
    loaded = dictionaries.load("id_ID")
    assert job.done.is_set() and loaded is job.result
    assert list(dictionaries.LOADED) == ["id_ID"] and dictionaries.LOADED["id_ID"] is loaded
    assert loaded.spell("desa")


def test_one_core_means_no_background_thread(fresh, monkeypatch):
    monkeypatch.setattr(dictionaries, "_spare_cores", lambda: False)
    dictionaries.preload(("id_ID", "en_US"))
    assert dictionaries._preloads == {}
    assert dictionaries.load("id_ID").spell("desa")


@needs_c_library
def test_a_forked_child_does_not_wait_for_its_parents_thread(fresh, monkeypatch):
    job = dictionaries._Preload()
    job.pid = os.getpid() + 1  # as if preloaded by the parent: the child has no such thread
    dictionaries._preloads["id_ID"] = job  # never set done: waiting would hang
    assert dictionaries.load("id_ID").spell("desa")


def test_without_the_c_library_chunspell_loads(fresh, monkeypatch):
    import hunspell

    monkeypatch.setattr(dictionaries, "_c_library", lambda: None)
    dictionaries.preload(("id_ID",))
    assert dictionaries._preloads == {}
    loaded = dictionaries.load("id_ID")
    assert isinstance(loaded, hunspell.Hunspell) and loaded.spell("desa")


def test_a_failed_background_load_is_retried_and_reported(fresh, monkeypatch, tmp_path):
    monkeypatch.setattr(dictionaries, "_spare_cores", lambda: True)
    missing = str(tmp_path / "nowhere" / "xx_XX")
    dictionaries.preload((missing,))
    with pytest.raises(FileNotFoundError):
        dictionaries.load(missing)


def test_dictionary_files_by_name_or_path(tmp_path):
    aff, dic = dictionaries.files("id_ID")
    assert aff.is_file() and dic.is_file() and dic.name == "id_ID.dic"
    assert dictionaries.files(str(tmp_path / "custom.dic")) == (tmp_path / "custom.aff", tmp_path / "custom.dic")
    assert dictionaries.files(str(tmp_path / "custom")) == (tmp_path / "custom.aff", tmp_path / "custom.dic")
    with pytest.raises(FileNotFoundError):
        dictionaries.files("xx_XX")


def test_findings_do_not_depend_on_background_loading(monkeypatch):
    from conftest import lint_text

    from lintpress.spelling import speller

    text = "Warga mengungsi ke balai dsea sejak pagi. Mereka membawa ragweed dan bibit kalapa, kelapa, kelapa."
    found = []
    for spare in (True, False):
        monkeypatch.setattr(dictionaries, "LOADED", {})
        monkeypatch.setattr(dictionaries, "_preloads", {})
        monkeypatch.setattr(dictionaries, "_spare_cores", lambda spare=spare: spare)
        speller._SPELLERS.clear()
        found.append([(d.rule, d.offset, d.suggestions) for d in lint_text(text, language="id", select=("spelling",))])
    speller._SPELLERS.clear()
    assert found[0] == found[1] and found[0]
