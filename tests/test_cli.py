"""The command line: exit codes, error paths (one line, no traceback), --fix and --diff, rules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DOUBLE_WORD_RULE

PACK = "rules:\n" + DOUBLE_WORD_RULE + """  - id: style.baku
    kind: substitution
    category: style
    severity: error
    message: "'{text}' → '{suggestion}'."
    params: {swap: {aktifitas: aktivitas, "kerja sama": kerjasama}}
"""


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "lintpress", *args], cwd=cwd, capture_output=True, text=True, env=full_env)


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pack.yaml").write_text(PACK)
    (tmp_path / ".lintpress.toml").write_text('packs = ["pack.yaml"]\nlanguage = "id"\n')
    return tmp_path


def assert_clean_error(proc, needle: str):
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert needle in proc.stderr
    assert proc.stderr.count("\n") <= 3


def test_exit_codes(project):
    (project / "ok.txt").write_text("Semua baik.\n")
    (project / "bad.txt").write_text("Ke ke pasar.\n")
    assert run("ok.txt", cwd=project).returncode == 0
    assert run("bad.txt", cwd=project).returncode == 1
    assert run("bad.txt", "--fail-on", "error", cwd=project).returncode == 0
    assert run("bad.txt", "--exit-zero", cwd=project).returncode == 0
    (project / "err.txt").write_text("Aktifitas warga.\n")
    assert run("err.txt", "--fail-on", "error", cwd=project).returncode == 1


def test_missing_file(project):
    assert_clean_error(run("nope.md", cwd=project), "nope.md: no such file")


def test_not_utf8(project):
    (project / "latin1.txt").write_bytes("Caf\xe9 olé\n".encode("latin-1"))
    assert_clean_error(run("latin1.txt", cwd=project), "not valid UTF-8")


def test_folder_without_lintable_files(project):
    (project / "empty").mkdir()
    (project / "empty" / "image.png").write_bytes(b"\x89PNG")
    assert_clean_error(run("empty", cwd=project), "no Markdown or text files")


def test_broken_rule_file(project):
    (project / "pack.yaml").write_text("rules:\n  - id: style.x\n    kind: existence\n    category: style\n    message: m\n    params: {tokens: 3}\n")
    (project / "a.txt").write_text("teks\n")
    assert_clean_error(run("a.txt", cwd=project), "pack.yaml: rule 'style.x': field 'params.tokens'")


def test_broken_config(project):
    (project / ".lintpress.toml").write_text("select = [\n")
    (project / "a.txt").write_text("teks\n")
    assert_clean_error(run("a.txt", cwd=project), "invalid TOML")


def test_usage_errors(project):
    assert_clean_error(run("--format", "xml", "a.txt", cwd=project), "invalid choice")
    assert_clean_error(run(cwd=project), "no files given")
    (project / "a.txt").write_text("teks\n")
    assert_clean_error(run("--fix", "--diff", "a.txt", cwd=project), "cannot be used together")
    assert_clean_error(run("--config", "missing.toml", "a.txt", cwd=project), "config file not found")


def test_help_teaches():
    proc = subprocess.run([sys.executable, "-m", "lintpress", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    for needle in ("--select", "--fix", "--format", "exit codes", "lintpress rules"):
        assert needle in proc.stdout


def test_folder_walk_is_sorted_and_deterministic(project):
    (project / "b").mkdir()
    (project / "b" / "z.md").write_text("Ke ke sana.\n")
    (project / "b" / "a.txt").write_text("Di di sini.\n")
    (project / "b" / "skip.py").write_text("x = 1\n")
    out1 = run("b", "--format", "json", cwd=project).stdout
    out2 = run("b", "--format", "json", cwd=project).stdout
    assert out1 == out2
    paths = [f["path"] for f in json.loads(out1)["files"]]
    assert paths == ["b/a.txt", "b/z.md"]


def test_fix_is_atomic_keeps_crlf_bom_and_mode_and_is_idempotent(project):
    path = project / "a.md"
    original = "\ufeffAktifitas warga ke ke pasar.\r\n\r\nBaris kedua di di sini.\r\n".encode()
    path.write_bytes(original)
    path.chmod(0o640)
    proc = run("--fix", "a.md", cwd=project)
    data = path.read_bytes()
    assert data == "\ufeffAktivitas warga ke pasar.\r\n\r\nBaris kedua di sini.\r\n".encode()
    assert proc.returncode == 0, proc.stdout
    assert oct(path.stat().st_mode & 0o777) == "0o640"
    assert not [p for p in project.iterdir() if "lintpress-tmp" in p.name]
    run("--fix", "a.md", cwd=project)
    assert path.read_bytes() == data


def test_fix_leaves_unfixable_findings_reported(project):
    (project / "pack.yaml").write_text(PACK.replace("aktifitas: aktivitas", "aktifitas: [aktivitas, kegiatan]"))
    path = project / "a.txt"
    path.write_text("Aktifitas ke ke sana.\n")
    proc = run("--fix", "--format", "json", "a.txt", cwd=project)
    assert path.read_text() == "Aktifitas ke sana.\n"
    assert [d["rule"] for d in json.loads(proc.stdout)["files"][0]["diagnostics"]] == ["style.baku"]


def test_diff_prints_and_changes_nothing(project):
    path = project / "a.txt"
    path.write_text("Ke ke sana.\n")
    proc = run("--diff", "a.txt", cwd=project)
    assert proc.returncode == 1
    assert "-Ke ke sana.\n+Ke sana.\n" in proc.stdout
    assert path.read_text() == "Ke ke sana.\n"


def test_rules_command_lists_and_explains():
    proc = subprocess.run([sys.executable, "-m", "lintpress", "rules", "--format", "json"], capture_output=True, text=True)
    assert proc.returncode == 0
    rules = json.loads(proc.stdout)
    assert rules and all(r["description"] and r["example"].get("bad") for r in rules)
    proc = subprocess.run([sys.executable, "-m", "lintpress", "rules", "style.repeated-word"], capture_output=True, text=True)
    assert proc.returncode == 0 and "bad:" in proc.stdout and "good:" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "lintpress", "rules", "no.such"], capture_output=True, text=True)
    assert proc.returncode == 2 and "no rule matches" in proc.stderr


def test_installed_package_finds_builtin_packs_from_another_folder(tmp_path):
    (tmp_path / "a.txt").write_text("Warga melapor ke ke polisi.\n")
    proc = run("--select", "style.repeated-word", "--format", "json", "a.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["files"][0]["diagnostics"][0]["rule"] == "style.repeated-word"


def test_seed_article_lints_and_satisfies_json_contract(seed_path):
    proc = subprocess.run([sys.executable, "-m", "lintpress", "--format", "json", str(seed_path)], capture_output=True, text=True)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr
    data = json.loads(proc.stdout)
    text = seed_path.read_text(encoding="utf-8")
    for d in data["files"][0]["diagnostics"]:
        assert text[d["offset"] : d["offset"] + d["length"]] == d["text"]
        assert d["category"] in ("spelling", "duplication", "consistency", "style", "grammar")
        assert d["severity"] in ("error", "warning", "info")
        line_start = sum(len(line) for line in text.splitlines(keepends=True)[: d["line"] - 1])
        assert line_start + d["column"] - 1 == d["offset"]


def test_unwritable_report_and_fix_targets_are_clean_errors(project):
    (project / "a.txt").write_text("Ke ke sana.\n")
    assert_clean_error(run("-o", "no/such/dir/report.json", "a.txt", cwd=project), "cannot write the report")


def test_fix_that_cannot_be_written_is_an_input_error(project, monkeypatch):
    """A read-only article (simulated: root may write anywhere) gives one clear error."""
    import lintpress.fixing as fixing
    from lintpress.config import ConfigFinder
    from lintpress.errors import InputError
    from lintpress.runner import lint_files

    path = project / "b.txt"
    path.write_text("Ke ke sana.\n")

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(fixing, "write_atomic", refuse)
    results, linter = lint_files([path], ConfigFinder(), use_cache=False)
    with pytest.raises(InputError, match="cannot write the fixes"):
        fixing.fix_results(linter, results, write=True)
    assert path.read_text() == "Ke ke sana.\n"


def test_quiet_prints_nothing_for_a_clean_file(project):
    (project / "ok.txt").write_text("Semua baik.\n")
    proc = run("-q", "ok.txt", cwd=project)
    assert proc.returncode == 0 and proc.stdout == ""
    assert "Tidak ada temuan dalam 1 berkas." in run("ok.txt", cwd=project).stdout  # the article's language
    assert "No findings in 1 file." in run("--lang-ui", "en", "ok.txt", cwd=project).stdout


@pytest.mark.parametrize("columns", ["60", "100", ""])
def test_help_is_wrapped_to_the_terminal_as_argparse_would(monkeypatch, columns):
    import argparse

    from lintpress.cli import build_parser

    monkeypatch.setenv("COLUMNS", columns)
    parser = build_parser()
    ours = parser.format_help()
    standard = argparse.ArgumentParser._get_formatter(parser)  # measures the terminal with shutil
    standard.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
    assert ours.startswith(standard.format_help().rstrip("\n"))
    if columns:  # the usage block is wrapped to the width (the epilog is written as it is)
        assert max(map(len, ours.split("\n\n")[0].splitlines())) <= int(columns)
