"""Result cache (never stale) and parallel runs (same output as serial)."""

from __future__ import annotations

import pytest
from conftest import DOUBLE_WORD_RULE

import lintpress.cache as cache_mod
from lintpress.config import ConfigFinder
from lintpress.packs import load_pack_file
from lintpress.runner import lint_files

PACK = "rules:\n" + DOUBLE_WORD_RULE


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setenv("LINTPRESS_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "pack.yaml").write_text(PACK)
    (tmp_path / ".lintpress.toml").write_text('packs = ["pack.yaml"]\nlanguage = "id"\n')
    for i in range(24):
        (tmp_path / f"a{i:02}.txt").write_text(f"Berita nomor {i} ke ke sana.\n" if i % 3 else "Bersih.\n")
    cache_mod.settings_key.cache_clear()
    cache_mod._code_fingerprint.cache_clear()
    return tmp_path


def run(project, **kw):
    paths = sorted(project.glob("a*.txt"))
    results, linter = lint_files(paths, ConfigFinder(), **kw)
    return [(r.path, [(d.rule, d.offset) for d in r.diagnostics]) for r in results]


def count_hits(monkeypatch):
    hits = []
    real_get = cache_mod.ResultCache.get

    def spy(self, key):
        out = real_get(self, key)
        hits.append(out is not None)
        return out

    monkeypatch.setattr(cache_mod.ResultCache, "get", spy)
    return hits


def test_second_run_comes_from_cache(project, monkeypatch):
    first = run(project, jobs=1)
    hits = count_hits(monkeypatch)
    assert run(project, jobs=1) == first
    assert hits and all(hits)


def test_edited_file_is_recomputed(project, monkeypatch):
    run(project, jobs=1)
    (project / "a00.txt").write_text("Sekarang di di sini.\n")
    hits = count_hits(monkeypatch)
    out = dict(run(project, jobs=1))
    assert out[str(project / "a00.txt")] == [("style.dobel", 12)]
    assert hits.count(False) == 1


def test_changed_rule_pack_is_recomputed(project):
    run(project, jobs=1)
    (project / "pack.yaml").write_text(PACK.replace("warning", "error"))
    cache_mod.settings_key.cache_clear()
    load_pack_file.cache_clear()  # a new process would read the pack afresh
    paths = sorted(project.glob("a*.txt"))
    results, _ = lint_files(paths, ConfigFinder())
    assert {d.severity for r in results for d in r.diagnostics} == {"error"}


def test_new_version_is_recomputed(project, monkeypatch):
    run(project, jobs=1)
    monkeypatch.setattr(cache_mod, "__version__", "999.0")
    cache_mod._code_fingerprint.cache_clear()
    cache_mod.settings_key.cache_clear()
    hits = count_hits(monkeypatch)
    run(project, jobs=1)
    assert hits and not any(hits)


def test_no_cache_reads_nothing(project, monkeypatch):
    run(project, jobs=1)
    hits = count_hits(monkeypatch)
    run(project, jobs=1, use_cache=False)
    assert hits == []


def test_parallel_results_match_serial_in_order(project):
    serial = run(project, jobs=1, use_cache=False)
    parallel = run(project, jobs=2, use_cache=False)
    assert parallel == serial
    assert [p for p, _ in serial] == sorted(p for p, _ in serial)


def test_compiled_pack_cache_round_trips_and_checks_its_key(project):
    import pickle

    from lintpress import packs
    from lintpress.cache_folder import derived_path, read_derived, source_key

    pack = project / "pack.yaml"
    key = source_key(pack, "id", *packs.RuleSpec._fields)
    load_pack_file.cache_clear()
    specs = load_pack_file(pack, "id")  # parsed and stored
    assert read_derived("packs", key, pickle.loads) == specs
    stored = derived_path("packs", key)
    stored.write_bytes(pickle.dumps(("some other pack's key", specs)))  # as if two keys shared a name
    assert read_derived("packs", key, pickle.loads) is None
    stored.write_bytes(b"garbage")
    assert read_derived("packs", key, pickle.loads) is None
    load_pack_file.cache_clear()
    assert load_pack_file(pack, "id") == specs  # parsed again, never an error
    pack.write_text(PACK.replace("warning", "error"))  # a new size/mtime is a new key
    load_pack_file.cache_clear()
    assert {s.severity for s in load_pack_file(pack, "id")} == {"error"}


@pytest.mark.parametrize("xdg", ["", "/tmp/xdg-cache"])
def test_cache_folder_follows_platformdirs(monkeypatch, xdg):
    import sys

    from platformdirs import user_cache_dir

    from lintpress.cache_folder import cache_dir

    if not sys.platform.startswith("linux"):
        pytest.skip("the XDG shortcut is taken on Linux only; elsewhere platformdirs answers itself")
    monkeypatch.delenv("LINTPRESS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert str(cache_dir()) == user_cache_dir("lintpress", appauthor=False)
    monkeypatch.setenv("LINTPRESS_CACHE_DIR", "/tmp/elsewhere")
    assert str(cache_dir()) == "/tmp/elsewhere"


def test_a_linted_document_is_not_kept_alive_by_rule_caches():
    import gc
    import weakref

    from conftest import DEV

    from lintpress.config import Config
    from lintpress.document import Document
    from lintpress.engine import Linter

    text = (
        "Warga desa menanam 12.000 bibit kelapa pada Senin (20/1/2026). Warga desa menanam 12.000 bibit "
        "kelapa pada Senin (20/1/2026). Badan Pusat Statistik (BPS) mencatat kalapa, kelapa dan kelapa.\n"
    )
    if DEV.is_dir():
        text += next(iter(sorted(DEV.glob("*.txt")))).read_text(encoding="utf-8")
    linter = Linter()
    doc = Document(text, "a.txt")
    result = linter.lint_document(doc, Config(language="id"))
    assert result.diagnostics
    gone = weakref.ref(doc)
    del doc, result
    gc.collect()
    assert gone() is None  # no module-level cache (scans, duplication analyses…) holds it


def test_forgetting_derived_data_keeps_what_reports_need(project):
    paths = sorted(project.glob("a*.txt"))
    results, _ = lint_files(paths, ConfigFinder(), jobs=1, use_cache=False)
    doc = results[1].document
    assert not [k for k in vars(doc) if k.startswith("_lintpress_") or k in ("words", "sentences")]
    d = results[1].diagnostics[0]
    assert doc.position(d.offset) == (1, d.offset + 1) and doc.text
    assert doc.words  # derived again on demand


def test_with_a_pool_the_main_process_parses_no_document(project, monkeypatch):
    import os
    import sys

    from lintpress.document import Document

    if not sys.platform.startswith("linux"):
        pytest.skip("the count relies on forked workers")
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one core: --jobs is capped at the cores, so no pool is started")
    parsed = []
    original = Document.from_source.__func__

    def counting(cls, source):
        parsed.append(source.path)
        return original(cls, source)

    monkeypatch.setattr(Document, "from_source", classmethod(counting))
    paths = sorted(project.glob("a*.txt"))
    results, _ = lint_files(paths, ConfigFinder(), jobs=2, use_cache=False)
    assert parsed == []  # documents were parsed in the workers and sent back
    serial = run(project, jobs=1, use_cache=False)
    assert [(r.path, [(d.rule, d.offset) for d in r.diagnostics]) for r in results] == serial
    d = results[1].diagnostics[0]
    assert results[1].document.position(d.offset) == (1, d.offset + 1)
