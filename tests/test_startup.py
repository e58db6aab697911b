"""What makes a cold start cheap never changes an answer: the early rule set, the dictionaries'
head start, the kept re patterns, the console script's fast exit."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from lintpress import pattern_store
from lintpress.config import Config
from lintpress.document import Document, Source
from lintpress.engine import Linter
from lintpress.spelling import dictionaries

TEXT = "Warga melapor ke ke polisi pada Senin (14/10/2025). Petani menanam kalapa dan kelapa, kelapa, kelapa.\n"


# -- the rule set is built before the document is parsed -----------------------------------------------
def test_prepare_builds_the_rule_set_the_file_will_use(monkeypatch):
    linter = Linter()
    built = []
    original = linter.ruleset
    monkeypatch.setattr(linter, "ruleset", lambda config, language: built.append(language) or original(config, language))
    config = Config(language="auto")
    linter.prepare(Source("a.md", TEXT, "markdown", False), config)
    assert built == ["id"]
    linter.lint_document(Document(TEXT, "a.md", "markdown"), config)
    assert len(linter._rulesets) == 1  # the document reused the prepared rule set


def test_rules_loading_in_the_background_are_built_first_but_checked_in_pack_order(monkeypatch):
    from lintpress import engine

    order = []
    original = engine.RuleSet._build
    monkeypatch.setattr(engine.RuleSet, "_build", lambda self, spec: order.append(spec.kind) or original(self, spec))
    ruleset = engine.RuleSet(Config(language="id"), "id")
    first_other = next(i for i, kind in enumerate(order) if kind not in engine.LOADS_IN_BACKGROUND)
    assert set(order[:first_other]) == {"spelling"} and "spelling" not in order[first_other:]
    ids = [r.spec.id for r in ruleset.rules]
    assert ids == [s.id for s in engine.selected_specs(Config(language="id"), "id")]


# -- the dictionaries the last run preloaded are loaded first thing ----------------------------------------
@pytest.fixture
def fresh_dictionaries(monkeypatch, tmp_path):
    monkeypatch.setenv("LINTPRESS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(dictionaries, "LOADED", {})
    monkeypatch.setattr(dictionaries, "_preloads", {})
    monkeypatch.setattr(dictionaries, "_spare_cores", lambda: True)
    started = []
    monkeypatch.setattr(dictionaries, "_start", lambda names: started.append(tuple(names)))
    return started


def test_the_next_run_starts_with_what_the_last_run_preloaded(fresh_dictionaries):
    dictionaries.preload_as_last_time()
    assert fresh_dictionaries == []  # the first run has nothing to go on
    dictionaries.preload(("id_ID", "en_US"))
    dictionaries.preload_as_last_time()
    assert fresh_dictionaries == [("id_ID", "en_US"), ("id_ID", "en_US")]


def test_a_damaged_note_is_ignored(fresh_dictionaries, tmp_path):
    dictionaries.preload(("id_ID",))
    (note,) = (tmp_path / "hints").iterdir()
    note.write_bytes(b"\x00garbage")
    dictionaries.preload_as_last_time()
    assert fresh_dictionaries == [("id_ID",)]


@pytest.mark.parametrize(
    ("argv", "head_start"),
    [(["a.txt"], True), (["a.txt", "b.md"], True), (["folder"], False), (["-j", "2", "a.txt"], False)],
)
def test_only_runs_that_lint_in_this_process_get_a_head_start(tmp_path, monkeypatch, argv, head_start):
    from lintpress import cli

    (tmp_path / "a.txt").write_text("x\n")
    (tmp_path / "b.md").write_text("x\n")
    (tmp_path / "folder").mkdir()
    monkeypatch.chdir(tmp_path)
    calls = []
    monkeypatch.setattr(dictionaries, "preload_as_last_time", lambda: calls.append(1))
    cli._head_start(cli.build_parser().parse_args(argv))
    assert bool(calls) is head_start


def test_findings_are_the_same_with_and_without_a_head_start(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    env = {**os.environ, "LINTPRESS_CACHE_DIR": str(tmp_path / "cache")}
    runs = [
        subprocess.run(
            [sys.executable, "-m", "lintpress", "--no-cache", "-f", "json", "a.txt"],
            cwd=tmp_path, capture_output=True, text=True, env=env,
        )
        for _ in range(2)  # the first run notes the dictionaries, the second starts with them
    ]
    assert list((tmp_path / "cache" / "hints").iterdir())
    assert runs[0].stdout == runs[1].stdout and runs[0].returncode == runs[1].returncode == 1
    assert {d["rule"] for d in json.loads(runs[1].stdout)["files"][0]["diagnostics"]} >= {
        "style.repeated-word", "consistency.weekday", "spelling.local-typo",
    }


# -- re patterns kept across runs -------------------------------------------------------------------------
@pytest.fixture
def fresh_re_store(tmp_path, monkeypatch):
    monkeypatch.setenv("LINTPRESS_CACHE_DIR", str(tmp_path))
    new_process(monkeypatch)
    return tmp_path


def new_process(monkeypatch) -> None:
    monkeypatch.setattr(pattern_store, "_re_store", None)
    monkeypatch.setattr(pattern_store, "_re_compiled", {})
    monkeypatch.setattr(pattern_store, "_re_new", False)


PATTERNS = [
    (r"(?P<n>\d{1,3}(?:\.\d{3})+)(?:,(?P<dec>\d+))?\s+(?P<unit>bibit|ton)\b", 0),
    (r"\b(?:sebaga|kalapa)\b", re.IGNORECASE),
    (r"^\s*-\s+(.*)$", re.MULTILINE | re.VERBOSE),
    (r"(?<![\w-])ke-?(\d+)(?![\w-])", 0),
]
SAMPLE = "Sebanyak 12.000 bibit dan 1.200,5 ton.\n - Kalapa sebaga\nHUT ke-76 dan ke77, bukan pra-ke-5"


def test_a_kept_re_pattern_is_built_without_parsing_and_behaves_the_same(fresh_re_store, monkeypatch):
    first = [pattern_store.compile_re(p, f) for p, f in PATTERNS]
    pattern_store.save()
    new_process(monkeypatch)
    monkeypatch.setattr(pattern_store, "_re_code", lambda *a: pytest.fail("parsed again"))
    for (pattern, flags), before in zip(PATTERNS, first):
        kept = pattern_store.compile_re(pattern, flags)
        fresh = re.compile(pattern, flags)
        assert isinstance(kept, re.Pattern) and kept is not before
        assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (
            fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex,
        )
        assert [m.span() + m.groups() for m in kept.finditer(SAMPLE)] == [
            m.span() + m.groups() for m in fresh.finditer(SAMPLE)
        ]


def test_a_bad_re_pattern_raises_as_usual_and_is_not_kept(fresh_re_store):
    with pytest.raises(re.error):
        pattern_store.compile_re("(unclosed")
    assert ("(unclosed", 0) not in pattern_store._re_load()


def test_a_damaged_or_foreign_re_store_is_ignored(fresh_re_store, monkeypatch):
    import marshal

    pattern_store.compile_re("a+b")
    pattern_store.save()
    (path,) = (fresh_re_store / "re-patterns").iterdir()
    stored_key, value = marshal.loads(path.read_bytes())
    wrong_code = {key: (flags, [0, 0, 0], groups, gi, ig) for key, (flags, code, groups, gi, ig) in value.items()}
    for content in (b"garbage", marshal.dumps(("python 2.7", value)), marshal.dumps((stored_key, wrong_code))):
        path.write_bytes(content)
        new_process(monkeypatch)
        assert pattern_store.compile_re("a+b").fullmatch("aab")


def test_re_compile_is_served_from_the_store_only_inside_the_block(fresh_re_store):
    with pattern_store.re_patterns_kept():
        assert re.compile is pattern_store.compile_re
        assert re.compile(r"x\d", re.I).match("X1")
    assert re.compile is pattern_store._re_compile
    assert (r"x\d", int(re.I)) in pattern_store._re_load()


# -- the console script ------------------------------------------------------------------------------------
def test_the_console_script_flushes_a_long_report_before_it_leaves(tmp_path):
    (tmp_path / "a.txt").write_text("Warga ke ke pasar.\n" * 3000, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", "from lintpress.cli import console_main; console_main()",
         "--no-cache", "--select", "style.repeated-word", "-f", "json", "a.txt"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert proc.returncode == 1
    assert len(json.loads(proc.stdout)["files"][0]["diagnostics"]) == 3000
