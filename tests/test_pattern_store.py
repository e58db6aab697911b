"""The compiled-pattern store: compile once, load compiled code on later runs, never trust a bad file."""

from __future__ import annotations

import subprocess
import sys

import pytest
import regex

from lintpress import pattern_store

PATTERN = r"(?<![\w-])(?:sebaga|kalapa)(?![\w-])"


@pytest.fixture
def fresh_store(tmp_path, monkeypatch):
    """A store in its own cache folder, as a new process would see it."""
    monkeypatch.setenv("LINTPRESS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pattern_store, "_store", None)
    monkeypatch.setattr(pattern_store, "_used", set())
    monkeypatch.setattr(pattern_store, "_new", False)
    return tmp_path


def _new_process(monkeypatch) -> None:
    monkeypatch.setattr(pattern_store, "_store", None)
    monkeypatch.setattr(pattern_store, "_used", set())
    monkeypatch.setattr(pattern_store, "_new", False)


def test_a_stored_pattern_is_loaded_without_compiling(fresh_store, monkeypatch):
    first = pattern_store.compile_regex(PATTERN, regex.IGNORECASE)
    assert pattern_store.compile_regex(PATTERN, regex.IGNORECASE) is first
    pattern_store.save()
    assert pattern_store.store_path().is_file()

    _new_process(monkeypatch)

    def no_compiling(*args, **kwargs):
        raise AssertionError("the pattern was compiled again")

    monkeypatch.setattr(regex, "compile", no_compiling)
    loaded = pattern_store.compile_regex(PATTERN, regex.IGNORECASE)
    assert loaded.pattern == PATTERN and loaded.flags & regex.IGNORECASE
    assert [m.group() for m in loaded.finditer("Sebaga warga, kalapa sawit, sebagai")] == ["Sebaga", "kalapa"]


def test_flags_are_part_of_the_key(fresh_store):
    plain = pattern_store.compile_regex("abc")
    folded = pattern_store.compile_regex("abc", regex.IGNORECASE)
    assert plain.search("ABC") is None and folded.search("ABC")


def test_a_corrupt_or_foreign_store_is_ignored(fresh_store, monkeypatch):
    path = pattern_store.store_path()
    path.parent.mkdir(parents=True)
    import pickle

    foreign = pickle.dumps(("another regex version", {}))  # a store written for another compiler
    for content in (b"not a pickle", b"\x80\x04K\x01.", foreign):  # garbage, a pickled int, foreign
        path.write_bytes(content)
        _new_process(monkeypatch)
        assert pattern_store.compile_regex("x+").fullmatch("xxx")
    pattern_store.save()  # the damaged file is replaced by a good one
    _new_process(monkeypatch)
    assert ("x+", 0) in pattern_store._load()


def test_a_bad_pattern_raises_and_is_not_stored(fresh_store):
    with pytest.raises(regex.error):
        pattern_store.compile_regex("(unclosed")
    assert ("(unclosed", 0) not in pattern_store._load()


def test_nothing_is_written_when_nothing_was_compiled(fresh_store, monkeypatch):
    pattern_store.compile_regex("y+")
    pattern_store.save()
    stamp = pattern_store.store_path().stat().st_mtime_ns
    _new_process(monkeypatch)
    pattern_store.compile_regex("y+")
    pattern_store.save()
    assert pattern_store.store_path().stat().st_mtime_ns == stamp


def test_an_unwritable_cache_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("LINTPRESS_CACHE_DIR", str(blocker / "cache"))  # a folder inside a file
    _new_process(monkeypatch)
    assert pattern_store.compile_regex("z+").match("zz")
    pattern_store.save()  # no exception


def test_a_store_that_grew_too_big_keeps_what_the_run_used(fresh_store, monkeypatch):
    monkeypatch.setattr(pattern_store, "MAX_STORED", 3)
    for p in ("a1", "a2", "a3"):
        pattern_store.compile_regex(p)
    pattern_store.save()
    _new_process(monkeypatch)
    pattern_store.compile_regex("a1")
    pattern_store.compile_regex("b1")  # new: the store now holds 4 > 3
    pattern_store.save()
    _new_process(monkeypatch)
    assert set(pattern_store._load()) == {("a1", 0), ("b1", 0)}


def test_a_lint_run_fills_the_store_and_the_next_run_reuses_it(tmp_path):
    env_dir = tmp_path / "cache"
    article = tmp_path / "a.md"
    article.write_text("Warga melapor ke ke polisi.\n", encoding="utf-8")
    script = (
        "import sys, regex; from lintpress.cli import main\n"
        "if sys.argv[1] == 'second':\n"
        "    def refuse(*a, **k): raise AssertionError('compiled again: %r' % (a[:1],))\n"
        "    regex.compile = refuse\n"
        "sys.argv = ['lintpress', '--no-cache', '--format', 'json', sys.argv[2]]\n"
        "raise SystemExit(main())\n"
    )
    env = {"LINTPRESS_CACHE_DIR": str(env_dir), "PATH": "/usr/bin:/bin"}
    runs = [
        subprocess.run([sys.executable, "-c", script, which, str(article)], capture_output=True, text=True, env=env)
        for which in ("first", "second")
    ]
    assert [r.returncode for r in runs] == [1, 1], runs[1].stderr
    assert runs[0].stdout == runs[1].stdout
    assert list((env_dir / "patterns").iterdir())
