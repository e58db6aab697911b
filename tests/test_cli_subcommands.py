"""`lintpress rules` is always the sub-command; a path named rules is linted as ./rules, -- rules or check rules."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from lintpress.cli import build_parser, split_subcommand


def run(*args: str, cwd) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "lintpress", *args], cwd=cwd, capture_output=True, text=True, env=env)


@pytest.mark.parametrize(
    ("argv", "command", "rest"),
    [
        (["rules"], "rules", []),
        (["-f", "json", "rules"], "rules", ["-f", "json"]),
        (["--format=json", "rules", "style.baku"], "rules", ["--format=json", "style.baku"]),
        (["-fjson", "rules"], "rules", ["-fjson"]),
        (["--form", "json", "rules"], "rules", ["--form", "json"]),  # argparse's abbreviations
        (["-q", "rules", "--pack", "p.yaml"], "rules", ["-q", "--pack", "p.yaml"]),
        (["--select", "rules", "a.md"], "", ["--select", "rules", "a.md"]),  # the value of --select
        (["--", "rules"], "", ["--", "rules"]),
        (["./rules"], "", ["./rules"]),
        (["a.md", "rules"], "", ["a.md", "rules"]),  # a path came first: both are paths
        (["check", "rules"], "check", ["rules"]),
        (["--no-cache", "check", "-f", "json", "rules"], "check", ["--no-cache", "-f", "json", "rules"]),
    ],
)
def test_the_first_word_that_is_not_an_option_names_the_sub_command(argv, command, rest):
    assert split_subcommand(argv, build_parser()) == (command, rest)


@pytest.fixture
def folder_named_rules(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "a.txt").write_text("Warga melapor ke ke polisi.\n", encoding="utf-8")
    return tmp_path


def test_rules_after_global_options_lists_the_rules(folder_named_rules):
    proc = run("-f", "json", "rules", cwd=folder_named_rules)
    assert proc.returncode == 0, proc.stderr
    ids = {r["id"] for r in json.loads(proc.stdout)}
    assert "style.baku" in ids and "spelling.typo" in ids


@pytest.mark.parametrize("argv", [["./rules"], ["--", "rules"], ["check", "rules"], ["-f", "json", "check", "rules"]])
def test_a_folder_named_rules_is_linted_when_written_as_a_path(folder_named_rules, argv):
    proc = run("--no-cache", "-f", "json", *argv, cwd=folder_named_rules)
    assert proc.returncode == 1, proc.stderr
    (f,) = json.loads(proc.stdout)["files"]
    assert f["path"].endswith(os.path.join("rules", "a.txt"))
    assert [d["rule"] for d in f["diagnostics"]] == ["style.repeated-word"]


def test_rules_accepts_a_pack(tmp_path):
    (tmp_path / "house.yaml").write_text(
        "rules:\n  - id: house.no-exclamation\n    kind: existence\n    category: style\n"
        "    severity: warning\n    message: \"Avoid '{text}'.\"\n    description: No exclamation marks.\n"
        "    params: {patterns: ['!+']}\n",
        encoding="utf-8",
    )
    listed = json.loads(run("rules", "--pack", "house.yaml", "-f", "json", "-l", "id", cwd=tmp_path).stdout)
    ids = [r["id"] for r in listed]
    assert ids[-1] == "house.no-exclamation" and "style.baku" in ids[:-1]
    explained = run("--pack", "house.yaml", "rules", "house", cwd=tmp_path)
    assert explained.returncode == 0 and "No exclamation marks." in explained.stdout
    missing = run("rules", "--pack", "nope.yaml", cwd=tmp_path)
    assert missing.returncode == 2 and "nope.yaml: rule pack not found" in missing.stderr


def test_options_rules_does_not_know_are_usage_errors(tmp_path):
    proc = run("--select", "style", "rules", cwd=tmp_path)
    assert proc.returncode == 2 and "unrecognized arguments: --select" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_help_explains_how_to_lint_a_path_named_rules(tmp_path):
    out = run("--help", cwd=tmp_path).stdout
    assert "./rules" in out and "-- rules" in out and "check rules" in out
    assert "--lang-ui" in out and "--pack" in run("rules", "--help", cwd=tmp_path).stdout
