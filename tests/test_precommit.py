"""The real pre-commit runs our hook (try-repo) on a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_hook_fails_on_bad_article_and_passes_when_fixed(tmp_path):
    pytest.importorskip("pre_commit")
    if not (REPO / ".git").exists():
        pytest.skip("the lintpress checkout is not a git repository")
    work = tmp_path / "articles"
    work.mkdir()
    _git(work, "init", "-q")
    _git(work, "config", "user.email", "t@example.com")
    _git(work, "config", "user.name", "t")
    config = 'select = ["style.repeated-word"]\nlanguage = "id"\nexclude = ["drafts/*"]\n'
    (work / ".lintpress.toml").write_text(config)
    article = work / "berita.md"
    article.write_text("# Berita\n\nWarga melapor ke ke polisi pada pagi hari.\n")
    (work / "drafts").mkdir()  # excluded by the config: the hook must skip it although it is named
    (work / "drafts" / "konsep.md").write_text("# Konsep\n\nKonsep ini belum belum selesai.\n")
    _git(work, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "lintpress", "--all-files", "--verbose"]
    failed = subprocess.run(cmd, cwd=work, capture_output=True, text=True, env=env, timeout=900)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "style.repeated-word" in failed.stdout and "konsep.md" not in failed.stdout
    article.write_text("# Berita\n\nWarga melapor ke polisi pada pagi hari.\n")
    _git(work, "add", ".")
    passed = subprocess.run(cmd, cwd=work, capture_output=True, text=True, env=env, timeout=900)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
