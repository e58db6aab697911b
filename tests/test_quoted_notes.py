"""Word-choice notes inside direct quotations: hidden by default, shown as info on request."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from lintpress.config import load_file
from lintpress.errors import ConfigError

ARTICLE = "Harga cabai naik lagi. “Pokoknya kami nggak sanggup beli,” kata seorang pedagang. Warga udah antre.\n"


def _run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "lintpress", "--no-cache", "-l", "id", "--select", "style.colloquial",
           "-f", "concise", *args, "a.txt"]  # fmt: skip
    return subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, env=env)


def test_quoted_colloquial_word_is_hidden_by_default(tmp_path):
    out = _run(tmp_path).stdout
    assert "udah" in out  # the writer's own colloquial word is still a warning
    assert "nggak" not in out


def test_show_quoted_flag_shows_it_as_info(tmp_path):
    lines = _run(tmp_path, "--show-quoted").stdout.splitlines()
    quoted = [line for line in lines if "nggak" in line]
    assert quoted and ": info " in quoted[0]


def test_show_quoted_config_key(tmp_path):
    (tmp_path / ".lintpress.toml").write_text("show-quoted = true\n")
    assert any("nggak" in line for line in _run(tmp_path).stdout.splitlines())
    (tmp_path / ".lintpress.toml").write_text('show-quoted = "yes"\n')
    with pytest.raises(ConfigError, match="'show-quoted' must be true or false"):
        load_file(tmp_path / ".lintpress.toml")
