"""Speed and false-alarm rate of the duplication rules (not a test: numbers to read).

    .venv/bin/python benchmarks/bench_duplication.py

Times the analysis of a ~20,000-word document (the dev corpus concatenated, and a
fixture article repeated until every paragraph is a copy) and prints findings per
1,000 words on ../shared/corpus/news-id/dev when it is present.
"""

from __future__ import annotations

import time
from pathlib import Path

from lintpress.config import Config
from lintpress.document import Document
from lintpress.engine import Linter

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "corpus" / "news-id" / "dev"
FIXTURE = REPO / "tests" / "fixtures" / "duplication" / "banjir-desa.txt"


def timed(text: str, label: str, linter: Linter, config: Config) -> None:
    doc = Document(text, "bench.txt")
    t0 = time.perf_counter()
    _ = doc.words, doc.sentences, doc.quotes  # segmentation is the engine's, not ours
    t1 = time.perf_counter()
    found = linter.lint_document(doc, config).diagnostics
    t2 = time.perf_counter()
    print(
        f"{label}: {doc.word_count} words, segmentation {t1 - t0:.3f}s, rules {t2 - t1:.3f}s, {len(found)} findings"
    )


def main() -> None:
    linter = Linter()
    config = Config(language="id", select=("duplication",))
    linter.lint_document(Document("Pemanasan.", "warm.txt"), config)  # load packs once
    files = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
    if files:
        text = "\n\n".join(p.read_text(encoding="utf-8") for p in files[:52])
        timed(text, "dev articles concatenated", linter, config)
    base = FIXTURE.read_text(encoding="utf-8")
    timed("\n\n".join([base] * 100), "fixture repeated 100 times", linter, config)
    if files:
        words = warnings = total = 0
        for p in files:
            doc = Document.from_path(p)
            found = linter.lint_document(doc, config).diagnostics
            words += doc.word_count
            total += len(found)
            warnings += sum(d.severity != "info" for d in found)
        print(
            f"dev: {total} findings ({warnings} warnings) in {words} words = {total / words * 1000:.3f} per 1,000 words"
        )


if __name__ == "__main__":
    main()
