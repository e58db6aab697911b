"""Shared fixtures. Tests that read ../shared (third-party articles) skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "hari-bakti-imigrasi.txt"
SEED_EXPECTED = SHARED / "corpus" / "seed" / "expected.json"
DEV = SHARED / "corpus" / "news-id" / "dev"

# A one-rule pack the engine tests build on, so they do not depend on the built-in packs.
DOUBLE_WORD_RULE = """  - id: style.dobel
    kind: repetition
    category: style
    severity: warning
    message: "'{text}' diulang."
    description: Kata ganda.
    example: {bad: "ke ke", good: "ke"}
"""


_saved_env: dict[str, str | None] = {}


def pytest_configure(config):
    """Keep the tests' caches (results, packs, compiled patterns) out of the user's cache folder.

    Set before collection: importing lintpress modules already reads the pattern store.
    """
    import os
    import tempfile

    for name in ("LINTPRESS_CACHE_DIR", "LINTPRESS_STRICT"):
        _saved_env[name] = os.environ.get(name)
    os.environ["LINTPRESS_CACHE_DIR"] = tempfile.mkdtemp(prefix="lintpress-test-cache-")
    os.environ["LINTPRESS_STRICT"] = "1"  # a crashing rule fails the test instead of going quiet
    # Property tests (hypothesis): the same examples on every run and machine, unless a developer
    # asks for new ones with HYPOTHESIS_PROFILE=explore.
    from hypothesis import settings

    settings.register_profile("ci", derandomize=True, deadline=None, database=None, print_blob=True)
    settings.register_profile("explore", deadline=None, database=None)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_unconfigure(config):
    import os
    import shutil

    shutil.rmtree(os.environ.get("LINTPRESS_CACHE_DIR", ""), ignore_errors=True)
    for name, value in _saved_env.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("../shared/corpus/seed is not available")
    return SEED


@pytest.fixture
def dev_corpus() -> list[Path]:
    if not DEV.is_dir():
        pytest.skip("../shared/corpus/news-id/dev is not available")
    return sorted(DEV.glob("*.txt"))


def lint_text(text: str, *, language: str = "id", fmt: str = "text", select: tuple[str, ...] = (), **cfg):
    """Lint a string with the built-in packs; returns the diagnostics."""
    from lintpress.config import Config
    from lintpress.document import Document
    from lintpress.engine import Linter

    doc = Document(text, "test." + ("md" if fmt == "markdown" else "txt"), fmt)
    config = Config(language=language, select=select, **cfg)
    return Linter().lint_document(doc, config).diagnostics


def findings_per_1000_words(paths, select: tuple[str, ...], language: str = "id") -> float:
    """Findings of the selected rules per 1,000 words over real articles (false-alarm budgets)."""
    from lintpress.config import Config
    from lintpress.document import Document
    from lintpress.engine import Linter

    linter, config = Linter(), Config(language=language, select=select)
    words = findings = 0
    for path in paths:
        doc = Document.from_path(path)
        words += doc.word_count
        findings += len(linter.lint_document(doc, config).diagnostics)
    return findings / words * 1000
